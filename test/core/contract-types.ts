// Checked by `npm run typecheck` (not a test run): the domain types derived from the contract's schemas
// (src/core/types.ts ← src/core/contract/entities.ts) are exactly the interfaces they replaced.
import type * as derived from '../../src/core/types.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type Flat<T> = { [K in keyof T]: T[K] } & {};

type Role = 'member' | 'expert' | 'staff' | 'moderator';
interface User {
  id: string;
  name: string;
  role: Role;
  reputation: number;
  avatarUrl?: string | null;
  joinedAt: string;
}
interface UserStats {
  questions: number;
  answers: number;
  acceptedAnswers: number;
  kudosReceived: number;
}
interface EarnedBadge {
  id: string;
  awardedAt: string;
}
interface Suspension {
  until: string | null;
  reason: string | null;
}
interface UserProfile extends User {
  stats: UserStats;
  rank: number | null;
  suspension?: Suspension | null;
  badges?: EarnedBadge[];
}
interface ReputationRules {
  answerKudos: number;
  questionKudos: number;
  acceptedAnswer: number;
  questionAsked: number;
  dailyKudosCap: number | null;
}
interface RankDefinition {
  id: string;
  threshold: number;
  names?: Record<string, string>;
}
type BadgeMetric = 'answers' | 'solutions' | 'kudosReceived' | 'helpfulLanguages' | 'questions';
interface BadgeDefinition {
  id: string;
  metric: BadgeMetric;
  threshold: number;
  names?: Record<string, string>;
}
interface LeaderboardQuery {
  mode?: 'members' | 'answers';
  period?: 'week' | 'month' | 'all';
  metric?: 'reputation' | 'solutions' | 'kudos';
  categoryId?: string;
  language?: string;
  timeZone?: string;
  limit?: number;
}
interface LeaderboardAnswer {
  id: string;
  questionId: string;
  questionTitle: string;
  accepted: boolean;
  language: string;
  voteCount: number;
}
interface Category {
  id: string;
  name: string;
  description?: string;
  names?: Record<string, string>;
  viewerFollows?: boolean;
}
interface PostPermissions {
  vote: boolean;
  edit: boolean;
  moderate: boolean;
  flag?: boolean;
  delete?: boolean;
}
interface PostModeration {
  reason: string | null;
  by: User | null;
  at: string;
}
interface PostBase {
  id: string;
  body: string;
  bodyHtml?: string;
  author: User;
  language: string;
  createdAt: string;
  editedAt: string | null;
  voteCount: number;
  viewerHasVoted: boolean;
  state?: 'published' | 'pending' | 'hidden' | 'deleted';
  moderation?: PostModeration | null;
  flagCount?: number;
  viewerHasFlagged?: boolean;
  revisionCount?: number;
}
interface Question extends PostBase {
  type: 'question';
  title: string;
  categoryId: string;
  tags: string[];
  answerCount: number;
  acceptedAnswerId: string | null;
  status: 'open' | 'locked';
  lastActivityAt: string;
  pinned?: boolean;
  duplicateOf?: string | null;
  handoff?: { note: string; by: User; at: string } | null;
  viewerFollows?: boolean;
  viewerCan: PostPermissions & { answer: boolean };
}
interface Answer extends PostBase {
  type: 'answer';
  questionId: string;
  accepted: boolean;
  acceptedBy: User | null;
  acceptedAt: string | null;
  viewerCan: PostPermissions & { accept: boolean };
}
interface PageQuery {
  cursor?: string | null;
  limit?: number;
}
interface QuestionQuery extends PageQuery {
  categoryId?: string;
  status?: 'all' | 'unanswered' | 'unsolved' | 'solved';
  language?: string;
  tag?: string;
  sort?: 'activity' | 'newest' | 'votes' | 'relevance';
  search?: string;
  match?: 'all' | 'any';
}

export type Checks = [
  Expect<Equal<derived.EarnedBadge, Flat<EarnedBadge>>>,
  Expect<Equal<derived.ReputationRules, Flat<ReputationRules>>>,
  Expect<Equal<derived.RankDefinition, Flat<RankDefinition>>>,
  Expect<Equal<derived.BadgeMetric, BadgeMetric>>,
  Expect<Equal<derived.BadgeDefinition, Flat<BadgeDefinition>>>,
  Expect<Equal<derived.RecognitionRules, { reputation: Flat<ReputationRules>; ranks: Flat<RankDefinition>[]; badges: Flat<BadgeDefinition>[] }>>,
  Expect<Equal<derived.LeaderboardQuery, Flat<LeaderboardQuery>>>,
  Expect<Equal<derived.LeaderboardAnswer, Flat<LeaderboardAnswer>>>,
  Expect<Equal<derived.LeaderboardEntry['answer'], Flat<LeaderboardAnswer> | null>>,
  Expect<Equal<derived.LeaderboardEntry['badges'], Flat<EarnedBadge>[]>>,
  Expect<Equal<derived.Leaderboard['since'], string | null>>,
  Expect<Equal<derived.Role, Role>>,
  Expect<Equal<derived.User, Flat<User>>>,
  Expect<Equal<derived.UserStats, Flat<UserStats>>>,
  Expect<Equal<derived.UserProfile, Flat<UserProfile>>>,
  Expect<Equal<derived.Viewer, { user: Flat<User> | null; suspension?: Flat<Suspension> | null }>>,
  Expect<Equal<derived.Category, Flat<Category>>>,
  Expect<Equal<derived.PostType, 'question' | 'answer'>>,
  Expect<Equal<derived.QuestionStatus, 'open' | 'locked'>>,
  Expect<Equal<derived.PostPermissions, Flat<PostPermissions>>>,
  Expect<Equal<derived.QuestionPermissions, Flat<PostPermissions & { answer: boolean }>>>,
  Expect<Equal<derived.AnswerPermissions, Flat<PostPermissions & { accept: boolean }>>>,
  Expect<
    Equal<
      derived.Question,
      Flat<
        Omit<Question, 'author' | 'viewerCan' | 'moderation' | 'handoff'> & {
          author: Flat<User>;
          viewerCan: derived.QuestionPermissions;
          moderation?: derived.PostModeration | null;
          handoff?: derived.QuestionHandoff | null;
        }
      >
    >
  >,
  Expect<Equal<derived.QuestionHandoff, { note: string; by: Flat<User>; at: string }>>,
  Expect<Equal<derived.PostModeration, { reason: string | null; by: Flat<User> | null; at: string }>>,
  Expect<Equal<derived.Answer['acceptedBy'], Flat<User> | null>>,
  Expect<Equal<keyof derived.Answer, keyof Answer>>,
  Expect<Equal<derived.Answer['type'] | derived.Answer['accepted'], 'answer' | boolean>>,
  Expect<Equal<derived.Post, derived.Question | derived.Answer>>,
  Expect<Equal<derived.Page<number>, { items: number[]; nextCursor: string | null; total?: number }>>,
  Expect<Equal<derived.AcceptResult, { question: derived.Question; answer: derived.Answer; previous: derived.Answer | null }>>,
  Expect<Equal<derived.PageQuery, Flat<PageQuery>>>,
  Expect<Equal<derived.QuestionSort, 'activity' | 'newest' | 'votes'>>,
  Expect<Equal<derived.QuestionQuery, Flat<QuestionQuery>>>,
  Expect<Equal<derived.AnswerQuery, Flat<PageQuery & { sort?: 'votes' | 'newest' | 'oldest' }>>>,
  Expect<
    Equal<
      derived.AskQuestionInput,
      { title: string; body: string; categoryId: string; language: string; tags?: string[]; allowPersonalData?: boolean }
    >
  >,
  Expect<Equal<derived.PostAnswerInput, { questionId: string; body: string; language: string; allowPersonalData?: boolean }>>,
  Expect<Equal<derived.VoteInput, { target: 'question' | 'answer'; id: string; voted: boolean }>>,
  Expect<Equal<derived.AcceptInput, { answerId: string; accepted: boolean }>>,
];
