import { catalogArea } from '../index.js';

/**
 * The texts of a post's menu, its flag and delete dialogs, the post editor and the revision history
 * (`postActions.*`). The standalone build moves them out of every catalog into the chunks of those elements,
 * their translations into small chunks of their own (scripts/pack-catalogs.ts); in the sources the catalogs hold them.
 */
export const addPostActionsTexts = catalogArea({}, {});
