import { MajlisError } from '../../core/adapter.js';
import { invalid } from '../../core/contract/text.js';
import { floodViolation, isModeratorRole, needsApproval, suspensionInForce } from '../../core/moderation.js';
import type { ReadModerationInput } from '../../core/moderation.js';
import type { SeedUser } from '../../core/seed.js';
import type {
  AuditAction,
  AuditEntry,
  Flag,
  FlagReason,
  ModerationItem,
  ModerationSettings,
  ModerationTarget,
  Page,
  PostType,
  QueueTab,
  Suspension,
  User,
} from '../../core/types.js';
import { paginate } from './listing.js';
import type { Ordering } from './listing.js';
import { postKey } from './model.js';
import type {
  CommunityData,
  StoredAnswer,
  StoredAuditEntry,
  StoredFlag,
  StoredPost,
  StoredQuestion,
} from './model.js';
import type { Recognition } from './recognition.js';

/*
 * Moderation in the memory adapter: who sees a post in which state, flags and the automatic hide, the queue,
 * moderators' actions and their audit log, suspensions, pre-moderation and flood limits. The rules shared with
 * the server are in src/core/moderation.ts; this module applies them to the memory adapter's records.
 *
 * Visibility (the server applies the same):
 * - moderators and staff see every post in full, whatever its state; so does the post's author;
 * - other viewers never see a `pending` post (not found, left out of lists); they see a `hidden` or `deleted`
 *   post as a placeholder: empty body (and title, for a question), its `moderation` filled in;
 * - question lists leave out the questions a viewer cannot see in full (so placeholders are never listed);
 * - `answerCount` counts the answers the viewer sees in full (placeholders and invisible answers are left out),
 *   `lastActivityAt` counts published answers only (the same for everyone).
 */

/** What every moderation operation works on. */
export interface ModerationScope {
  data: CommunityData;
  settings: ModerationSettings;
  recognition: Recognition;
  /** The time of the operation (ISO-8601 UTC). */
  at: string;
}

/** The signed-in member, or null for an anonymous reader. */
export type Reader = SeedUser | null;

export function isModerator(viewer: Reader): boolean {
  return viewer !== null && isModeratorRole(viewer.role);
}

/** Whether `viewer` sees `post` as it is (not a placeholder): published, their own, or they moderate. */
export function seesInFull(viewer: Reader, post: StoredPost): boolean {
  return post.state === 'published' || isModerator(viewer) || (viewer !== null && viewer.id === post.authorId);
}

/** Whether `viewer` sees `post` at all (in full or as a placeholder): pending posts only to author and moderators. */
export function seesAtAll(viewer: Reader, post: StoredPost): boolean {
  return post.state !== 'pending' || seesInFull(viewer, post);
}

/** The member's suspension in force at `at`, or null. */
export function suspensionOf(data: CommunityData, userId: string, at: string): Suspension | null {
  const stored = data.suspensions.get(userId);
  if (stored === undefined || !suspensionInForce(stored, new Date(at))) return null;
  return { until: stored.until, reason: stored.reason };
}

/** Refuses what a suspended member tries (`forbidden`, reason `suspended`). */
export function requireNotSuspended(data: CommunityData, viewer: SeedUser, action: string, at: string): void {
  const suspension = suspensionOf(data, viewer.id, at);
  if (suspension === null) return;
  const until = suspension.until === null ? 'indefinitely' : `until ${suspension.until}`;
  throw new MajlisError('forbidden', `Suspended members cannot ${action} (suspended ${until})`, { reason: 'suspended' });
}

export function requireModerator(viewer: Reader, action: string): SeedUser {
  if (viewer === null) throw new MajlisError('unauthenticated', `Sign in to ${action}: the viewer is anonymous`);
  if (!isModerator(viewer)) throw new MajlisError('forbidden', `Only moderators and staff can ${action}`);
  return viewer;
}

export function openFlags(data: CommunityData, target: PostType, id: string): StoredFlag[] {
  return [...(data.flags.get(postKey(target, id))?.values() ?? [])]
    .filter((flag) => !flag.dismissed)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

export function hasFlagged(data: CommunityData, target: PostType, id: string, userId: string): boolean {
  return data.flags.get(postKey(target, id))?.has(userId) ?? false;
}

/** Closes the open flags of a post (a moderator reviewed it); returns how many. */
function resolveFlags(data: CommunityData, target: PostType, id: string): number {
  const open = openFlags(data, target, id);
  for (const flag of open) flag.dismissed = true;
  return open.length;
}

/** The thread a post belongs to. */
export function questionIdOf(target: PostType, post: StoredPost): string {
  return target === 'answer' ? (post as StoredAnswer).questionId : post.id;
}

/** Appends an audit entry; returns it. */
export function writeAudit(
  scope: ModerationScope,
  entry: { actorId: string | null; action: AuditAction; target: ModerationTarget; targetId: string; questionId: string | null; reason?: string | null; details?: Record<string, string> },
): StoredAuditEntry {
  const taken = new Set(scope.data.audit.map((existing) => existing.id));
  let n = scope.data.audit.length + 1;
  while (taken.has(`audit-${n}`)) n += 1;
  const stored: StoredAuditEntry = {
    id: `audit-${n}`,
    reason: null,
    details: {},
    ...entry,
    createdAt: scope.at,
  };
  scope.data.audit.push(stored);
  return stored;
}

// Flags

/** Flags a post for `viewer`; hides it (and writes `auto-hide`) when its open flags reach the threshold. */
export function flagPost(
  scope: ModerationScope,
  viewer: SeedUser,
  target: PostType,
  post: StoredPost,
  flag: { reason: FlagReason; note: string | null },
): void {
  const { data } = scope;
  requireNotSuspended(data, viewer, 'flag posts', scope.at);
  if (post.authorId === viewer.id) throw new MajlisError('forbidden', `Members cannot flag their own ${target} ("${post.id}")`);
  if (hasFlagged(data, target, post.id, viewer.id)) {
    throw new MajlisError('conflict', `You already flagged ${target} "${post.id}"`, { reason: 'already-flagged' });
  }
  if (post.state !== 'published') {
    throw new MajlisError('conflict', `${target} "${post.id}" is ${post.state}: only published posts can be flagged`);
  }
  const key = postKey(target, post.id);
  const flags = data.flags.get(key) ?? new Map<string, StoredFlag>();
  flags.set(viewer.id, { userId: viewer.id, target, targetId: post.id, ...flag, createdAt: scope.at, dismissed: false });
  data.flags.set(key, flags);
  const open = openFlags(data, target, post.id).length;
  if (open >= scope.settings.flagThreshold) {
    post.state = 'hidden';
    post.moderation = { reason: null, byId: null, at: scope.at };
    writeAudit(scope, {
      actorId: null,
      action: 'auto-hide',
      target,
      targetId: post.id,
      questionId: questionIdOf(target, post),
      details: { flags: String(open) },
    });
  }
}

// Posting: pre-moderation and flood limits

/** The member's questions and answers (whatever their state). */
function postsBy(data: CommunityData, userId: string): StoredPost[] {
  return [...data.questions.values(), ...data.answers.values()].filter((post) => post.authorId === userId);
}

/**
 * Before a member posts `body` in `categoryId`: refuses it when suspended or over a flood limit, and says
 * whether it waits for approval (`pending`).
 */
export function admitPost(
  scope: ModerationScope,
  author: SeedUser,
  reputation: number,
  categoryId: string,
  body: string,
  what: string,
): 'published' | 'pending' {
  requireNotSuspended(scope.data, author, what, scope.at);
  const own = postsBy(scope.data, author.id);
  const refused = floodViolation(scope.settings, { role: author.role, reputation }, body, own, new Date(scope.at));
  if (refused !== null) throw refused;
  const publishedPosts = own.filter((post) => post.state === 'published').length;
  return needsApproval(scope.settings, { categoryId, role: author.role, publishedPosts, body }) ? 'pending' : 'published';
}

// Reputation of deleted posts

function votersOf(data: CommunityData, target: PostType, id: string) {
  return [...(data.votes.get(postKey(target, id))?.values() ?? [])];
}

/** Takes back what a post earned (its kudos, its acceptance, the question's points), as it is deleted. */
export function undoReputation(scope: ModerationScope, target: PostType, post: StoredPost): void {
  for (const vote of votersOf(scope.data, target, post.id)) scope.recognition.kudosWithdrawn(target, post.id, vote.userId);
  if (target === 'answer') scope.recognition.unaccepted(post.id);
  else scope.recognition.unasked(post.id);
}

/** Gives back what a restored post earned. */
function redoReputation(scope: ModerationScope, target: PostType, post: StoredPost): void {
  const { data, recognition } = scope;
  for (const vote of votersOf(data, target, post.id)) {
    recognition.kudosGiven(data, target, post.id, vote.userId, vote.createdAt ?? post.createdAt);
  }
  if (target === 'question') recognition.asked(post as StoredQuestion);
  else {
    const answer = post as StoredAnswer;
    const question = data.questions.get(answer.questionId);
    if (question?.acceptedAnswerId === answer.id) recognition.accepted(answer, question, question.acceptedAt ?? answer.createdAt);
  }
}

/** Moves a post to `state`; deleting takes its reputation back, leaving `deleted` gives it back. */
export function setPostState(
  scope: ModerationScope,
  target: PostType,
  post: StoredPost,
  state: StoredPost['state'],
  moderation: StoredPost['moderation'],
): void {
  const wasDeleted = post.state === 'deleted';
  post.state = state;
  post.moderation = moderation;
  if (state === 'deleted' && !wasDeleted) undoReputation(scope, target, post);
  if (wasDeleted && state !== 'deleted') redoReputation(scope, target, post);
}

// Actions

/** What an action changed, by id, for the adapter to show as the moderator now sees it. */
export interface ActionOutcome {
  questionId: string | null;
  answerId: string | null;
  userId: string | null;
  entry: StoredAuditEntry;
}

function conflict(message: string): MajlisError {
  return new MajlisError('conflict', message);
}

/** One moderator action (already checked by `readModerationInput`), audited. */
export function applyAction(scope: ModerationScope, actor: SeedUser, input: ReadModerationInput): ActionOutcome {
  const { data } = scope;
  const audit = (details: Record<string, string> = {}, questionId: string | null = null) =>
    writeAudit(scope, {
      actorId: actor.id,
      action: input.action,
      target: input.target,
      targetId: input.id,
      questionId,
      reason: input.reason,
      details,
    });
  if (input.target === 'user') {
    const user = data.users.get(input.id);
    if (user === undefined) throw new MajlisError('not-found', `No user with id ${JSON.stringify(input.id)}`);
    if (input.action === 'suspend') {
      if (user.id === actor.id) throw new MajlisError('forbidden', 'Moderators cannot suspend themselves');
      if (isModeratorRole(user.role)) throw new MajlisError('forbidden', 'Moderators and staff cannot be suspended');
      const until = input.until ?? null;
      data.suspensions.set(user.id, { until, reason: input.reason, byId: actor.id, createdAt: scope.at });
      return { questionId: null, answerId: null, userId: user.id, entry: audit({ until: until ?? 'indefinite' }) };
    }
    data.suspensions.delete(user.id);
    return { questionId: null, answerId: null, userId: user.id, entry: audit() };
  }
  const target = input.target;
  const post: StoredPost | undefined = target === 'question' ? data.questions.get(input.id) : data.answers.get(input.id);
  if (post === undefined) throw new MajlisError('not-found', `No ${target} with id ${JSON.stringify(input.id)}`);
  const questionId = questionIdOf(target, post);
  const outcome = (details: Record<string, string> = {}): ActionOutcome => ({
    questionId,
    answerId: target === 'answer' ? post.id : null,
    userId: null,
    entry: audit(details, questionId),
  });
  const byActor = { reason: input.reason, byId: actor.id, at: scope.at };
  switch (input.action) {
    case 'approve':
      if (post.state !== 'pending') throw conflict(`${target} "${post.id}" is ${post.state}, not pending`);
      setPostState(scope, target, post, 'published', null);
      return outcome();
    case 'hide':
      if (post.state === 'deleted') throw conflict(`${target} "${post.id}" is deleted: restore it first`);
      resolveFlags(data, target, post.id);
      setPostState(scope, target, post, 'hidden', byActor);
      return outcome();
    case 'restore':
      if (post.state !== 'hidden' && post.state !== 'deleted') {
        throw conflict(`${target} "${post.id}" is ${post.state}: only hidden or deleted posts are restored`);
      }
      resolveFlags(data, target, post.id);
      setPostState(scope, target, post, 'published', null);
      return outcome();
    case 'delete':
      if (post.state === 'deleted') throw conflict(`${target} "${post.id}" is already deleted`);
      resolveFlags(data, target, post.id);
      setPostState(scope, target, post, 'deleted', byActor);
      return outcome();
    case 'dismiss-flags': {
      const dismissed = resolveFlags(data, target, post.id);
      // Flags found wanting: a post they hid on their own comes back.
      if (post.state === 'hidden' && post.moderation?.byId === null) setPostState(scope, target, post, 'published', null);
      return outcome({ flags: String(dismissed) });
    }
    default:
      return applyQuestionAction(scope, post as StoredQuestion, { ...input, actorId: actor.id }, outcome);
  }
}

function applyQuestionAction(
  scope: ModerationScope,
  question: StoredQuestion,
  input: ReadModerationInput & { actorId: string },
  outcome: (details?: Record<string, string>) => ActionOutcome,
): ActionOutcome {
  switch (input.action) {
    case 'lock':
    case 'unlock':
      question.status = input.action === 'lock' ? 'locked' : 'open';
      return outcome();
    case 'pin':
    case 'unpin':
      question.pinned = input.action === 'pin';
      return outcome();
    case 'hand-to-care':
      // Handing over again changes the note: the care team's first word may need correcting.
      question.handoff = { note: input.reason ?? '', byId: input.actorId, at: scope.at };
      return outcome();
    case 'return-from-care':
      if (question.handoff === null) throw conflict(`question "${question.id}" is not with customer care`);
      question.handoff = null;
      return outcome();
    case 'move': {
      const to = input.categoryId ?? '';
      if (!scope.data.categories.has(to)) throw invalid('categoryId', `categoryId "${to}" is not a category of this community`);
      const from = question.categoryId;
      question.categoryId = to;
      return outcome({ from, to });
    }
    default: {
      // mark-duplicate
      const original = input.duplicateOf ?? '';
      if (original === question.id) throw invalid('duplicateOf', 'A question cannot duplicate itself');
      if (!scope.data.questions.has(original)) throw invalid('duplicateOf', `duplicateOf "${original}" is not a question of this community`);
      question.duplicateOf = original;
      return outcome({ duplicateOf: original });
    }
  }
}

// The queue and the audit log

interface QueueEntry {
  id: string;
  target: PostType;
  post: StoredPost;
  question: StoredQuestion;
  flags: StoredFlag[];
}

const time = (iso: string) => Date.parse(iso);

const queueOrderings: Record<QueueTab, Ordering<QueueEntry>> = {
  reported: {
    name: 'queue/reported',
    keyLength: 2,
    key: (entry) => [-entry.flags.length, time(entry.flags[0]?.createdAt ?? entry.post.createdAt)],
  },
  pending: { name: 'queue/pending', keyLength: 1, key: (entry) => [time(entry.post.createdAt)] },
  hidden: { name: 'queue/hidden', keyLength: 1, key: (entry) => [-time(entry.post.moderation?.at ?? entry.post.createdAt)] },
};

/** One tab of the queue: `reported` (open flags), `pending`, `hidden`; optionally one category's posts. */
export function moderationQueue(
  data: CommunityData,
  query: { tab: QueueTab; categoryId: string | null; cursor?: unknown; limit?: unknown },
  view: { flag(flag: StoredFlag): Flag; item(entry: { target: PostType; question: StoredQuestion; answer: StoredAnswer | null }): Omit<ModerationItem, 'flags'> },
): Page<ModerationItem> {
  const entries: QueueEntry[] = [];
  const consider = (target: PostType, post: StoredPost, question: StoredQuestion) => {
    if (query.categoryId !== null && question.categoryId !== query.categoryId) return;
    const flags = openFlags(data, target, post.id);
    const inTab =
      query.tab === 'reported' ? flags.length > 0 && post.state !== 'deleted' : post.state === query.tab;
    if (inTab) entries.push({ id: postKey(target, post.id), target, post, question, flags });
  };
  for (const question of data.questions.values()) consider('question', question, question);
  for (const answer of data.answers.values()) {
    const question = data.questions.get(answer.questionId);
    if (question !== undefined) consider('answer', answer, question);
  }
  const page = paginate(entries, queueOrderings[query.tab], query);
  return {
    ...page,
    items: page.items.map((entry) => ({
      ...view.item({
        target: entry.target,
        question: entry.question,
        answer: entry.target === 'answer' ? (entry.post as StoredAnswer) : null,
      }),
      flags: entry.flags.map((flag) => view.flag(flag)),
    })),
  };
}

const auditOrdering: Ordering<{ id: string; index: number; entry: StoredAuditEntry }> = {
  name: 'audit/newest',
  keyLength: 2,
  key: ({ entry, index }) => [-time(entry.createdAt), -index],
};

/** The audit log, newest first, optionally about one target or by one actor. */
export function auditLog(
  data: CommunityData,
  query: { targetId: string | null; actorId: string | null; cursor?: unknown; limit?: unknown },
  toUser: (id: string) => User,
): Page<AuditEntry> {
  const matching = data.audit
    .map((entry, index) => ({ id: entry.id, index, entry }))
    .filter(
      ({ entry }) =>
        (query.targetId === null || entry.targetId === query.targetId) &&
        (query.actorId === null || entry.actorId === query.actorId),
    );
  const page = paginate(matching, auditOrdering, query);
  return {
    ...page,
    items: page.items.map(({ entry }) => ({
      id: entry.id,
      actor: entry.actorId === null ? null : toUser(entry.actorId),
      action: entry.action,
      target: entry.target,
      targetId: entry.targetId,
      questionId: entry.questionId,
      reason: entry.reason,
      details: { ...entry.details },
      createdAt: entry.createdAt,
    })),
  };
}

/** A stored flag as moderators see it. */
export function flagView(flag: StoredFlag, toUser: (id: string) => User): Flag {
  return { reason: flag.reason, note: flag.note, by: toUser(flag.userId), createdAt: flag.createdAt };
}
