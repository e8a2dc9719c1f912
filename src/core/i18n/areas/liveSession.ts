import { catalogArea } from '../index.js';

/**
 * The texts of `<majlis-live-session>` (`liveSession.*`). The standalone build moves them out of every catalog into
 * the live-session chunk, their translations into small chunks of their own (scripts/pack-catalogs.ts); in the
 * sources the catalogs hold them.
 */
export const addLiveSessionTexts = catalogArea({}, {});
