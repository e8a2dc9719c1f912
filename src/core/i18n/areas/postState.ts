import { catalogArea } from '../index.js';

/**
 * What readers see of a hidden, deleted or waiting post (`postState.*`): the standalone build moves these texts out of
 * every catalog into the thread chunk, with the post that shows them, and their translations into small chunks of
 * their own (scripts/pack-catalogs.ts); in the sources the catalogs hold them.
 */
export const addPostStateTexts = catalogArea({}, {});
