import { MajlisError, abortError, delay } from '../../core/adapter.js';
import type { CommunityAdapter } from '../../core/adapter.js';
import { checkNoControlCharacters, invalid } from '../../core/contract/text.js';
import { readModerationInput, resolveModerationSettings } from '../../core/moderation.js';
import type { ModerationOptions } from '../../core/moderation.js';
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
  AuditEntry,
  AuditQuery,
  CallOptions,
  CareStats,
  Category,
  DeletePostInput,
  EditPostInput,
  FlagInput,
  Follow,
  FollowInput,
  FollowQuery,
  FollowState,
  FollowTarget,
  EvaluateIdeaInput,
  Idea,
  IdeaQuery,
  IdeaWinner,
  MarkIdeaWinnerInput,
  MergeIdeaInput,
  MergeIdeaResult,
  SetIdeaStatusInput,
  SubmitIdeaInput,
  Leaderboard,
  LeaderboardQuery,
  LiveEvent,
  LiveTopic,
  ModerationInput,
  ModerationItem,
  ModerationQueueQuery,
  ModerationResult,
  ModerationSettings,
  NotificationSettings,
  NotificationSettingsInput,
  Page,
  PostAnswerInput,
  PostPermissions,
  PostType,
  Question,
  QuestionQuery,
  RecognitionRules,
  Revision,
  SubscribeOptions,
  User,
  UserProfile,
  Viewer,
  VoteInput,
  AskInSessionInput,
  CreateLiveSessionInput,
  LiveSession,
  LiveSessionQuery,
  LiveSessionSummary,
  SessionQuestion,
  SessionQuestionQuery,
  UpdateLiveSessionInput,
} from '../../core/types.js';
import {
  readAcceptInput,
  readAnswerInput,
  readAuditQuery,
  readEditInput,
  readEnum,
  readFlagInput,
  readId,
  readObject,
  readPostRef,
  readQuery,
  readQueueQuery,
  readQuestionInput,
  readVoteInput,
} from './input.js';
import { bodyFields } from '../../core/markdown-parse.js';
import { analyzeText } from '../../core/ranking.js';
import type { RankedText } from '../../core/ranking.js';
import {
  answerOrderings,
  matchesQuestionFilters,
  matchesSearch,
  paginate,
  pinnedActivityOrdering,
  questionOrderings,
  readQuestionFilters,
  relevanceOrdering,
} from './listing.js';
import { compareIds, isStaff, latestTime, postKey, setAcceptedAnswer, uniqueId } from './model.js';
import type { CommunityData, StoredAnswer, StoredIdea, StoredLiveSession, StoredPost, StoredQuestion } from './model.js';
import {
  matchesFilter,
  readSessionInput,
  readSessionQuery,
  readSessionQuestionQuery,
  sessionOrdering,
  sessionQuestionOrderings,
  summaryOf,
  toEntry,
} from './live-sessions.js';
import { phaseAt } from '../../core/live-session-names.js';
import { SESSION_ENDED } from '../../core/live-sessions.js';
import {
  carryVotes,
  checkMerge,
  evaluationOf,
  ideaOrdering,
  matchesIdeaFilters,
  newIdea,
  overallScore,
  readIdeaQuery,
  readMergeInput,
  readScores,
  readStatusInput,
  readTopic,
  readWinnerInput,
  recentVotes,
  scoresOf,
} from './ideas.js';
import { IDEA_WINNER_BADGE } from '../../core/idea-names.js';
import {
  admitPost,
  applyAction,
  auditLog,
  flagPost,
  flagView,
  hasFlagged,
  isModerator,
  moderationQueue,
  openFlags,
  requireModerator,
  requireNotSuspended,
  seesAtAll,
  seesInFull,
  suspensionOf,
} from './moderation.js';
import type { ModerationScope } from './moderation.js';
import {
  autoFollow,
  followState,
  isFollowing,
  listFollows,
  notificationSettingsOf,
  readFollowInput,
  readNotificationSettingsInput,
  setFollow,
} from './follow.js';
import { careStats } from './care.js';
import { SavedStateStorage, restoreRecognition, saveRecognition } from './persistence.js';
import { deletePost, editPost, listRevisions, mayDelete, mayEdit, revisionCount } from './revisions.js';
import { LiveChannel, postEvents } from './live.js';
import type { NewLiveEvent } from './live.js';
import { Recognition } from './recognition.js';
import { Simulation } from './simulation.js';
import type { SimulatedOperation, SimulationOptions } from './simulation.js';
import { loadSeed } from './seed.js';
import { derive, emptyStanding } from './standings.js';
import type { Derived, Standing } from './standings.js';

/** The personal-data rule and its detector, loaded with the first post: a reader's page never needs them. */
const personalDataRule = () => import('../../core/contract/personal-data.js');
type PersonalDataCheck = Awaited<ReturnType<typeof personalDataRule>>['checkPersonalData'];

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
  /**
   * The moderation settings: any part of them (and of `flood`) over the defaults (`DEFAULT_MODERATION`): the flag
   * threshold, pre-moderation (per category too), the edit window, the flood limits. Checked with
   * `validateModerationSettings`: bad settings throw an `Error` naming the setting.
   */
  moderation?: ModerationOptions;
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
  private readonly settings: ModerationSettings;
  private data: CommunityData;
  private recognition: Recognition;
  private derivedCache: Derived | null = null;
  private readonly rankedTexts = new WeakMap<StoredQuestion, { title: string; body: string; text: RankedText }>();
  private viewerId: string | null = null;
  private readonly live: LiveChannel;

  constructor({
    seed,
    viewerId = null,
    persist = false,
    storageKey = 'default',
    latencyMs = 0,
    simulate = {},
    now = () => new Date(),
    recognition,
    moderation,
  }: MemoryAdapterOptions) {
    this.seed = seed;
    this.latencyMs = latencyMs;
    this.simulation = new Simulation(simulate, latencyMs);
    this.now = now;
    this.rules = recognitionRules(recognition);
    this.rulesJson = JSON.stringify(this.rules);
    this.settings = resolveModerationSettings(moderation);
    const seedData = loadSeed(seed);
    this.storage = persist === 'local-storage' ? new SavedStateStorage(`majlis:memory:${storageKey}`, seed) : null;
    const saved = this.storage?.restore() ?? null;
    this.data = saved?.data ?? seedData;
    const state = restoreRecognition(saved?.recognition, this.rulesJson);
    this.recognition = state === undefined ? Recognition.replay(this.rules, this.data) : new Recognition(this.rules, state);
    this.live = new LiveChannel(this.storage === null ? null : `majlis:memory:${storageKey}`, () => this.reload());
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
      if (viewer === null) return { user: null, suspension: null };
      return { user: this.toUser(viewer.id), suspension: suspensionOf(this.data, viewer.id, this.timestamp()) };
    });
  }

  listCategories(options?: CallOptions): Promise<Category[]> {
    return this.call('listCategories', options, () =>
      [...this.data.categories.values()].map((category) => ({
        ...structuredClone(category),
        viewerFollows: isFollowing(this.data, this.viewerId, 'category', category.id),
      })),
    );
  }

  listQuestions(query: QuestionQuery = {}, options?: CallOptions): Promise<Page<Question>> {
    return this.call('listQuestions', options, () => {
      const record = readQuery(query);
      const filters = readQuestionFilters(record);
      const viewer = this.viewer();
      // Lists leave out the questions the viewer cannot see in full (pending, hidden and deleted ones of others).
      // Ideas and session questions are questions too, listed by listIdeas and listSessionQuestions only.
      const records = [...this.data.questions.values()].filter(
        (question) => seesInFull(viewer, question) && !this.data.ideas.has(question.id) && !this.data.sessionOf.has(question.id),
      );
      const texts = new Map(records.map((question) => [question.id, this.rankedText(question)]));
      const textOf = (question: { id: string }) => texts.get(question.id) ?? EMPTY_TEXT;
      const matching = records
        .filter((question) => matchesSearch(textOf(question), filters))
        .map((question) => this.toQuestion(question))
        .filter((question) => matchesQuestionFilters(question, filters));
      const ordering =
        filters.sort === 'relevance'
          ? relevanceOrdering(filters, [...texts.values()], textOf, record.cursor)
          : filters.sort === 'activity' && filters.categoryId !== null
            ? pinnedActivityOrdering
            : questionOrderings[filters.sort];
      return paginate(matching, ordering, record);
    });
  }

  getQuestion(id: string, options?: CallOptions): Promise<Question> {
    return this.call('getQuestion', options, () => this.toQuestion(this.visibleQuestion(id)));
  }

  listAnswers(questionId: string, query: AnswerQuery = {}, options?: CallOptions): Promise<Page<Answer>> {
    return this.call('listAnswers', options, () => {
      const record = readQuery(query);
      const sort = readEnum<AnswerSort>(record, 'sort', ['votes', 'newest', 'oldest'], 'votes');
      const question = this.visibleQuestion(questionId);
      const viewer = this.viewer();
      const answers = this.answersOf(question.id)
        .filter((answer) => seesAtAll(viewer, answer))
        .map((answer) => this.toAnswer(answer));
      return paginate(answers, answerOrderings[sort], record);
    });
  }

  getAnswer(id: string, options?: CallOptions): Promise<Answer> {
    return this.call('getAnswer', options, () => this.toAnswer(this.visibleAnswer(id)));
  }

  getUser(id: string, options?: CallOptions): Promise<UserProfile> {
    return this.call('getUser', options, () => {
      const user = this.toUser(this.userRecord(id).id);
      const { reputation: _reputation, ...stats } = this.standingOf(user.id);
      const viewer = this.viewer();
      // A suspension is shown to moderators and to the member, to nobody else.
      const suspension =
        isModerator(viewer) || viewer?.id === user.id ? { suspension: suspensionOf(this.data, user.id, this.timestamp()) } : {};
      return {
        ...user,
        stats,
        rank: this.derived().ranks.get(user.id) ?? null,
        ...suspension,
        badges: this.recognition.badgesOf(user.id),
      };
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

  // Customer care (optional capability `careStats`)

  careStats(options?: CallOptions): Promise<CareStats> {
    return this.call('careStats', options, () => careStats(this.data, this.now()));
  }

  // Mutations

  async askQuestion(input: AskQuestionInput, options?: CallOptions): Promise<Question> {
    const { checkPersonalData } = await personalDataRule();
    return this.call('askQuestion', options, () => this.toQuestion(this.ask(input, checkPersonalData)));
  }

  /**
   * Stores a question (checked, admitted, auto-followed, recognised): asking, submitting an idea, and asking in a live
   * session (`sessionId`: its events then name the session).
   */
  private ask(input: AskQuestionInput, checkPersonalData: PersonalDataCheck, sessionId: string | null = null): StoredQuestion {
    const author = this.requireViewer('ask a question');
    const fields = readQuestionInput(input, checkPersonalData);
    if (!this.data.categories.has(fields.categoryId)) {
      throw invalid('categoryId', `categoryId "${fields.categoryId}" is not a category of this community`);
    }
    const createdAt = this.timestamp();
    const state = admitPost(this.scope(), author, this.standingOf(author.id).reputation, fields.categoryId, fields.body, 'ask questions');
    const question: StoredQuestion = {
      ...fields,
      id: uniqueId('q', this.data.questions),
      authorId: author.id,
      status: 'open',
      createdAt,
      editedAt: null,
      acceptedAnswerId: null,
      acceptedById: null,
      acceptedAt: null,
      state,
      moderation: state === 'pending' ? { reason: null, byId: null, at: createdAt } : null,
      pinned: false,
      duplicateOf: null,
      handoff: null,
    };
    this.data.questions.set(question.id, question);
    if (sessionId !== null) this.data.sessionOf.set(question.id, sessionId);
    autoFollow(this.data, author.id, question.id, createdAt);
    this.recognition.asked(question);
    this.recognition.award(this.data, author.id, question.createdAt);
    this.commit(postEvents(question, 'question', question, null));
    return question;
  }

  async postAnswer(input: PostAnswerInput, options?: CallOptions): Promise<Answer> {
    const { checkPersonalData } = await personalDataRule();
    return this.call('postAnswer', options, () => {
      const author = this.requireViewer('answer a question');
      const fields = readAnswerInput(input, checkPersonalData);
      const question = this.visibleQuestion(fields.questionId);
      if (question.status === 'locked') {
        throw new MajlisError('conflict', `Question "${question.id}" is locked: it takes no new answers`);
      }
      if (question.state !== 'published') {
        throw new MajlisError('conflict', `Question "${question.id}" is ${question.state}: it takes no new answers`);
      }
      const createdAt = this.timestamp();
      const state = admitPost(this.scope(), author, this.standingOf(author.id).reputation, question.categoryId, fields.body, 'answer questions');
      const answer: StoredAnswer = {
        ...fields,
        id: uniqueId('a', this.data.answers),
        authorId: author.id,
        createdAt,
        editedAt: null,
        state,
        moderation: state === 'pending' ? { reason: null, byId: null, at: createdAt } : null,
      };
      this.data.answers.set(answer.id, answer);
      autoFollow(this.data, author.id, question.id, createdAt);
      this.recognition.award(this.data, author.id, answer.createdAt);
      this.commit(postEvents(question, 'answer', answer, null));
      return this.toAnswer(answer);
    });
  }

  vote(input: VoteInput, options?: CallOptions): Promise<Question | Answer> {
    return this.call('vote', options, () => {
      const voter = this.requireViewer('give kudos');
      const { target, id, voted } = readVoteInput(input);
      const post = this.visiblePost(target, id);
      requireNotSuspended(this.data, voter, 'give kudos', this.timestamp());
      if (post.state !== 'published' && voted) {
        throw new MajlisError('conflict', `${target} "${id}" is ${post.state}: only published posts take kudos`);
      }
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
      const question = this.questionOf(target, post);
      const voteCount = this.votersOf(target, id).size;
      // Committed before the post is read back: its author's reputation comes from the standings this resets.
      this.commit(
        post.state === 'published'
          ? [{ type: 'vote-changed', questionId: question.id, categoryId: question.categoryId, target, postId: id, voteCount }]
          : [],
      );
      return target === 'question' ? this.toQuestion(this.questionRecord(id)) : this.toAnswer(this.answerRecord(id));
    });
  }

  acceptAnswer(input: AcceptInput, options?: CallOptions): Promise<AcceptResult> {
    return this.call('acceptAnswer', options, () => {
      const viewer = this.requireViewer('accept an answer');
      const { answerId, accepted } = readAcceptInput(input);
      const answer = this.visibleAnswer(answerId);
      const question = this.questionRecord(answer.questionId);
      requireNotSuspended(this.data, viewer, 'accept answers', this.timestamp());
      if (question.authorId !== viewer.id && !isStaff(viewer)) {
        throw new MajlisError('forbidden', 'Only the asker, staff or moderators can accept or unaccept an answer');
      }
      if (question.status === 'locked') {
        throw new MajlisError('conflict', `Question "${question.id}" is locked: its accepted answer cannot change`);
      }
      const previousId = question.acceptedAnswerId;
      const at = this.timestamp();
      if (accepted && previousId !== answer.id && answer.state !== 'published') {
        throw new MajlisError('conflict', `Answer "${answer.id}" is ${answer.state}: only a published answer can be accepted`);
      }
      if (accepted && previousId !== answer.id) {
        setAcceptedAnswer(question, { answerId: answer.id, byId: viewer.id, at });
        if (previousId !== null) this.recognition.unaccepted(previousId);
        this.recognition.accepted(answer, question, at);
      } else if (!accepted && previousId === answer.id) {
        setAcceptedAnswer(question, null);
        this.recognition.unaccepted(answer.id);
      }
      this.recognition.award(this.data, answer.authorId, at);
      const base = { questionId: question.id, categoryId: question.categoryId };
      const changed = question.acceptedAnswerId !== previousId;
      this.commit(
        !changed
          ? []
          : question.acceptedAnswerId === answer.id
            ? [{ ...base, type: 'answer-accepted', answerId: answer.id, previousAnswerId: previousId }]
            : [{ ...base, type: 'answer-unaccepted', answerId: answer.id }],
      );
      const replaced = accepted && previousId !== null && previousId !== answer.id;
      return {
        question: this.toQuestion(question),
        answer: this.toAnswer(answer),
        previous: replaced ? this.toAnswer(this.answerRecord(previousId)) : null,
      };
    });
  }

  // Moderation (optional capabilities `flag`, `editPost` and `moderate`; see ./moderation.ts and ./revisions.ts)

  flag(input: FlagInput, options?: CallOptions): Promise<Question | Answer> {
    return this.call('flag', options, () => {
      const viewer = this.requireViewer('flag a post');
      const { target, id, reason, note } = readFlagInput(input);
      const post = this.visiblePost(target, id);
      const before = post.state;
      flagPost(this.scope(), viewer, target, post, { reason, note });
      this.commit(before === post.state ? [] : postEvents(this.questionOf(target, post), target, post, before));
      return this.postView(target, id);
    });
  }

  editPost(input: EditPostInput, options?: CallOptions): Promise<Question | Answer> {
    return this.call('editPost', options, () => {
      const viewer = this.requireViewer('edit a post');
      const { target, id, ...fields } = readEditInput(input);
      const post = this.visiblePost(target, id);
      const before = post.state;
      if (editPost(this.scope(), viewer, this.standingOf(viewer.id).reputation, target, post, fields)) {
        this.commit(postEvents(this.questionOf(target, post), target, post, before));
      }
      return this.postView(target, id);
    });
  }

  listRevisions(target: PostType, id: string, options?: CallOptions): Promise<Revision[]> {
    return this.call('listRevisions', options, () => {
      const ref = readPostRef({ target, id }, 'The post');
      const post = this.visiblePost(ref.target, ref.id);
      if (!seesInFull(this.viewer(), post)) {
        throw new MajlisError('forbidden', `The history of ${ref.target} "${ref.id}" is not shown while it is ${post.state}`);
      }
      return listRevisions(this.data, ref.target, post, (userId) => this.toUser(userId));
    });
  }

  deletePost(input: DeletePostInput, options?: CallOptions): Promise<Question | Answer> {
    return this.call('deletePost', options, () => {
      const viewer = this.requireViewer('delete a post');
      const { target, id } = readPostRef(input, 'The delete request');
      const post = this.visiblePost(target, id);
      const before = post.state;
      deletePost(this.scope(), viewer, target, post, this.isAccepted(target, post));
      this.commit(postEvents(this.questionOf(target, post), target, post, before));
      return this.postView(target, id);
    });
  }

  moderate(input: ModerationInput, options?: CallOptions): Promise<ModerationResult> {
    return this.call('moderate', options, () => {
      const actor = requireModerator(this.viewer(), 'moderate');
      const action = readModerationInput(input, this.now());
      const post = action.target === 'user' ? undefined : action.target === 'question' ? this.data.questions.get(action.id) : this.data.answers.get(action.id);
      const before = post?.state ?? null;
      const outcome = applyAction(this.scope(), actor, action);
      this.commit(post === undefined || action.target === 'user' ? [] : this.moderationEvents(action.target, post, before));
      const entry = this.auditEntry(outcome.entry.id);
      return {
        question: outcome.questionId === null ? null : this.toQuestion(this.questionRecord(outcome.questionId)),
        answer: outcome.answerId === null ? null : this.toAnswer(this.answerRecord(outcome.answerId)),
        user: outcome.userId === null ? null : this.toUser(outcome.userId),
        entry,
      };
    });
  }

  listModerationQueue(query: ModerationQueueQuery, options?: CallOptions): Promise<Page<ModerationItem>> {
    return this.call('listModerationQueue', options, () => {
      requireModerator(this.viewer(), 'see the moderation queue');
      return moderationQueue(this.data, readQueueQuery(query), {
        flag: (flag) => flagView(flag, (userId) => this.toUser(userId)),
        item: ({ target, question, answer }) => ({
          target,
          question: this.toQuestion(question),
          answer: answer === null ? null : this.toAnswer(answer),
        }),
      });
    });
  }

  listAuditLog(query: AuditQuery = {}, options?: CallOptions): Promise<Page<AuditEntry>> {
    return this.call('listAuditLog', options, () => {
      requireModerator(this.viewer(), 'read the audit log');
      return auditLog(this.data, readAuditQuery(query), (userId) => this.toUser(userId));
    });
  }

  // Following (optional capability `follow`; see ./follow.ts and src/core/contract/follow.ts)

  follow(input: FollowInput, options?: CallOptions): Promise<FollowState> {
    return this.call('follow', options, () => {
      const viewer = this.requireViewer('follow');
      const request = readFollowInput(input);
      if (request.target === 'question') this.visibleQuestion(request.id);
      else if (request.target === 'session') this.sessionRecord(request.id);
      else if (!this.data.categories.has(request.id)) missing('category', request.id);
      if (setFollow(this.data, viewer.id, request, this.timestamp())) this.commit();
      return followState(this.data, viewer.id, request.target, request.id);
    });
  }

  listFollows(query: FollowQuery = {}, options?: CallOptions): Promise<Page<Follow>> {
    return this.call('listFollows', options, () => {
      const viewer = this.requireViewer('list what you follow');
      return listFollows(this.data, viewer.id, query, (target, id) => this.followName(target, id));
    });
  }

  getNotificationSettings(options?: CallOptions): Promise<NotificationSettings> {
    return this.call('getNotificationSettings', options, () =>
      notificationSettingsOf(this.data, this.requireViewer('read your notification settings').id),
    );
  }

  setNotificationSettings(input: NotificationSettingsInput, options?: CallOptions): Promise<NotificationSettings> {
    return this.call('setNotificationSettings', options, () => {
      const viewer = this.requireViewer('change your notification settings');
      const settings = readNotificationSettingsInput(input, notificationSettingsOf(this.data, viewer.id));
      this.data.notificationSettings.set(viewer.id, settings);
      this.commit();
      return { ...settings };
    });
  }

  /** A followed target's name as the viewer sees it, or null when they cannot see it. */
  private followName(target: FollowTarget, id: string): string | null {
    if (target === 'category') return this.data.categories.get(id)?.name ?? null;
    if (target === 'session') return this.data.liveSessions.get(id)?.title ?? null;
    const question = this.data.questions.get(id);
    if (question === undefined || !seesAtAll(this.viewer(), question)) return null;
    return seesInFull(this.viewer(), question) ? question.title : '';
  }

  // Live updates (optional capability `subscribe`; see ./live.ts)

  /**
   * Calls `onEvent` with each event of `topic`, from this page and, with `persist: 'local-storage'`, from the other
   * tabs of this origin. Returns the unsubscribe function.
   */
  subscribe(topic: LiveTopic, onEvent: (event: LiveEvent) => void, options?: SubscribeOptions): () => void {
    return this.live.subscribe(topic, onEvent, options);
  }

  // Ideas (optional capability `ideas`; see ./ideas.ts and src/core/contract/ideas.ts)

  listIdeas(query: IdeaQuery = {}, options?: CallOptions): Promise<Page<Idea>> {
    return this.call('listIdeas', options, () => {
      const filters = readIdeaQuery(query);
      const viewer = this.viewer();
      const ideas = [...this.data.ideas.values()]
        .filter((idea) => seesInFull(viewer, this.questionRecord(idea.questionId)))
        .filter((idea) => matchesSearch(this.rankedText(this.questionRecord(idea.questionId)), filters))
        .map((idea) => this.toIdea(idea))
        .filter((idea) => matchesIdeaFilters(idea, filters));
      const scoreOf = (id: string) => overallScore(this.ideaRecord(id));
      return paginate(ideas, ideaOrdering(filters.sort, scoreOf), filters);
    });
  }

  getIdea(id: string, options?: CallOptions): Promise<Idea> {
    return this.call('getIdea', options, () => this.toIdea(this.visibleIdea(id)));
  }

  async submitIdea(input: SubmitIdeaInput, options?: CallOptions): Promise<Idea> {
    const { checkPersonalData } = await personalDataRule();
    return this.call('submitIdea', options, () => {
      const topic = readTopic(readObject(input, 'The idea'));
      const { topic: _topic, ...question } = input;
      const asked = this.ask(question, checkPersonalData);
      this.data.ideas.set(asked.id, newIdea(asked.id, topic));
      this.commit();
      return this.toIdea(this.ideaRecord(asked.id));
    });
  }

  setIdeaStatus(input: SetIdeaStatusInput, options?: CallOptions): Promise<Idea> {
    return this.call('setIdeaStatus', options, () => {
      const staff = this.requireStaff('set the status of an idea');
      const { ideaId, status, note } = readStatusInput(input);
      const idea = this.visibleIdea(ideaId);
      if (idea.status === 'duplicate') throw new MajlisError('conflict', `Idea "${ideaId}" is merged: its status stays "duplicate"`);
      Object.assign(idea, { status, statusNote: note, statusChangedAt: this.timestamp(), statusChangedById: staff.id });
      this.commitIdea(idea);
      return this.toIdea(idea);
    });
  }

  evaluateIdea(input: EvaluateIdeaInput, options?: CallOptions): Promise<Idea> {
    return this.call('evaluateIdea', options, () => {
      const staff = this.requireStaff('evaluate an idea');
      const { ideaId, scores } = readScores(input);
      const idea = this.visibleIdea(ideaId);
      idea.evaluations = [
        ...idea.evaluations.filter((evaluation) => evaluation.userId !== staff.id),
        { ...scores, userId: staff.id, createdAt: this.timestamp() },
      ];
      this.commitIdea(idea);
      return this.toIdea(idea);
    });
  }

  mergeIdea(input: MergeIdeaInput, options?: CallOptions): Promise<MergeIdeaResult> {
    return this.call('mergeIdea', options, () => {
      const staff = this.requireStaff('merge ideas');
      const { ideaId, intoId, note } = readMergeInput(input);
      const from = this.visibleIdea(ideaId);
      const into = this.visibleIdea(intoId);
      checkMerge(from, into);
      const at = this.timestamp();
      const moved = [...this.votersOf('question', from.questionId).values()];
      for (const vote of moved) this.recognition.kudosWithdrawn('question', from.questionId, vote.userId);
      carryVotes(this.data, from.questionId, into.questionId, this.questionRecord(into.questionId).authorId);
      for (const vote of this.votersOf('question', into.questionId).values()) {
        this.recognition.kudosGiven(this.data, 'question', into.questionId, vote.userId, vote.createdAt ?? at);
      }
      Object.assign(from, { status: 'duplicate', mergedInto: into.questionId, statusNote: note, statusChangedAt: at, statusChangedById: staff.id });
      this.commitIdea(from);
      this.commitIdea(into);
      return { idea: this.toIdea(from), into: this.toIdea(into) };
    });
  }

  markIdeaWinner(input: MarkIdeaWinnerInput, options?: CallOptions): Promise<IdeaWinner> {
    return this.call('markIdeaWinner', options, () => {
      this.requireStaff('mark a winning idea');
      const { ideaId, period } = readWinnerInput(input);
      const idea = this.visibleIdea(ideaId);
      let win = idea.wins.find((each) => each.period === period);
      if (win === undefined) {
        win = { period, awardedAt: this.timestamp() };
        idea.wins = [...idea.wins, win].sort((a, b) => compareIds(a.period, b.period));
        this.recognition.grant(this.questionRecord(idea.questionId).authorId, IDEA_WINNER_BADGE, win.awardedAt);
        this.commitIdea(idea);
      }
      return { period, awardedAt: win.awardedAt, idea: this.toIdea(idea) };
    });
  }

  listIdeaWinners(options?: CallOptions): Promise<IdeaWinner[]> {
    return this.call('listIdeaWinners', options, () => {
      const viewer = this.viewer();
      return [...this.data.ideas.values()]
        .filter((idea) => seesInFull(viewer, this.questionRecord(idea.questionId)))
        .flatMap((idea) => idea.wins.map((win) => ({ ...win, idea: this.toIdea(idea) })))
        .sort((a, b) => compareIds(b.period, a.period) || compareIds(a.awardedAt, b.awardedAt) || compareIds(a.idea.id, b.idea.id));
    });
  }

  // Live sessions (optional capability `liveSessions`; see ./live-sessions.ts and src/core/contract/live-sessions.ts)

  listLiveSessions(query: LiveSessionQuery = {}, options?: CallOptions): Promise<Page<LiveSession>> {
    return this.call('listLiveSessions', options, () => {
      const { phase, ...page } = readSessionQuery(query);
      const sessions = [...this.data.liveSessions.values()]
        .map((session) => this.toLiveSession(session))
        .filter((session) => phase === null || session.phase === phase);
      return paginate(sessions, sessionOrdering(phase), page);
    });
  }

  getLiveSession(id: string, options?: CallOptions): Promise<LiveSession> {
    return this.call('getLiveSession', options, () => this.toLiveSession(this.sessionRecord(id)));
  }

  createLiveSession(input: CreateLiveSessionInput, options?: CallOptions): Promise<LiveSession> {
    return this.call('createLiveSession', options, () => {
      this.requireStaff('create a live session');
      const { sessionId: _none, ...fields } = this.readSession(input, false);
      const session: StoredLiveSession = { id: uniqueId('ls', this.data.liveSessions), ...fields };
      this.data.liveSessions.set(session.id, session);
      this.commit();
      return this.toLiveSession(session);
    });
  }

  updateLiveSession(input: UpdateLiveSessionInput, options?: CallOptions): Promise<LiveSession> {
    return this.call('updateLiveSession', options, () => {
      this.requireStaff('edit a live session');
      const { sessionId, ...fields } = this.readSession(input, true);
      const session = this.sessionRecord(sessionId ?? '');
      Object.assign(session, fields);
      this.commit();
      return this.toLiveSession(session);
    });
  }

  async askInSession(input: AskInSessionInput, options?: CallOptions): Promise<SessionQuestion> {
    const { checkPersonalData } = await personalDataRule();
    return this.call('askInSession', options, () => {
      this.requireViewer('ask a question');
      const record = readObject(input, 'The question');
      const session = this.sessionRecord(readId(record, 'sessionId'));
      if (phaseAt(session, this.now()) === 'ended') {
        throw new MajlisError('conflict', `Live session "${session.id}" has ended: it takes no more questions`, { reason: SESSION_ENDED });
      }
      const categoryId = session.categoryId ?? [...this.data.categories.keys()][0] ?? '';
      const question = this.ask({ ...record, categoryId } as AskQuestionInput, checkPersonalData, session.id);
      return this.toSessionQuestion(this.questionRecord(question.id), session);
    });
  }

  listSessionQuestions(sessionId: string, query: SessionQuestionQuery = {}, options?: CallOptions): Promise<Page<SessionQuestion>> {
    return this.call('listSessionQuestions', options, () => {
      const { filter, sort, ...page } = readSessionQuestionQuery(query);
      const entries = this.sessionQuestions(this.sessionRecord(sessionId)).filter((entry) => matchesFilter(entry, filter));
      const result = paginate(entries.map(toEntry), sessionQuestionOrderings[sort], page);
      return { ...result, items: result.items.map(({ entry }) => entry) };
    });
  }

  getLiveSessionSummary(sessionId: string, options?: CallOptions): Promise<LiveSessionSummary> {
    return this.call('getLiveSessionSummary', options, () => summaryOf(sessionId, this.sessionQuestions(this.sessionRecord(sessionId))));
  }

  private readSession(input: unknown, withId: boolean): ReturnType<typeof readSessionInput> {
    const fields = readSessionInput(input, withId);
    const unknown = fields.hostIds.find((hostId) => !this.data.users.has(hostId));
    if (unknown !== undefined) throw invalid('hostIds', `hostIds has "${unknown}", who is not a member of this community`);
    if (fields.categoryId !== null && !this.data.categories.has(fields.categoryId)) {
      throw invalid('categoryId', `categoryId "${fields.categoryId}" is not a category of this community`);
    }
    return fields;
  }

  private sessionRecord(id: string): StoredLiveSession {
    return this.data.liveSessions.get(id) ?? missing('live session', id);
  }

  /** The session's questions the viewer sees in full. */
  private sessionQuestions(session: StoredLiveSession): SessionQuestion[] {
    const viewer = this.viewer();
    return [...this.data.sessionOf]
      .filter(([, sessionId]) => sessionId === session.id)
      .map(([questionId]) => this.questionRecord(questionId))
      .filter((question) => seesInFull(viewer, question))
      .map((question) => this.toSessionQuestion(question, session));
  }

  private toSessionQuestion(question: StoredQuestion, session: StoredLiveSession): SessionQuestion {
    const hostAnswers = this.answersOf(question.id)
      .filter((answer) => answer.state === 'published' && session.hostIds.includes(answer.authorId))
      .sort((a, b) => compareIds(a.createdAt, b.createdAt) || compareIds(a.id, b.id))
      .map((answer) => this.toAnswer(answer));
    return { question: this.toQuestion(question), answered: hostAnswers.length > 0, hostAnswers };
  }

  private toLiveSession(session: StoredLiveSession): LiveSession {
    const viewer = this.viewer();
    const phase = phaseAt(session, this.now());
    const entries = this.sessionQuestions(session).filter((entry) => entry.question.state === 'published');
    return {
      id: session.id,
      title: session.title,
      description: session.description,
      descriptionHtml: bodyFields(session.description).bodyHtml,
      hashtag: session.hashtag,
      hosts: session.hostIds.map((hostId) => this.toUser(hostId)),
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      categoryId: session.categoryId,
      phase,
      questionCount: entries.length,
      answeredCount: entries.filter((entry) => entry.answered).length,
      viewerFollows: isFollowing(this.data, this.viewerId, 'session', session.id),
      viewerCan: {
        edit: viewer !== null && isStaff(viewer) && !this.suspended(),
        ask: viewer !== null && phase !== 'ended' && !this.suspended(),
      },
    };
  }

  private ideaRecord(id: string): StoredIdea {
    return this.data.ideas.get(id) ?? missing('idea', id);
  }

  /** An idea whose question the viewer may see, else not found. */
  private visibleIdea(id: string): StoredIdea {
    const idea = this.ideaRecord(id);
    this.visibleQuestion(id);
    return idea;
  }

  private requireStaff(action: string): SeedUser {
    const viewer = this.requireViewer(action);
    if (!isStaff(viewer)) throw new MajlisError('forbidden', `Only staff and moderators can ${action}`);
    return viewer;
  }

  private commitIdea(idea: StoredIdea): void {
    const question = this.questionRecord(idea.questionId);
    this.commit(question.state === 'published' ? [{ type: 'question-updated', questionId: question.id, categoryId: question.categoryId }] : []);
  }

  private toIdea(idea: StoredIdea): Idea {
    const viewer = this.viewer();
    const staff = viewer !== null && isStaff(viewer) && !this.suspended();
    return {
      id: idea.questionId,
      question: this.toQuestion(this.questionRecord(idea.questionId)),
      topic: idea.topic,
      status: idea.status,
      statusNote: idea.statusNote,
      statusChangedAt: idea.statusChangedAt,
      statusChangedBy: idea.statusChangedById === null ? null : this.toUser(idea.statusChangedById),
      mergedInto: idea.mergedInto,
      evaluation: evaluationOf(idea),
      viewerEvaluation: staff ? scoresOf(idea.evaluations.find((evaluation) => evaluation.userId === viewer.id)) : null,
      recentVoteCount: recentVotes(this.data, idea, this.now()),
      winnerOf: idea.wins.map((win) => win.period),
      viewerCan: { setStatus: staff, evaluate: staff, merge: staff && idea.status !== 'duplicate', markWinner: staff },
    };
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

  private commit(events: readonly NewLiveEvent[] = []): void {
    this.derivedCache = null;
    this.storage?.save(this.data, saveRecognition(this.rulesJson, this.recognition.state));
    for (const event of events) {
      const sessionId = this.data.sessionOf.get(event.questionId);
      this.live.publish(sessionId === undefined ? event : { ...event, sessionId });
    }
  }

  /** Another tab changed the saved community: read it again. */
  private reload(): void {
    const saved = this.storage?.restore() ?? null;
    if (saved === null) return;
    this.data = saved.data;
    const state = restoreRecognition(saved.recognition, this.rulesJson);
    this.recognition = state === undefined ? Recognition.replay(this.rules, this.data) : new Recognition(this.rules, state);
    this.derivedCache = null;
  }

  private questionOf(target: PostType, post: StoredPost): StoredQuestion {
    return target === 'question' ? (post as StoredQuestion) : this.questionRecord((post as StoredAnswer).questionId);
  }

  /** A moderator's action on a post: its state change, or activity on the question (lock, pin, move …). */
  private moderationEvents(target: PostType, post: StoredPost, before: StoredPost['state'] | null): NewLiveEvent[] {
    const question = this.questionOf(target, post);
    if (before !== post.state) return postEvents(question, target, post, before);
    return question.state === 'published' ? [{ type: 'question-updated', questionId: question.id, categoryId: question.categoryId }] : [];
  }

  private timestamp(): string {
    return this.now().toISOString();
  }

  private scope(): ModerationScope {
    return { data: this.data, settings: this.settings, recognition: this.recognition, at: this.timestamp() };
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

  /** A question the viewer may see (pending ones only their author and moderators), else not found. */
  private visibleQuestion(id: string): StoredQuestion {
    const question = this.questionRecord(id);
    if (!seesAtAll(this.viewer(), question)) throw notFound('question', id);
    return question;
  }

  /** An answer the viewer may see, in a question they may see, else not found. */
  private visibleAnswer(id: string): StoredAnswer {
    const answer = this.answerRecord(id);
    const viewer = this.viewer();
    if (!seesAtAll(viewer, answer) || !seesAtAll(viewer, this.questionRecord(answer.questionId))) throw notFound('answer', id);
    return answer;
  }

  private visiblePost(target: PostType, id: string): StoredPost {
    return target === 'question' ? this.visibleQuestion(id) : this.visibleAnswer(id);
  }

  private postView(target: PostType, id: string): Question | Answer {
    return target === 'question' ? this.toQuestion(this.questionRecord(id)) : this.toAnswer(this.answerRecord(id));
  }

  private isAccepted(target: PostType, post: StoredPost): boolean {
    return target === 'answer' && this.data.questions.get((post as StoredAnswer).questionId)?.acceptedAnswerId === post.id;
  }

  private auditEntry(id: string): AuditEntry {
    const entry = auditLog(this.data, { targetId: null, actorId: null, limit: 100 }, (userId) => this.toUser(userId)).items.find(
      (candidate) => candidate.id === id,
    );
    if (entry === undefined) throw new Error(`The audit entry "${id}" was not written`);
    return entry;
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
    const viewer = this.viewer();
    const full = seesInFull(viewer, question);
    const published = answers.filter((answer) => answer.state === 'published');
    return {
      type: 'question',
      id: question.id,
      title: full ? question.title : '',
      ...bodyFields(full ? question.body : ''),
      author: this.toUser(question.authorId),
      language: question.language,
      createdAt: question.createdAt,
      editedAt: question.editedAt,
      ...this.kudos('question', question.id),
      ...this.moderationFields('question', question),
      categoryId: question.categoryId,
      tags: full ? [...question.tags] : [],
      answerCount: answers.filter((answer) => seesInFull(viewer, answer)).length,
      acceptedAnswerId: question.acceptedAnswerId,
      status: question.status,
      lastActivityAt: latestTime(question.createdAt, question.editedAt, ...published.map((answer) => answer.createdAt)),
      pinned: question.pinned,
      duplicateOf: question.duplicateOf,
      handoff: question.handoff && { note: question.handoff.note, by: this.toUser(question.handoff.byId), at: question.handoff.at },
      viewerFollows: isFollowing(this.data, this.viewerId, 'question', question.id),
      viewerCan: { ...this.postPermissions('question', question), answer: this.mayAnswer(question) },
    };
  }

  private toAnswer(answer: StoredAnswer): Answer {
    const question = this.questionRecord(answer.questionId);
    const accepted = question.acceptedAnswerId === answer.id;
    return {
      type: 'answer',
      id: answer.id,
      questionId: answer.questionId,
      ...bodyFields(seesInFull(this.viewer(), answer) ? answer.body : ''),
      author: this.toUser(answer.authorId),
      language: answer.language,
      createdAt: answer.createdAt,
      editedAt: answer.editedAt,
      ...this.kudos('answer', answer.id),
      ...this.moderationFields('answer', answer),
      accepted,
      acceptedBy: accepted ? this.toUser(question.acceptedById ?? question.authorId) : null,
      acceptedAt: accepted ? question.acceptedAt : null,
      viewerCan: { ...this.postPermissions('answer', answer), accept: this.mayAccept(question) && answer.state === 'published' },
    };
  }

  private kudos(target: PostType, id: string): { voteCount: number; viewerHasVoted: boolean } {
    const voters = this.votersOf(target, id);
    return { voteCount: voters.size, viewerHasVoted: this.viewerId !== null && voters.has(this.viewerId) };
  }

  /** The state, why, open flags (moderators only), the viewer's flag and the number of edits of a post. */
  private moderationFields(target: PostType, post: StoredPost) {
    const { moderation } = post;
    return {
      state: post.state,
      moderation:
        moderation === null
          ? null
          : { reason: moderation.reason, by: moderation.byId === null ? null : this.toUser(moderation.byId), at: moderation.at },
      flagCount: isModerator(this.viewer()) ? openFlags(this.data, target, post.id).length : 0,
      viewerHasFlagged: this.viewerId !== null && hasFlagged(this.data, target, post.id, this.viewerId),
      revisionCount: revisionCount(this.data, target, post.id),
    };
  }

  private suspended(): boolean {
    return this.viewerId !== null && suspensionOf(this.data, this.viewerId, this.timestamp()) !== null;
  }

  private postPermissions(target: PostType, post: StoredPost): PostPermissions {
    const viewer = this.viewer();
    if (viewer === null) return { vote: false, edit: false, moderate: false, flag: false, delete: false };
    const own = viewer.id === post.authorId;
    const suspended = this.suspended();
    const published = post.state === 'published';
    return {
      vote: !own && !suspended && published,
      edit: mayEdit(this.scope(), viewer, post, suspended),
      moderate: isStaff(viewer),
      flag: !own && !suspended && published && !hasFlagged(this.data, target, post.id, viewer.id),
      delete: mayDelete(viewer, post, this.isAccepted(target, post)),
    };
  }

  private mayAnswer(question: StoredQuestion): boolean {
    return this.viewerId !== null && question.status === 'open' && question.state === 'published' && !this.suspended();
  }

  /** Locked questions are frozen, so nobody is offered an accept that {@link acceptAnswer} would refuse. */
  private mayAccept(question: StoredQuestion): boolean {
    const viewer = this.viewer();
    if (viewer === null || question.status === 'locked' || this.suspended()) return false;
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

