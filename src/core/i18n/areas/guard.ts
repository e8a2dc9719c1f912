import { catalogArea } from '../index.js';

/**
 * The personal-data guard's texts (`personalData.*`). The standalone build moves them out of every catalog into the
 * detector's chunk (fetched when the composer or the ask form first checks a text), their translations into small
 * chunks of their own (scripts/pack-catalogs.ts); in the sources the catalogs hold them.
 */
export const addGuardTexts = catalogArea({}, {});
