import { MajlisError, abortError, delay } from '../../core/adapter.js';
import type { CommunityAdapter } from '../../core/adapter.js';
import { checkNoControlCharacters, invalid } from '../../core/contract/text.js';
import { recognitionRules } from '../../core/recognition.js';
import type { RecognitionOptions } from '../../core/recognition.js';
import type { CommunitySeed, SeedUser, SeedVote } from '../../core/seed.js';
import type {
  AcceptInput,
  AcceptResult,
  Answer,
  AnswerQuery,
  AnswerSort,
  AskQuestionInput,
  CallOptions,
  Category,
  Leaderboard,
  LeaderboardQuery,
  Page,
  PostAnswerInput,
  PostPermissions,
  PostType,
  Question,
  QuestionQuery,
  RecognitionRules,
  User,
  UserProfile,
  Viewer,
  VoteInput,
} from '../../core/types.js';
import {
  readAcceptInput,
  readAnswerInput,
  readEnum,
  readQuery,
  readQuestionInput,
  readVoteInput,
} from './input.js';
import { analyzeText } from '../../core/ranking.js';
import type { RankedText } from '../../core/ranking.js';
import {
  answerOrderings,
  matchesQuestionFilters,
  matchesSearch,
  paginate,
  questionOrderings,
  readQuestionFilters,
  relevanceOrdering,
} from './listing.js';
import { isStaff, latestTime, postKey, setAcceptedAnswer, uniqueId } from './model.js';
import type { CommunityData, StoredAnswer, StoredQuestion } from './model.js';
import { SavedStateStorage, restoreRecognition, saveRecognition } from './persistence.js';
import { Recognition } from './recognition.js';
import { Simulation } from './simulation.js';
import type { SimulatedOperation, SimulationOptions } from './simulation.js';
import { loadSeed } from './seed.js';
import { derive, emptyStanding } from './standings.js';
import type { Derived, Standing } from './standings.js';

/** The personal-data rule and its detector, loaded with the first post: a reader's page never needs them. */
const personalDataRule = () => import('../../core/contract/personal-data.js');

const EMPTY_TEXT: RankedText = { title: { terms: [], marks: [] }, body: { terms: [], marks: [] } };

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
  /** A slow or failing network on demand (latency ranges, random failures, failing calls): see {@link SimulationOptions}. */
  simulate?: SimulationOptions;
  /** The clock for new posts, kudos and accepts, and the leaderboard's periods. */
  now?: () => Date;
  /**
   * The recognition rules: any part of the reputation points, and the ranks and badges, over the defaults
   * (`DEFAULT_RECOGNITION`). Checked with `validateRules`: bad rules throw an `Error` naming the setting.
   */
  recognition?: RecognitionOptions;
}

/**
 * A complete community held in the browser: seeded from JSON, optionally saved to `localStorage`.
 * Counts and accepted flags are derived from the posts and kudos, never stored; reputation comes from a ledger of
 * what earned it (each kudos, acceptance, question asked), so a withdrawal takes back exactly what it earned.
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
  private simulation: Simulation;
  private readonly latencyMs: number;
  private readonly now: () => Date;
  private readonly storage: SavedStateStorage | null;
  private readonly rules: RecognitionRules;
  private readonly rulesJson: string;
  private data: CommunityData;
  private recognition: Recognition;
  private derivedCache: Derived | null = null;
  private readonly rankedTexts = new WeakMap<StoredQuestion, { title: string; body: string; text: RankedText }>();
  private viewerId: string | null = null;

  constructor({
    seed,
    viewerId = null,
    persist = false,
    storageKey = 'default',
    latencyMs = 0,
    simulate = {},
    now = () => new Date(),
    recognition,
  }: MemoryAdapterOptions) {
    this.seed = seed;
    this.latencyMs = latencyMs;
    this.simulation = new Simulation(simulate, latencyMs);
    this.now = now;
    this.rules = recognitionRules(recognition);
    this.rulesJson = JSON.stringify(this.rules);
    const seedData = loadSeed(seed);
    this.storage = persist === 'local-storage' ? new SavedStateStorage(`majlis:memory:${storageKey}`, seed) : null;
    const saved = this.storage?.restore() ?? null;
    this.data = saved?.data ?? seedData;
    const state = restoreRecognition(saved?.recognition, this.rulesJson);
    this.recognition = state === undefined ? Recognition.replay(this.rules, this.data) : new Recognition(this.rules, state);
    this.setViewer(viewerId);
  }

  /** Switches who is signed in (null: anonymous), as a demo's viewer switcher does. */
  setViewer(id: string | null): void {
    if (id !== null && !this.data.users.has(id)) throw notFound('user', id);
    this.viewerId = id;
  }

  /** Changes the simulated network (see {@link SimulationOptions}); `{}` goes back to plain `latencyMs`. */
  setSimulation(simulate: SimulationOptions): void {
    this.simulation = new Simulation(simulate, this.latencyMs);
  }

  /** Forgets the saved state and starts over from the seed. */
  reset(): void {
    this.storage?.clear();
    this.data = loadSeed(this.seed);
    this.recognition = Recognition.replay(this.rules, this.data);
    this.derivedCache = null;
  }

  // Reads

  getViewer(options?: CallOptions): Promise<Viewer> {
    return this.call('getViewer', options, () => {
      const viewer = this.viewer();
      return { user: viewer === null ? null : this.toUser(viewer.id) };
    });
  }

  listCategories(options?: CallOptions): Promise<Category[]> {
    return this.call('listCategories', options, () => [...this.data.categories.values()].map((category) => structuredClone(category)));
  }

  listQuestions(query: QuestionQuery = {}, options?: CallOptions): Promise<Page<Question>> {
    return this.call('listQuestions', options, () => {
      const record = readQuery(query);
      const filters = readQuestionFilters(record);
      const records = [...this.data.questions.values()];
      const texts = new Map(records.map((question) => [question.id, this.rankedText(question)]));
      const textOf = (question: { id: string }) => texts.get(question.id) ?? EMPTY_TEXT;
      const matching = records
        .filter((question) => matchesSearch(textOf(question), filters))
        .map((question) => this.toQuestion(question))
        .filter((question) => matchesQuestionFilters(question, filters));
      const ordering =
        filters.sort === 'relevance'
          ? relevanceOrdering(filters, [...texts.values()], textOf, record.cursor)
          : questionOrderings[filters.sort];
      return paginate(matching, ordering, record);
    });
  }

  getQuestion(id: string, options?: CallOptions): Promise<Question> {
    return this.call('getQuestion', options, () => this.toQuestion(this.questionRecord(id)));
  }

  listAnswers(questionId: string, query: AnswerQuery = {}, options?: CallOptions): Promise<Page<Answer>> {
    return this.call('listAnswers', options, () => {
      const record = readQuery(query);
      const sort = readEnum<AnswerSort>(record, 'sort', ['votes', 'newest', 'oldest'], 'votes');
      const question = this.questionRecord(questionId);
      const answers = this.answersOf(question.id).map((answer) => this.toAnswer(answer));
      return paginate(answers, answerOrderings[sort], record);
    });
  }

  getAnswer(id: string, options?: CallOptions): Promise<Answer> {
    return this.call('getAnswer', options, () => this.toAnswer(this.answerRecord(id)));
  }

  getUser(id: string, options?: CallOptions): Promise<UserProfile> {
    return this.call('getUser', options, () => {
      const user = this.toUser(this.userRecord(id).id);
      const { reputation: _reputation, ...stats } = this.standingOf(user.id);
      return { ...user, stats, rank: this.derived().ranks.get(user.id) ?? null, badges: this.recognition.badgesOf(user.id) };
    });
  }

  // Recognition (optional capabilities `leaderboard` and `recognition`)

  leaderboard(query: LeaderboardQuery = {}, options?: CallOptions): Promise<Leaderboard> {
    return this.call('leaderboard', options, () => {
      const record = readQuery(query) as LeaderboardQuery;
      return this.recognition.leaderboard(this.data, record, this.now(), (id) => this.toUser(id));
    });
  }

  getRecognitionRules(options?: CallOptions): Promise<RecognitionRules> {
    return this.call('getRecognitionRules', options, () => structuredClone(this.rules));
  }

  // Mutations

  async askQuestion(input: AskQuestionInput, options?: CallOptions): Promise<Question> {
    const { checkPersonalData } = await personalDataRule();
    return this.call('askQuestion', options, () => {
      const author = this.requireViewer('ask a question');
      const fields = readQuestionInput(input, checkPersonalData);
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
      this.recognition.asked(question);
      this.recognition.award(this.data, author.id, question.createdAt);
      this.commit();
      return this.toQuestion(question);
    });
  }

  async postAnswer(input: PostAnswerInput, options?: CallOptions): Promise<Answer> {
    const { checkPersonalData } = await personalDataRule();
    return this.call('postAnswer', options, () => {
      const author = this.requireViewer('answer a question');
      const fields = readAnswerInput(input, checkPersonalData);
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
      this.recognition.award(this.data, author.id, answer.createdAt);
      this.commit();
      return this.toAnswer(answer);
    });
  }

  vote(input: VoteInput, options?: CallOptions): Promise<Question | Answer> {
    return this.call('vote', options, () => {
      const voter = this.requireViewer('give kudos');
      const { target, id, voted } = readVoteInput(input);
      const post = target === 'question' ? this.questionRecord(id) : this.answerRecord(id);
      if (post.authorId === voter.id) {
        throw new MajlisError('forbidden', `Members cannot give kudos to their own ${target} ("${id}")`);
      }
      const voters = this.votersOf(target, id);
      const at = this.timestamp();
      if (voted && !voters.has(voter.id)) {
        voters.set(voter.id, { userId: voter.id, target, targetId: id, createdAt: at });
        this.data.votes.set(postKey(target, id), voters);
        this.recognition.kudosGiven(this.data, target, id, voter.id, at);
      } else if (!voted) {
        voters.delete(voter.id);
        this.data.votes.set(postKey(target, id), voters);
        this.recognition.kudosWithdrawn(target, id, voter.id);
      }
      this.recognition.award(this.data, post.authorId, at);
      this.commit();
      return target === 'question' ? this.toQuestion(this.questionRecord(id)) : this.toAnswer(this.answerRecord(id));
    });
  }

  acceptAnswer(input: AcceptInput, options?: CallOptions): Promise<AcceptResult> {
    return this.call('acceptAnswer', options, () => {
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
      const at = this.timestamp();
      if (accepted && previousId !== answer.id) {
        setAcceptedAnswer(question, { answerId: answer.id, byId: viewer.id, at });
        if (previousId !== null) this.recognition.unaccepted(previousId);
        this.recognition.accepted(answer, question, at);
      } else if (!accepted && previousId === answer.id) {
        setAcceptedAnswer(question, null);
        this.recognition.unaccepted(answer.id);
      }
      this.recognition.award(this.data, answer.authorId, at);
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

  private async call<T>(operation: SimulatedOperation, options: CallOptions | undefined, work: () => T): Promise<T> {
    const signal = options?.signal;
    const simulation = this.simulation;
    await delay(simulation.latency(), signal);
    if (signal?.aborted) throw abortError();
    // A simulated failure comes before the work, so a failed mutation changes nothing.
    const failure = simulation.failure(operation);
    if (failure) throw failure;
    return work();
  }

  private commit(): void {
    this.derivedCache = null;
    this.storage?.save(this.data, saveRecognition(this.rulesJson, this.recognition.state));
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
    return this.data.users.get(id) ?? missing('user', id);
  }

  private questionRecord(id: string): StoredQuestion {
    return this.data.questions.get(id) ?? missing('question', id);
  }

  private answerRecord(id: string): StoredAnswer {
    return this.data.answers.get(id) ?? missing('answer', id);
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

  /** The ranking's words of a question, analysed once per title and body. */
  private rankedText(question: StoredQuestion): RankedText {
    const cached = this.rankedTexts.get(question);
    if (cached?.title === question.title && cached.body === question.body) return cached.text;
    const text = { title: analyzeText(question.title), body: analyzeText(question.body) };
    this.rankedTexts.set(question, { title: question.title, body: question.body, text });
    return text;
  }

  private derived(): Derived {
    this.derivedCache ??= derive(this.data, this.recognition);
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

function notFound(kind: string, id: unknown): MajlisError {
  return new MajlisError('not-found', `No ${kind} with id ${JSON.stringify(id)}`);
}

/** Not found; but an id with a control character cannot exist, and is refused as the server refuses it. */
function missing(kind: string, id: string): never {
  checkNoControlCharacters(id, 'id');
  throw notFound(kind, id);
}

