import { FakeAdapter, deferred } from './fake-adapter.js';
import type { Deferred } from './fake-adapter.js';
import { DEFAULT_RECOGNITION } from '../../src/core/recognition.js';
import type { CallOptions, EarnedBadge, Leaderboard, LeaderboardEntry, LeaderboardQuery, RecognitionRules, User, UserProfile } from '../../src/core/types.js';

export const layla: User = { id: 'u-layla', name: 'Layla (Nuvo Support)', role: 'staff', reputation: 1200, joinedAt: '2021-03-01T00:00:00Z' };
export const sam: User = { id: 'u-sam', name: 'Sam Peeters', role: 'member', reputation: 40, joinedAt: '2024-05-10T00:00:00Z' };
export const linh: User = { id: 'u-linh', name: 'Nguyễn Thị Linh', role: 'expert', reputation: 310, joinedAt: '2023-01-15T00:00:00Z' };
export const omar: User = { id: 'u-omar', name: 'عمر الفاسي', role: 'member', reputation: 95, joinedAt: '2025-02-01T00:00:00Z' };

export const earned = (id: string, awardedAt = '2026-11-20T10:00:00Z'): EarnedBadge => ({ id, awardedAt });

export function member(position: number, user: User, value: number, badges: EarnedBadge[] = []): LeaderboardEntry {
  return { position, value, user, badges, answer: null };
}

/** The members board the fake serves by default: four members of a month, by reputation. */
export function membersBoard(overrides: Partial<Leaderboard> = {}): Leaderboard {
  return {
    mode: 'members',
    period: 'month',
    metric: 'reputation',
    since: '2026-11-01T00:00:00Z',
    entries: [
      member(1, layla, 120, [earned('first-solution'), earned('hundred-kudos')]),
      member(2, linh, 45, [earned('polyglot')]),
      member(3, sam, 15),
      member(4, omar, 5),
    ],
    ...overrides,
  };
}

export function answersBoard(): Leaderboard {
  return {
    mode: 'answers',
    period: 'week',
    metric: 'reputation',
    since: '2026-11-30T00:00:00Z',
    entries: [
      {
        position: 1,
        value: 7,
        user: layla,
        badges: [],
        answer: { id: 'a-1', questionId: 'q-1', questionTitle: 'Mobile data stopped working after roaming in France', accepted: true, language: 'en', voteCount: 9 },
      },
      {
        position: 2,
        value: 7,
        user: linh,
        badges: [],
        answer: { id: 'a-7', questionId: 'q-7', questionTitle: 'eSIM chuyển sang điện thoại mới không có 4G', accepted: false, language: 'vi', voteCount: 7 },
      },
    ],
  };
}

/**
 * The fake adapter with the `leaderboard` and `recognition` capabilities: `board` is what it serves (a
 * function of the query), every query is recorded in `queries` with its signal, `gated` makes each call wait for
 * `open()`, `failBoard` makes the next call fail, and `badges` holds each member's earned badges.
 */
export class RecognitionAdapter extends FakeAdapter {
  board: (query: LeaderboardQuery) => Leaderboard = () => membersBoard();
  queries: { query: LeaderboardQuery; signal: AbortSignal | undefined }[] = [];
  failBoard: Error | null = null;
  gated = false;
  rules: RecognitionRules = structuredClone(DEFAULT_RECOGNITION);
  badges: Record<string, EarnedBadge[]> = {};
  private boardGates: Deferred<void>[] = [];

  /** Lets the oldest waiting leaderboard call answer. */
  open(): void {
    const gate = this.boardGates.shift();
    if (!gate) throw new Error('no leaderboard call is waiting');
    gate.resolve();
  }

  async leaderboard(query: LeaderboardQuery = {}, options?: CallOptions): Promise<Leaderboard> {
    this.queries.push({ query, signal: options?.signal });
    if (this.gated) {
      const gate = deferred<void>();
      this.boardGates.push(gate);
      await gate.promise;
    }
    const failure = this.failBoard;
    this.failBoard = null;
    if (failure) throw failure;
    return structuredClone(this.board(query));
  }

  getRecognitionRules(): Promise<RecognitionRules> {
    this.calls.push({ method: 'getRecognitionRules', args: [] });
    return Promise.resolve(structuredClone(this.rules));
  }

  override async getUser(id: string): Promise<UserProfile> {
    if (this.viewer && id === this.viewer.id) {
      this.calls.push({ method: 'getUser', args: [id] });
      return { ...this.viewer, rank: 7, stats: { questions: 1, answers: 1, acceptedAnswers: 0, kudosReceived: 0 }, badges: this.badges[id] ?? [] };
    }
    const profile = await super.getUser(id);
    return { ...profile, badges: this.badges[id] ?? [] };
  }
}
