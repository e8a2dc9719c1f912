import { MajlisError, abortError, delay } from '../core/adapter.js';
import type { CommunityAdapter } from '../core/adapter.js';
import type { CommunitySeed, SeedAnswer, SeedCategory, SeedQuestion, SeedUser, SeedVote } from '../core/seed.js';
import { SearchQuery } from '../core/search.js';
import { LIMITS, REPUTATION, ROLES } from '../core/types.js';
import type {
  AcceptInput,
  AcceptResult,
  Answer,
  AnswerQuery,
  AnswerSort,
  AskQuestionInput,
  CallOptions,
  Category,
  Page,
  PageQuery,
  PostAnswerInput,
  PostPermissions,
  PostType,
  Question,
  QuestionQuery,
  QuestionSort,
  QuestionStatusFilter,
  User,
  UserProfile,
  Viewer,
  VoteInput,
} from '../core/types.js';

export interface MemoryAdapterOptions {
  /** The community to start from: plain JSON in the {@link CommunitySeed} format. */
  seed: CommunitySeed;
  /** Id of the signed-in member, or null (the default) for an anonymous reader. */
  viewerId?: string | null;
  /** `'local-storage'` keeps questions, answers, kudos and accepted answers across page loads. */
  persist?: 'local-storage' | false;
  /** Names the saved state (`majlis:memory:<storageKey>`), so several communities can live on one origin. */
  storageKey?: string;
  /** Simulated network delay of every call, in milliseconds. */
  latencyMs?: number;
  /** The clock for new posts, kudos and accepts. */
  now?: () => Date;
}

/**
 * A complete community held in the browser: seeded from JSON, optionally saved to `localStorage`.
 * Counts, accepted flags and reputation are derived from the posts and kudos, never stored.
 *
 * @example
 * ```ts
 * import seed from './seed.json';
 * const adapter = new MemoryAdapter({ seed, viewerId: 'u-layla', persist: 'local-storage', latencyMs: 300 });
 * configure({ adapter });
 * ```
 */
export class MemoryAdapter implements CommunityAdapter {
  private readonly seed: CommunitySeed;
  private readonly latencyMs: number;
  private readonly now: () => Date;
  private readonly storage: SavedStateStorage | null;
  private data: CommunityData;
  private derivedCache: Derived | null = null;
  private viewerId: string | null = null;

  constructor({
    seed,
    viewerId = null,
    persist = false,
    storageKey = 'default',
    latencyMs = 0,
    now = () => new Date(),
  }: MemoryAdapterOptions) {
    this.seed = seed;
    this.latencyMs = latencyMs;
    this.now = now;
    const seedData = loadSeed(seed);
    this.storage = persist === 'local-storage' ? new SavedStateStorage(`majlis:memory:${storageKey}`, seed) : null;
    this.data = this.storage?.restore() ?? seedData;
    this.setViewer(viewerId);
  }

  /** Switches who is signed in (null: anonymous), as a demo's viewer switcher does. */
  setViewer(id: string | null): void {
    if (id !== null && !this.data.users.has(id)) throw notFound('user', id);
    this.viewerId = id;
  }

  /** Forgets the saved state and starts over from the seed. */
  reset(): void {
    this.storage?.clear();
    this.data = loadSeed(this.seed);
    this.derivedCache = null;
  }

  // Reads

  getViewer(options?: CallOptions): Promise<Viewer> {
    return this.call(options, () => {
      const viewer = this.viewer();
      return { user: viewer === null ? null : this.toUser(viewer.id) };
    });
  }

  listCategories(options?: CallOptions): Promise<Category[]> {
    return this.call(options, () => [...this.data.categories.values()].map((category) => structuredClone(category)));
  }

  listQuestions(query: QuestionQuery = {}, options?: CallOptions): Promise<Page<Question>> {
    return this.call(options, () => {
      const record = readQuery(query);
      const filters = readQuestionFilters(record);
      const matching = [...this.data.questions.values()]
        .filter((question) =>
          filters.match === 'any' && !filters.search.blank
            ? filters.search.matchCount(question.title, question.body) > 0
            : filters.search.matches(question.title, question.body),
        )
        .map((question) => this.toQuestion(question))
        .filter((question) => matchesQuestionFilters(question, filters));
      const ordering = filters.sort === 'relevance' ? relevanceOrdering(filters.search) : questionOrderings[filters.sort];
      return paginate(matching, ordering, record);
    });
  }

  getQuestion(id: string, options?: CallOptions): Promise<Question> {
    return this.call(options, () => this.toQuestion(this.questionRecord(id)));
  }

  listAnswers(questionId: string, query: AnswerQuery = {}, options?: CallOptions): Promise<Page<Answer>> {
    return this.call(options, () => {
      const record = readQuery(query);
      const sort = readEnum<AnswerSort>(record, 'sort', ['votes', 'newest', 'oldest'], 'votes');
      const question = this.questionRecord(questionId);
      const answers = this.answersOf(question.id).map((answer) => this.toAnswer(answer));
      return paginate(answers, answerOrderings[sort], record);
    });
  }

  getAnswer(id: string, options?: CallOptions): Promise<Answer> {
    return this.call(options, () => this.toAnswer(this.answerRecord(id)));
  }

  getUser(id: string, options?: CallOptions): Promise<UserProfile> {
    return this.call(options, () => {
      const user = this.toUser(this.userRecord(id).id);
      const { reputation: _reputation, ...stats } = this.standingOf(user.id);
      return { ...user, stats, rank: this.derived().ranks.get(user.id) ?? null };
    });
  }

  // Mutations

  askQuestion(input: AskQuestionInput, options?: CallOptions): Promise<Question> {
    return this.call(options, () => {
      const author = this.requireViewer('ask a question');
      const fields = readQuestionInput(input);
      if (!this.data.categories.has(fields.categoryId)) {
        throw invalid('categoryId', `categoryId "${fields.categoryId}" is not a category of this community`);
      }
      const question: StoredQuestion = {
        ...fields,
        id: uniqueId('q', this.data.questions),
        authorId: author.id,
        status: 'open',
        createdAt: this.timestamp(),
        editedAt: null,
        acceptedAnswerId: null,
        acceptedById: null,
        acceptedAt: null,
      };
      this.data.questions.set(question.id, question);
      this.commit();
      return this.toQuestion(question);
    });
  }

  postAnswer(input: PostAnswerInput, options?: CallOptions): Promise<Answer> {
    return this.call(options, () => {
      const author = this.requireViewer('answer a question');
      const fields = readAnswerInput(input);
      const question = this.questionRecord(fields.questionId);
      if (question.status === 'locked') {
        throw new MajlisError('conflict', `Question "${question.id}" is locked: it takes no new answers`);
      }
      const answer: StoredAnswer = {
        ...fields,
        id: uniqueId('a', this.data.answers),
        authorId: author.id,
        createdAt: this.timestamp(),
        editedAt: null,
      };
      this.data.answers.set(answer.id, answer);
      this.commit();
      return this.toAnswer(answer);
    });
  }

  vote(input: VoteInput, options?: CallOptions): Promise<Question | Answer> {
    return this.call(options, () => {
      const voter = this.requireViewer('give kudos');
      const { target, id, voted } = readVoteInput(input);
      const post = target === 'question' ? this.questionRecord(id) : this.answerRecord(id);
      if (post.authorId === voter.id) {
        throw new MajlisError('forbidden', `Members cannot give kudos to their own ${target} ("${id}")`);
      }
      const voters = this.votersOf(target, id);
      if (voted && !voters.has(voter.id)) {
        voters.set(voter.id, { userId: voter.id, target, targetId: id, createdAt: this.timestamp() });
      } else if (!voted) {
        voters.delete(voter.id);
      }
      this.data.votes.set(postKey(target, id), voters);
      this.commit();
      return target === 'question' ? this.toQuestion(this.questionRecord(id)) : this.toAnswer(this.answerRecord(id));
    });
  }

  acceptAnswer(input: AcceptInput, options?: CallOptions): Promise<AcceptResult> {
    return this.call(options, () => {
      const viewer = this.requireViewer('accept an answer');
      const { answerId, accepted } = readAcceptInput(input);
      const answer = this.answerRecord(answerId);
      const question = this.questionRecord(answer.questionId);
      if (question.authorId !== viewer.id && !isStaff(viewer)) {
        throw new MajlisError('forbidden', 'Only the asker, staff or moderators can accept or unaccept an answer');
      }
      if (question.status === 'locked') {
        throw new MajlisError('conflict', `Question "${question.id}" is locked: its accepted answer cannot change`);
      }
      const previousId = question.acceptedAnswerId;
      if (accepted && previousId !== answer.id) {
        setAcceptedAnswer(question, { answerId: answer.id, byId: viewer.id, at: this.timestamp() });
      } else if (!accepted && previousId === answer.id) {
        setAcceptedAnswer(question, null);
      }
      this.commit();
      const replaced = accepted && previousId !== null && previousId !== answer.id;
      return {
        question: this.toQuestion(question),
        answer: this.toAnswer(answer),
        previous: replaced ? this.toAnswer(this.answerRecord(previousId)) : null,
      };
    });
  }

  // Plumbing

  private async call<T>(options: CallOptions | undefined, work: () => T): Promise<T> {
    const signal = options?.signal;
    await delay(this.latencyMs, signal);
    if (signal?.aborted) throw abortError();
    return work();
  }

  private commit(): void {
    this.derivedCache = null;
    this.storage?.save(this.data);
  }

  private timestamp(): string {
    return this.now().toISOString();
  }

  private viewer(): SeedUser | null {
    return this.viewerId === null ? null : this.userRecord(this.viewerId);
  }

  private requireViewer(action: string): SeedUser {
    const viewer = this.viewer();
    if (viewer === null) throw new MajlisError('unauthenticated', `Sign in to ${action}: the viewer is anonymous`);
    return viewer;
  }

  private userRecord(id: string): SeedUser {
    return this.data.users.get(id) ?? throwError(notFound('user', id));
  }

  private questionRecord(id: string): StoredQuestion {
    return this.data.questions.get(id) ?? throwError(notFound('question', id));
  }

  private answerRecord(id: string): StoredAnswer {
    return this.data.answers.get(id) ?? throwError(notFound('answer', id));
  }

  private answersOf(questionId: string): StoredAnswer[] {
    return this.derived().answersByQuestion.get(questionId) ?? [];
  }

  private votersOf(target: PostType, id: string): Map<string, SeedVote> {
    return this.data.votes.get(postKey(target, id)) ?? new Map<string, SeedVote>();
  }

  private standingOf(userId: string): Standing {
    return this.derived().standings.get(userId) ?? emptyStanding(0);
  }

  private derived(): Derived {
    this.derivedCache ??= derive(this.data);
    return this.derivedCache;
  }

  // Views: every call builds fresh objects, so callers can never change the adapter's state.

  private toUser(id: string): User {
    const { name, role, avatarUrl = null, joinedAt } = this.userRecord(id);
    return { id, name, role, reputation: this.standingOf(id).reputation, avatarUrl, joinedAt };
  }

  private toQuestion(question: StoredQuestion): Question {
    const answers = this.answersOf(question.id);
    return {
      type: 'question',
      id: question.id,
      title: question.title,
      body: question.body,
      author: this.toUser(question.authorId),
      language: question.language,
      createdAt: question.createdAt,
      editedAt: question.editedAt,
      ...this.kudos('question', question.id),
      categoryId: question.categoryId,
      tags: [...question.tags],
      answerCount: answers.length,
      acceptedAnswerId: question.acceptedAnswerId,
      status: question.status,
      lastActivityAt: latestTime(question.createdAt, question.editedAt, ...answers.map((answer) => answer.createdAt)),
      viewerCan: { ...this.postPermissions(question.authorId), answer: this.mayAnswer(question) },
    };
  }

  private toAnswer(answer: StoredAnswer): Answer {
    const question = this.questionRecord(answer.questionId);
    const accepted = question.acceptedAnswerId === answer.id;
    return {
      type: 'answer',
      id: answer.id,
      questionId: answer.questionId,
      body: answer.body,
      author: this.toUser(answer.authorId),
      language: answer.language,
      createdAt: answer.createdAt,
      editedAt: answer.editedAt,
      ...this.kudos('answer', answer.id),
      accepted,
      acceptedBy: accepted ? this.toUser(question.acceptedById ?? question.authorId) : null,
      acceptedAt: accepted ? question.acceptedAt : null,
      viewerCan: { ...this.postPermissions(answer.authorId), accept: this.mayAccept(question) },
    };
  }

  private kudos(target: PostType, id: string): { voteCount: number; viewerHasVoted: boolean } {
    const voters = this.votersOf(target, id);
    return { voteCount: voters.size, viewerHasVoted: this.viewerId !== null && voters.has(this.viewerId) };
  }

  private postPermissions(authorId: string): PostPermissions {
    const viewer = this.viewer();
    if (viewer === null) return { vote: false, edit: false, moderate: false };
    const own = viewer.id === authorId;
    return { vote: !own, edit: own || isStaff(viewer), moderate: isStaff(viewer) };
  }

  private mayAnswer(question: StoredQuestion): boolean {
    return this.viewerId !== null && question.status === 'open';
  }

  /** Locked questions are frozen, so nobody is offered an accept that {@link acceptAnswer} would refuse. */
  private mayAccept(question: StoredQuestion): boolean {
    const viewer = this.viewer();
    if (viewer === null || question.status === 'locked') return false;
    return viewer.id === question.authorId || isStaff(viewer);
  }
}

// Community data: the seed with defaults applied, validated, indexed by id.

/** A seed question with every optional field filled in and times normalized to ISO-8601 UTC. */
type StoredQuestion = Required<SeedQuestion>;
type StoredAnswer = Required<SeedAnswer>;

interface CommunityData {
  users: Map<string, SeedUser>;
  categories: Map<string, SeedCategory>;
  questions: Map<string, StoredQuestion>;
  answers: Map<string, StoredAnswer>;
  /** Kudos by post (`question:q-1`), then by voter id. */
  votes: Map<string, Map<string, SeedVote>>;
}

type Fail = (problem: string) => never;

function postKey(target: PostType, id: string): string {
  return `${target}:${id}`;
}

/** Validates a seed and builds the indexed data; throws an Error naming the first bad record. */
function loadSeed(seed: CommunitySeed): CommunityData {
  if (typeof seed !== 'object' || seed === null) {
    throw new Error('Invalid Majlis seed: expected an object with users, categories, questions, answers and votes');
  }
  const users = loadRecords('users', seed.users, loadUser);
  const categories = loadRecords('categories', seed.categories, loadCategory);
  const questions = loadRecords('questions', seed.questions, (record: SeedQuestion, fail) =>
    loadQuestion(record, fail, { users, categories }),
  );
  const answers = loadRecords('answers', seed.answers, (record: SeedAnswer, fail) =>
    loadAnswer(record, fail, { users, questions }),
  );
  [...questions.values()].forEach((question, index) =>
    checkAcceptedAnswer(question, answers, recordFailure('questions', index, question)),
  );
  const votes = loadVotes(seed.votes, { users, questions, answers });
  return { users, categories, questions, answers, votes };
}

function recordFailure(collection: string, index: number, record: unknown): Fail {
  const id = isObject(record) && typeof record.id === 'string' ? ` (id "${record.id}")` : '';
  return (problem) => {
    throw new Error(`Invalid Majlis seed: ${collection}[${index}]${id} ${problem}`);
  };
}

function seedList(collection: string, records: unknown): unknown[] {
  if (!Array.isArray(records)) throw new Error(`Invalid Majlis seed: "${collection}" must be an array`);
  return records;
}

function loadRecords<S, T extends { id: string }>(
  collection: string,
  records: unknown,
  load: (record: S, fail: Fail) => T,
): Map<string, T> {
  const byId = new Map<string, T>();
  seedList(collection, records).forEach((record, index) => {
    const fail: Fail = recordFailure(collection, index, record);
    if (!isObject(record)) fail('is not an object');
    const loaded = load(record as S, fail);
    if (byId.has(loaded.id)) fail(`repeats the id "${loaded.id}" of an earlier record`);
    byId.set(loaded.id, loaded);
  });
  return byId;
}

function loadUser(user: SeedUser, fail: Fail): SeedUser {
  requireSeedString(user.id, 'id', fail);
  requireSeedString(user.name, 'name', fail);
  if (!ROLES.includes(user.role)) fail(`has an unknown role ${JSON.stringify(user.role)}`);
  if (user.reputationBase !== undefined && !Number.isFinite(user.reputationBase)) {
    fail('has a reputationBase that is not a number');
  }
  return { ...user, joinedAt: seedTime(user.joinedAt, 'joinedAt', fail) };
}

function loadCategory(category: SeedCategory, fail: Fail): SeedCategory {
  requireSeedString(category.id, 'id', fail);
  requireSeedString(category.name, 'name', fail);
  return structuredClone(category);
}

function loadQuestion(
  question: SeedQuestion,
  fail: Fail,
  known: Pick<CommunityData, 'users' | 'categories'>,
): StoredQuestion {
  requireSeedString(question.id, 'id', fail);
  requireKnown(known.users, question.authorId, 'authorId', fail);
  requireKnown(known.categories, question.categoryId, 'categoryId', fail);
  for (const field of ['title', 'body', 'language'] as const) requireSeedString(question[field], field, fail);
  const tags = question.tags ?? [];
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string')) {
    fail('has tags that are not a list of strings');
  }
  const status = question.status ?? 'open';
  if (status !== 'open' && status !== 'locked') fail(`has an unknown status ${JSON.stringify(status)}`);
  const acceptedAnswerId = question.acceptedAnswerId ?? null;
  const acceptedById = acceptedAnswerId === null ? null : (question.acceptedById ?? question.authorId);
  if (acceptedById !== null) requireKnown(known.users, acceptedById, 'acceptedById', fail);
  const acceptedAt = acceptedAnswerId === null ? null : optionalSeedTime(question.acceptedAt, 'acceptedAt', fail);
  return {
    ...question,
    tags: [...tags],
    status,
    createdAt: seedTime(question.createdAt, 'createdAt', fail),
    editedAt: optionalSeedTime(question.editedAt, 'editedAt', fail),
    acceptedAnswerId,
    acceptedById,
    acceptedAt,
  };
}

function loadAnswer(answer: SeedAnswer, fail: Fail, known: Pick<CommunityData, 'users' | 'questions'>): StoredAnswer {
  requireSeedString(answer.id, 'id', fail);
  requireKnown(known.questions, answer.questionId, 'questionId', fail);
  requireKnown(known.users, answer.authorId, 'authorId', fail);
  requireSeedString(answer.body, 'body', fail);
  requireSeedString(answer.language, 'language', fail);
  return {
    ...answer,
    createdAt: seedTime(answer.createdAt, 'createdAt', fail),
    editedAt: optionalSeedTime(answer.editedAt, 'editedAt', fail),
  };
}

function checkAcceptedAnswer(question: StoredQuestion, answers: Map<string, StoredAnswer>, fail: Fail): void {
  if (question.acceptedAnswerId === null) return;
  const accepted = answers.get(question.acceptedAnswerId);
  if (accepted === undefined) fail(`accepts the unknown answer "${question.acceptedAnswerId}"`);
  if (accepted.questionId !== question.id) {
    fail(`accepts answer "${accepted.id}", which answers question "${accepted.questionId}" instead`);
  }
}

function loadVotes(
  records: unknown,
  known: Pick<CommunityData, 'users' | 'questions' | 'answers'>,
): CommunityData['votes'] {
  const votes: CommunityData['votes'] = new Map();
  seedList('votes', records).forEach((record, index) => {
    const fail: Fail = recordFailure('votes', index, record);
    if (!isObject(record)) fail('is not an object');
    const vote = loadVote(record, fail, known);
    const voters = votes.get(postKey(vote.target, vote.targetId)) ?? new Map<string, SeedVote>();
    if (voters.has(vote.userId)) fail(`repeats the kudos of "${vote.userId}" on ${vote.target} "${vote.targetId}"`);
    voters.set(vote.userId, vote);
    votes.set(postKey(vote.target, vote.targetId), voters);
  });
  return votes;
}

function loadVote(
  vote: Partial<SeedVote>,
  fail: Fail,
  known: Pick<CommunityData, 'users' | 'questions' | 'answers'>,
): SeedVote {
  const { target } = vote;
  if (target !== 'question' && target !== 'answer') fail(`has an unknown target ${JSON.stringify(target)}`);
  const userId = requireKnown(known.users, vote.userId, 'userId', fail).id;
  const posts: Map<string, { id: string; authorId: string }> = target === 'question' ? known.questions : known.answers;
  const post = requireKnown(posts, vote.targetId, 'targetId', fail);
  if (post.authorId === userId) fail(`is a self vote: "${userId}" wrote ${target} "${post.id}"`);
  const createdAt = vote.createdAt === undefined ? {} : { createdAt: seedTime(vote.createdAt, 'createdAt', fail) };
  return { userId, target, targetId: post.id, ...createdAt };
}

function requireSeedString(value: unknown, field: string, fail: Fail): void {
  if (typeof value !== 'string' || value === '') fail(`has no ${field} (expected a non-empty string)`);
}

function requireKnown<T>(records: Map<string, T>, id: unknown, field: string, fail: Fail): T {
  const record = typeof id === 'string' ? records.get(id) : undefined;
  return record ?? fail(`has an unknown ${field} ${JSON.stringify(id)}`);
}

function seedTime(value: unknown, field: string, fail: Fail): string {
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(time)) fail(`has an invalid ${field} ${JSON.stringify(value)} (expected an ISO-8601 time)`);
  return new Date(time).toISOString();
}

function optionalSeedTime(value: unknown, field: string, fail: Fail): string | null {
  return value === undefined || value === null ? null : seedTime(value, field, fail);
}

/** Everything that depends on more than one record; recomputed after each mutation. */
interface Derived {
  answersByQuestion: Map<string, StoredAnswer[]>;
  standings: Map<string, Standing>;
  ranks: Map<string, number>;
}

interface Standing {
  reputation: number;
  questions: number;
  answers: number;
  acceptedAnswers: number;
  kudosReceived: number;
}

function emptyStanding(reputation: number): Standing {
  return { reputation, questions: 0, answers: 0, acceptedAnswers: 0, kudosReceived: 0 };
}

function derive(data: CommunityData): Derived {
  const answersByQuestion = new Map<string, StoredAnswer[]>();
  for (const answer of data.answers.values()) {
    const siblings = answersByQuestion.get(answer.questionId) ?? [];
    siblings.push(answer);
    answersByQuestion.set(answer.questionId, siblings);
  }
  const standings = computeStandings(data);
  const ranking = [...standings.entries()].sort(
    ([idA, a], [idB, b]) => b.reputation - a.reputation || compareIds(idA, idB),
  );
  const ranks = new Map(ranking.map(([id], index) => [id, index + 1]));
  return { answersByQuestion, standings, ranks };
}

function computeStandings(data: CommunityData): Map<string, Standing> {
  const standings = new Map<string, Standing>();
  for (const user of data.users.values()) standings.set(user.id, emptyStanding(user.reputationBase ?? 0));
  const kudosOn = (target: PostType, id: string) => data.votes.get(postKey(target, id))?.size ?? 0;
  for (const question of data.questions.values()) {
    const standing = standings.get(question.authorId) ?? emptyStanding(0);
    const kudos = kudosOn('question', question.id);
    standing.questions += 1;
    standing.kudosReceived += kudos;
    standing.reputation += kudos * REPUTATION.questionKudos;
  }
  for (const answer of data.answers.values()) {
    const standing = standings.get(answer.authorId) ?? emptyStanding(0);
    const kudos = kudosOn('answer', answer.id);
    const accepted = data.questions.get(answer.questionId)?.acceptedAnswerId === answer.id ? 1 : 0;
    standing.answers += 1;
    standing.kudosReceived += kudos;
    standing.acceptedAnswers += accepted;
    standing.reputation += kudos * REPUTATION.answerKudos + accepted * REPUTATION.acceptedAnswer;
  }
  return standings;
}

function setAcceptedAnswer(question: StoredQuestion, accept: { answerId: string; byId: string; at: string } | null) {
  question.acceptedAnswerId = accept?.answerId ?? null;
  question.acceptedById = accept?.byId ?? null;
  question.acceptedAt = accept?.at ?? null;
}

/** Seed times are normalized to ISO-8601 UTC on load, and such strings order like the times they denote. */
function latestTime(first: string, ...others: (string | null)[]): string {
  return others.reduce<string>((latest, time) => (time !== null && time > latest ? time : latest), first);
}

function isStaff(user: SeedUser): boolean {
  return user.role === 'staff' || user.role === 'moderator';
}

function uniqueId(prefix: string, taken: Map<string, unknown>): string {
  let n = taken.size + 1;
  while (taken.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

// Persistence

interface SavedState {
  fingerprint: string;
  questions: SeedQuestion[];
  answers: SeedAnswer[];
  votes: SeedVote[];
}

/** The mutable part of a community in `localStorage`, tied to the seed it grew from. */
class SavedStateStorage {
  private readonly fingerprint: string;

  constructor(
    private readonly key: string,
    private readonly seed: CommunitySeed,
  ) {
    this.fingerprint = fingerprintOf(seed);
  }

  /** The saved community, or null when there is none, it grew from another seed, or it is unreadable. */
  restore(): CommunityData | null {
    try {
      const saved = JSON.parse(localStorage.getItem(this.key) ?? 'null') as Partial<SavedState> | null;
      if (saved?.fingerprint !== this.fingerprint) return null;
      const { questions = [], answers = [], votes = [] } = saved;
      return loadSeed({ users: this.seed.users, categories: this.seed.categories, questions, answers, votes });
    } catch {
      return null;
    }
  }

  save(data: CommunityData): void {
    const state: SavedState = {
      fingerprint: this.fingerprint,
      questions: [...data.questions.values()],
      answers: [...data.answers.values()],
      votes: [...data.votes.values()].flatMap((voters) => [...voters.values()]),
    };
    try {
      localStorage.setItem(this.key, JSON.stringify(state));
    } catch {
      // Storage full or blocked (private mode, sandboxed frame): the in-memory state stays authoritative.
    }
  }

  clear(): void {
    try {
      localStorage.removeItem(this.key);
    } catch {
      // Blocked storage holds nothing to clear.
    }
  }
}

/** A short FNV-1a hash of the seed's JSON: enough to notice that the seed changed. */
function fingerprintOf(seed: CommunitySeed): string {
  const json = JSON.stringify(seed);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${json.length.toString(36)}.${(hash >>> 0).toString(36)}`;
}

// Input validation: callers may be plain JavaScript passing anything.

function invalid(field: string, message: string): MajlisError {
  return new MajlisError('invalid', message, { field });
}

function notFound(kind: string, id: unknown): MajlisError {
  return new MajlisError('not-found', `No ${kind} with id ${JSON.stringify(id)}`);
}

function throwError(error: Error): never {
  throw error;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readObject(input: unknown, what: string): Record<string, unknown> {
  if (!isObject(input)) throw new MajlisError('invalid', `${what} must be an object, got ${kindOf(input)}`);
  return input;
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

function readText(input: Record<string, unknown>, field: string, min: number, max: number): string {
  const value = input[field];
  if (typeof value !== 'string') throw invalid(field, `${field} must be a string, got ${kindOf(value)}`);
  const text = value.trim();
  if (text.length < min || text.length > max) {
    throw invalid(field, `${field} must be ${min} to ${max} characters long, got ${text.length}`);
  }
  return text;
}

function readId(input: Record<string, unknown>, field: string): string {
  const value = input[field];
  if (typeof value !== 'string' || value === '') throw invalid(field, `${field} must be a non-empty string id`);
  return value;
}

function readBoolean(input: Record<string, unknown>, field: string): boolean {
  const value = input[field];
  if (typeof value !== 'boolean') throw invalid(field, `${field} must be true or false, got ${kindOf(value)}`);
  return value;
}

function readLanguage(input: Record<string, unknown>): string {
  const value = input.language;
  const canonical = typeof value === 'string' ? canonicalLanguageTag(value.trim()) : null;
  if (canonical === null) {
    throw invalid('language', `language must be a BCP-47 tag such as "en" or "nl-BE", got ${JSON.stringify(value)}`);
  }
  return canonical;
}

function canonicalLanguageTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null; // Intl throws a RangeError for anything that is not a well-formed BCP-47 tag.
  }
}

function readTags(input: Record<string, unknown>): string[] {
  const value = input.tags ?? [];
  if (!Array.isArray(value)) throw invalid('tags', `tags must be a list of strings, got ${kindOf(value)}`);
  if (value.length > LIMITS.tagsMax) {
    throw invalid('tags', `a question may have at most ${LIMITS.tagsMax} tags, got ${value.length}`);
  }
  return value.map((tag: unknown) => {
    const text = typeof tag === 'string' ? tag.trim() : '';
    if (text.length < 1 || text.length > LIMITS.tagMax) {
      throw invalid('tags', `each tag must be 1 to ${LIMITS.tagMax} characters of text, got ${JSON.stringify(tag)}`);
    }
    return text;
  });
}

function readEnum<T extends string>(
  input: Record<string, unknown>,
  field: string,
  allowed: readonly T[],
  fallback?: T,
): T {
  const value = input[field] ?? fallback;
  if (!allowed.includes(value as T)) {
    throw invalid(field, `${field} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as T;
}

type QuestionFields = Pick<StoredQuestion, 'title' | 'body' | 'categoryId' | 'language' | 'tags'>;

function readQuestionInput(input: unknown): QuestionFields {
  const record = readObject(input, 'The question');
  return {
    title: readText(record, 'title', LIMITS.titleMin, LIMITS.titleMax),
    body: readText(record, 'body', LIMITS.bodyMin, LIMITS.bodyMax),
    categoryId: readId(record, 'categoryId'),
    language: readLanguage(record),
    tags: readTags(record),
  };
}

function readAnswerInput(input: unknown): Pick<StoredAnswer, 'questionId' | 'body' | 'language'> {
  const record = readObject(input, 'The answer');
  return {
    questionId: readId(record, 'questionId'),
    body: readText(record, 'body', LIMITS.bodyMin, LIMITS.bodyMax),
    language: readLanguage(record),
  };
}

function readVoteInput(input: unknown): VoteInput {
  const record = readObject(input, 'The vote');
  const target = readEnum<PostType>(record, 'target', ['question', 'answer']);
  return { target, id: readId(record, 'id'), voted: readBoolean(record, 'voted') };
}

function readAcceptInput(input: unknown): AcceptInput {
  const record = readObject(input, 'The accept request');
  return { answerId: readId(record, 'answerId'), accepted: readBoolean(record, 'accepted') };
}

// Listing: filters, orderings and keyset paging.

interface QuestionFilters {
  categoryId: string | null;
  status: QuestionStatusFilter;
  language: string | null;
  sort: QuestionSort | 'relevance';
  /** Blank when the query has no search. */
  search: SearchQuery;
  match: 'all' | 'any';
}

function readQuery(query: unknown): Record<string, unknown> {
  return query === undefined || query === null ? {} : readObject(query, 'The list query');
}

function readQuestionFilters(record: Record<string, unknown>): QuestionFilters {
  const optionalString = (field: string): string | null => {
    const value = record[field];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') throw invalid(field, `${field} must be a string, got ${kindOf(value)}`);
    return value;
  };
  const search = new SearchQuery(optionalString('search') ?? '');
  return {
    categoryId: optionalString('categoryId'),
    language: optionalString('language'),
    status: readEnum<QuestionStatusFilter>(record, 'status', ['all', 'unanswered', 'unsolved', 'solved'], 'all'),
    // Relevance is the default while searching; without a search every question is equally relevant, so
    // `relevance` then orders by activity like the default.
    sort: readEnum<QuestionSort | 'relevance'>(
      record,
      'sort',
      ['activity', 'newest', 'votes', 'relevance'],
      search.blank ? 'activity' : 'relevance',
    ),
    search,
    match: readEnum<'all' | 'any'>(record, 'match', ['all', 'any'], 'all'),
  };
}

const statusFilters: Record<QuestionStatusFilter, (question: Question) => boolean> = {
  all: () => true,
  unanswered: (question) => question.answerCount === 0,
  unsolved: (question) => question.acceptedAnswerId === null,
  solved: (question) => question.acceptedAnswerId !== null,
};

function primarySubtag(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? '';
}

function matchesQuestionFilters(question: Question, filters: QuestionFilters): boolean {
  return (
    (filters.categoryId === null || question.categoryId === filters.categoryId) &&
    (filters.language === null || primarySubtag(question.language) === primarySubtag(filters.language)) &&
    statusFilters[filters.status](question)
  );
}

/** A total order: items sort by ascending `key` (descending orders negate), then by id. */
interface Ordering<T> {
  name: string;
  keyLength: number;
  key(item: T): number[];
}

/** A {@link PageQuery} as a JavaScript caller may pass it. */
type PageRequest = { [K in keyof PageQuery]?: unknown };

interface Position {
  key: number[];
  id: string;
}

const time = (iso: string) => Date.parse(iso);

const questionOrderings: Record<QuestionSort, Ordering<Question>> = {
  activity: { name: 'questions/activity', keyLength: 1, key: (question) => [-time(question.lastActivityAt)] },
  newest: { name: 'questions/newest', keyLength: 1, key: (question) => [-time(question.createdAt)] },
  votes: { name: 'questions/votes', keyLength: 1, key: (question) => [-question.voteCount] },
};

/**
 * Best match first: questions matching more query words (all of them, unless `match: 'any'`), then more of
 * them in the title, then the latest activity. The key is derived from the question alone (for a given
 * search), so keyset cursors stay consistent across pages.
 */
function relevanceOrdering(search: SearchQuery): Ordering<Question> {
  return {
    name: 'questions/relevance',
    keyLength: 3,
    key: (question) => [
      -search.matchCount(question.title, question.body),
      -search.hits(question.title),
      -time(question.lastActivityAt),
    ],
  };
}

/** The accepted answer sorts before all others, so it leads the first page. */
function acceptedFirst(name: string, value: (answer: Answer) => number): Ordering<Answer> {
  return { name, keyLength: 2, key: (answer) => [answer.accepted ? 0 : 1, value(answer)] };
}

const answerOrderings: Record<AnswerSort, Ordering<Answer>> = {
  votes: acceptedFirst('answers/votes', (answer) => -answer.voteCount),
  newest: acceptedFirst('answers/newest', (answer) => -time(answer.createdAt)),
  oldest: acceptedFirst('answers/oldest', (answer) => time(answer.createdAt)),
};

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePositions(a: Position, b: Position): number {
  for (let i = 0; i < a.key.length; i++) {
    const difference = (a.key[i] ?? 0) - (b.key[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return compareIds(a.id, b.id);
}

/**
 * Keyset paging: the cursor holds the last item's sort key and id, and the next page starts strictly after it.
 * Items inserted meanwhile therefore never shift the pages of the items that already existed.
 */
function paginate<T extends { id: string }>(items: T[], ordering: Ordering<T>, query: PageRequest): Page<T> {
  const limit = readLimit(query.limit);
  const after = query.cursor === undefined || query.cursor === null ? null : decodeCursor(query.cursor, ordering);
  const remaining = items
    .map((item) => ({ item, position: { key: ordering.key(item), id: item.id } }))
    .sort((a, b) => comparePositions(a.position, b.position))
    .filter(({ position }) => after === null || comparePositions(position, after) > 0);
  const page = remaining.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = remaining.length > limit && last !== undefined ? encodeCursor(ordering, last.position) : null;
  return { items: page.map(({ item }) => item), nextCursor, total: items.length };
}

function readLimit(limit: unknown): number {
  if (limit === undefined || limit === null) return 20;
  if (typeof limit !== 'number' || Number.isNaN(limit)) {
    throw invalid('limit', `limit must be a number, got ${kindOf(limit)}`);
  }
  return Math.min(100, Math.max(1, Math.floor(limit)));
}

function encodeCursor(ordering: Ordering<unknown>, position: Position): string {
  const bytes = new TextEncoder().encode(JSON.stringify({ o: ordering.name, k: position.key, id: position.id }));
  return btoa(String.fromCharCode(...bytes));
}

function decodeCursor(cursor: unknown, ordering: Ordering<unknown>): Position {
  const position = typeof cursor === 'string' ? parseCursor(cursor, ordering) : null;
  if (position === null) {
    throw invalid('cursor', 'cursor is not one this list handed out (it may belong to another sort order)');
  }
  return position;
}

function parseCursor(cursor: string, ordering: Ordering<unknown>): Position | null {
  let decoded: unknown;
  try {
    decoded = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(cursor), (char) => char.charCodeAt(0))));
  } catch {
    return null;
  }
  if (!isObject(decoded)) return null;
  const { o, k, id } = decoded;
  const keyIsValid = Array.isArray(k) && k.length === ordering.keyLength && k.every((n) => Number.isFinite(n));
  return o === ordering.name && keyIsValid && typeof id === 'string' ? { key: k as number[], id } : null;
}
