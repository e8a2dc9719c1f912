import { IDEA_WINNER_BADGE } from '../../core/idea-names.js';
import { primaryLanguage } from '../../core/contract/language.js';
import { badgesEarned, periodStart, readLeaderboardQuery } from '../../core/recognition.js';
import type { BadgeFigures } from '../../core/recognition.js';
import type {
  EarnedBadge,
  Leaderboard,
  LeaderboardEntry,
  LeaderboardQuery,
  PostType,
  RecognitionRules,
  User,
} from '../../core/types.js';
import { compareIds, postKey } from './model.js';
import type { CommunityData, StoredAnswer, StoredQuestion } from './model.js';

/*
 * Recognition in the memory adapter: the reputation ledger (one entry per kudos, acceptance and, when it earns
 * points, question asked), the daily kudos cap, earned badges and the leaderboard. Entries are written when
 * their event happens and deleted when it is undone, so a withdrawal takes back exactly what it earned, even
 * when the cap gave it less than the full points. The server keeps the same ledger in SQL.
 */

export type LedgerReason = 'answer-kudos' | 'question-kudos' | 'accepted' | 'question-asked';

export interface LedgerEntry {
  /** Who earned the points. */
  userId: string;
  /** What earned them: `vote:answer:a-1:u-9`, `accept:a-1`, `ask:q-3`. */
  sourceKey: string;
  points: number;
  reason: LedgerReason;
  /** ISO-8601 UTC. */
  at: string;
  categoryId: string;
  language: string;
  /** The answer the kudos or acceptance is about, or null. */
  answerId: string | null;
}

/** The ledger and the badges: state of their own, since neither can be derived back from the posts. */
export interface RecognitionState {
  ledger: Map<string, LedgerEntry>;
  /** Badges by user, oldest first. */
  badges: Map<string, EarnedBadge[]>;
}

export function voteKey(target: PostType, postId: string, voterId: string): string {
  return `vote:${target}:${postId}:${voterId}`;
}

const acceptKey = (answerId: string) => `accept:${answerId}`;
const askKey = (questionId: string) => `ask:${questionId}`;
const utcDay = (time: string) => time.slice(0, 10);

export class Recognition {
  readonly state: RecognitionState;
  /** Sum of points by user, and of kudos points by user and UTC day (`u-1 2026-12-02`), kept with the ledger. */
  private readonly totals = new Map<string, number>();
  private readonly kudosByDay = new Map<string, number>();

  constructor(
    readonly rules: RecognitionRules,
    state: RecognitionState = { ledger: new Map(), badges: new Map() },
  ) {
    this.state = state;
    for (const entry of state.ledger.values()) this.count(entry, 1);
  }

  /** The ledger of `data` as if its votes, acceptances and questions had happened in time order, with badges. */
  static replay(rules: RecognitionRules, data: CommunityData): Recognition {
    const recognition = new Recognition(rules);
    const events: { at: string; key: string; apply: () => void }[] = [];
    // A deleted post earns nothing: its kudos, acceptance and asking were taken back when it was deleted.
    for (const question of data.questions.values()) {
      if (question.state !== 'deleted') {
        events.push({ at: question.createdAt, key: askKey(question.id), apply: () => recognition.asked(question) });
      }
      const accepted = question.acceptedAnswerId === null ? undefined : data.answers.get(question.acceptedAnswerId);
      if (accepted !== undefined && accepted.state !== 'deleted') {
        const at = question.acceptedAt ?? accepted.createdAt;
        events.push({ at, key: acceptKey(accepted.id), apply: () => recognition.accepted(accepted, question, at) });
      }
    }
    for (const voters of data.votes.values()) {
      for (const vote of voters.values()) {
        const post = vote.target === 'question' ? data.questions.get(vote.targetId) : data.answers.get(vote.targetId);
        if (post === undefined || post.state === 'deleted') continue;
        // A seeded kudos without a time counts at its post's time.
        const at = vote.createdAt ?? post.createdAt;
        events.push({
          at,
          key: voteKey(vote.target, vote.targetId, vote.userId),
          apply: () => recognition.kudosGiven(data, vote.target, vote.targetId, vote.userId, at),
        });
      }
    }
    events.sort((a, b) => compareIds(a.at, b.at) || compareIds(a.key, b.key));
    for (const event of events) event.apply();
    for (const userId of data.users.keys()) recognition.awardHistoric(data, userId);
    for (const idea of data.ideas.values()) {
      const authorId = data.questions.get(idea.questionId)?.authorId;
      const first = idea.wins[0];
      if (authorId !== undefined && first !== undefined) recognition.grant(authorId, IDEA_WINNER_BADGE, first.awardedAt);
    }
    return recognition;
  }

  /** Reputation: the member's base plus the ledger, never below zero. */
  reputationOf(userId: string, base: number): number {
    return Math.max(0, base + (this.totals.get(userId) ?? 0));
  }

  badgesOf(userId: string): EarnedBadge[] {
    return (this.state.badges.get(userId) ?? []).map((badge) => ({ ...badge }));
  }

  /** A kudos on a post: an entry for its author, its points cut by what the cap leaves them that UTC day. */
  kudosGiven(data: CommunityData, target: PostType, postId: string, voterId: string, at: string): void {
    const key = voteKey(target, postId, voterId);
    if (this.state.ledger.has(key)) return;
    const { post, question } = postAndQuestion(data, target, postId);
    const full = target === 'answer' ? this.rules.reputation.answerKudos : this.rules.reputation.questionKudos;
    const cap = this.rules.reputation.dailyKudosCap;
    const earned = this.kudosByDay.get(`${post.authorId} ${utcDay(at)}`) ?? 0;
    const points = cap === null ? full : Math.min(full, Math.max(0, cap - earned));
    this.add({
      userId: post.authorId,
      sourceKey: key,
      points,
      reason: target === 'answer' ? 'answer-kudos' : 'question-kudos',
      at,
      categoryId: question.categoryId,
      language: post.language,
      answerId: target === 'answer' ? postId : null,
    });
  }

  kudosWithdrawn(target: PostType, postId: string, voterId: string): void {
    this.remove(voteKey(target, postId, voterId));
  }

  accepted(answer: StoredAnswer, question: StoredQuestion, at: string): void {
    if (this.state.ledger.has(acceptKey(answer.id))) return;
    this.add({
      userId: answer.authorId,
      sourceKey: acceptKey(answer.id),
      points: this.rules.reputation.acceptedAnswer,
      reason: 'accepted',
      at,
      categoryId: question.categoryId,
      language: answer.language,
      answerId: answer.id,
    });
  }

  unaccepted(answerId: string): void {
    this.remove(acceptKey(answerId));
  }

  asked(question: StoredQuestion): void {
    const points = this.rules.reputation.questionAsked;
    if (points <= 0 || this.state.ledger.has(askKey(question.id))) return;
    this.add({
      userId: question.authorId,
      sourceKey: askKey(question.id),
      points,
      reason: 'question-asked',
      at: question.createdAt,
      categoryId: question.categoryId,
      language: question.language,
      answerId: null,
    });
  }

  /** Takes back what asking a question earned (the question was deleted). */
  unasked(questionId: string): void {
    this.remove(askKey(questionId));
  }

  /** Awards, dated `at`, the badges `userId` has just earned; earned badges are kept whatever happens later. */
  award(data: CommunityData, userId: string, at: string): EarnedBadge[] {
    const held = this.state.badges.get(userId) ?? [];
    const fresh = badgesEarned(figuresOf(data, userId).figures, this.rules.badges)
      .filter((badge) => !held.some((earned) => earned.id === badge.id))
      .map((badge) => ({ id: badge.id, awardedAt: at }));
    if (fresh.length > 0) this.state.badges.set(userId, [...held, ...fresh]);
    return fresh;
  }

  /** Awards a badge no figure earns (an idea's win), once: false when the member holds it already. */
  grant(userId: string, badgeId: string, at: string): boolean {
    const held = this.state.badges.get(userId) ?? [];
    if (held.some((badge) => badge.id === badgeId)) return false;
    this.state.badges.set(userId, [...held, { id: badgeId, awardedAt: at }]);
    return true;
  }

  /** Awards a seeded community's badges, each dated when its figure reached the threshold. */
  private awardHistoric(data: CommunityData, userId: string): void {
    const { figures, timelines } = figuresOf(data, userId);
    const held = this.state.badges.get(userId) ?? [];
    const fresh = badgesEarned(figures, this.rules.badges)
      .filter((badge) => !held.some((earned) => earned.id === badge.id))
      .map((badge) => ({ id: badge.id, awardedAt: timelines[badge.metric][badge.threshold - 1] }))
      .sort((a, b) => compareIds(a.awardedAt, b.awardedAt));
    if (fresh.length > 0) this.state.badges.set(userId, [...held, ...fresh]);
  }

  /** The leaderboard at `now`: entries of the period, filtered, grouped by member or answer, ordered stably. */
  leaderboard(data: CommunityData, query: LeaderboardQuery, now: Date, toUser: (id: string) => User): Leaderboard {
    const resolved = readLeaderboardQuery(query);
    const since = periodStart(resolved.period, now, resolved.timeZone);
    const sinceIso = since?.toISOString() ?? '';
    const language = resolved.language === undefined ? null : primaryLanguage(resolved.language);
    const entries = [...this.state.ledger.values()].filter(
      (entry) =>
        entry.at >= sinceIso &&
        (resolved.categoryId === undefined || entry.categoryId === resolved.categoryId) &&
        (language === null || primaryLanguage(entry.language) === language),
    );
    const place = (userId: string, value: number, answer: LeaderboardEntry['answer'], index: number): LeaderboardEntry => ({
      position: index + 1,
      value,
      user: toUser(userId),
      badges: this.badgesOf(userId),
      answer,
    });
    const board = { mode: resolved.mode, period: resolved.period, metric: resolved.metric, since: since?.toISOString() ?? null };
    if (resolved.mode === 'answers') {
      const kudos = new Map<string, number>();
      for (const entry of entries) {
        if (entry.answerId === null) continue;
        kudos.set(entry.answerId, (kudos.get(entry.answerId) ?? 0) + (entry.reason === 'answer-kudos' ? 1 : 0));
      }
      const ranked = [...kudos.entries()]
        .map(([id, value]) => {
          const answer = data.answers.get(id);
          const question = answer === undefined ? undefined : data.questions.get(answer.questionId);
          return answer === undefined || question === undefined ? null : { answer, question, value };
        })
        .filter((item) => item !== null)
        .map((item) => ({ ...item, accepted: item.question.acceptedAnswerId === item.answer.id }))
        .sort(
          (a, b) => b.value - a.value || Number(b.accepted) - Number(a.accepted) || compareIds(a.answer.id, b.answer.id),
        )
        .slice(0, resolved.limit);
      return {
        ...board,
        entries: ranked.map(({ answer, question, value, accepted }, index) =>
          place(
            answer.authorId,
            value,
            {
              id: answer.id,
              questionId: question.id,
              questionTitle: question.title,
              accepted,
              language: answer.language,
              voteCount: data.votes.get(postKey('answer', answer.id))?.size ?? 0,
            },
            index,
          ),
        ),
      };
    }
    const measure: (entry: LedgerEntry) => number =
      resolved.metric === 'reputation'
        ? (entry) => entry.points
        : resolved.metric === 'solutions'
          ? (entry) => (entry.reason === 'accepted' ? 1 : 0)
          : (entry) => (entry.reason === 'answer-kudos' || entry.reason === 'question-kudos' ? 1 : 0);
    const values = new Map<string, number>();
    for (const entry of entries) values.set(entry.userId, (values.get(entry.userId) ?? 0) + measure(entry));
    const ranked = [...values.entries()]
      .filter(([userId, value]) => value > 0 && data.users.has(userId))
      .sort(([idA, a], [idB, b]) => b - a || compareIds(idA, idB))
      .slice(0, resolved.limit);
    return { ...board, entries: ranked.map(([userId, value], index) => place(userId, value, null, index)) };
  }

  private add(entry: LedgerEntry): void {
    this.state.ledger.set(entry.sourceKey, entry);
    this.count(entry, 1);
  }

  private remove(key: string): void {
    const entry = this.state.ledger.get(key);
    if (entry === undefined) return;
    this.state.ledger.delete(key);
    this.count(entry, -1);
  }

  private count(entry: LedgerEntry, sign: 1 | -1): void {
    this.totals.set(entry.userId, (this.totals.get(entry.userId) ?? 0) + sign * entry.points);
    if (entry.reason === 'answer-kudos' || entry.reason === 'question-kudos') {
      const day = `${entry.userId} ${utcDay(entry.at)}`;
      this.kudosByDay.set(day, (this.kudosByDay.get(day) ?? 0) + sign * entry.points);
    }
  }
}

function postAndQuestion(
  data: CommunityData,
  target: PostType,
  postId: string,
): { post: StoredQuestion | StoredAnswer; question: StoredQuestion } {
  if (target === 'question') {
    const question = data.questions.get(postId);
    if (question === undefined) throw new Error(`No question "${postId}"`);
    return { post: question, question };
  }
  const answer = data.answers.get(postId);
  const question = answer === undefined ? undefined : data.questions.get(answer.questionId);
  if (answer === undefined || question === undefined) throw new Error(`No answer "${postId}"`);
  return { post: answer, question };
}

/**
 * A member's badge figures, and for each metric the sorted times its figure grew (the n-th time is when it
 * reached n), from the posts and kudos as they are now.
 */
export function figuresOf(data: CommunityData, userId: string): { figures: BadgeFigures; timelines: Record<keyof BadgeFigures, string[]> } {
  const timelines: Record<keyof BadgeFigures, string[]> = {
    questions: [],
    answers: [],
    solutions: [],
    kudosReceived: [],
    helpfulLanguages: [],
  };
  const kudosTimes = (target: PostType, post: StoredQuestion | StoredAnswer) =>
    [...(data.votes.get(postKey(target, post.id))?.values() ?? [])].map((vote) => vote.createdAt ?? post.createdAt);
  const helpfulSince = new Map<string, string>();
  for (const question of data.questions.values()) {
    if (question.authorId !== userId) continue;
    timelines.questions.push(question.createdAt);
    timelines.kudosReceived.push(...kudosTimes('question', question));
  }
  for (const answer of data.answers.values()) {
    if (answer.authorId !== userId) continue;
    timelines.answers.push(answer.createdAt);
    const kudos = kudosTimes('answer', answer);
    timelines.kudosReceived.push(...kudos);
    const question = data.questions.get(answer.questionId);
    const accepted = question?.acceptedAnswerId === answer.id;
    if (accepted) timelines.solutions.push(question.acceptedAt ?? answer.createdAt);
    const helpful = [...kudos, ...(accepted ? [question.acceptedAt ?? answer.createdAt] : [])].sort()[0];
    if (helpful !== undefined) {
      const language = primaryLanguage(answer.language);
      const known = helpfulSince.get(language);
      if (known === undefined || helpful < known) helpfulSince.set(language, helpful);
    }
  }
  timelines.helpfulLanguages.push(...helpfulSince.values());
  for (const times of Object.values(timelines)) times.sort();
  const figures = Object.fromEntries(Object.entries(timelines).map(([metric, times]) => [metric, times.length])) as BadgeFigures;
  return { figures, timelines };
}
