/**
 * The executable form of the Majlis adapter contract (`majlis/testing`). Adapter authors run it against their
 * adapter from any test framework, or without one.
 *
 * @example
 * ```ts
 * // With mocha, jasmine, jest or vitest (globals): one test per rule.
 * import { runAdapterConformance } from 'majlis/testing';
 * runAdapterConformance({
 *   name: 'MyRestAdapter',
 *   create: async ({ seed, viewerId }) => {
 *     await resetTestServer(seed);
 *     return new MyRestAdapter({ endpoint: '/api', token: tokenFor(viewerId) });
 *   },
 * });
 * ```
 * @module
 */
import { ERROR_CODES, isAbortError, isMajlisError } from '../core/adapter.js';
import type { CommunityAdapter, MajlisError, MajlisErrorCode } from '../core/adapter.js';
import type { CommunitySeed } from '../core/seed.js';
import {
  ShapeError,
  acceptResultShape,
  answerShape,
  arrayOf,
  categoryShape,
  pageOf,
  profileShape,
  questionShape,
  viewerShape,
} from '../core/shapes.js';
import type { Shape } from '../core/shapes.js';
import { LIMITS, REPUTATION } from '../core/types.js';
import type {
  Answer,
  AnswerSort,
  AskQuestionInput,
  CallOptions,
  Page,
  PostAnswerInput,
  Question,
  QuestionQuery,
  QuestionSort,
} from '../core/types.js';
import { conformanceSeed } from './conformance-seed.js';

export { conformanceSeed };

/** How the suite gets adapters to check. */
export interface ConformanceOptions {
  /** Names the adapter in test titles and reports. */
  name: string;
  /**
   * A fresh adapter over exactly `seed` (a fresh copy of {@link conformanceSeed}), seen by the user `viewerId`
   * (null: an anonymous reader). Each check creates the adapters it needs, so no state may leak between calls.
   */
  create(ctx: { seed: CommunitySeed; viewerId: string | null }): CommunityAdapter | Promise<CommunityAdapter>;
  /** Releases an adapter after its check (close connections, stop a test server …). */
  dispose?(adapter: CommunityAdapter): void | Promise<void>;
  /**
   * Optional: an adapter over the same data as `adapter`, seen by another viewer (it may be `adapter` itself,
   * switched over). When given, the suite also checks that one member's kudos are visible to the others.
   */
  viewAs?(adapter: CommunityAdapter, viewerId: string | null): CommunityAdapter | Promise<CommunityAdapter>;
}

/** What a check gets to create adapters with; every adapter is disposed when the check ends. */
export interface ConformanceContext {
  /** A fresh adapter over a fresh copy of {@link conformanceSeed}, seen by `viewerId` (null: anonymous). */
  adapter(viewerId: string | null): Promise<CommunityAdapter>;
  /** The data of `adapter` seen by another viewer, or null when the options have no `viewAs`. */
  viewAs(adapter: CommunityAdapter, viewerId: string | null): Promise<CommunityAdapter | null>;
}

/** One rule of the contract and the code that checks it. */
export interface ConformanceCheck {
  rule: string;
  run(ctx: ConformanceContext): Promise<void>;
}

export interface ConformanceResult {
  rule: string;
  ok: boolean;
  /** Why the rule broke: the message starts with the rule, e.g. `giving kudos twice counts once …: expected …`. */
  error?: Error;
}

export interface ConformanceReport {
  name: string;
  passed: number;
  failed: number;
  results: ConformanceResult[];
}

/**
 * Runs every check against the adapter and reports the outcome; a broken rule never throws.
 *
 * @example
 * ```ts
 * const report = await checkAdapterConformance({
 *   name: 'MyAdapter',
 *   create: ({ seed, viewerId }) => new MyAdapter(seed, viewerId),
 * });
 * for (const { ok, error } of report.results) if (!ok) console.error(error?.message);
 * ```
 */
export async function checkAdapterConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const results: ConformanceResult[] = [];
  for (const check of conformanceChecks) {
    const error = await runCheck(check, options);
    results.push(error === null ? { rule: check.rule, ok: true } : { rule: check.rule, ok: false, error });
  }
  const failed = results.filter((result) => !result.ok).length;
  return { name: options.name, passed: results.length - failed, failed, results };
}

/**
 * Registers the suite with the running test framework's `describe`/`it` globals (mocha, jasmine, jest, vitest
 * with `globals: true`): `describe('<name> conforms to the Majlis adapter contract')` with one `it` per rule.
 *
 * @example
 * ```ts
 * runAdapterConformance({
 *   name: 'MemoryAdapter',
 *   create: ({ seed, viewerId }) => new MemoryAdapter({ seed, viewerId }),
 * });
 * ```
 */
export function runAdapterConformance(options: ConformanceOptions): void {
  const { suite, test } = testFrameworkGlobals();
  suite(`${options.name} conforms to the Majlis adapter contract`, () => {
    for (const check of conformanceChecks) {
      test(check.rule, async () => {
        const error = await runCheck(check, options);
        if (error !== null) throw error;
      });
    }
  });
}

// Running checks

interface TestFrameworkGlobals {
  suite: (title: string, body: () => void) => void;
  test: (title: string, body: () => Promise<void>) => void;
}

function testFrameworkGlobals(): TestFrameworkGlobals {
  const { describe: suite, it: test } = globalThis as unknown as Partial<Record<'describe' | 'it', unknown>>;
  if (typeof suite !== 'function' || typeof test !== 'function') {
    throw new Error(
      'runAdapterConformance() needs the describe() and it() globals of a test framework ' +
        '(mocha, jasmine, jest, or vitest with globals: true). ' +
        'Without one, call checkAdapterConformance() and inspect the report it returns.',
    );
  }
  return { suite: suite as TestFrameworkGlobals['suite'], test: test as TestFrameworkGlobals['test'] };
}

/** Creates and disposes the adapters of one check. */
class CheckSession implements ConformanceContext {
  private readonly created = new Set<CommunityAdapter>();

  constructor(private readonly options: ConformanceOptions) {}

  async adapter(viewerId: string | null): Promise<CommunityAdapter> {
    return this.track(await this.options.create({ seed: structuredClone(conformanceSeed), viewerId }));
  }

  async viewAs(adapter: CommunityAdapter, viewerId: string | null): Promise<CommunityAdapter | null> {
    return this.options.viewAs ? this.track(await this.options.viewAs(adapter, viewerId)) : null;
  }

  async dispose(): Promise<void> {
    for (const adapter of this.created) await this.options.dispose?.(adapter);
  }

  private track(adapter: CommunityAdapter): CommunityAdapter {
    this.created.add(adapter);
    return adapter;
  }
}

/** Runs one check; returns null when the rule holds, else an Error whose message starts with the rule. */
async function runCheck(check: ConformanceCheck, options: ConformanceOptions): Promise<Error | null> {
  const session = new CheckSession(options);
  const failures: unknown[] = [];
  await Promise.resolve()
    .then(() => check.run(session))
    .catch((error: unknown) => failures.push(error));
  await session.dispose().catch((error: unknown) => failures.push(error));
  if (failures.length === 0) return null;
  const [failure] = failures;
  const detail = failure instanceof Violation ? failure.message : `unexpected ${describeError(failure)}`;
  return new Error(`${check.rule}: ${detail}`, { cause: failure });
}

// Assertions: the module ships to users of any test framework, so it brings its own.

/** A broken rule, as opposed to an adapter (or a `create`) that crashed. */
class Violation extends Error {}

function violation(detail: string): never {
  throw new Violation(detail);
}

function ensure(condition: boolean, detail: string): asserts condition {
  if (!condition) violation(detail);
}

/** Fails with "expected <subject> <expected> <when>, got <actual>". */
function expectEqual(actual: unknown, expected: unknown, subject: string, when = ''): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    violation(`expected ${subject} ${show(expected)}${when === '' ? '' : ` ${when}`}, got ${show(actual)}`);
  }
}

function expectTime(actual: string, expected: string, subject: string): void {
  if (Date.parse(actual) !== Date.parse(expected)) violation(`expected ${subject} ${expected}, got ${show(actual)}`);
}

/** Awaits `action` and checks that it failed with a MajlisError of `code` (and `field`, when given). */
async function expectFailure(
  action: Promise<unknown>,
  code: MajlisErrorCode,
  what: string,
  field?: string,
): Promise<MajlisError> {
  const error = await rejectionOf(action);
  if (error === succeeded) violation(`expected ${what} to fail with "${code}", but it succeeded`);
  if (!isMajlisError(error))
    violation(`expected ${what} to fail with a MajlisError "${code}", got ${describeError(error)}`);
  if (error.code !== code) violation(`expected ${what} to fail with "${code}", got "${error.code}" (${error.message})`);
  if (field !== undefined && error.field !== field) {
    violation(`expected ${what} to fail with field "${field}", got field ${show(error.field)} (${error.message})`);
  }
  return error;
}

const succeeded = Symbol('succeeded');

function rejectionOf(action: Promise<unknown>): Promise<unknown> {
  return action.then(
    () => succeeded,
    (error: unknown) => error,
  );
}

function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  const json = JSON.stringify(value);
  return json.length > 160 ? `${json.slice(0, 157)}...` : json;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${show(value)}`;
}

function describeError(error: unknown): string {
  if (isMajlisError(error)) return `MajlisError "${error.code}": ${error.message}`;
  if (error instanceof Error || error instanceof DOMException) return `${error.name}: ${error.message}`;
  return `non-error ${describeValue(error)}`;
}

// Shapes: the domain decoders of src/core/shapes.ts; a mismatch is a violation naming its path.

function expectShape(value: unknown, shape: Shape<unknown>, path: string): void {
  try {
    shape(value, path);
  } catch (error) {
    if (error instanceof ShapeError) violation(error.message);
    throw error;
  }
}

// Reading helpers

type Adapter = CommunityAdapter;
type WithId = { id: string };

const questionSorts: readonly QuestionSort[] = ['activity', 'newest', 'votes'];
const answerSorts: readonly AnswerSort[] = ['votes', 'newest', 'oldest'];
const allQuestionIds = conformanceSeed.questions.map((question) => question.id);
const MAX_PAGES = 50;

function ids(items: readonly WithId[]): string[] {
  return items.map((item) => item.id);
}

async function questionsOf(adapter: Adapter, query: QuestionQuery = {}): Promise<Question[]> {
  return (await adapter.listQuestions({ ...query, limit: 100 })).items;
}

async function answersOf(adapter: Adapter, questionId: string, sort?: AnswerSort): Promise<Answer[]> {
  return (await adapter.listAnswers(questionId, sort === undefined ? { limit: 100 } : { sort, limit: 100 })).items;
}

async function answerOf(adapter: Adapter, questionId: string, answerId: string): Promise<Answer> {
  const answer = (await answersOf(adapter, questionId)).find((candidate) => candidate.id === answerId);
  return answer ?? violation(`expected listAnswers("${questionId}") to include answer "${answerId}"`);
}

function expectSameIds(actual: readonly string[], expected: readonly string[], what: string): void {
  const missing = expected.filter((candidate) => !actual.includes(candidate));
  const extra = actual.filter((candidate) => !expected.includes(candidate));
  if (missing.length > 0 || extra.length > 0) {
    violation(
      `expected ${what} to be ${show([...expected].sort())}; missing ${show(missing)}, unexpected ${show(extra)}`,
    );
  }
}

function firstDuplicate(values: readonly string[]): string | undefined {
  return values.find((value, index) => values.indexOf(value) !== index);
}

/** Follows `nextCursor` to the end; `betweenPages` runs after the first page (to insert something). */
async function walkPages<T extends WithId>(
  what: string,
  limit: number,
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
  betweenPages?: () => Promise<unknown>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber++) {
    const page = await fetchPage(cursor);
    const size = page.items.length;
    ensure(size <= limit, `expected at most ${limit} items on page ${pageNumber} of ${what}, got ${size}`);
    items.push(...page.items);
    if (!page.nextCursor) return items;
    ensure(size > 0, `page ${pageNumber} of ${what} is empty but has a nextCursor`);
    if (pageNumber === 1) await betweenPages?.();
    cursor = page.nextCursor;
  }
  return violation(`${what} still had a nextCursor after ${MAX_PAGES} pages`);
}

function expectPermissions(actual: object, expected: Record<string, boolean>, whose: string): void {
  for (const [flag, allowed] of Object.entries(expected)) {
    expectEqual((actual as Record<string, unknown>)[flag], allowed, `viewerCan.${flag}`, `for ${whose}`);
  }
}

/** A realistic question anyone may ask; checks vary one field at a time. */
const validQuestion: AskQuestionInput = {
  title: 'Voicemail calls me back every night at 2 am',
  body: 'Since Tuesday my phone rings at 2 am and it is the voicemail reminder. How do I switch that off?',
  categoryId: 'network',
  language: 'en',
  tags: ['voicemail', 'notifications'],
};

const validAnswer: PostAnswerInput = {
  questionId: 'q-open',
  body: 'Restarting the phone in flight mode for a minute made 4G come back for me.',
  language: 'en',
};

/** Realistic text of exactly `length` characters, without outer whitespace. */
function textOfLength(length: number): string {
  const text = 'My fibre router restarts every evening around eight, '.repeat(Math.ceil(length / 50) + 1);
  return `${text.slice(0, length - 1)}?`;
}

// The contract, one rule per check

const readChecks: ConformanceCheck[] = [
  {
    rule: 'getViewer returns the signed-in member, or user null for an anonymous reader',
    async run(ctx) {
      const anonymous = await (await ctx.adapter(null)).getViewer();
      expectShape(anonymous, viewerShape, 'getViewer()');
      expectEqual(anonymous.user, null, 'getViewer().user', 'for an anonymous reader');
      const signedIn = await (await ctx.adapter('asker')).getViewer();
      expectShape(signedIn, viewerShape, 'getViewer()');
      expectEqual(signedIn.user?.id, 'asker', 'getViewer().user.id');
      expectEqual(signedIn.user?.name, 'Layla Haddad', 'getViewer().user.name');
    },
  },
  {
    rule: 'listCategories returns every category, well-formed',
    async run(ctx) {
      const categories = await (await ctx.adapter(null)).listCategories();
      expectShape(categories, arrayOf(categoryShape), 'listCategories()');
      expectSameIds(ids(categories), ids(conformanceSeed.categories), 'the category ids');
    },
  },
  {
    rule: 'listQuestions returns a well-formed page of questions',
    async run(ctx) {
      for (const viewerId of [null, 'other']) {
        const page = await (await ctx.adapter(viewerId)).listQuestions({ limit: 100 });
        expectShape(page, pageOf(questionShape), 'listQuestions()');
        expectSameIds(ids(page.items), allQuestionIds, 'the ids of listQuestions({ limit: 100 })');
        expectEqual(page.nextCursor, null, 'nextCursor', 'when every question fits on the page');
        if (page.total !== undefined) expectEqual(page.total, allQuestionIds.length, 'listQuestions().total');
      }
    },
  },
  {
    rule: 'getQuestion returns a well-formed question',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      for (const questionId of allQuestionIds) {
        const question = await adapter.getQuestion(questionId);
        expectShape(question, questionShape, `getQuestion("${questionId}")`);
        expectEqual(question.id, questionId, `getQuestion("${questionId}").id`);
      }
    },
  },
  {
    rule: 'listAnswers returns a well-formed page of answers',
    async run(ctx) {
      const adapter = await ctx.adapter('other');
      for (const questionId of allQuestionIds) {
        const page = await adapter.listAnswers(questionId, { limit: 100 });
        const path = `listAnswers("${questionId}")`;
        expectShape(page, pageOf(answerShape), path);
        const expected = conformanceSeed.answers.filter((answer) => answer.questionId === questionId);
        expectSameIds(ids(page.items), ids(expected), `the answer ids of ${path}`);
      }
    },
  },
  {
    rule: 'getAnswer returns a well-formed answer',
    async run(ctx) {
      const adapter = await ctx.adapter('asker');
      for (const { id: answerId, questionId } of conformanceSeed.answers) {
        const answer = await adapter.getAnswer(answerId);
        expectShape(answer, answerShape, `getAnswer("${answerId}")`);
        expectEqual(
          [answer.id, answer.questionId],
          [answerId, questionId],
          `[id, questionId] of getAnswer("${answerId}")`,
        );
      }
    },
  },
  {
    rule: 'getUser returns a well-formed profile',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      for (const { id: userId } of conformanceSeed.users) {
        const profile = await adapter.getUser(userId);
        expectShape(profile, profileShape, `getUser("${userId}")`);
        expectEqual(profile.id, userId, `getUser("${userId}").id`);
      }
    },
  },
  {
    rule: 'counts, accepted answers and activity are derived from posts and kudos',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const expected: Record<string, [votes: number, answers: number, accepted: string | null, activity: string]> = {
        'q-open': [3, 3, null, '2024-05-03T07:45:00Z'],
        'q-solved': [1, 2, 'a-solved-staff', '2024-04-20T15:10:00Z'],
        'q-locked': [2, 1, null, '2024-05-12T06:30:00Z'],
        'q-nl': [1, 0, null, '2024-05-06T18:20:00Z'],
        'q-ar': [1, 1, null, '2024-05-04T11:00:00Z'],
        'q-vi': [0, 0, null, '2024-05-09T08:00:00Z'],
        'q-nl-wifi': [0, 1, 'a-nl-wifi-member', '2024-04-28T11:00:00Z'],
        'q-esim': [2, 0, null, '2024-05-10T16:45:00Z'],
      };
      for (const [questionId, [votes, answers, accepted, activity]] of Object.entries(expected)) {
        const question = await adapter.getQuestion(questionId);
        expectEqual(question.voteCount, votes, `voteCount of ${questionId}`);
        expectEqual(question.answerCount, answers, `answerCount of ${questionId}`);
        expectEqual(question.acceptedAnswerId, accepted, `acceptedAnswerId of ${questionId}`);
        expectTime(
          question.lastActivityAt,
          activity,
          `lastActivityAt of ${questionId} (latest of creation, edit, answers)`,
        );
      }
      expectEqual((await adapter.getQuestion('q-open')).viewerHasVoted, true, 'viewerHasVoted on q-open', 'for member');
      const accepted = await answerOf(adapter, 'q-solved', 'a-solved-staff');
      expectEqual(accepted.accepted, true, 'accepted of a-solved-staff');
      expectEqual(accepted.acceptedBy?.id, 'asker', 'acceptedBy.id of a-solved-staff', '(the asker by default)');
      expectTime(accepted.acceptedAt ?? '', '2024-04-21T09:00:00Z', 'acceptedAt of a-solved-staff');
      const acceptedByModerator = await answerOf(adapter, 'q-nl-wifi', 'a-nl-wifi-member');
      expectEqual(acceptedByModerator.acceptedBy?.id, 'moderator', 'acceptedBy.id of a-nl-wifi-member');
      const notAccepted = await answerOf(adapter, 'q-solved', 'a-solved-other');
      expectEqual(
        [notAccepted.accepted, notAccepted.acceptedBy],
        [false, null],
        '[accepted, acceptedBy] of a-solved-other',
      );
      expectEqual((await answerOf(adapter, 'q-open', 'a-open-expert')).voteCount, 3, 'voteCount of a-open-expert');
    },
  },
  {
    rule: 'reputation, stats and rank are derived from kudos and accepted answers',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const expected: Record<string, [reputation: number, rank: number, stats: number[]]> = {
        expert: [170, 1, [1, 2, 0, 6]],
        staff: [55, 2, [0, 3, 1, 4]],
        member: [45, 3, [2, 2, 1, 4]],
        asker: [25, 4, [3, 0, 0, 5]],
        other: [15, 5, [2, 1, 0, 2]],
        moderator: [0, 6, [0, 0, 0, 0]],
      };
      for (const [userId, [reputation, position, stats]] of Object.entries(expected)) {
        const profile = await adapter.getUser(userId);
        const { questions, answers, acceptedAnswers, kudosReceived } = profile.stats;
        expectEqual(
          profile.reputation,
          reputation,
          `reputation of ${userId}`,
          `(reputationBase + ${REPUTATION.questionKudos} per question kudos + ${REPUTATION.answerKudos} per answer ` +
            `kudos + ${REPUTATION.acceptedAnswer} per accepted answer)`,
        );
        expectEqual(profile.rank, position, `rank of ${userId}`);
        expectEqual(
          [questions, answers, acceptedAnswers, kudosReceived],
          stats,
          `[questions, answers, acceptedAnswers, kudosReceived] of ${userId}`,
        );
      }
    },
  },
];

const permissionChecks: ConformanceCheck[] = [
  {
    rule: 'viewerCan: an anonymous reader may do nothing',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const none = { vote: false, edit: false, moderate: false };
      for (const question of await questionsOf(adapter)) {
        expectPermissions(question.viewerCan, { ...none, answer: false }, `an anonymous reader on ${question.id}`);
        expectEqual(question.viewerHasVoted, false, `viewerHasVoted on ${question.id}`, 'for an anonymous reader');
      }
      for (const answer of [...(await answersOf(adapter, 'q-open')), ...(await answersOf(adapter, 'q-solved'))]) {
        expectPermissions(answer.viewerCan, { ...none, accept: false }, `an anonymous reader on ${answer.id}`);
      }
    },
  },
  {
    rule: 'viewerCan: the asker may edit, answer and accept, but not vote on their own question',
    async run(ctx) {
      const adapter = await ctx.adapter('asker');
      const question = await adapter.getQuestion('q-open');
      const expected = { vote: false, edit: true, moderate: false, answer: true };
      expectPermissions(question.viewerCan, expected, 'the asker on their own question q-open');
      for (const answer of await answersOf(adapter, 'q-open')) {
        const whose = `the asker on ${answer.id}`;
        expectPermissions(answer.viewerCan, { vote: true, edit: false, moderate: false, accept: true }, whose);
      }
    },
  },
  {
    rule: 'viewerCan: another member may vote and answer, not edit, accept or moderate',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const question = await adapter.getQuestion('q-open');
      const expected = { vote: true, edit: false, moderate: false, answer: true };
      expectPermissions(question.viewerCan, expected, "a member on someone else's question q-open");
      const theirs = await answerOf(adapter, 'q-open', 'a-open-expert');
      const onTheirs = { vote: true, edit: false, moderate: false, accept: false };
      expectPermissions(theirs.viewerCan, onTheirs, "a member on someone else's answer a-open-expert");
      const own = await answerOf(adapter, 'q-open', 'a-open-member');
      const onOwn = { vote: false, edit: true, moderate: false, accept: false };
      expectPermissions(own.viewerCan, onOwn, 'a member on their own answer a-open-member');
    },
  },
  {
    rule: 'viewerCan: staff and moderators may edit, moderate and accept',
    async run(ctx) {
      for (const role of ['staff', 'moderator']) {
        const adapter = await ctx.adapter(role);
        const question = await adapter.getQuestion('q-open');
        const expected = { vote: true, edit: true, moderate: true, answer: true };
        expectPermissions(question.viewerCan, expected, `${role} on q-open`);
        for (const answer of await answersOf(adapter, 'q-open')) {
          const own = answer.author.id === role;
          const onAnswer = { vote: !own, edit: true, moderate: true, accept: true };
          expectPermissions(answer.viewerCan, onAnswer, `${role} on ${answer.id}`);
        }
      }
    },
  },
  {
    rule: 'viewerCan: nobody may answer a locked question',
    async run(ctx) {
      for (const viewerId of ['member', 'other', 'staff']) {
        const question = await (await ctx.adapter(viewerId)).getQuestion('q-locked');
        expectEqual(question.viewerCan.answer, false, 'viewerCan.answer on the locked q-locked', `for ${viewerId}`);
      }
    },
  },
];

const voteChecks: ConformanceCheck[] = [
  {
    rule: 'anonymous readers cannot ask, answer, vote or accept (unauthenticated)',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const code = 'unauthenticated';
      await expectFailure(adapter.askQuestion(validQuestion), code, 'askQuestion by an anonymous reader');
      await expectFailure(adapter.postAnswer(validAnswer), code, 'postAnswer by an anonymous reader');
      const vote = adapter.vote({ target: 'question', id: 'q-open', voted: true });
      await expectFailure(vote, code, 'vote by an anonymous reader');
      const accept = adapter.acceptAnswer({ answerId: 'a-open-expert', accepted: true });
      await expectFailure(accept, code, 'acceptAnswer by an anonymous reader');
      expectEqual((await adapter.getQuestion('q-open')).voteCount, 3, 'voteCount of q-open', 'after refused mutations');
      expectEqual((await questionsOf(adapter)).length, 8, 'the number of questions', 'after a refused askQuestion');
    },
  },
  {
    rule: 'vote gives kudos and voted:false takes it back',
    async run(ctx) {
      const adapter = await ctx.adapter('other');
      const given = await adapter.vote({ target: 'question', id: 'q-esim', voted: true });
      expectShape(given, questionShape, 'vote({ target: "question" })');
      expectEqual([given.type, given.id], ['question', 'q-esim'], '[type, id] of the vote result');
      expectEqual(given.voteCount, 3, 'voteCount of q-esim', 'after kudos from a new voter');
      expectEqual(given.viewerHasVoted, true, 'viewerHasVoted', 'after giving kudos');
      expectEqual((await adapter.getQuestion('q-esim')).voteCount, 3, 'getQuestion("q-esim").voteCount', 'after kudos');
      const taken = await adapter.vote({ target: 'question', id: 'q-esim', voted: false });
      expectEqual(
        [taken.voteCount, taken.viewerHasVoted],
        [2, false],
        '[voteCount, viewerHasVoted] of q-esim',
        'after taking kudos back',
      );
      const answer = await adapter.vote({ target: 'answer', id: 'a-open-staff', voted: true });
      expectShape(answer, answerShape, 'vote({ target: "answer" })');
      expectEqual([answer.type, answer.voteCount], ['answer', 3], '[type, voteCount] of a-open-staff', 'after kudos');
      expectEqual((await answerOf(adapter, 'q-open', 'a-open-staff')).voteCount, 3, 'listed voteCount of a-open-staff');
    },
  },
  {
    rule: 'giving kudos twice counts once; taking it back twice is harmless',
    async run(ctx) {
      const adapter = await ctx.adapter('other');
      const target = { target: 'question', id: 'q-esim' } as const;
      await adapter.vote({ ...target, voted: true });
      const again = await adapter.vote({ ...target, voted: true });
      expectEqual(again.voteCount, 3, 'voteCount', 'after a second vote by the same user');
      expectEqual(
        (await adapter.getQuestion('q-esim')).voteCount,
        3,
        'getQuestion().voteCount',
        'after a second vote by the same user',
      );
      await adapter.vote({ ...target, voted: false });
      const twice = await adapter.vote({ ...target, voted: false });
      expectEqual(twice.voteCount, 2, 'voteCount', 'after taking kudos back twice');
      const seeded = await adapter.vote({ target: 'answer', id: 'a-open-expert', voted: true });
      expectEqual(
        seeded.voteCount,
        3,
        'voteCount of a-open-expert',
        'after voting again on a post the user already liked',
      );
      const never = await adapter.vote({ target: 'answer', id: 'a-open-staff', voted: false });
      expectEqual(never.voteCount, 2, 'voteCount of a-open-staff', 'after taking back kudos the user never gave');
    },
  },
  {
    rule: 'members cannot give kudos to their own posts (forbidden)',
    async run(ctx) {
      const asker = await ctx.adapter('asker');
      await expectFailure(
        asker.vote({ target: 'question', id: 'q-open', voted: true }),
        'forbidden',
        'kudos on their own question',
      );
      const expert = await ctx.adapter('expert');
      const ownAnswer = expert.vote({ target: 'answer', id: 'a-open-expert', voted: true });
      await expectFailure(ownAnswer, 'forbidden', 'kudos on their own answer');
      expectEqual((await asker.getQuestion('q-open')).voteCount, 3, 'voteCount of q-open', 'after a refused self vote');
    },
  },
  {
    rule: 'kudos counts are the same for every viewer; viewerHasVoted is per viewer',
    async run(ctx) {
      const byVoter = await (await ctx.adapter('member')).getQuestion('q-open');
      const byAsker = await (await ctx.adapter('asker')).getQuestion('q-open');
      expectEqual(
        [byVoter.voteCount, byVoter.viewerHasVoted],
        [3, true],
        '[voteCount, viewerHasVoted] of q-open',
        'for member, who gave kudos',
      );
      expectEqual(
        [byAsker.voteCount, byAsker.viewerHasVoted],
        [3, false],
        '[voteCount, viewerHasVoted] of q-open',
        'for the asker',
      );
      const voter = await ctx.adapter('other');
      await voter.vote({ target: 'question', id: 'q-vi', voted: true });
      const reader = await ctx.viewAs(voter, 'staff');
      if (reader === null) return;
      const seen = await reader.getQuestion('q-vi');
      expectEqual(
        [seen.voteCount, seen.viewerHasVoted],
        [1, false],
        '[voteCount, viewerHasVoted] of q-vi',
        "for staff after other's kudos",
      );
      const listed = (await questionsOf(reader)).find((question) => question.id === 'q-vi');
      expectEqual(listed?.voteCount, 1, 'listed voteCount of q-vi', "for staff after other's kudos");
    },
  },
  {
    rule: 'reputation follows kudos on questions and answers',
    async run(ctx) {
      const reputation = async (adapter: Adapter) => (await adapter.getUser('expert')).reputation;
      const voter = await ctx.adapter('other');
      const start = await reputation(voter);
      await voter.vote({ target: 'question', id: 'q-esim', voted: true });
      expectEqual(
        await reputation(voter),
        start + REPUTATION.questionKudos,
        "the expert's reputation",
        'after kudos on their question',
      );
      await voter.vote({ target: 'question', id: 'q-esim', voted: false });
      expectEqual(await reputation(voter), start, "the expert's reputation", 'after those kudos were taken back');
      const staff = await ctx.adapter('staff');
      await staff.vote({ target: 'answer', id: 'a-open-expert', voted: true });
      expectEqual(
        await reputation(staff),
        start + REPUTATION.answerKudos,
        "the expert's reputation",
        'after kudos on their answer',
      );
      expectEqual(
        (await staff.getUser('expert')).stats.kudosReceived,
        7,
        "the expert's kudosReceived",
        'after one more kudos',
      );
    },
  },
  {
    rule: 'reputation follows accepted answers',
    async run(ctx) {
      const asker = await ctx.adapter('asker');
      const before = await asker.getUser('expert');
      await asker.acceptAnswer({ answerId: 'a-open-expert', accepted: true });
      const accepted = await asker.getUser('expert');
      expectEqual(
        accepted.reputation,
        before.reputation + REPUTATION.acceptedAnswer,
        "the expert's reputation",
        'after their answer was accepted',
      );
      expectEqual(
        accepted.stats.acceptedAnswers,
        before.stats.acceptedAnswers + 1,
        "the expert's acceptedAnswers",
        'after an accept',
      );
      await asker.acceptAnswer({ answerId: 'a-open-expert', accepted: false });
      expectEqual(
        (await asker.getUser('expert')).reputation,
        before.reputation,
        "the expert's reputation",
        'after the accept was withdrawn',
      );
    },
  },
];

const acceptChecks: ConformanceCheck[] = [
  {
    rule: 'the asker may accept an answer',
    async run(ctx) {
      const adapter = await ctx.adapter('asker');
      const result = await adapter.acceptAnswer({ answerId: 'a-open-member', accepted: true });
      expectShape(result, acceptResultShape, 'acceptAnswer()');
      expectEqual(
        result.question.acceptedAnswerId,
        'a-open-member',
        'question.acceptedAnswerId',
        'in the accept result',
      );
      expectEqual(
        [result.answer.id, result.answer.accepted],
        ['a-open-member', true],
        '[answer.id, answer.accepted]',
        'in the accept result',
      );
      expectEqual(result.answer.acceptedBy?.id, 'asker', 'answer.acceptedBy.id', 'in the accept result');
      ensure(result.answer.acceptedAt !== null, 'expected answer.acceptedAt to be set after an accept, got null');
      expectEqual(result.previous, null, 'previous', 'when no answer was accepted before');
      expectEqual(
        (await adapter.getQuestion('q-open')).acceptedAnswerId,
        'a-open-member',
        'getQuestion("q-open").acceptedAnswerId',
      );
      expectEqual(
        ids(await questionsOf(adapter, { status: 'solved' })).includes('q-open'),
        true,
        'q-open among the solved questions',
        'after an accept',
      );
    },
  },
  {
    rule: 'staff and moderators may accept an answer on any question',
    async run(ctx) {
      for (const role of ['staff', 'moderator']) {
        const adapter = await ctx.adapter(role);
        const { answer } = await adapter.acceptAnswer({ answerId: 'a-open-expert', accepted: true });
        expectEqual(
          [answer.accepted, answer.acceptedBy?.id],
          [true, role],
          '[accepted, acceptedBy.id] of a-open-expert',
          `after ${role} accepted it`,
        );
      }
    },
  },
  {
    rule: 'only the asker, staff and moderators may accept (forbidden for other members)',
    async run(ctx) {
      for (const viewerId of ['member', 'other', 'expert']) {
        const adapter = await ctx.adapter(viewerId);
        const accept = adapter.acceptAnswer({ answerId: 'a-open-member', accepted: true });
        await expectFailure(accept, 'forbidden', `acceptAnswer by ${viewerId}, who did not ask the question`);
        const unaccept = adapter.acceptAnswer({ answerId: 'a-solved-staff', accepted: false });
        await expectFailure(unaccept, 'forbidden', `unaccepting by ${viewerId}, who did not ask the question`);
        expectEqual(
          (await adapter.getQuestion('q-open')).acceptedAnswerId,
          null,
          'acceptedAnswerId of q-open',
          'after a refused accept',
        );
      }
    },
  },
  {
    rule: 'a question has at most one accepted answer: accepting another one replaces it',
    async run(ctx) {
      const adapter = await ctx.adapter('asker');
      await adapter.acceptAnswer({ answerId: 'a-open-expert', accepted: true });
      const result = await adapter.acceptAnswer({ answerId: 'a-open-staff', accepted: true });
      expectEqual(result.previous?.id, 'a-open-expert', 'previous.id', 'when accepting a second answer');
      expectEqual(result.previous?.accepted, false, 'previous.accepted', 'after another answer was accepted');
      expectEqual(
        result.question.acceptedAnswerId,
        'a-open-staff',
        'question.acceptedAnswerId',
        'after accepting a second answer',
      );
      const accepted = (await answersOf(adapter, 'q-open')).filter((answer) => answer.accepted);
      expectEqual(ids(accepted), ['a-open-staff'], 'the accepted answers of q-open');
      const replaced = await adapter.acceptAnswer({ answerId: 'a-solved-other', accepted: true });
      expectEqual(
        replaced.previous?.id,
        'a-solved-staff',
        'previous.id',
        'when replacing the seeded accepted answer of q-solved',
      );
    },
  },
  {
    rule: 'the accepted answer comes first in listAnswers, whatever the sort',
    async run(ctx) {
      const adapter = await ctx.adapter('asker');
      await adapter.acceptAnswer({ answerId: 'a-open-member', accepted: true });
      for (const [questionId, acceptedId] of [
        ['q-solved', 'a-solved-staff'],
        ['q-open', 'a-open-member'],
      ] as const) {
        for (const sort of answerSorts) {
          const first = (await adapter.listAnswers(questionId, { sort, limit: 1 })).items[0];
          expectEqual(first?.id, acceptedId, `the first answer of ${questionId}`, `sorted by ${sort}`);
        }
      }
    },
  },
  {
    rule: 'unaccepting clears the accepted answer',
    async run(ctx) {
      const adapter = await ctx.adapter('asker');
      const result = await adapter.acceptAnswer({ answerId: 'a-solved-staff', accepted: false });
      expectEqual(result.question.acceptedAnswerId, null, 'question.acceptedAnswerId', 'after unaccepting');
      const { accepted, acceptedBy, acceptedAt } = result.answer;
      expectEqual(
        [accepted, acceptedBy, acceptedAt],
        [false, null, null],
        '[accepted, acceptedBy, acceptedAt]',
        'after unaccepting',
      );
      expectEqual(result.previous, null, 'previous', 'after unaccepting');
      expectEqual(
        (await adapter.getQuestion('q-solved')).acceptedAnswerId,
        null,
        'getQuestion("q-solved").acceptedAnswerId',
        'after unaccepting',
      );
      const again = await adapter.acceptAnswer({ answerId: 'a-solved-staff', accepted: false });
      expectEqual(again.question.acceptedAnswerId, null, 'question.acceptedAnswerId', 'after unaccepting twice');
    },
  },
  {
    rule: 'a locked question takes no answers and its accepted answer cannot change (conflict)',
    async run(ctx) {
      const other = await ctx.adapter('other');
      await expectFailure(
        other.postAnswer({ ...validAnswer, questionId: 'q-locked' }),
        'conflict',
        'postAnswer on a locked question',
      );
      for (const viewerId of ['member', 'staff']) {
        const adapter = await ctx.adapter(viewerId);
        const accept = adapter.acceptAnswer({ answerId: 'a-locked-staff', accepted: true });
        await expectFailure(accept, 'conflict', `acceptAnswer by ${viewerId} on a locked question`);
      }
      expectEqual(
        (await other.getQuestion('q-locked')).answerCount,
        1,
        'answerCount of q-locked',
        'after a refused answer',
      );
    },
  },
];

async function expectInvalid(action: Promise<unknown>, field: string, what: string): Promise<void> {
  await expectFailure(action, 'invalid', what, field);
}

const validationChecks: ConformanceCheck[] = [
  {
    rule: `askQuestion checks the title: ${LIMITS.titleMin} to ${LIMITS.titleMax} characters after trimming (invalid, field title)`,
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const badTitles: [string, unknown][] = [
        [`a title of ${LIMITS.titleMin - 1} characters`, 'No signal'],
        ['a title that is too short once trimmed', '    No signal    '],
        [`a title of ${LIMITS.titleMax + 1} characters`, textOfLength(LIMITS.titleMax + 1)],
        ['a numeric title', 42],
        ['a null title', null],
        ['a missing title', undefined],
      ];
      for (const [what, title] of badTitles) {
        await expectInvalid(
          adapter.askQuestion({ ...validQuestion, title } as AskQuestionInput),
          'title',
          `askQuestion with ${what}`,
        );
      }
      await adapter.askQuestion({ ...validQuestion, title: 'eSIM error' });
      await adapter.askQuestion({ ...validQuestion, title: textOfLength(LIMITS.titleMax) });
    },
  },
  {
    rule: `askQuestion and postAnswer check the body: ${LIMITS.bodyMin} to ${LIMITS.bodyMax} characters (invalid, field body)`,
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const badBodies: [string, unknown][] = [
        ['an empty body', ''],
        ['a body of one character once trimmed', '   ?   '],
        [`a body of ${LIMITS.bodyMax + 1} characters`, textOfLength(LIMITS.bodyMax + 1)],
        ['a numeric body', 12],
        ['an object as body', { text: 'Hello' }],
      ];
      for (const [what, body] of badBodies) {
        await expectInvalid(
          adapter.askQuestion({ ...validQuestion, body } as AskQuestionInput),
          'body',
          `askQuestion with ${what}`,
        );
        await expectInvalid(
          adapter.postAnswer({ ...validAnswer, body } as PostAnswerInput),
          'body',
          `postAnswer with ${what}`,
        );
      }
      await adapter.postAnswer({ ...validAnswer, body: 'OK' });
      await adapter.askQuestion({ ...validQuestion, body: textOfLength(LIMITS.bodyMax) });
    },
  },
  {
    rule: 'askQuestion refuses an unknown or missing category (invalid, field categoryId)',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const unknown = adapter.askQuestion({ ...validQuestion, categoryId: 'mobile-tv' });
      await expectInvalid(unknown, 'categoryId', 'askQuestion in an unknown category');
      const missing = adapter.askQuestion({ ...validQuestion, categoryId: undefined } as unknown as AskQuestionInput);
      await expectInvalid(missing, 'categoryId', 'askQuestion without a category');
    },
  },
  {
    rule: 'the language of a post must be a BCP-47 tag (invalid, field language)',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      for (const language of ['english please', 'nl_BE', '', 42]) {
        const what = `language ${show(language)}`;
        await expectInvalid(
          adapter.askQuestion({ ...validQuestion, language } as AskQuestionInput),
          'language',
          `askQuestion with ${what}`,
        );
        await expectInvalid(
          adapter.postAnswer({ ...validAnswer, language } as PostAnswerInput),
          'language',
          `postAnswer with ${what}`,
        );
      }
      await adapter.askQuestion({ ...validQuestion, language: 'nl-BE' });
      await adapter.postAnswer({ ...validAnswer, language: 'ar' });
    },
  },
  {
    rule: `askQuestion checks the tags: at most ${LIMITS.tagsMax}, each 1 to ${LIMITS.tagMax} characters (invalid, field tags)`,
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const badTags: [string, unknown][] = [
        [`${LIMITS.tagsMax + 1} tags`, ['4g', '5g', 'volte', 'wifi-calling', 'esim', 'apn']],
        ['an empty tag', ['roaming', '']],
        [`a tag of ${LIMITS.tagMax + 1} characters`, ['x'.repeat(LIMITS.tagMax + 1)]],
        ['tags as a string', 'roaming'],
        ['a numeric tag', [5]],
      ];
      for (const [what, tags] of badTags) {
        await expectInvalid(
          adapter.askQuestion({ ...validQuestion, tags } as AskQuestionInput),
          'tags',
          `askQuestion with ${what}`,
        );
      }
      await adapter.askQuestion({
        ...validQuestion,
        tags: ['4g', '5g', 'volte', 'wifi-calling', 'x'.repeat(LIMITS.tagMax)],
      });
    },
  },
  {
    rule: 'unknown ids are not-found, for every read and mutation',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const code = 'not-found';
      await expectFailure(adapter.getQuestion('q-does-not-exist'), code, 'getQuestion of an unknown id');
      await expectFailure(adapter.listAnswers('q-does-not-exist'), code, 'listAnswers of an unknown question');
      await expectFailure(adapter.getAnswer('a-does-not-exist'), code, 'getAnswer of an unknown id');
      await expectFailure(adapter.getUser('nobody'), code, 'getUser of an unknown id');
      const answer = adapter.postAnswer({ ...validAnswer, questionId: 'q-does-not-exist' });
      await expectFailure(answer, code, 'postAnswer to an unknown question');
      await expectFailure(
        adapter.vote({ target: 'question', id: 'q-does-not-exist', voted: true }),
        code,
        'vote on an unknown question',
      );
      await expectFailure(
        adapter.vote({ target: 'answer', id: 'a-does-not-exist', voted: true }),
        code,
        'vote on an unknown answer',
      );
      const accept = adapter.acceptAnswer({ answerId: 'a-does-not-exist', accepted: true });
      await expectFailure(accept, code, 'acceptAnswer of an unknown answer');
    },
  },
];

const creationChecks: ConformanceCheck[] = [
  {
    rule: 'askQuestion returns the new question, which can then be read and listed',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const question = await adapter.askQuestion(validQuestion);
      expectShape(question, questionShape, 'askQuestion()');
      const { title, body, categoryId, language, tags } = question;
      expectEqual({ title, body, categoryId, language, tags }, validQuestion, 'the new question', 'as asked');
      expectEqual(question.author.id, 'member', 'author.id of the new question');
      const fresh = [question.answerCount, question.voteCount, question.acceptedAnswerId, question.status];
      expectEqual(fresh, [0, 0, null, 'open'], '[answerCount, voteCount, acceptedAnswerId, status] of a new question');
      expectPermissions(question.viewerCan, { vote: false, edit: true, answer: true }, 'the author of a new question');
      expectEqual((await adapter.getQuestion(question.id)).title, validQuestion.title, 'getQuestion(<new id>).title');
      const listed = await adapter.listQuestions({ sort: 'newest', limit: 100 });
      expectEqual(listed.items[0]?.id, question.id, 'the first question sorted by newest', 'after asking one');
      if (listed.total !== undefined)
        expectEqual(listed.total, allQuestionIds.length + 1, 'listQuestions().total', 'after asking one');
      const second = await adapter.askQuestion({ ...validQuestion, title: 'Voicemail still calls me back at night' });
      ensure(second.id !== question.id, `expected a new id for a second question, got "${second.id}" twice`);
    },
  },
  {
    rule: 'postAnswer returns the new answer, and the question counts it',
    async run(ctx) {
      const adapter = await ctx.adapter('expert');
      const input = {
        questionId: 'q-nl',
        body: 'Controleer de map Promoties in Gmail en voeg ons adres toe aan je contacten.',
        language: 'nl-BE',
      };
      const answer = await adapter.postAnswer(input);
      expectShape(answer, answerShape, 'postAnswer()');
      expectEqual(
        [answer.questionId, answer.body, answer.language],
        [input.questionId, input.body, input.language],
        '[questionId, body, language] of the new answer',
      );
      expectEqual(
        [answer.author.id, answer.accepted, answer.voteCount],
        ['expert', false, 0],
        '[author.id, accepted, voteCount] of the new answer',
      );
      expectEqual(answer.viewerCan.vote, false, 'viewerCan.vote', 'for the author of a new answer');
      expectEqual(ids(await answersOf(adapter, 'q-nl')), [answer.id], 'the answer ids of q-nl', 'after answering');
      const question = await adapter.getQuestion('q-nl');
      expectEqual(question.answerCount, 1, 'answerCount of q-nl', 'after its first answer');
      ensure(
        Date.parse(question.lastActivityAt) >= Date.parse(answer.createdAt),
        `expected lastActivityAt of q-nl to move to the new answer (${answer.createdAt}), got ${question.lastActivityAt}`,
      );
      const unanswered = ids(await questionsOf(adapter, { status: 'unanswered' }));
      expectEqual(unanswered.includes('q-nl'), false, 'q-nl among the unanswered questions', 'after its first answer');
    },
  },
];

const listChecks: ConformanceCheck[] = [
  {
    rule: 'listQuestions filters by category',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const expected: Record<string, string[]> = {
        network: ['q-open', 'q-locked', 'q-nl-wifi', 'q-esim'],
        billing: ['q-solved', 'q-nl'],
        roaming: ['q-ar', 'q-vi'],
      };
      for (const [categoryId, questionIds] of Object.entries(expected)) {
        const page = await adapter.listQuestions({ categoryId, limit: 100 });
        expectSameIds(ids(page.items), questionIds, `listQuestions({ categoryId: "${categoryId}" })`);
        if (page.total !== undefined) expectEqual(page.total, questionIds.length, `total for category ${categoryId}`);
      }
    },
  },
  {
    rule: 'listQuestions filters by status: all, unanswered, unsolved, solved',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const solved = ['q-solved', 'q-nl-wifi'];
      const expected: Record<string, string[]> = {
        all: allQuestionIds,
        unanswered: ['q-nl', 'q-vi', 'q-esim'],
        unsolved: allQuestionIds.filter((questionId) => !solved.includes(questionId)),
        solved,
      };
      for (const [status, questionIds] of Object.entries(expected)) {
        const page = await adapter.listQuestions({ status: status as QuestionQuery['status'], limit: 100 });
        expectSameIds(ids(page.items), questionIds, `listQuestions({ status: "${status}" })`);
        if (page.total !== undefined) expectEqual(page.total, questionIds.length, `total for status ${status}`);
      }
      const both = await questionsOf(adapter, { status: 'unanswered', categoryId: 'billing' });
      expectSameIds(ids(both), ['q-nl'], 'listQuestions({ status: "unanswered", categoryId: "billing" })');
    },
  },
  {
    rule: 'listQuestions filters by language, matching the primary subtag (nl matches nl-BE)',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const expected: Record<string, string[]> = {
        nl: ['q-nl', 'q-nl-wifi'],
        en: ['q-open', 'q-solved', 'q-locked', 'q-esim'],
        ar: ['q-ar'],
        vi: ['q-vi'],
        fr: [],
      };
      for (const [language, questionIds] of Object.entries(expected)) {
        expectSameIds(
          ids(await questionsOf(adapter, { language })),
          questionIds,
          `listQuestions({ language: "${language}" })`,
        );
      }
    },
  },
  {
    rule: 'listQuestions sorts by latest activity (default), newest and votes',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const keys: Record<QuestionSort, (question: Question) => number> = {
        activity: (question) => Date.parse(question.lastActivityAt),
        newest: (question) => Date.parse(question.createdAt),
        votes: (question) => question.voteCount,
      };
      const expectedFirst: Record<QuestionSort, string> = { activity: 'q-locked', newest: 'q-locked', votes: 'q-open' };
      for (const sort of questionSorts) {
        const questions = await questionsOf(adapter, { sort });
        expectSameIds(ids(questions), allQuestionIds, `listQuestions({ sort: "${sort}" })`);
        questions.slice(1).forEach((question, index) => {
          const before = questions[index];
          const ordered = keys[sort](before) >= keys[sort](question);
          ensure(ordered, `expected ${before.id} before ${question.id} to be ordered by ${sort}, descending`);
        });
        expectEqual(questions[0]?.id, expectedFirst[sort], 'the first question', `sorted by ${sort}`);
        expectEqual(
          ids(await questionsOf(adapter, { sort })),
          ids(questions),
          `the order sorted by ${sort}`,
          'when listed again',
        );
      }
      const byDefault = ids(await questionsOf(adapter));
      expectEqual(
        byDefault,
        ids(await questionsOf(adapter, { sort: 'activity' })),
        'the default order',
        '(latest activity)',
      );
    },
  },
  {
    rule: 'listAnswers sorts by votes (default), newest and oldest',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const expected: Record<AnswerSort, string[]> = {
        votes: ['a-open-expert', 'a-open-staff', 'a-open-member'],
        newest: ['a-open-staff', 'a-open-member', 'a-open-expert'],
        oldest: ['a-open-expert', 'a-open-member', 'a-open-staff'],
      };
      for (const sort of answerSorts) {
        expectEqual(
          ids(await answersOf(adapter, 'q-open', sort)),
          expected[sort],
          'the answers of q-open',
          `sorted by ${sort}`,
        );
      }
      expectEqual(
        ids(await answersOf(adapter, 'q-open')),
        expected.votes,
        'the answers of q-open',
        'in the default order (votes)',
      );
    },
  },
];

const searchChecks: ConformanceCheck[] = [
  {
    rule: 'listQuestions search matches every word by its start, in titles and bodies, ignoring case and diacritics',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const expected: [search: string, questionIds: string[]][] = [
        ['MECHELEN', ['q-open']], // a title word in another case; answers are not searched
        ['outag', ['q-locked']], // the start of a word
        ['Factuur ontvangen', ['q-nl']], // every word, anywhere in the title
        ['esim', ['q-esim']], // a body word ("eSIM")
        ['khong dung duoc', ['q-vi']], // Vietnamese without tones and marks ("Không dùng được")
        ['أفعل التجوال', ['q-ar']], // Arabic without shadda ("أفعّل")
        ['apn mechelen', []], // one word matches, the other does not
      ];
      for (const [search, questionIds] of expected) {
        const page = await adapter.listQuestions({ search, limit: 100 });
        expectSameIds(ids(page.items), questionIds, `listQuestions({ search: "${search}" })`);
        if (page.total !== undefined) expectEqual(page.total, questionIds.length, `total for search "${search}"`);
      }
    },
  },
  {
    rule: 'listQuestions with match "any" finds questions matching at least one word, those matching more first',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const any = ids(await questionsOf(adapter, { search: 'apn mechelen', match: 'any' }));
      ensure(any.includes('q-open'), `listQuestions({ search: "apn mechelen", match: "any" }) should find q-open ("Mechelen"), got ${show(any)}`);
      const all = ids(await questionsOf(adapter, { search: 'since outage', match: 'all' }));
      const anyOfBoth = ids(await questionsOf(adapter, { search: 'since outage', match: 'any' }));
      for (const id of all) ensure(anyOfBoth.includes(id), `match "any" lost "${id}", which matches every word`);
      ensure(anyOfBoth.length >= all.length && anyOfBoth.includes('q-open'), `match "any" for "since outage" should add q-open, got ${show(anyOfBoth)}`);
      expectEqual(anyOfBoth[0], 'q-locked', 'the first result of { search: "since outage", match: "any" }', '(it matches both words)');
    },
  },
  {
    rule: 'listQuestions with an empty or blank search lists every question, as without one',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const unfiltered = ids(await questionsOf(adapter));
      for (const search of ['', '   ']) {
        expectEqual(ids(await questionsOf(adapter, { search })), unfiltered, `listQuestions({ search: "${search}" })`);
      }
    },
  },
  {
    rule: 'search combines with the category, status and language filters',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const expected: [QuestionQuery, string[]][] = [
        [{ search: 'since' }, ['q-open', 'q-locked']],
        [{ search: 'since', categoryId: 'network' }, ['q-open', 'q-locked']],
        [{ search: 'since', categoryId: 'billing' }, []],
        [{ search: 'factuur', language: 'nl' }, ['q-nl']],
        [{ search: 'factuur', language: 'en' }, []],
        [{ search: 'april', status: 'solved' }, ['q-solved']],
        [{ search: 'april', status: 'unanswered' }, []],
      ];
      for (const [query, questionIds] of expected) {
        expectSameIds(ids(await questionsOf(adapter, query)), questionIds, `listQuestions(${show(query)})`);
      }
    },
  },
  {
    rule: 'searching sorts by relevance by default (title matches first, then latest activity); other sorts apply',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      // "since" is in the title of q-open (active 3 May) and only in the body of q-locked (active 12 May).
      const byDefault = ids(await questionsOf(adapter, { search: 'since' }));
      expectEqual(byDefault, ['q-open', 'q-locked'], 'the order of listQuestions({ search: "since" })', '(relevance)');
      const relevance = ids(await questionsOf(adapter, { search: 'since', sort: 'relevance' }));
      expectEqual(relevance, byDefault, 'the order of listQuestions({ search: "since", sort: "relevance" })');
      const byActivity = ids(await questionsOf(adapter, { search: 'since', sort: 'activity' }));
      expectEqual(byActivity, ['q-locked', 'q-open'], 'the order of listQuestions({ search: "since", sort: "activity" })');
    },
  },
  {
    rule: 'paging through search results visits every match exactly once, in the same order as one big page',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const queries: QuestionQuery[] = [{ search: 'in' }, { search: 'in', sort: 'votes' }, { search: 'the', sort: 'newest' }];
      for (const query of queries) {
        const what = `listQuestions(${show(query)}) with limit 1`;
        const walked = ids(await walkPages(what, 1, (cursor) => adapter.listQuestions({ ...query, limit: 1, cursor })));
        const duplicate = firstDuplicate(walked);
        ensure(duplicate === undefined, `${what} returned "${duplicate}" twice`);
        expectEqual(walked, ids(await questionsOf(adapter, query)), `the ids walked through ${what}`);
        ensure(walked.length >= 2, `expected ${what} to find at least 2 questions, got ${show(walked)}`);
      }
    },
  },
  {
    rule: 'listQuestions refuses an unknown sort (invalid, field sort) and a search that is not text (invalid, field search)',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const unknownSort = 'popularity' as QuestionSort;
      await expectInvalid(adapter.listQuestions({ sort: unknownSort }), 'sort', 'listQuestions with sort "popularity"');
      await expectInvalid(
        adapter.listQuestions({ sort: unknownSort, search: 'apn' }),
        'sort',
        'listQuestions with sort "popularity" and a search',
      );
      const notText = 42 as unknown as string;
      await expectInvalid(adapter.listQuestions({ search: notText }), 'search', 'listQuestions with search 42');
    },
  },
];

const pagingChecks: ConformanceCheck[] = [
  {
    rule: 'paging with limit 2 visits every question exactly once, in the same order as one big page',
    async run(ctx) {
      const adapter = await ctx.adapter('other');
      const queries: QuestionQuery[] = [
        ...questionSorts.map((sort) => ({ sort })),
        { sort: 'votes', status: 'unsolved' },
      ];
      for (const query of queries) {
        const what = `listQuestions(${show(query)}) with limit 2`;
        const walked = ids(await walkPages(what, 2, (cursor) => adapter.listQuestions({ ...query, limit: 2, cursor })));
        const duplicate = firstDuplicate(walked);
        ensure(duplicate === undefined, `${what} returned "${duplicate}" twice`);
        expectEqual(walked, ids(await questionsOf(adapter, query)), `the ids walked through ${what}`);
      }
    },
  },
  {
    rule: 'paging answers with limit 1 visits every answer once, the accepted one first',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      for (const questionId of ['q-open', 'q-solved']) {
        for (const sort of answerSorts) {
          const what = `listAnswers("${questionId}", { sort: "${sort}" }) with limit 1`;
          const walked = ids(
            await walkPages(what, 1, (cursor) => adapter.listAnswers(questionId, { sort, limit: 1, cursor })),
          );
          expectEqual(walked, ids(await answersOf(adapter, questionId, sort)), `the ids walked through ${what}`);
        }
      }
    },
  },
  {
    rule: 'a question asked between two pages neither repeats nor skips the questions listed before',
    async run(ctx) {
      for (const sort of questionSorts) {
        const adapter = await ctx.adapter('member');
        const existing = ids(await questionsOf(adapter, { sort }));
        const what = `listQuestions({ sort: "${sort}", limit: 3 }) with a question asked after page 1`;
        const fetchPage = (cursor: string | null) => adapter.listQuestions({ sort, limit: 3, cursor });
        const walked = ids(await walkPages(what, 3, fetchPage, () => adapter.askQuestion(validQuestion)));
        const duplicate = firstDuplicate(walked);
        ensure(duplicate === undefined, `${what} returned "${duplicate}" twice`);
        const skipped = existing.filter((questionId) => !walked.includes(questionId));
        ensure(skipped.length === 0, `${what} skipped ${show(skipped)}`);
      }
    },
  },
  {
    rule: 'limit is clamped to 1…100',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      for (const limit of [0, -5]) {
        expectEqual(
          (await adapter.listQuestions({ limit })).items.length,
          1,
          'the number of questions',
          `for limit ${limit} (clamped to 1)`,
        );
      }
      const large = await adapter.listQuestions({ limit: 1000 });
      expectEqual(
        [large.items.length, large.nextCursor],
        [allQuestionIds.length, null],
        '[items.length, nextCursor]',
        'for limit 1000 (clamped to 100)',
      );
    },
  },
  {
    rule: 'a cursor the list did not hand out is refused (invalid, field cursor)',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      await expectInvalid(
        adapter.listQuestions({ cursor: 'not a cursor' }),
        'cursor',
        'listQuestions with a made-up cursor',
      );
      await expectInvalid(
        adapter.listAnswers('q-open', { cursor: 'eyJoZWxsbyI6MX0=' }),
        'cursor',
        'listAnswers with a made-up cursor',
      );
    },
  },
];

const robustnessChecks: ConformanceCheck[] = [
  {
    rule: 'failures are MajlisErrors with a known code and a message',
    async run(ctx) {
      const anonymous = await ctx.adapter(null);
      const member = await ctx.adapter('member');
      const failing: [string, () => Promise<unknown>][] = [
        ['an anonymous vote', () => anonymous.vote({ target: 'question', id: 'q-open', voted: true })],
        ['kudos on an own question', () => member.vote({ target: 'question', id: 'q-locked', voted: true })],
        ['getQuestion of an unknown id', () => member.getQuestion('q-does-not-exist')],
        ['askQuestion with an empty title', () => member.askQuestion({ ...validQuestion, title: '' })],
        ['postAnswer on a locked question', () => member.postAnswer({ ...validAnswer, questionId: 'q-locked' })],
      ];
      for (const [what, call] of failing) {
        const error = await rejectionOf(call());
        ensure(error !== succeeded, `expected ${what} to fail, but it succeeded`);
        ensure(
          error instanceof Error && isMajlisError(error),
          `expected ${what} to throw a MajlisError, got ${describeError(error)}`,
        );
        ensure(
          ERROR_CODES.includes(error.code),
          `expected the code of ${what} to be one of ${ERROR_CODES.join(', ')}, got ${show(error.code)}`,
        );
        ensure(typeof error.message === 'string' && error.message.trim() !== '', `expected ${what} to carry a message`);
        if (error.code === 'invalid')
          ensure(typeof error.field === 'string', `expected ${what} to name the invalid field`);
      }
    },
  },
  {
    rule: 'an already-aborted signal rejects every call with an AbortError and changes nothing',
    async run(ctx) {
      const adapter = await ctx.adapter('other');
      const controller = new AbortController();
      controller.abort();
      const options: CallOptions = { signal: controller.signal };
      const calls: [string, () => Promise<unknown>][] = [
        ['getViewer', () => adapter.getViewer(options)],
        ['listCategories', () => adapter.listCategories(options)],
        ['listQuestions', () => adapter.listQuestions({}, options)],
        ['getQuestion', () => adapter.getQuestion('q-open', options)],
        ['listAnswers', () => adapter.listAnswers('q-open', {}, options)],
        ['getAnswer', () => adapter.getAnswer('a-open-expert', options)],
        ['getUser', () => adapter.getUser('expert', options)],
        ['askQuestion', () => adapter.askQuestion(validQuestion, options)],
        ['postAnswer', () => adapter.postAnswer(validAnswer, options)],
        ['vote', () => adapter.vote({ target: 'question', id: 'q-vi', voted: true }, options)],
        ['acceptAnswer', () => adapter.acceptAnswer({ answerId: 'a-open-expert', accepted: true }, options)],
      ];
      for (const [method, call] of calls) {
        const error = await rejectionOf(call());
        ensure(error !== succeeded, `expected ${method} with an aborted signal to reject, but it resolved`);
        ensure(
          isAbortError(error),
          `expected ${method} with an aborted signal to reject with an AbortError DOMException, got ${describeError(error)}`,
        );
      }
      expectEqual((await adapter.getQuestion('q-vi')).voteCount, 0, 'voteCount of q-vi', 'after an aborted vote');
      expectEqual(
        (await adapter.getQuestion('q-open')).answerCount,
        3,
        'answerCount of q-open',
        'after an aborted postAnswer',
      );
    },
  },
  {
    rule: 'returned data are copies: changing them does not change the adapter',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const question = await adapter.getQuestion('q-open');
      Object.assign(question, { voteCount: 999, title: 'Tampered' });
      question.tags.push('tampered');
      question.author.name = 'Tampered';
      question.viewerCan.vote = false;
      const again = await adapter.getQuestion('q-open');
      expectEqual(
        [again.voteCount, again.title],
        [3, 'No 4G indoors since the mast upgrade in Mechelen'],
        '[voteCount, title] of q-open',
        'after a caller changed a returned copy',
      );
      expectEqual(
        [again.tags, again.author.name, again.viewerCan.vote],
        [['4g', 'indoor-coverage'], 'Layla Haddad', true],
        '[tags, author.name, viewerCan.vote] of q-open',
        'after a caller changed a returned copy',
      );
      const answers = await adapter.listAnswers('q-open');
      answers.items.pop();
      answers.items.forEach((answer) => Object.assign(answer, { voteCount: 999 }));
      expectEqual(
        (await answersOf(adapter, 'q-open')).map((answer) => answer.voteCount),
        [3, 2, 1],
        'the voteCounts of the answers of q-open',
        'after a caller changed a returned page',
      );
      const categories = await adapter.listCategories();
      categories.forEach((category) => Object.assign(category, { name: 'Tampered' }));
      const names = (await adapter.listCategories()).map((category) => category.name);
      expectEqual(names.includes('Tampered'), false, 'a tampered category name', 'in a second listCategories()');
      const profile = await adapter.getUser('expert');
      profile.stats.answers = 99;
      expectEqual(
        (await adapter.getUser('expert')).stats.answers,
        2,
        'stats.answers of expert',
        'after a caller changed a returned profile',
      );
    },
  },
];

/** Every rule of the adapter contract, in reading order. */
export const conformanceChecks: readonly ConformanceCheck[] = [
  ...readChecks,
  ...permissionChecks,
  ...voteChecks,
  ...acceptChecks,
  ...validationChecks,
  ...creationChecks,
  ...listChecks,
  ...searchChecks,
  ...pagingChecks,
  ...robustnessChecks,
];
