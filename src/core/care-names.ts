import type { Role } from './types.js';

/**
 * The rules of the care figures every layer shares: data and a pure function only, so the in-browser adapter takes
 * them without the contract's schemas (`contract/care.ts` re-exports them and documents the rules).
 */

/** The roles whose answers are the operator's own (the care desk's). */
export const CARE_ROLES: readonly Role[] = ['staff', 'expert'];
/** The days the typical reply time looks back over. */
export const CARE_STATS_DAYS = 30;

/** The median of some durations in milliseconds, in whole seconds; null for none. */
export function medianSeconds(durations: readonly number[]): number | null {
  if (durations.length === 0) return null;
  const sorted = [...durations].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return Math.round(median / 1000);
}
