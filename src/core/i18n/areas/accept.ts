import { catalogArea } from '../index.js';

/**
 * The accept button's texts (`accept.*`): the standalone build moves them out of every catalog into the accept chunk,
 * which only the asker and staff load, and their translations into small chunks of their own
 * (scripts/pack-catalogs.ts); in the sources the catalogs hold them.
 */
export const addAcceptTexts = catalogArea({}, {});
