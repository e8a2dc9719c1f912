import { tokenize, wordForms } from '#majlis/core/search.js';

/**
 * Every form a query word can match in `texts` by its start (src/core/search.ts): the normalized words, and for
 * Arabic also without the article. Stored with each question, so SQL matches as the in-browser adapter does.
 */
export function searchWords(...texts: string[]): string[] {
  return [...new Set(texts.flatMap((text) => tokenize(text)).flatMap((word) => wordForms(word)))];
}
