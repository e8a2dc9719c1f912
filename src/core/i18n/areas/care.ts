import { catalogArea } from '../index.js';

/**
 * The care status's texts (`care.*`). The standalone build moves them out of every catalog into the care chunk, their
 * translations into small chunks of their own (scripts/pack-catalogs.ts); in the sources the catalogs hold them.
 */
export const addCareTexts = catalogArea({}, {});
