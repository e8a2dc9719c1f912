import type { SeedAnswer, SeedCategory, SeedQuestion, SeedUser, SeedVote } from '../../core/seed.js';
import type { PostType } from '../../core/types.js';

/** A seed question with every optional field filled in and times normalized to ISO-8601 UTC. */
export type StoredQuestion = Required<SeedQuestion>;
export type StoredAnswer = Required<SeedAnswer>;

/** The community's records: the seed with defaults applied, validated, indexed by id. */
export interface CommunityData {
  users: Map<string, SeedUser>;
  categories: Map<string, SeedCategory>;
  questions: Map<string, StoredQuestion>;
  answers: Map<string, StoredAnswer>;
  /** Kudos by post (`question:q-1`), then by voter id. */
  votes: Map<string, Map<string, SeedVote>>;
}

/** The key of a post in {@link CommunityData.votes}: `question:q-1`. */
export function postKey(target: PostType, id: string): string {
  return `${target}:${id}`;
}

export function setAcceptedAnswer(question: StoredQuestion, accept: { answerId: string; byId: string; at: string } | null) {
  question.acceptedAnswerId = accept?.answerId ?? null;
  question.acceptedById = accept?.byId ?? null;
  question.acceptedAt = accept?.at ?? null;
}

/** Seed times are normalized to ISO-8601 UTC on load, and such strings order like the times they denote. */
export function latestTime(first: string, ...others: (string | null)[]): string {
  return others.reduce<string>((latest, time) => (time !== null && time > latest ? time : latest), first);
}

export function isStaff(user: SeedUser): boolean {
  return user.role === 'staff' || user.role === 'moderator';
}

export function uniqueId(prefix: string, taken: Map<string, unknown>): string {
  let n = taken.size + 1;
  while (taken.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
