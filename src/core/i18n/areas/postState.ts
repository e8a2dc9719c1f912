import { catalogArea } from '../index.js';

/**
 * What readers see of a hidden, deleted or waiting post (`postState.*`): the standalone build moves these texts out of
 * every catalog into the `post-state` chunk, with the view that shows them (fetched only for a post that is not
 * published), and their translations into small chunks of
 * their own (scripts/pack-catalogs.ts); in the sources the catalogs hold them.
 */
export const addPostStateTexts = catalogArea({}, {});
