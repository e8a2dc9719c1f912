import { catalogArea } from '../index.js';

/**
 * The texts of configuration problems (`config.*`: an element without a data source, an `endpoint` in a build
 * without the REST adapter). A working page never shows them, so the standalone build moves them out of every
 * catalog into a small chunk that the store controller fetches only when an element still has no data source once
 * the page has loaded (src/core/controllers/store-controller.ts); their translations into small chunks of their own
 * (scripts/pack-catalogs.ts). In the sources the catalogs hold them.
 */
export const addConfigTexts = catalogArea({}, {});
