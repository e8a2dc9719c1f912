import { toMajlisError } from './adapter.js';
import type { CommunityAdapter , MajlisError} from './adapter.js';
import type { ErrorOperation } from './events.js';
import type {
  Answer,
  AnswerQuery,
  CallOptions,
  Category,
  ModerationInput,
  ModerationResult,
  Page,
  Post,
  PostType,
  Question,
  QuestionQuery,
  User,
  UserProfile,
  Viewer,
} from './types.js';


/**
 * Names one thing an element can read from the store: a cached question, answer or user (`question:<id>`,
 * `answer:<id>`, `user:<id>`), the `viewer`, `accept:<questionId>` (whether an accept on that question is
 * waiting for the adapter; a pending kudos shows under its post's key), or `recognition` (reputation may have
 * moved: a kudos, an accept, an answer or a question was confirmed), or `follow:<target>:<id>` (whether the viewer
 * follows it, and whether a follow change is waiting), or `idea:<id>` (an idea's fields, `src/core/idea-store.ts`).
 */
export type StoreKey = `${'question' | 'answer' | 'user' | 'accept' | 'follow' | 'idea'}:${string}` | 'viewer' | 'recognition';

/**
 * What changed in the store. `keys` names everything whose value may differ from before, including pending
 * optimistic changes being applied or dropped; a `reset` changes everything. Every read through the store's
 * accessors is recorded under its key, and an element re-renders only when a change names a key it read
 * during its last update (see `StoreController`), so elements must read the store while rendering.
 */
export type StoreChange =
  | { type: 'entities'; keys: ReadonlySet<StoreKey> }
  | { type: 'answer-posted'; answer: Answer; keys: ReadonlySet<StoreKey> }
  | { type: 'question-asked'; question: Question; keys: ReadonlySet<StoreKey> }
  /** A moderator's action was confirmed; its question, answer and member are already cached as they now are. */
  | { type: 'moderated'; input: ModerationInput; result: ModerationResult; keys: ReadonlySet<StoreKey> }
  | { type: 'reset' }
  /** The viewer was read again (`refreshViewer()`): what each element shows may differ; read it again in place. */
  | { type: 'refresh'; keys: ReadonlySet<StoreKey> };

/** What a change tells besides its keys (see {@link StoreChange}). */
export type StoreNotice =
  | { type: 'entities' }
  | { type: 'answer-posted'; answer: Answer }
  | { type: 'question-asked'; question: Question }
  | { type: 'moderated'; input: ModerationInput; result: ModerationResult };

/** What an adapter confirmed, for {@link MajlisStore.confirm}. */
export interface Confirmed {
  posts?: readonly Post[];
  users?: readonly User[];
  recognition?: boolean;
}

export type StoreListener = (change: StoreChange) => void;

let recording: Set<StoreKey> | undefined;

/**
 * Records the key of every store read into `keys` (instead of the current recording, if any) until the
 * returned function is called; that call restores the previous recording.
 */
export function recordReads(keys: Set<StoreKey>): () => void {
  const previous = recording;
  recording = keys;
  return () => void (recording = previous);
}

function read(key: StoreKey): void {
  recording?.add(key);
}

/**
 * Dispatched on the store when a mutation fails (after the rollback): the one place mutation failures are
 * reported. Elements show and re-fire the reports of the mutations they started (`MutationFeedback`); a page
 * can listen here to hear about every one.
 */
export class StoreErrorEvent extends Event {
  constructor(
    readonly error: MajlisError,
    readonly operation: ErrorOperation,
  ) {
    super('error');
  }
}

/**
 * An optimistic change waiting for the adapter. While pending it is applied on top of the
 * confirmed data every time an entity is read; failure simply drops it, which is the rollback.
 */
interface PendingMutation {
  /** Mutations with the same key run one after the other, in order; it is also what reads of its pending state record. */
  key: StoreKey;
  /** Identical mutations (same signature) in flight share one promise. */
  signature: string;
  question?(question: Question): Question;
  answer?(answer: Answer): Answer;
  /** What the change sets while pending, for {@link MajlisStore.pendingValue}. */
  value?: unknown;
  promise: Promise<unknown>;
}

/** An optimistic change (see {@link MajlisStore.optimistic}). */
export interface OptimisticChange<R> {
  key: StoreKey;
  signature: string;
  /** Keys besides `key` the optimistic change may alter; asked when it is applied and again when it is dropped. */
  touches?: () => StoreKey[];
  operation: ErrorOperation;
  question?: (q: Question) => Question;
  answer?: (a: Answer) => Answer;
  /** What {@link MajlisStore.pendingValue} tells while the change waits. */
  value?: unknown;
  call: () => Promise<R>;
  commit: (result: R) => void;
}

/**
 * The shared cache between elements and one adapter: questions, answers and users by id,
 * so every element on a page shows the same numbers. Obtain it with {@link storeFor}.
 */
export class MajlisStore extends EventTarget {
  private readonly questions = new Map<string, Question>();
  private readonly answers = new Map<string, Answer>();
  private readonly users = new Map<string, User | UserProfile>();
  private readonly listeners = new Set<StoreListener>();
  private readonly pending: PendingMutation[] = [];
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly shared = new Map<string, Promise<unknown>>();
  private readonly inflight = new Map<string, Promise<unknown>>();
  /** Keys changed since the last notification. */
  private changed = new Set<StoreKey>();
  private viewer: Viewer | undefined;
  private recognitionChanges = 0;

  constructor(readonly adapter: CommunityAdapter) {
    super();
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Forgets every cached entity (e.g. after the viewer signed in or out) and tells subscribers to reload. */
  reset(): void {
    this.questions.clear();
    this.answers.clear();
    this.users.clear();
    this.shared.clear();
    this.changed.clear();
    this.viewer = undefined;
    this.signInIntent = undefined;
    this.emit({ type: 'reset' });
  }

  /** What an anonymous viewer asked for before signing in (see {@link awaitSignIn}). */
  private signInIntent: (() => Promise<void> | void) | undefined;

  /**
   * Remembers what to do once the viewer has signed in (the latest request wins): {@link refreshViewer} runs it
   * when the viewer it reads is a member. Returns a function that forgets it (a cancelled sign-in).
   */
  awaitSignIn(resume: () => Promise<void> | void): () => void {
    this.signInIntent = resume;
    return () => {
      if (this.signInIntent === resume) this.signInIntent = undefined;
    };
  }

  /**
   * Reads the viewer again after the host signed them in (or out), keeping what is shown: subscribers get a
   * `refresh` change and read their data again in place (no skeleton, so scroll and focus stay), unlike
   * {@link reset}. Once the viewer is a member, the action asked for before the sign-in resumes (see
   * {@link awaitSignIn}); resolves after it has.
   */
  async refreshViewer(): Promise<Viewer> {
    this.shared.delete('viewer');
    const viewer = await this.loadViewer();
    this.emit({ type: 'refresh', keys: new Set<StoreKey>(['viewer']) });
    const resume = this.signInIntent;
    this.signInIntent = undefined;
    if (viewer.user && resume) await resume();
    return viewer;
  }

  // ── cached snapshots (with pending optimistic changes applied) ──

  question(id: string): Question | undefined {
    read(`question:${id}`);
    const confirmed = this.questions.get(id);
    return confirmed && this.pending.reduce((q, m) => m.question?.(q) ?? q, confirmed);
  }

  answer(id: string): Answer | undefined {
    read(`answer:${id}`);
    const confirmed = this.answers.get(id);
    return confirmed && this.pending.reduce((a, m) => m.answer?.(a) ?? a, confirmed);
  }

  post(target: PostType, id: string): Post | undefined {
    return target === 'question' ? this.question(id) : this.answer(id);
  }

  user(id: string): User | UserProfile | undefined {
    read(`user:${id}`);
    return this.users.get(id);
  }

  /** The viewer once loaded by {@link loadViewer}. */
  get currentViewer(): Viewer | undefined {
    read('viewer');
    return this.viewer;
  }

  /**
   * How many confirmed kudos, accepts, answers and questions this store has seen: each may move reputation,
   * badges and leaderboards. Reading it records the `recognition` key, so a reader re-renders when it grows.
   */
  get recognitionRevision(): number {
    read('recognition');
    return this.recognitionChanges;
  }

  // ── reads ──

  loadViewer(): Promise<Viewer> {
    return this.once('viewer', async () => {
      this.viewer = await this.adapter.getViewer();
      const { user } = this.viewer;
      this.changed.add('viewer');
      if (user) {
        this.users.set(user.id, user);
        this.changed.add(`user:${user.id}`);
      }
      this.notify();
      return this.viewer;
    });
  }

  listCategories(): Promise<Category[]> {
    return this.once('categories', () => this.adapter.listCategories());
  }

  async loadQuestion(id: string, options?: CallOptions): Promise<Question> {
    this.putQuestion(await this.adapter.getQuestion(id, options));
    this.notify();
    return this.question(id)!;
  }

  async loadAnswer(id: string, options?: CallOptions): Promise<Answer> {
    this.putAnswer(await this.adapter.getAnswer(id, options));
    this.notify();
    return this.answer(id)!;
  }

  /** A question or answer from the adapter, cached; elements asking for the same post at once share one request. */
  loadPost(target: PostType, id: string): Promise<Post> {
    const key = `post:${target}:${id}`;
    let request = this.inflight.get(key) as Promise<Post> | undefined;
    if (!request) {
      request = target === 'question' ? this.loadQuestion(id) : this.loadAnswer(id);
      this.inflight.set(key, request);
      const forget = () => this.inflight.delete(key);
      request.then(forget, forget);
    }
    return request;
  }

  async listQuestions(query?: QuestionQuery, options?: CallOptions): Promise<Page<Question>> {
    const page = await this.adapter.listQuestions(query, options);
    page.items.forEach((q) => this.putQuestion(q));
    this.notify();
    return { ...page, items: page.items.map((q) => this.question(q.id)!) };
  }

  async listAnswers(questionId: string, query?: AnswerQuery, options?: CallOptions): Promise<Page<Answer>> {
    const page = await this.adapter.listAnswers(questionId, query, options);
    page.items.forEach((a) => this.putAnswer(a));
    this.notify();
    return { ...page, items: page.items.map((a) => this.answer(a.id)!) };
  }

  // ── mutations ──

  // ── for capability modules (src/core/voting.ts, writing.ts, accepting.ts, following.ts, moderating.ts) ──

  /** A cached post as the adapter last confirmed it, without waiting changes (not recorded as a read). */
  confirmedPost(target: PostType, id: string): Post | undefined {
    return target === 'question' ? this.questions.get(id) : this.answers.get(id);
  }

  /** The cached answers of a question as the adapter last confirmed them (not recorded as a read). */
  confirmedAnswers(questionId: string): Answer[] {
    return [...this.answers.values()].filter((answer) => answer.questionId === questionId);
  }

  /**
   * Caches what the adapter confirmed (posts replace the cached ones; members refresh theirs); `recognition` when
   * reputation may have moved. Subscribers hear it with the next change (an optimistic change's commit is one).
   */
  cache({ posts = [], users = [], recognition = false }: Confirmed): void {
    for (const post of posts) this.putPost(post);
    for (const user of users) this.putUser(user);
    if (recognition) this.changed.add('recognition');
  }

  /** {@link cache}, then tells subscribers at once. */
  confirm(confirmed: Confirmed, notice: StoreNotice = { type: 'entities' }): void {
    this.cache(confirmed);
    this.notify(notice);
  }

  /** Runs an adapter call; a failure is reported on the store's error channel (`error` event) and rejects. */
  async reporting<R>(operation: ErrorOperation, call: () => Promise<R>): Promise<R> {
    try {
      return await call();
    } catch (error) {
      throw this.fail(error, operation);
    }
  }

  /**
   * Runs an optimistic change under `key` as kudos and accepts do (queued per key, shared while identical, rolled
   * back and reported on failure); `value` is what {@link pendingValue} tells while it waits.
   */
  optimistic<R>(spec: OptimisticChange<R>): Promise<R> {
    return this.mutate(spec);
  }

  /** The value of the latest change waiting under `key` (recorded as read), or undefined. */
  pendingValue(key: StoreKey): unknown {
    read(key);
    return this.pending.filter((m) => m.key === key).at(-1)?.value;
  }

  /** Whether a change under `key` is waiting for the adapter (recorded as read). */
  isPending(key: StoreKey): boolean {
    read(key);
    return this.pending.some((m) => m.key === key);
  }

  /**
   * Runs a read once and shares it (`fresh` runs it again); a failed read is forgotten so it can be retried. For the
   * read modules outside the core chunk (`src/core/profiles.ts`).
   */
  once<R>(key: string, load: () => Promise<R>, fresh?: boolean): Promise<R> {
    if (fresh) this.shared.delete(key);
    let promise = this.shared.get(key) as Promise<R> | undefined;
    if (!promise) {
      promise = load();
      this.shared.set(key, promise);
      promise.catch(() => this.shared.delete(key));
    }
    return promise;
  }

  // ── internals ──

  private mutate<R>(spec: OptimisticChange<R>): Promise<R> {
    const last = this.pending.filter((m) => m.key === spec.key).at(-1);
    if (last?.signature === spec.signature) return last.promise as Promise<R>;

    const previous = this.queues.get(spec.key) ?? Promise.resolve();
    const mutation: PendingMutation = { key: spec.key, signature: spec.signature, promise: Promise.resolve() };
    if (spec.question) mutation.question = spec.question;
    if (spec.answer) mutation.answer = spec.answer;
    if (spec.value !== undefined) mutation.value = spec.value;
    const run = previous.then(async () => {
      try {
        const result = await spec.call();
        spec.commit(result);
        return result;
      } catch (error) {
        throw this.fail(error, spec.operation);
      } finally {
        this.pending.splice(this.pending.indexOf(mutation), 1);
        if (this.queues.get(spec.key) === settled) this.queues.delete(spec.key);
        this.markPending(spec);
        this.notify();
      }
    });
    const settled = run.catch(() => undefined);
    mutation.promise = run;
    this.queues.set(spec.key, settled);
    this.markPending(spec); // before applying: the answer accepted until now is among the keys
    this.pending.push(mutation);
    this.notify();
    return run;
  }

  private markPending(spec: { key: StoreKey; touches?: () => StoreKey[] }): void {
    this.changed.add(spec.key);
    for (const key of spec.touches?.() ?? []) this.changed.add(key);
  }

  private fail(error: unknown, operation: ErrorOperation): MajlisError {
    const majlisError = toMajlisError(error);
    this.dispatchEvent(new StoreErrorEvent(majlisError, operation));
    return majlisError;
  }

  private putPost(post: Post): void {
    if (post.type === 'question') this.putQuestion(post);
    else this.putAnswer(post);
  }

  private putQuestion(question: Question): void {
    this.questions.set(question.id, question);
    this.changed.add(`question:${question.id}`);
    this.putUser(question.author);
  }

  private putAnswer(answer: Answer): void {
    this.answers.set(answer.id, answer);
    this.changed.add(`answer:${answer.id}`);
    this.putUser(answer.author);
  }

  /** Keeps a richer cached profile, refreshing the fields a post carries. */
  private putUser(user: User): void {
    const cached = this.users.get(user.id);
    this.users.set(user.id, cached ? { ...cached, ...user } : user);
    this.changed.add(`user:${user.id}`);
  }

  /** Tells subscribers about everything changed since the last notification. */
  private notify(notice: StoreNotice = { type: 'entities' }): void {
    const keys = this.changed;
    if (keys.has('recognition')) this.recognitionChanges += 1;
    this.changed = new Set();
    this.emit({ ...notice, keys });
  }

  private emit(change: StoreChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }
}

const stores = new WeakMap<CommunityAdapter, MajlisStore>();

/** The one store of an adapter (created on first use), shared by every element using that adapter. */
export function storeFor(adapter: CommunityAdapter): MajlisStore {
  let store = stores.get(adapter);
  if (!store) {
    store = new MajlisStore(adapter);
    stores.set(adapter, store);
  }
  return store;
}
