import { IDEA_CRITERIA, IDEA_PERIOD_PATTERN, IDEA_STATUSES, IDEA_TOPICS } from '../../core/idea-names.js';
import { AUDIT_ACTIONS, FLAG_REASONS, POST_STATES } from '../../core/moderation.js';
import type {
  CommunitySeed,
  SeedAnswer,
  SeedAuditEntry,
  SeedCategory,
  SeedFlag,
  SeedFollow,
  SeedIdea,
  SeedLiveSession,
  SeedModeration,
  SeedQuestion,
  SeedRevision,
  SeedSuspension,
  SeedUser,
  SeedVote,
  SeedHandoff,
} from '../../core/seed.js';
import { ROLES } from '../../core/types.js';
import type { PostState } from '../../core/types.js';
import { isObject } from './input.js';
import { postKey, putByUser } from './model.js';
import type {
  CommunityData,
  StoredAnswer,
  StoredAuditEntry,
  StoredFlag,
  StoredFollow,
  StoredHandoff,
  StoredModeration,
  StoredQuestion,
  StoredRevision,
  StoredSuspension,
} from './model.js';

type Fail = (problem: string) => never;

/** Validates a seed and builds the indexed data; throws an Error naming the first bad record. */
export function loadSeed(seed: CommunitySeed): CommunityData {
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
  [...questions.values()].forEach((question, index) => {
    if (question.duplicateOf !== null) {
      const fail = recordFailure('questions', index, question);
      requireKnown(questions, question.duplicateOf, 'duplicateOf', fail);
      if (question.duplicateOf === question.id) fail('is marked a duplicate of itself');
    }
  });
  const votes = loadVotes(seed.votes, { users, questions, answers });
  const known = { users, questions, answers };
  const flags = loadFlags(seed.flags, known);
  const revisions = loadRevisions(seed.revisions, known);
  const suspensions = new Map<string, StoredSuspension>();
  optionalList('suspensions', seed.suspensions).forEach((record, index) => {
    const fail = recordFailure('suspensions', index, record);
    const { userId, suspension } = loadSuspension(record as SeedSuspension, fail, users);
    if (suspensions.has(userId)) fail(`repeats the suspension of "${userId}"`);
    suspensions.set(userId, suspension);
  });
  const audit = optionalList('audit', seed.audit).map((record, index) =>
    loadAuditEntry(record as SeedAuditEntry, recordFailure('audit', index, record), known),
  );
  const ideas = loadIdeas(seed.ideas, known);
  const { liveSessions, sessionOf } = loadLiveSessions(seed.liveSessions, { ...known, categories });
  const follows = loadFollows(seed.follows, { ...known, categories, liveSessions });
  return {
    users,
    categories,
    questions,
    answers,
    votes,
    flags,
    revisions,
    suspensions,
    audit,
    follows,
    notificationSettings: new Map(),
    ideas,
    liveSessions,
    sessionOf,
  };
}

function loadLiveSessions(
  records: unknown,
  known: KnownPosts & { categories: CommunityData['categories'] },
): Pick<CommunityData, 'liveSessions' | 'sessionOf'> {
  const liveSessions: CommunityData['liveSessions'] = new Map();
  const sessionOf: CommunityData['sessionOf'] = new Map();
  optionalList('liveSessions', records).forEach((record, index) => {
    const session = record as SeedLiveSession;
    const fail = recordFailure('liveSessions', index, record);
    if (typeof session.id !== 'string' || session.id === '') fail('has no id');
    if (liveSessions.has(session.id)) fail(`repeats the id "${session.id}"`);
    for (const field of ['title', 'hashtag'] as const) if (typeof session[field] !== 'string') fail(`has no ${field}`);
    if (!Array.isArray(session.hostIds) || session.hostIds.length === 0) fail('has no hostIds');
    session.hostIds.forEach((hostId) => requireKnown(known.users, hostId, 'hostIds', fail));
    const startsAt = seedTime(session.startsAt, 'startsAt', fail);
    const endsAt = seedTime(session.endsAt, 'endsAt', fail);
    if (endsAt <= startsAt) fail('ends before it starts');
    const categoryId = optionalSeedString(session.categoryId, 'categoryId', fail);
    if (categoryId !== null) requireKnown(known.categories, categoryId, 'categoryId', fail);
    for (const questionId of session.questionIds ?? []) {
      requireKnown(known.questions, questionId, 'questionIds', fail);
      if (sessionOf.has(questionId)) fail(`has the question "${questionId}", asked in another session`);
      sessionOf.set(questionId, session.id);
    }
    liveSessions.set(session.id, {
      id: session.id,
      title: session.title,
      description: optionalSeedString(session.description, 'description', fail) ?? '',
      hashtag: session.hashtag.replace(/^#/u, ''),
      hostIds: [...new Set(session.hostIds)],
      startsAt,
      endsAt,
      categoryId,
    });
  });
  return { liveSessions, sessionOf };
}

function loadIdeas(records: unknown, known: KnownPosts): CommunityData['ideas'] {
  const ideas: CommunityData['ideas'] = new Map();
  const list = optionalList('ideas', records);
  list.forEach((record, index) => {
    const idea = record as SeedIdea;
    const fail = recordFailure('ideas', index, record);
    const questionId = requireKnown(known.questions, idea.questionId, 'questionId', fail).id;
    if (ideas.has(questionId)) fail(`repeats the idea "${questionId}"`);
    if (!IDEA_TOPICS.includes(idea.topic)) fail(`has an unknown topic ${JSON.stringify(idea.topic)}`);
    const status = idea.status ?? 'new';
    if (!IDEA_STATUSES.includes(status)) fail(`has an unknown status ${JSON.stringify(status)}`);
    const mergedInto = optionalSeedString(idea.mergedInto, 'mergedInto', fail);
    if ((status === 'duplicate') !== (mergedInto !== null)) fail('must have a mergedInto exactly when its status is "duplicate"');
    const changedBy = optionalSeedString(idea.statusChangedById, 'statusChangedById', fail);
    if (changedBy !== null) requireKnown(known.users, changedBy, 'statusChangedById', fail);
    const evaluations = (idea.evaluations ?? []).map((evaluation) => {
      const userId = requireKnown(known.users, evaluation.userId, 'evaluations.userId', fail).id;
      for (const criterion of IDEA_CRITERIA) {
        const score = evaluation[criterion];
        if (!Number.isInteger(score) || score < 1 || score > 5) fail(`has a ${criterion} score that is not 1 to 5`);
      }
      const { constructive, creative, feasible, effective } = evaluation;
      const createdAt = evaluation.createdAt === undefined ? new Date(0).toISOString() : seedTime(evaluation.createdAt, 'createdAt', fail);
      return { userId, constructive, creative, feasible, effective, createdAt };
    });
    if (new Set(evaluations.map((evaluation) => evaluation.userId)).size !== evaluations.length) fail('has two evaluations by one member');
    const wins = (idea.wins ?? []).map((win) => {
      if (typeof win.period !== 'string' || !new RegExp(IDEA_PERIOD_PATTERN).test(win.period)) fail('has a period that is not YYYY-MM');
      return { period: win.period, awardedAt: win.awardedAt === undefined ? new Date(0).toISOString() : seedTime(win.awardedAt, 'awardedAt', fail) };
    });
    ideas.set(questionId, {
      questionId,
      topic: idea.topic,
      status,
      statusNote: optionalSeedString(idea.statusNote, 'statusNote', fail),
      statusChangedAt: optionalSeedTime(idea.statusChangedAt, 'statusChangedAt', fail),
      statusChangedById: changedBy,
      mergedInto,
      evaluations,
      wins,
    });
  });
  for (const [index, idea] of [...ideas.values()].entries()) {
    if (idea.mergedInto !== null && !ideas.has(idea.mergedInto)) {
      recordFailure('ideas', index, idea)(`is merged into "${idea.mergedInto}", which is not an idea`);
    }
  }
  return ideas;
}

function loadFollows(records: unknown, known: KnownPosts & Pick<CommunityData, 'categories' | 'liveSessions'>): CommunityData['follows'] {
  const follows: CommunityData['follows'] = new Map();
  const byTarget: Record<string, Map<string, unknown> | undefined> = { question: known.questions, category: known.categories, session: known.liveSessions };
  optionalList('follows', records).forEach((record, index) => {
    const follow = record as SeedFollow;
    const fail = recordFailure('follows', index, record);
    const targets = (Object.hasOwn(byTarget, follow.target) ? byTarget[follow.target] : undefined) ?? fail(`has an unknown target ${JSON.stringify(follow.target)}`);
    requireKnown(targets, follow.targetId, 'targetId', fail);
    const userId = requireKnown(known.users, follow.userId, 'userId', fail).id;
    if (follow.following !== undefined && typeof follow.following !== 'boolean') fail('has a following that is not true or false');
    const stored: StoredFollow = {
      userId,
      target: follow.target,
      targetId: follow.targetId,
      following: follow.following ?? true,
      createdAt: follow.createdAt === undefined ? new Date(0).toISOString() : seedTime(follow.createdAt, 'createdAt', fail),
    };
    putByUser(follows, postKey(follow.target, follow.targetId), userId, stored, () =>
      fail(`repeats the follow of "${userId}" on ${follow.target} "${follow.targetId}"`),
    );
  });
  return follows;
}

function optionalList(collection: string, records: unknown): unknown[] {
  const list = seedList(collection, records ?? []);
  list.forEach((record, index) => {
    if (!isObject(record)) recordFailure(collection, index, record)('is not an object');
  });
  return list;
}

type KnownPosts = Pick<CommunityData, 'users' | 'questions' | 'answers'>;

function requirePost(known: KnownPosts, target: unknown, id: unknown, fail: Fail): StoredQuestion | StoredAnswer {
  if (target !== 'question' && target !== 'answer') fail(`has an unknown target ${JSON.stringify(target)}`);
  const posts: Map<string, StoredQuestion | StoredAnswer> = target === 'question' ? known.questions : known.answers;
  return requireKnown(posts, id, 'targetId', fail);
}

function loadFlags(records: unknown, known: KnownPosts): CommunityData['flags'] {
  const flags: CommunityData['flags'] = new Map();
  optionalList('flags', records).forEach((record, index) => {
    const flag = record as SeedFlag;
    const fail = recordFailure('flags', index, record);
    const post = requirePost(known, flag.target, flag.targetId, fail);
    const userId = requireKnown(known.users, flag.userId, 'userId', fail).id;
    if (post.authorId === userId) fail(`flags the member's own ${flag.target} "${post.id}"`);
    if (!(FLAG_REASONS as readonly unknown[]).includes(flag.reason)) fail(`has an unknown reason ${JSON.stringify(flag.reason)}`);
    const note = optionalSeedString(flag.note, 'note', fail);
    if (flag.reason === 'other' && note === null) fail('has reason "other" without a note');
    const stored: StoredFlag = {
      userId,
      target: flag.target,
      targetId: post.id,
      reason: flag.reason,
      note,
      createdAt: seedTime(flag.createdAt, 'createdAt', fail),
      dismissed: flag.dismissed === true,
    };
    putByUser(flags, postKey(flag.target, post.id), userId, stored, () => fail(`repeats the flag of "${userId}" on ${flag.target} "${post.id}"`));
  });
  return flags;
}

function loadRevisions(records: unknown, known: KnownPosts): CommunityData['revisions'] {
  const revisions: CommunityData['revisions'] = new Map();
  optionalList('revisions', records).forEach((record, index) => {
    const revision = record as SeedRevision;
    const fail = recordFailure('revisions', index, record);
    const post = requirePost(known, revision.target, revision.targetId, fail);
    const key = postKey(revision.target, post.id);
    const list = revisions.get(key) ?? [];
    if (revision.number !== list.length + 1) {
      fail(`has number ${JSON.stringify(revision.number)}; ${revision.target} "${post.id}" expects revision ${list.length + 1} next`);
    }
    requireSeedString(revision.body, 'body', fail);
    const tags = revision.tags ?? null;
    if (tags !== null && (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string'))) {
      fail('has tags that are not a list of strings');
    }
    list.push({
      number: revision.number,
      body: revision.body,
      title: revision.target === 'question' ? (optionalSeedString(revision.title, 'title', fail) ?? null) : null,
      tags: revision.target === 'question' && tags !== null ? [...tags] : null,
      editedById: requireKnown(known.users, revision.editedById, 'editedById', fail).id,
      reason: optionalSeedString(revision.reason, 'reason', fail),
      createdAt: seedTime(revision.createdAt, 'createdAt', fail),
    });
    revisions.set(key, list);
  });
  for (const [key, list] of revisions) {
    const [target, id] = key.split(/:(.*)/su) as ['question' | 'answer', string];
    const post = (target === 'question' ? known.questions.get(id) : known.answers.get(id)) as StoredQuestion | StoredAnswer;
    const last = list.at(-1) as StoredRevision;
    if (last.body !== post.body || ('title' in post && last.title !== null && last.title !== post.title)) {
      throw new Error(`Invalid Majlis seed: the last revision of ${target} "${id}" differs from the ${target} as it is now`);
    }
  }
  return revisions;
}

function loadSuspension(
  record: SeedSuspension,
  fail: Fail,
  users: Map<string, SeedUser>,
): { userId: string; suspension: StoredSuspension } {
  const userId = requireKnown(users, record.userId, 'userId', fail).id;
  const byId = record.byId === undefined || record.byId === null ? null : requireKnown(users, record.byId, 'byId', fail).id;
  return {
    userId,
    suspension: {
      until: optionalSeedTime(record.until, 'until', fail),
      reason: optionalSeedString(record.reason, 'reason', fail),
      byId,
      createdAt: record.createdAt === undefined ? new Date(0).toISOString() : seedTime(record.createdAt, 'createdAt', fail),
    },
  };
}

function loadAuditEntry(entry: SeedAuditEntry, fail: Fail, known: KnownPosts): StoredAuditEntry {
  requireSeedString(entry.id, 'id', fail);
  const actorId = entry.actorId === null ? null : requireKnown(known.users, entry.actorId, 'actorId', fail).id;
  if (!(AUDIT_ACTIONS as readonly unknown[]).includes(entry.action)) fail(`has an unknown action ${JSON.stringify(entry.action)}`);
  let questionId: string | null = null;
  if (entry.target === 'user') requireKnown(known.users, entry.targetId, 'targetId', fail);
  else {
    const post = requirePost(known, entry.target, entry.targetId, fail);
    questionId = 'questionId' in post ? post.questionId : post.id;
  }
  const details = entry.details ?? {};
  if (!isObject(details) || !Object.values(details).every((value) => typeof value === 'string')) {
    fail('has details that are not an object of strings');
  }
  return {
    id: entry.id,
    actorId,
    action: entry.action,
    target: entry.target,
    targetId: entry.targetId,
    questionId,
    reason: optionalSeedString(entry.reason, 'reason', fail),
    details: { ...details },
    createdAt: seedTime(entry.createdAt, 'createdAt', fail),
  };
}

function loadPostModeration(
  post: { state?: PostState; moderation?: SeedModeration | null; createdAt: string },
  fail: Fail,
  users: Map<string, SeedUser>,
): { state: PostState; moderation: StoredModeration | null } {
  const state = post.state ?? 'published';
  if (!(POST_STATES as readonly unknown[]).includes(state)) fail(`has an unknown state ${JSON.stringify(state)}`);
  const seeded: SeedModeration | null = post.moderation ?? null;
  if (state === 'published') return { state, moderation: null };
  if (seeded !== null && typeof seeded !== 'object') fail('has a moderation that is not an object');
  const byId: string | null = seeded?.byId ?? null;
  if (byId !== null) requireKnown(users, byId, 'moderation.byId', fail);
  return {
    state,
    moderation: {
      reason: optionalSeedString(seeded?.reason, 'moderation.reason', fail),
      byId,
      at: seeded?.at === undefined ? post.createdAt : seedTime(seeded.at, 'moderation.at', fail),
    },
  };
}

function loadHandoff(seeded: SeedHandoff | null | undefined, createdAt: string, fail: Fail, users: Map<string, SeedUser>): StoredHandoff | null {
  if (seeded === undefined || seeded === null) return null;
  if (typeof seeded !== 'object') fail('has a handoff that is not an object');
  const note = optionalSeedString(seeded.note, 'handoff.note', fail);
  if (note === null || note.trim() === '') fail('has a handoff without a note');
  requireKnown(users, seeded.byId, 'handoff.byId', fail);
  return { note, byId: seeded.byId, at: seeded.at === undefined ? createdAt : seedTime(seeded.at, 'handoff.at', fail) };
}

function optionalSeedString(value: unknown, field: string, fail: Fail): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') fail(`has a ${field} that is not a string`);
  return value;
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
  const createdAt = seedTime(question.createdAt, 'createdAt', fail);
  return {
    ...question,
    tags: [...tags],
    status,
    ...loadPostModeration({ ...question, createdAt }, fail, known.users),
    pinned: question.pinned === true,
    duplicateOf: question.duplicateOf ?? null,
    handoff: loadHandoff(question.handoff, createdAt, fail, known.users),
    createdAt,
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
  const createdAt = seedTime(answer.createdAt, 'createdAt', fail);
  return {
    ...answer,
    ...loadPostModeration({ ...answer, createdAt }, fail, known.users),
    createdAt,
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

