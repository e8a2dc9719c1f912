import { catalogArea } from '../index.js';

/**
 * The composer's and the Markdown editor's texts (`composer.*`, but for the notice a thread shows in the
 * composer's place). The standalone build moves them out of every catalog into the composer's chunk, their
 * translations into small chunks of their own (scripts/pack-catalogs.ts); in the sources the catalogs hold them.
 */
export const addComposerTexts = catalogArea({}, {});
