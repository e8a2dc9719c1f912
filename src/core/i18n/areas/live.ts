import { catalogArea } from '../index.js';

/**
 * The texts of live updates (`live.*`): the thread's "new answers" bar, the list's new questions and activity marks.
 * The standalone build moves them into the lazy live chunk (scripts/pack-catalogs.ts), so a reader's first render
 * does not carry them; in the sources the catalogs hold them.
 */
export const addLiveTexts = catalogArea({}, {});
