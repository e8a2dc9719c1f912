import { catalogArea } from '../index.js';

/**
 * The texts of refusals that `MajlisError#reason` explains (`error.reasons.*`: flood limits, suspension, edit
 * window …, and `error.retryAt` for a long wait): only elements that post, flag, edit or delete show them, so the
 * standalone build moves them out of every catalog into a small chunk those elements load (a post fetches it while
 * it is sent: src/core/writing.ts; a reader's page never does), their translations into small chunks of their own (scripts/pack-catalogs.ts). Until they load, such an
 * error reads as its code's message. In the sources the catalogs hold them.
 */
export const addRefusalTexts = catalogArea({}, {});
