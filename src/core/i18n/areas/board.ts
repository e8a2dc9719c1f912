import { catalogArea } from '../index.js';

/**
 * The board's texts (`community.*`, `questionList.*`, `askForm.*`). The standalone build moves them out of
 * every catalog into the board's chunk, their translations into small chunks of their own
 * (scripts/pack-catalogs.ts); in the sources the catalogs hold them.
 */
export const addBoardTexts = catalogArea({}, {});
