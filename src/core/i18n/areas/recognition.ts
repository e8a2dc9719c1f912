import { catalogArea } from '../index.js';

/**
 * The texts of ranks, badges and the rules of reputation (`recognition.*`): the author card, the leaderboard and
 * badge announcements use them. The standalone build moves them out of every catalog into the recognition chunk,
 * their translations into small chunks of their own (scripts/pack-catalogs.ts); in the sources the catalogs hold them.
 */
export const addRecognitionTexts = catalogArea({}, {});
