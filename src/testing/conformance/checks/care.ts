/**
 * Customer care (optional capability `careStats`, `src/core/contract/care.ts`): the typical reply time of staff and
 * experts, the median time from a question to its first answer by one of them, over the questions of the last 30
 * days. Skipped when the adapter lacks the capability; the figures need the suite's clock.
 */
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
];
