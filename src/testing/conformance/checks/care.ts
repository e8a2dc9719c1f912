/**
 * Customer care (optional capability `careStats`, `src/core/contract/care.ts`): the typical reply time of staff and
 * experts, the median time from a question to its first answer by one of them, over the questions of the last 30
 * days. Skipped when the adapter lacks the capability; the figures need the suite's clock.
 */
import { supports } from '../../../core/adapter.js';
import { careStatsShape } from '../../../core/shapes.js';
import { expectEqual, expectShape } from '../assertions.js';
import { community } from '../community.js';
import type { Community } from '../community.js';
import { validAnswer, validQuestion } from '../helpers.js';
import type { ConformanceCheck } from '../types.js';

/** Asks a question as `asker`, then has each `[minutes later, author]` answer it. */
async function askAndAnswer(c: Community, title: string, answers: [number, string][]): Promise<void> {
  const question = await (await c.as('asker')).askQuestion({ ...validQuestion, title, body: `${validQuestion.body} ${title}` });
  for (const [minutes, author] of answers) {
    c.advance(minutes);
    await (await c.as(author)).postAnswer({ ...validAnswer, questionId: question.id, body: `${validAnswer.body} (${author}, ${minutes})` });
  }
}

async function stats(c: Community) {
  const value = await (await c.as(null)).careStats!();
  expectShape(value, careStatsShape, 'careStats()');
  return value;
}

export const careChecks: readonly ConformanceCheck[] = [
  {
    rule: 'careStats: anyone reads the typical reply time; null while no recent question has an answer by staff or an expert',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['careStats'] });
      if (c === null) return;
      const value = await stats(c);
      // The seed's answers are years before the clock (or today): none is in the window.
      expectEqual([value.days, value.answered, value.medianFirstReplySeconds], [30, 0, null], '[days, answered, medianFirstReplySeconds]');
    },
  },
  {
    rule: 'careStats: the median time to the first answer by staff or an expert, over the questions of the last 30 days',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['careStats'], clock: true });
      if (c === null) return;
      await askAndAnswer(c, 'Roaming in Oman does not connect', [[30, 'member'], [30, 'expert'], [5, 'staff']]); // 60 min
      await askAndAnswer(c, 'My eSIM profile will not download', [[120, 'staff']]); // 120 min
      await askAndAnswer(c, 'Voicemail greeting keeps resetting', [[10, 'staff']]); // 10 min
      await askAndAnswer(c, 'Which router is best for fibre?', [[15, 'other']]); // no expert answer: not counted
      let value = await stats(c);
      expectEqual([value.answered, value.medianFirstReplySeconds], [3, 3600], '[answered, medianFirstReplySeconds]', 'for 10, 60 and 120 minutes');
      await askAndAnswer(c, 'Bill shows a charge I do not know', [[240, 'expert']]); // 240 min
      value = await stats(c);
      expectEqual([value.answered, value.medianFirstReplySeconds], [4, 5400], '[answered, medianFirstReplySeconds]', 'for 10, 60, 120 and 240 minutes');
      c.advance(31 * 24 * 60);
      value = await stats(c);
      expectEqual([value.answered, value.medianFirstReplySeconds], [0, null], '[answered, medianFirstReplySeconds]', '31 days later');
    },
  },
  {
    rule: 'careStats: ideas and questions asked for a live session leave the typical reply time (staff answer those when they decide, or at the session)',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['careStats'], clock: true });
      if (c === null) return;
      await askAndAnswer(c, 'Voicemail greeting keeps resetting', [[10, 'staff']]); // 10 min: the one that counts
      // `as` signs in on the one adapter: each step signs in as whom it acts for.
      const reply = async (questionId: string, body: string) =>
        (await c.as('staff')).postAnswer({ ...validAnswer, questionId, body: `${validAnswer.body} ${body}` });
      const adapter = await c.as(null);
      if (supports(adapter, 'ideas')) {
        const idea = await (await c.as('member')).submitIdea!({
          title: 'A data bundle shared by the whole family',
          body: 'One bundle for the four lines of our family, instead of four small ones that run out.',
          categoryId: validQuestion.categoryId,
          language: 'en',
          topic: 'products',
        });
        c.advance(3 * 24 * 60);
        await reply(idea.id, 'We are looking into shared bundles.');
      }
      if (supports(adapter, 'liveSessions')) {
        const at = (hours: number) => new Date(c.now().getTime() + hours * 3_600_000).toISOString();
        const session = await (await c.as('staff')).createLiveSession!({
          title: 'Ask the network team: 5G and coverage',
          hashtag: 'AskNetwork',
          hostIds: ['staff'],
          startsAt: at(48),
          endsAt: at(49),
        });
        const { question } = await (await c.as('member')).askInSession!({
          sessionId: session.id,
          title: 'When does 5G reach the villages near Geel?',
          body: 'My village still has 4G only; is 5G planned this year?',
          language: 'en',
        });
        c.advance(48 * 60 + 10);
        await reply(question.id, 'This summer, for the villages around Geel.');
      }
      const value = await stats(c);
      expectEqual([value.answered, value.medianFirstReplySeconds], [1, 600], '[answered, medianFirstReplySeconds]', 'with an idea and a session question answered days later');
      c.advance(31 * 24 * 60); // past the window, as the check before, for a backend that keeps its data
    },
  },
];
