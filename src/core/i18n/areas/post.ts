import { catalogArea } from '../index.js';

/**
 * The texts only a post shows (`post.answerBy`, the accepted-by line, "Edited on", "More actions", the history
 * button, `thread.share*`): the standalone build moves them out of every catalog into the thread chunk, with the
 * post, and their translations into small chunks of their own (scripts/pack-catalogs.ts), so the page before its
 * first render does not carry them. The tag names and the language chip stay in the catalogs: the list shows them
 * too. In the sources the catalogs hold them.
 */
export const addPostTexts = catalogArea({}, {});
