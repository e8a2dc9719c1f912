import type { CommunitySeed, SeedAnswer, SeedCategory, SeedQuestion, SeedUser, SeedVote } from '../../core/seed.js';
import { ROLES } from '../../core/types.js';
import { isObject } from './input.js';
import { postKey } from './model.js';
import type { CommunityData, StoredAnswer, StoredQuestion } from './model.js';

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

