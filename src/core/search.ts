/**
 * Text search: the folding every search shares, the parsed query the elements highlight with and the contract
 * validates (`readSearch`). Which questions match and in which order is `src/core/ranking.ts`, built on these folds,
 * so a word the adapter matched is a word the list highlights.
 *
 * Matching is forgiving in the ways customers type on a phone:
 * - case and compatibility forms fold (`ESIM` = `eSIM`, full-width and ligature letters = plain ones);
 * - diacritics drop: Latin accents (`facture` = `facturé`), Vietnamese tones and vowel marks
 *   (`tiep` = `tiếp`, `duoc` = `được`, `đ` = `d`), Arabic harakat, shadda and superscript alef, the nukta of
 *   Devanagari and its sister scripts (`फ़ोन` = `फोन`); their vowel signs, virama and nasal marks stay, for they
 *   spell the word (`डेटा` is not `डाटा`);
 * - Arabic spelling variants fold: tatweel (`تـجـوال`), alef with hamza or madda and alef wasla (`أ إ آ ٱ` = `ا`),
 *   hamza on waw and ya (`ؤ` = `و`, `ئ` = `ي`), alef maqsura (`ى` = `ي`), teh marbuta (`ة` = `ه`), and
 *   Arabic-Indic digits (`٤` = `4`);
 * - every query word matches the start of a word (`roam` finds `roaming`), and an Arabic word also matches
 *   without its definite article (`تجوال` finds `التجوال`, `بالتجوال`).
 *
 * Importing this module does no work.
 */

/** Letters that Unicode decomposition leaves alone but a reader treats as the same letter. */
const FOLDS: Readonly<Record<string, string>> = {
  'đ': 'd',
  'ð': 'd',
  'ø': 'o',
  'ł': 'l',
  'ß': 'ss',
  'ı': 'i',
  'ٱ': 'ا', // alef wasla
  'ى': 'ي', // alef maqsura
  'ة': 'ه', // teh marbuta
  'ء': '', // a lone hamza is often left out
};

/** The marks that fold away: all but those of the Indic scripts (U+0900–U+0DFF), whose nukta folds too. */
const MARKS = /(?![\u0900-\u0dff])\p{M}|[\u093c\u09bc\u0a3c\u0abc\u0b3c\u0c3c\u0cbc]/gu;
/** Tatweel (kashida) only stretches a word. */
const TATWEEL = /\u0640/g;
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'gu');
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g;
/** A word of the original text: letters and digits, with the marks and tatweel that belong to them. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}\u0640]*/gu;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
/** Arabic prefixes carrying the definite article: wa-, bi-, ka-, fa- + al-, li- + l-, and al- itself. */
const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const ARABIC = /[\u0600-\u06ff]/;

/** Folds `text` for comparison: lower case, no diacritics, Arabic variants unified (see the module notes). */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(TATWEEL, '')
    .toLowerCase()
    .replace(FOLDABLE, (char) => FOLDS[char] ?? char)
    .replace(ARABIC_INDIC_DIGIT, (digit) => String((digit.charCodeAt(0) - 0x0660) % (0x06f0 - 0x0660)));
}

/** The normalized words of `text`, in order (with repeats). */
export function tokenize(text: string): string[] {
  return normalizeText(text).match(TOKEN) ?? [];
}

/** The forms a normalized word can be found by: itself and, for Arabic, itself without the article. */
export function wordForms(token: string): string[] {
  if (!ARABIC.test(token)) return [token];
  const article = ARTICLES.find((prefix) => token.startsWith(prefix) && token.length - prefix.length >= 2);
  return article === undefined ? [token] : [token, token.slice(article.length)];
}

/** How a query word matches a word of the text: by the start of the word, else of its article-less form. */
function matchLength(queryToken: string, token: string): number {
  if (token.startsWith(queryToken)) return queryToken.length;
  return wordForms(token).some((form) => form.startsWith(queryToken)) ? token.length : 0;
}

/** A range `[start, end)` of UTF-16 offsets in the original text. */
export type TextRange = readonly [start: number, end: number];

/** A piece of text, and whether it is (part of) a word the query matched. */
export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * A parsed search query. Blank queries have no tokens: they match everything and highlight nothing.
 *
 * ```ts
 * const query = new SearchQuery('tiep nhan');
 * query.matches('Tiếp nhận hồ sơ'); // true
 * query.segments('Tiếp nhận'); // [{ text: 'Tiếp', match: true }, { text: ' ', … }, { text: 'nhận', match: true }]
 * ```
 */
export class SearchQuery {
  /** The distinct normalized words of the query, longest first. */
  readonly tokens: readonly string[];

  constructor(readonly text: string) {
    const unique = [...new Set(tokenize(text))];
    // A word that starts another query word adds nothing: `apn ap` is `apn`.
    this.tokens = unique
      .filter((token) => !unique.some((other) => other !== token && other.startsWith(token)))
      .sort((a, b) => b.length - a.length);
  }

  get blank(): boolean {
    return this.tokens.length === 0;
  }

  /** How many query words occur in `text` (by word start). */
  hits(text: string): number {
    if (this.blank) return 0;
    const words = tokenize(text);
    return this.tokens.filter((query) => words.some((word) => matchLength(query, word) > 0)).length;
  }

  /** Whether every query word occurs in at least one of `texts` (a blank query matches anything). */
  matches(...texts: string[]): boolean {
    return this.blank || this.matchCount(...texts) === this.tokens.length;
  }

  /** How many query words occur in at least one of `texts`. */
  matchCount(...texts: string[]): number {
    const words = texts.flatMap((text) => tokenize(text));
    return this.tokens.filter((query) => words.some((word) => matchLength(query, word) > 0)).length;
  }

  /** Where the query's words occur in `text`: the matched start of each word (the whole word for Arabic). */
  ranges(text: string): TextRange[] {
    if (this.blank) return [];
    const ranges: TextRange[] = [];
    for (const word of text.matchAll(WORD)) {
      const normalized = normalizeText(word[0]);
      const length = Math.max(0, ...this.tokens.map((query) => matchLength(query, normalized)));
      if (length > 0) ranges.push([word.index, word.index + originalLength(word[0], length)]);
    }
    return ranges;
  }

  /** `text` cut into matched and unmatched pieces, for rendering the matches as `<mark>` elements. */
  segments(text: string): TextSegment[] {
    const segments: TextSegment[] = [];
    let position = 0;
    for (const [start, end] of this.ranges(text)) {
      if (start > position) segments.push({ text: text.slice(position, start), match: false });
      segments.push({ text: text.slice(start, end), match: true });
      position = end;
    }
    if (position < text.length || segments.length === 0) segments.push({ text: text.slice(position), match: false });
    return segments;
  }
}

/**
 * How many UTF-16 units of `word` (an original word) make up its first `normalizedLength` normalized characters,
 * including the marks that belong to the last of them.
 */
function originalLength(word: string, normalizedLength: number): number {
  const chars = Array.from(word);
  let end = 0;
  let count = 0;
  while (count < chars.length && normalizeText(chars.slice(0, count + 1).join('')).length < normalizedLength) count++;
  count = Math.min(chars.length, count + 1);
  while (count < chars.length && /^[\p{M}\u0640]$/u.test(chars[count] ?? '')) count++;
  for (const char of chars.slice(0, count)) end += char.length;
  return end;
}
