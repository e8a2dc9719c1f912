/**
 * The rules for text members send, shared by every adapter and the reference server, so a title one backend
 * refuses is refused by all of them with the same field and reason. Pure functions: no DOM, no Node APIs.
 *
 * - Control characters (C0, DEL, C1) are refused everywhere, except tab, line feed and carriage return in
 *   multi-line text (bodies). PostgreSQL cannot store U+0000 at all, and the others only hide or garble text.
 * - Minimum lengths count the characters a reader sees: zero-width spaces and joiners, bidi marks and other
 *   default-ignorable code points and combining marks do not count, so ten zero-width spaces are not a title
 *   (spaces between words do count: `eSIM error` is ten). Maximum lengths stay in UTF-16 code units (what the
 *   database checks).
 * - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are refused in single-line
 *   text such as titles and tags: U+202E shows `fdp.exe` as `exe.pdf`. Names a host site sends are stripped of them
 *   instead ({@link stripBidiControls}), since the member cannot fix them.
 * - A search is at most {@link SEARCH_LIMITS} long: more words cost the backend without finding anything better.
 */
import { MajlisError } from '../adapter.js';
import { SearchQuery } from '../search.js';
import { LIMITS } from '../types.js';

/** What a text field allows. */
export interface TextRule {
  /** Fewest visible characters ({@link visibleLength}), after trimming. */
  min: number;
  /** Most UTF-16 code units, after trimming. */
  max: number;
  /** Tab, line feed and carriage return are allowed (Markdown bodies); single-line text refuses them. */
  multiline: boolean;
}

/** The rules of the text fields members write (src/core/types.ts LIMITS). */
export const TEXT_RULES = {
  title: { min: LIMITS.titleMin, max: LIMITS.titleMax, multiline: false },
  body: { min: LIMITS.bodyMin, max: LIMITS.bodyMax, multiline: true },
  tag: { min: 1, max: LIMITS.tagMax, multiline: false },
} as const satisfies Record<string, TextRule>;

/** A character of some text: where it is (UTF-16 offset) and which it is. */
export interface FoundCharacter {
  index: number;
  codePoint: number;
}

// Finding control characters is the point of these two.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/gu;
/**
 * What a reader does not see as a character of its own: zero-width spaces and joiners, bidi marks, variation
 * selectors, fillers and other default-ignorable code points, format and control characters, and combining marks
 * (they belong to the letter before them).
 */
const UNCOUNTED = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}\p{M}]/gu;

function find(text: string, pattern: RegExp): FoundCharacter | null {
  const match = pattern.exec(text);
  return match === null ? null : { index: match.index, codePoint: match[0].codePointAt(0) ?? 0 };
}

/** The first control character of `text`; with `multiline`, tab, line feed and carriage return are not counted. */
export function findControlCharacter(text: string, multiline = false): FoundCharacter | null {
  return find(text, multiline ? CONTROL_EXCEPT_LINE_BREAKS : CONTROL);
}

/** The first bidirectional embedding, override or isolate of `text`. */
export function findBidiControl(text: string): FoundCharacter | null {
  return find(text, BIDI_CONTROL);
}

/** `text` without bidirectional embeddings, overrides and isolates (for names a host site sends). */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * How many characters of `text` a reader sees, in code points (an emoji is one): spaces between words count,
 * invisible ones do not (see {@link UNCOUNTED}). Trim first: leading and trailing whitespace is not text.
 */
export function visibleLength(text: string): number {
  const counted = text.replace(UNCOUNTED, '');
  // Whitespace only counts between visible characters: ten zero-width spaces around a space are no title.
  return counted.trim() === '' ? 0 : Array.from(counted.trim()).length;
}

/** `U+202E`, for messages. */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The MajlisError of a refused input: `invalid`, naming the field a client shows the message beside. */
export function invalid(field: string, message: string): MajlisError {
  return new MajlisError('invalid', message, { field });
}

/** Refuses a control character anywhere in `value` (ids, filters, cursors: any text that is not a body). */
export function checkNoControlCharacters(value: string, field: string, multiline = false): void {
  const control = findControlCharacter(value, multiline);
  if (control !== null) {
    throw invalid(
      field,
      `${field} contains the control character ${codePointName(control.codePoint)} at position ${control.index}`,
    );
  }
}

/**
 * `value` trimmed, when it follows `rule`; else an `invalid` MajlisError naming `field` and saying why
 * (a control character, a bidi override in single-line text, too few visible characters, too long).
 */
export function readTextField(value: string, field: string, rule: TextRule): string {
  // Before trimming, as the server checks a whole request: a title ending in a line break is refused everywhere.
  checkNoControlCharacters(value, field, rule.multiline);
  const text = value.trim();
  if (!rule.multiline) {
    const bidi = findBidiControl(text);
    if (bidi !== null) {
      throw invalid(
        field,
        `${field} contains the bidirectional control ${codePointName(bidi.codePoint)}, which can disguise text`,
      );
    }
  }
  const visible = visibleLength(text);
  if (visible < rule.min || text.length > rule.max) {
    throw invalid(
      field,
      `${field} must be ${rule.min} to ${rule.max} characters long, got ${text.length}` +
        (visible === text.length ? '' : ` (${visible} visible)`),
    );
  }
  return text;
}

/** The longest search: characters (UTF-16 code units) and distinct words (SearchQuery tokens). */
export const SEARCH_LIMITS = { maxLength: 200, maxWords: 12 } as const;

/** `text` parsed as a search, when it is within {@link SEARCH_LIMITS}; else an `invalid` MajlisError naming `field`. */
export function readSearch(text: string, field = 'search'): SearchQuery {
  checkNoControlCharacters(text, field);
  if (text.length > SEARCH_LIMITS.maxLength) {
    throw invalid(field, `${field} must be at most ${SEARCH_LIMITS.maxLength} characters long, got ${text.length}`);
  }
  const query = new SearchQuery(text);
  if (query.tokens.length > SEARCH_LIMITS.maxWords) {
    throw invalid(field, `${field} may have at most ${SEARCH_LIMITS.maxWords} words, got ${query.tokens.length}`);
  }
  return query;
}
