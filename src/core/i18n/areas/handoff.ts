import { catalogArea } from '../index.js';

/**
 * The notice of a question handed to customer care (`handoff.*`): the standalone build moves these texts out of every
 * catalog into the `handoff` chunk with `<majlis-handoff-notice>` (fetched only for a handed-over question), their
 * translations into small chunks of their own (scripts/pack-catalogs.ts); in the sources the catalogs hold them.
 */
export const addHandoffTexts = catalogArea({}, {});
