import type { PostType, QuestionStatus, Role } from './types.js';

/**
 * The plain-JSON seed format `MemoryAdapter` (and the reference server) load.
 * Counts (votes, answers, reputation, accepted flags) are derived from it, never stored in it,
 * so a seed cannot contradict itself.
 */
export interface CommunitySeed {
  users: SeedUser[];
  categories: SeedCategory[];
  questions: SeedQuestion[];
  answers: SeedAnswer[];
  votes: SeedVote[];
}

export interface SeedUser {
  id: string;
  name: string;
  role: Role;
  avatarUrl?: string | null;
  joinedAt: string;
  /** Reputation earned outside the seeded posts (imported history); default 0. */
  reputationBase?: number;
}

export interface SeedCategory {
  id: string;
  name: string;
  description?: string;
  names?: Record<string, string>;
}

export interface SeedQuestion {
  id: string;
  authorId: string;
  categoryId: string;
  title: string;
  body: string;
  language: string;
  tags?: string[];
  status?: QuestionStatus;
  createdAt: string;
  editedAt?: string | null;
  /** Id of the accepted answer, if any. */
  acceptedAnswerId?: string | null;
  /** Who accepted it (defaults to the asker). */
  acceptedById?: string | null;
  acceptedAt?: string | null;
}

export interface SeedAnswer {
  id: string;
  questionId: string;
  authorId: string;
  body: string;
  language: string;
  createdAt: string;
  editedAt?: string | null;
}

export interface SeedVote {
  userId: string;
  target: PostType;
  targetId: string;
  createdAt?: string;
}
