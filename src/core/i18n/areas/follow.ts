import { catalogArea } from '../index.js';

/**
 * The follow button's texts (`follow.*`). The standalone build moves them out of every catalog into the follow
 * chunk, their translations into small chunks of their own (scripts/pack-catalogs.ts); in the sources the catalogs
 * hold them.
 */
export const addFollowTexts = catalogArea({}, {});
