import { catalogArea } from '../index.js';

/**
 * The moderation queue's texts (`moderationQueue.*`). The standalone build moves them out of every catalog into
 * the queue's chunk, their translations into small chunks of their own (scripts/pack-catalogs.ts); in the
 * sources the catalogs hold them.
 */
export const addQueueTexts = catalogArea({}, {});
