import { supports } from './adapter.js';
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
