/**
 * Recognition (optional capabilities `recognition` and `leaderboard`): reputation moves by exactly the configured
 * points and back, badges are awarded once with a date, the leaderboard's metrics, filters, ties, limit and
 * periods. Each check is skipped (passes without asserting) when the adapter lacks the capability it needs.
 */
import { supports } from '../../../core/adapter.js';
import { validateRules } from '../../../core/recognition.js';
import { leaderboardShape, recognitionRulesShape } from '../../../core/shapes.js';
import type { LeaderboardQuery, RecognitionRules } from '../../../core/types.js';
import { ensure, expectEqual, expectInvalid, expectShape, show } from '../assertions.js';
import { validAnswer } from '../helpers.js';
import type { Adapter } from '../helpers.js';
import type { ConformanceCheck, ConformanceContext } from '../types.js';

/** The adapter's rules, or null when it lacks the `recognition` capability (the check is then skipped). */
async function rulesOf(adapter: Adapter): Promise<RecognitionRules | null> {
  if (!supports(adapter, 'recognition') || adapter.getRecognitionRules === undefined) return null;
  return adapter.getRecognitionRules();
}

/** Points one kudos earns on a fresh day, given the daily cap. */
function kudosPoints(rules: RecognitionRules, target: 'question' | 'answer'): number {
  const full = target === 'answer' ? rules.reputation.answerKudos : rules.reputation.questionKudos;
  const cap = rules.reputation.dailyKudosCap;
  return cap === null ? full : Math.min(full, cap);
}

const reputationOf = async (adapter: Adapter, userId: string) => (await adapter.getUser(userId)).reputation;

async function board(adapter: Adapter, query: LeaderboardQuery) {
  const result = await adapter.leaderboard!(query);
  expectShape(result, leaderboardShape, `leaderboard(${show(query)})`);
  return result;
}

/** `[user id, value]` of each entry, for readable comparisons. */
async function standings(adapter: Adapter, query: LeaderboardQuery): Promise<[string, number][]> {
  return (await board(adapter, query)).entries.map((entry) => [entry.user.id, entry.value]);
}

/** An adapter with the leaderboard and the rules, or null (skip). */
async function leaderboardAdapter(
  ctx: ConformanceContext,
  viewerId: string | null,
  now?: () => Date,
): Promise<{ adapter: Adapter; rules: RecognitionRules } | null> {
  const adapter = await ctx.adapter(viewerId, now === undefined ? {} : { now });
  const rules = await rulesOf(adapter);
  if (rules === null || !supports(adapter, 'leaderboard')) return null;
  return { adapter, rules };
}

export const recognitionChecks: readonly ConformanceCheck[] = [
  {
    rule: 'getRecognitionRules returns well-formed, valid rules',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const rules = await rulesOf(adapter);
      if (rules === null) return;
      expectShape(rules, recognitionRulesShape, 'getRecognitionRules()');
      try {
        validateRules(rules);
      } catch (error) {
        ensure(false, `expected getRecognitionRules() to pass validateRules, got ${(error as Error).message}`);
      }
    },
  },
  {
    rule: 'vote, unvote, accept and unaccept move reputation by exactly the configured points',
    async run(ctx) {
      const voter = await ctx.adapter('other');
      const rules = await rulesOf(voter);
      if (rules === null) return;
      const start = await reputationOf(voter, 'expert');
      await voter.vote({ target: 'question', id: 'q-esim', voted: true });
      expectEqual(await reputationOf(voter, 'expert'), start + kudosPoints(rules, 'question'), "the expert's reputation", 'after kudos on their question');
      await voter.vote({ target: 'question', id: 'q-esim', voted: false });
      expectEqual(await reputationOf(voter, 'expert'), start, "the expert's reputation", 'after those kudos were taken back');
      await voter.vote({ target: 'answer', id: 'a-ar-expert', voted: true });
      expectEqual(await reputationOf(voter, 'expert'), start + kudosPoints(rules, 'answer'), "the expert's reputation", 'after kudos on their answer');
      await voter.vote({ target: 'answer', id: 'a-ar-expert', voted: false });
      expectEqual(await reputationOf(voter, 'expert'), start, "the expert's reputation", 'after the answer kudos were taken back');
      const asker = await ctx.adapter('asker');
      const before = await reputationOf(asker, 'expert');
      await asker.acceptAnswer({ answerId: 'a-open-expert', accepted: true });
      expectEqual(await reputationOf(asker, 'expert'), before + rules.reputation.acceptedAnswer, "the expert's reputation", 'after an accept');
      await asker.acceptAnswer({ answerId: 'a-open-expert', accepted: false });
      expectEqual(await reputationOf(asker, 'expert'), before, "the expert's reputation", 'after the accept was withdrawn');
      // Accepting another answer takes the points from the one that loses its mark.
      const staffBefore = await reputationOf(asker, 'staff');
      const otherBefore = await reputationOf(asker, 'other');
      await asker.acceptAnswer({ answerId: 'a-solved-other', accepted: true });
      expectEqual(await reputationOf(asker, 'staff'), staffBefore - rules.reputation.acceptedAnswer, "staff's reputation", 'after their accepted answer was replaced');
      expectEqual(await reputationOf(asker, 'other'), otherBefore + rules.reputation.acceptedAnswer, "other's reputation", 'after their answer was accepted instead');
    },
  },
  {
    rule: 'toggling one kudos 50 times in parallel leaves reputation where one toggle would',
    async run(ctx) {
      const voter = await ctx.adapter('asker');
      const rules = await rulesOf(voter);
      if (rules === null) return;
      const points = kudosPoints(rules, 'answer');
      const start = await reputationOf(voter, 'member');
      const given = await Promise.allSettled(Array.from({ length: 50 }, () => voter.vote({ target: 'answer', id: 'a-open-member', voted: true })));
      ensure(given.some((outcome) => outcome.status === 'fulfilled'), 'expected at least one of 50 parallel votes to succeed');
      const once = await voter.getAnswer('a-open-member');
      expectEqual([once.voteCount, once.viewerHasVoted], [2, true], '[voteCount, viewerHasVoted] of a-open-member', 'after 50 parallel votes');
      expectEqual(await reputationOf(voter, 'member'), start + points, "member's reputation", 'after 50 parallel votes');
      await Promise.allSettled(
        Array.from({ length: 50 }, (_, index) => voter.vote({ target: 'answer', id: 'a-open-member', voted: index % 2 === 1 })),
      );
      const settled = await voter.getAnswer('a-open-member');
      const expected = start + (settled.viewerHasVoted ? points : 0);
      expectEqual(settled.voteCount, settled.viewerHasVoted ? 2 : 1, 'voteCount of a-open-member', 'after 50 parallel toggles');
      expectEqual(await reputationOf(voter, 'member'), expected, "member's reputation", 'after 50 parallel toggles (it must match the final kudos)');
    },
  },
  {
    rule: 'reputation goes back to the base, never below zero, when everything that earned it is withdrawn',
    async run(ctx) {
      // `member` (base 0) earned points from kudos by asker and other, and from the moderator's accept.
      let adapter = await ctx.adapter('other');
      if ((await rulesOf(adapter)) === null) return;
      const withdraw = async (viewerId: string, action: (adapter: Adapter) => Promise<unknown>) => {
        const next = await ctx.viewAs(adapter, viewerId);
        if (next === null) return false;
        adapter = next;
        await action(adapter);
        return true;
      };
      const steps: [string, (adapter: Adapter) => Promise<unknown>][] = [
        ['other', (a) => a.vote({ target: 'answer', id: 'a-open-member', voted: false })],
        ['other', (a) => a.vote({ target: 'answer', id: 'a-nl-wifi-member', voted: false })],
        ['other', (a) => a.vote({ target: 'question', id: 'q-locked', voted: false }).catch(() => undefined)],
        ['asker', (a) => a.vote({ target: 'question', id: 'q-locked', voted: false }).catch(() => undefined)],
        ['moderator', (a) => a.acceptAnswer({ answerId: 'a-nl-wifi-member', accepted: false })],
      ];
      for (const [viewerId, action] of steps) if (!(await withdraw(viewerId, action))) return;
      const profile = await adapter.getUser('member');
      if (profile.stats.kudosReceived !== 0) return; // a locked question's kudos may be frozen: nothing to conclude
      expectEqual(profile.reputation, 0, "member's reputation", 'after every kudos and accept they earned was withdrawn');
      ensure(profile.reputation >= 0, 'expected reputation never to go below zero');
    },
  },
  {
    rule: 'badges are awarded once, with a date, and kept when what earned them is undone',
    async run(ctx) {
      const asker = await ctx.adapter('asker');
      const rules = await rulesOf(asker);
      if (rules === null) return;
      const firstAnswer = rules.badges.find((badge) => badge.metric === 'answers' && badge.threshold === 1);
      const firstSolution = rules.badges.find((badge) => badge.metric === 'solutions' && badge.threshold === 1);
      const before = new Date(Date.now() - 1000).toISOString();
      if (firstAnswer !== undefined) {
        expectEqual((await asker.getUser('asker')).badges?.some((badge) => badge.id === firstAnswer.id), false, `asker holds "${firstAnswer.id}"`, 'before answering');
        await asker.postAnswer({ ...validAnswer, questionId: 'q-esim' });
        const earned = (await asker.getUser('asker')).badges?.filter((badge) => badge.id === firstAnswer.id) ?? [];
        expectEqual(earned.length, 1, `how many "${firstAnswer.id}" badges asker holds`, 'after a first answer');
        ensure(!Number.isNaN(Date.parse(earned[0].awardedAt)), `expected awardedAt to be a time, got ${show(earned[0].awardedAt)}`);
        await asker.postAnswer({ ...validAnswer, questionId: 'q-ar' });
        const again = (await asker.getUser('asker')).badges?.filter((badge) => badge.id === firstAnswer.id) ?? [];
        expectEqual(again, earned, `asker's "${firstAnswer.id}" badges`, 'after a second answer (awarded once)');
      }
      if (firstSolution !== undefined) {
        expectEqual((await asker.getUser('other')).badges?.some((badge) => badge.id === firstSolution.id), false, `other holds "${firstSolution.id}"`, 'before a solution');
        await asker.acceptAnswer({ answerId: 'a-solved-other', accepted: true });
        const earned = (await asker.getUser('other')).badges?.filter((badge) => badge.id === firstSolution.id) ?? [];
        expectEqual(earned.length, 1, `how many "${firstSolution.id}" badges other holds`, 'after their answer was accepted');
        ensure(Date.parse(earned[0].awardedAt) >= Date.parse(before), `expected "${firstSolution.id}" to be dated now, got ${earned[0].awardedAt}`);
        await asker.acceptAnswer({ answerId: 'a-solved-other', accepted: false });
        const kept = (await asker.getUser('other')).badges?.filter((badge) => badge.id === firstSolution.id) ?? [];
        expectEqual(kept, earned, `other's "${firstSolution.id}" badges`, 'after the accept was withdrawn (kept)');
      }
    },
  },
  {
    rule: 'leaderboard ranks members by reputation, solutions and kudos, ties by id, within limit',
    async run(ctx) {
      const found = await leaderboardAdapter(ctx, null);
      if (found === null) return;
      const { adapter, rules } = found;
      const { questionKudos: q, answerKudos: a, acceptedAnswer: s, dailyKudosCap: cap } = rules.reputation;
      if (cap !== null && cap < 4 * Math.max(q, a) + s) return; // the seed's points would be capped: skip
      const all = { period: 'all' } as const;
      const members = await board(adapter, all);
      expectEqual([members.mode, members.period, members.metric, members.since], ['members', 'all', 'reputation', null], '[mode, period, metric, since]', 'of leaderboard({ period: "all" })');
      const byReputation = (
        [
          ['staff', 4 * a + s],
          ['expert', 2 * q + 4 * a],
          ['member', 2 * q + 2 * a + s],
          ['asker', 5 * q],
          ['other', q + a],
        ] as [string, number][]
      )
        .filter(([, value]) => value > 0)
        .sort(([idA, x], [idB, y]) => y - x || (idA < idB ? -1 : 1));
      expectEqual(members.entries.map((entry) => [entry.user.id, entry.value]), byReputation, '[user, value] of the all-time reputation board');
      expectEqual(members.entries.map((entry) => entry.position), byReputation.map((_, index) => index + 1), 'positions');
      ensure(members.entries.every((entry) => entry.answer === null && Array.isArray(entry.badges)), 'expected members entries to have answer: null and badges');
      expectEqual(await standings(adapter, { ...all, metric: 'solutions' }), [['member', 1], ['staff', 1]], 'the all-time solutions board (ties by id)');
      expectEqual(
        await standings(adapter, { ...all, metric: 'kudos' }),
        [['expert', 6], ['asker', 5], ['member', 4], ['staff', 4], ['other', 2]],
        'the all-time kudos board',
      );
      expectEqual(await standings(adapter, { ...all, metric: 'kudos', limit: 2 }), [['expert', 6], ['asker', 5]], 'the kudos board with limit 2');
      expectEqual((await board(adapter, { period: 'all', limit: 1 })).entries.length, 1, 'entries', 'with limit 1');
    },
  },
  {
    rule: 'leaderboard filters by category and by primary language',
    async run(ctx) {
      const found = await leaderboardAdapter(ctx, null);
      if (found === null) return;
      const { adapter } = found;
      const kudos = { period: 'all', metric: 'kudos' } as const;
      expectEqual(
        await standings(adapter, { ...kudos, categoryId: 'network' }),
        [['expert', 5], ['member', 4], ['asker', 3], ['staff', 3]],
        'the kudos board of category "network"',
      );
      expectEqual(await standings(adapter, { ...kudos, language: 'nl' }), [['member', 1], ['other', 1]], 'the kudos board in "nl" (matching nl-BE)');
      expectEqual(await standings(adapter, { ...kudos, language: 'ar' }), [['asker', 1], ['expert', 1]], 'the kudos board in "ar"');
      expectEqual(await standings(adapter, { ...kudos, categoryId: 'no-such-category' }), [], 'the board of an unknown category');
    },
  },
  {
    rule: 'leaderboard of answers ranks by kudos, accepted first on ties, then by id',
    async run(ctx) {
      const found = await leaderboardAdapter(ctx, null);
      if (found === null) return;
      const result = await board(found.adapter, { mode: 'answers', period: 'all' });
      expectEqual([result.mode, result.metric], ['answers', 'kudos'], '[mode, metric] of the answers board');
      expectEqual(
        result.entries.map((entry) => [entry.answer?.id, entry.value, entry.answer?.accepted]),
        [
          ['a-open-expert', 3, false],
          ['a-open-staff', 2, false],
          ['a-nl-wifi-member', 1, true],
          ['a-solved-staff', 1, true],
          ['a-ar-expert', 1, false],
          ['a-locked-staff', 1, false],
          ['a-open-member', 1, false],
          ['a-solved-other', 1, false],
        ],
        '[answer, value, accepted] of the all-time answers board',
      );
      const [top] = result.entries;
      expectEqual(
        [top.user.id, top.answer?.questionId, top.answer?.questionTitle, top.answer?.language, top.answer?.voteCount],
        ['expert', 'q-open', 'No 4G indoors since the mast upgrade in Mechelen', 'en', 3],
        "the top answer's author and details",
      );
      expectEqual((await board(found.adapter, { mode: 'answers', period: 'all', language: 'ar' })).entries.map((entry) => entry.answer?.id), ['a-ar-expert'], 'the answers board in "ar"');
    },
  },
  {
    rule: 'leaderboard periods cut at the start of the week and month in the time zone',
    async run(ctx) {
      let time = '2026-11-29T23:59:59.000Z'; // Sunday in UTC; already Monday 00:59:59 in Brussels
      const now = () => new Date(time);
      const found = await leaderboardAdapter(ctx, 'other', now);
      // Skipped without the capability, or when the adapter cannot be given a clock (it is still created, so a
      // backend that cannot be reached fails here as in every other check).
      if (found === null || !ctx.clock) return;
      const { rules } = found;
      let adapter = found.adapter;
      await adapter.vote({ target: 'answer', id: 'a-ar-expert', voted: true });
      time = '2026-11-30T00:00:00.000Z'; // Monday 00:00 UTC
      const staff = await ctx.viewAs(adapter, 'staff');
      if (staff === null) return;
      adapter = staff;
      await adapter.vote({ target: 'answer', id: 'a-open-member', voted: true });
      time = '2026-12-02T12:00:00.000Z';
      const points = kudosPoints(rules, 'answer');
      const week = await board(adapter, { period: 'week' });
      expectEqual(week.since, '2026-11-30T00:00:00.000Z', 'since', 'of this week in UTC');
      expectEqual(week.entries.map((entry) => [entry.user.id, entry.value]), [['member', points]], 'this week in UTC');
      const brussels = await board(adapter, { period: 'week', timeZone: 'Europe/Brussels' });
      expectEqual(brussels.since, '2026-11-29T23:00:00.000Z', 'since', 'of this week in Europe/Brussels');
      expectEqual(brussels.entries.map((entry) => [entry.user.id, entry.value]), [['expert', points], ['member', points]], 'this week in Europe/Brussels (ties by id)');
      expectEqual(await standings(adapter, { period: 'month' }), [], 'this month (December) in UTC');
      const riyadh = await board(adapter, { period: 'month', timeZone: 'Asia/Riyadh', metric: 'kudos' });
      expectEqual(riyadh.since, '2026-11-30T21:00:00.000Z', 'since', 'of this month in Asia/Riyadh');
      time = '2026-11-30T12:00:00.000Z';
      expectEqual(await standings(adapter, { period: 'month', metric: 'kudos' }), [['expert', 1], ['member', 1]], 'November in UTC');
      expectEqual(await standings(adapter, { period: 'month', timeZone: 'America/Los_Angeles', metric: 'kudos' }), [['expert', 1], ['member', 1]], 'November in America/Los_Angeles');
      const answers = await board(adapter, { mode: 'answers', period: 'week' });
      expectEqual(answers.entries.map((entry) => [entry.answer?.id, entry.value]), [['a-open-member', 1]], 'the answers board of this week in UTC');
    },
  },
  {
    rule: 'leaderboard refuses a bad query (invalid, naming the field)',
    async run(ctx) {
      const found = await leaderboardAdapter(ctx, null);
      if (found === null) return;
      const { adapter } = found;
      await expectInvalid(adapter.leaderboard!({ limit: 0 }), 'limit', 'leaderboard({ limit: 0 })');
      await expectInvalid(adapter.leaderboard!({ limit: 51 }), 'limit', 'leaderboard({ limit: 51 })');
      await expectInvalid(adapter.leaderboard!({ period: 'year' as 'week' }), 'period', 'leaderboard({ period: "year" })');
      await expectInvalid(adapter.leaderboard!({ timeZone: 'Mars/Olympus' }), 'timeZone', 'leaderboard({ timeZone: "Mars/Olympus" })');
    },
  },
];
