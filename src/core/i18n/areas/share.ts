import { catalogArea } from '../index.js';

/**
 * The share menu's texts (`share.*`). The standalone build moves them out of every catalog into the share chunk, their
 * translations into small chunks of their own (scripts/pack-catalogs.ts); in the sources the catalogs hold them.
 */
export const addShareTexts = catalogArea({}, {});
