import { CARE_ROLES, CARE_STATS_DAYS, medianSeconds } from '../../core/care-names.js';
import type { CareStats } from '../../core/types.js';
import type { CommunityData } from './model.js';

const DAY = 86_400_000;

/** The first published answer by staff or an expert to each question, by question id (its time in milliseconds). */
export function firstExpertAnswers(data: CommunityData): Map<string, number> {
  const first = new Map<string, number>();
  for (const answer of data.answers.values()) {
    if (answer.state !== 'published') continue;
    const role = data.users.get(answer.authorId)?.role ?? 'member';
    if (!CARE_ROLES.includes(role)) continue;
    const time = Date.parse(answer.createdAt);
    const known = first.get(answer.questionId);
    if (known === undefined || time < known) first.set(answer.questionId, time);
  }
  return first;
}

/** The typical reply time of staff and experts (capability `careStats`; rules in `contract/care.ts`). */
export function careStats(data: CommunityData, now: Date): CareStats {
  const since = now.getTime() - CARE_STATS_DAYS * DAY;
  const first = firstExpertAnswers(data);
  const durations: number[] = [];
  for (const question of data.questions.values()) {
    const asked = Date.parse(question.createdAt);
    const answered = first.get(question.id);
    if (question.state !== 'published' || asked < since || asked > now.getTime() || answered === undefined) continue;
    if (data.ideas.has(question.id) || data.sessionOf.has(question.id)) continue; // not questions to the care desk
    durations.push(Math.max(0, answered - asked));
  }
  return { days: CARE_STATS_DAYS, answered: durations.length, medianFirstReplySeconds: medianSeconds(durations) };
}
