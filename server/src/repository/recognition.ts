import { periodStart, readLeaderboardQuery } from '#majlis/core/recognition.js';
import type { ResolvedLeaderboardQuery } from '#majlis/core/recognition.js';
import type { EarnedBadge, Leaderboard, LeaderboardEntry, LeaderboardMetric, LeaderboardQuery, RecognitionRules } from '#majlis/core/types.js';
import type { Queryable } from '../db/database.js';
import { Params, iso, userJson } from './sql.js';
import { userOf } from './views.js';

/*
 * Recognition on the server. The ledger (reputation_events) is written by the triggers of migration
 * 004_recognition.sql in the transaction of each vote, accept and question; this module writes the configured
 * rules the triggers read, awards badges in the same transactions, and reads the leaderboard.
 */

type UserJson = Parameters<typeof userOf>[0];

/** Makes the triggers apply `rules` from now on (what was earned before keeps its points). */
export async function applyRecognitionRules(db: Queryable, rules: RecognitionRules): Promise<void> {
  const { answerKudos, questionKudos, acceptedAnswer, questionAsked, dailyKudosCap } = rules.reputation;
  const badges = rules.badges.map(({ id, metric, threshold }) => ({ id, metric, threshold }));
  await db.query(
    `UPDATE recognition_settings SET answer_kudos = $1, question_kudos = $2, accepted_answer = $3, question_asked = $4,
       daily_kudos_cap = $5, badges = $6::jsonb`,
    [answerKudos, questionKudos, acceptedAnswer, questionAsked, dailyKudosCap, JSON.stringify(badges)],
  );
}

/** Awards, dated `at`, the badges the members `userIds` have just earned (in the caller's transaction). */
export async function awardBadges(tx: Queryable, userIds: readonly string[], at: Date): Promise<void> {
  await tx.query('SELECT majlis_award_badges($1::text[], $2)', [[...new Set(userIds)], at]);
}

/** The badges of each member, oldest first; ties in the order of the rules' badges. */
export async function badgesOf(db: Queryable, rules: RecognitionRules, userIds: readonly string[]): Promise<Map<string, EarnedBadge[]>> {
  const rows = await db.query<{ user_id: string; badge_id: string; awarded_at: Date }>(
    'SELECT user_id, badge_id, awarded_at FROM user_badges WHERE user_id = ANY ($1::text[])',
    [[...userIds]],
  );
  const order = new Map(rules.badges.map((badge, index) => [badge.id, index]));
  const rank = (id: string) => order.get(id) ?? rules.badges.length;
  rows.sort(
    (a, b) => a.awarded_at.getTime() - b.awarded_at.getTime() || rank(a.badge_id) - rank(b.badge_id) || (a.badge_id < b.badge_id ? -1 : 1),
  );
  const badges = new Map<string, EarnedBadge[]>(userIds.map((id) => [id, []]));
  for (const row of rows) badges.get(row.user_id)?.push({ id: row.badge_id, awardedAt: iso(row.awarded_at) });
  return badges;
}

const MEASURES: Record<LeaderboardMetric, string> = {
  reputation: 'sum(e.points)',
  solutions: "count(*) FILTER (WHERE e.kind = 'accept')",
  kudos: "count(*) FILTER (WHERE e.kind = 'kudos')",
};

/** The conditions on `reputation_events e` of a query's period and filters. */
function conditions(query: ResolvedLeaderboardQuery, since: Date | null, params: Params): string {
  const where = ['true'];
  if (since !== null) where.push(`e.at >= ${params.add(since)}`);
  if (query.categoryId !== undefined) where.push(`e.category_id = ${params.add(query.categoryId)}`);
  if (query.language !== undefined) where.push(`e.language = ${params.add(query.language.split('-')[0].toLowerCase())}`);
  return where.join(' AND ');
}

/** The leaderboard at `now`, as `src/adapters/memory/recognition.ts` computes it. */
export async function leaderboard(db: Queryable, rules: RecognitionRules, query: LeaderboardQuery, now: Date): Promise<Leaderboard> {
  const resolved = readLeaderboardQuery(query);
  const since = periodStart(resolved.period, now, resolved.timeZone);
  const params = new Params();
  const where = conditions(resolved, since, params);
  const limit = params.add(resolved.limit);
  const board = { mode: resolved.mode, period: resolved.period, metric: resolved.metric, since: since === null ? null : iso(since) };
  if (resolved.mode === 'answers') {
    const rows = await db.query<{
      answer_id: string;
      value: number;
      accepted: boolean;
      question_id: string;
      question_title: string;
      language: string;
      vote_count: number;
      user: UserJson;
    }>(
      `SELECT t.answer_id, t.value, a.accepted, a.question_id, q.title AS question_title, a.language, a.vote_count,
         ${userJson('u')} AS user
       FROM (SELECT e.answer_id, (count(*) FILTER (WHERE e.kind = 'kudos'))::int AS value
               FROM reputation_events e WHERE e.answer_id IS NOT NULL AND ${where} GROUP BY e.answer_id) t
       JOIN answers a ON a.id = t.answer_id JOIN questions q ON q.id = a.question_id JOIN users u ON u.id = a.author_id
       ORDER BY t.value DESC, a.accepted DESC, t.answer_id LIMIT ${limit}`,
      params.values,
    );
    const badges = await badgesOf(db, rules, rows.map((row) => row.user.id));
    return {
      ...board,
      entries: rows.map((row, index): LeaderboardEntry => ({
        position: index + 1,
        value: row.value,
        user: userOf(row.user),
        badges: badges.get(row.user.id) ?? [],
        answer: {
          id: row.answer_id,
          questionId: row.question_id,
          questionTitle: row.question_title,
          accepted: row.accepted,
          language: row.language,
          voteCount: row.vote_count,
        },
      })),
    };
  }
  const measure = MEASURES[resolved.metric];
  const rows = await db.query<{ value: number; user: UserJson }>(
    `SELECT t.value, ${userJson('u')} AS user
     FROM (SELECT e.user_id, (${measure})::int AS value FROM reputation_events e WHERE ${where}
             GROUP BY e.user_id HAVING ${measure} > 0) t
     JOIN users u ON u.id = t.user_id
     ORDER BY t.value DESC, t.user_id LIMIT ${limit}`,
    params.values,
  );
  const badges = await badgesOf(db, rules, rows.map((row) => row.user.id));
  return {
    ...board,
    entries: rows.map((row, index) => ({
      position: index + 1,
      value: row.value,
      user: userOf(row.user),
      badges: badges.get(row.user.id) ?? [],
      answer: null,
    })),
  };
}
