import { supports } from './adapter.js';
import { CARE_ROLES } from './care-names.js';
import type { UnansweredDetail } from './events.js';
import type { MajlisStore } from './store.js';
import type { CareStats } from './types.js';

/*
 * The care figures through the store (capability `careStats`), outside the core chunk: only pages that show a care
 * status load this. Fetched once per store and kept for ten minutes (a median over 30 days moves slowly); a failed
 * read is tried again on the next call.
 */

const FRESH_MS = 10 * 60_000;
const cache = new WeakMap<MajlisStore, { at: number; stats: Promise<CareStats | null> }>();

/** The typical reply time of the store's community, or null when its adapter cannot tell. */
export function careStatsOf(store: MajlisStore, now = Date.now()): Promise<CareStats | null> {
  const known = cache.get(store);
  if (known && now - known.at < FRESH_MS) return known.stats;
  const stats = supports(store.adapter, 'careStats') && store.adapter.careStats ? store.adapter.careStats() : Promise.resolve(null);
  const entry = { at: now, stats };
  cache.set(store, entry);
  stats.catch(() => {
    if (cache.get(store) === entry) cache.delete(store);
  });
  return stats;
}

/** Whether a question has a published answer by staff or an expert (among its first 100 answers). */
export async function hasExpertAnswer(store: MajlisStore, questionId: string): Promise<boolean> {
  const page = await store.adapter.listAnswers(questionId, { limit: 100 });
  return page.items.some((answer) => (answer.state ?? 'published') === 'published' && CARE_ROLES.includes(answer.author.role));
}

/**
 * `majlis-unanswered`: a question has waited longer than its hours (the schedule's `unansweredHours`) without a
 * published answer by staff or an expert, and was not handed to customer care; fired once per question by a `<majlis-care-status>` given `question-id` (a
 * thread's, above its composer), so the page can offer another way to reach the care desk. Declared with the other
 * events in `events.ts`; the class travels in the care chunk, off the first render. Bubbles and is composed.
 */
export class MajlisUnansweredEvent extends CustomEvent<UnansweredDetail> {
  static readonly type = 'majlis-unanswered';
  constructor(detail: UnansweredDetail) {
    super(MajlisUnansweredEvent.type, { detail, bubbles: true, composed: true });
  }
}
