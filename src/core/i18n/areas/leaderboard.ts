import { catalogArea } from '../index.js';

/**
 * The leaderboard's texts (`leaderboard.*`). The standalone build moves them out of every catalog into the
 * leaderboard's chunk, their translations into small chunks of their own (scripts/pack-catalogs.ts); in the
 * sources the catalogs hold them.
 */
export const addLeaderboardTexts = catalogArea({}, {});
