import { primaryLanguage } from '../contract/language.js';

/**
 * Which language someone is writing in, from letter counts over the start of the text: enough to notice
 * that an answer or a question is clearly in another language than the one selected for it (the composer's
 * and the ask form's language hint). Covers the shipped languages' scripts; never a full language detector.
 */

/** Fewer letters than this say nothing about a language. */
const MIN_LETTERS = 20;
/** Only the start of the text is looked at, so a long text costs no more than a short one. */
const SAMPLE_LENGTH = 2000;
const ARABIC_LETTERS = /(?=\p{L})\p{Script=Arabic}/gu;
const DEVANAGARI_LETTERS = /(?=\p{L})\p{Script=Devanagari}/gu;
const LATIN_LETTERS = /\p{Script=Latin}/gu;
/** Letters of the Arabic script that Urdu writes and Arabic does not (ٹ ڈ ڑ ں ھ ہ ے ۓ). */
const URDU_LETTERS = /[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06d3]/gu;
/** German's umlauts and ß: Dutch and French write ë and ï, not these. */
const GERMAN_LETTERS = /[äöüß]/giu;
/** Letters only Vietnamese uses (â, ê, ô, à, é… are French too). */
const VIETNAMESE_LETTERS = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệĩỉịọỏốồổỗộớờởỡợũụủứừửữựỳỵỷỹ]/giu;
/** Frequent short words that only one of these languages uses. */
const COMMON_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set('the and you your to it with have this that for not my on can are be will if then what how or'.split(' ')),
  // Not "er" or "als": German writes them as often.
  nl: new Set('het een van niet dat met voor op zijn heb deze wat maar ook naar bij mijn uit aan dan nog wel geen om ik heeft wordt hoe'.split(' ')),
  de: new Set('der die das und ist nicht ich sie mit auf für den dem ein eine einen mein meine sich auch noch schon aber wie wenn kann habe hat bei nach aus kein keine immer'.split(' ')),
  fr: new Set('le la les et des est vous pas une du pour avec sur que mon votre ne dans il au ce'.split(' ')),
};

/** A writing system: an ISO 15924 script code, or `vi` for Vietnamese (Latin with its own letters). */
type Writing = string;

interface Detected {
  writing: Writing;
  /** The language when the letters or words tell it. */
  language?: string | undefined;
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Languages told apart from the others of their script by letters alone. */
const KNOWN_BY_LETTERS = new Set(['ar', 'ur', 'hi']);

function commonWordsLanguage(sample: string): string | undefined {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  // Umlauts and ß count as one more German word: enough to tip a close call, not to outweigh words.
  const germanLetters = countMatches(sample, GERMAN_LETTERS) >= 2 ? 1 : 0;
  const [best, second] = Object.entries(COMMON_WORDS)
    .map(([language, set]) => [language, words.filter((word) => set.has(word)).length + (language === 'de' ? germanLetters : 0)] as const)
    .sort((a, b) => b[1] - a[1]);
  return best[1] >= 2 && best[1] >= second[1] * 2 ? best[0] : undefined;
}

/** Whether {@link detectWriting} can tell this (primary) language apart from others in the same script. */
function knowsLanguage(language: string): boolean {
  return Object.hasOwn(COMMON_WORDS, language) || KNOWN_BY_LETTERS.has(language);
}

/** What a text is clearly written in, or undefined when it is too short or mixed to tell. */
function detectWriting(text: string): Detected | undefined {
  const sample = text.slice(0, SAMPLE_LENGTH).normalize('NFC');
  const arabic = countMatches(sample, ARABIC_LETTERS);
  const devanagari = countMatches(sample, DEVANAGARI_LETTERS);
  const latin = countMatches(sample, LATIN_LETTERS);
  const letters = arabic + devanagari + latin;
  if (letters < MIN_LETTERS) return undefined;
  if (arabic * 3 >= letters * 2) {
    // ے alone is in most Urdu sentences (ہے، کے، سے); Arabic has none of these letters.
    return { writing: 'Arab', language: countMatches(sample, URDU_LETTERS) >= Math.max(2, arabic * 0.03) ? 'ur' : 'ar' };
  }
  if (devanagari * 3 >= letters * 2) return { writing: 'Deva', language: 'hi' };
  if (latin * 3 < letters * 2) return undefined;
  if (countMatches(sample, VIETNAMESE_LETTERS) >= Math.max(2, latin * 0.03)) return { writing: 'vi', language: 'vi' };
  return { writing: 'Latn', language: commonWordsLanguage(sample) };
}

/** The writing system of a language tag (`ar`, `ur` → Arab, `hi` → Deva, `nl-BE` → Latn, `vi` → vi). */
function writingOf(tag: string): Writing | undefined {
  try {
    const locale = new Intl.Locale(tag);
    return locale.language === 'vi' ? 'vi' : locale.maximize().script;
  } catch {
    return undefined;
  }
}

/**
 * The language to suggest when `text` is clearly written in another language than `selected`, or undefined.
 * Latin text whose words do not give the language away suggests `fallbackLatin` (the reader's own language
 * when it is written in Latin letters, else English); within one script, only languages with known common
 * words are told apart.
 */
export function suggestLanguage(text: string, selected: string, fallbackLatin: string): string | undefined {
  const detected = detectWriting(text);
  if (!detected) return undefined;
  const primary = primaryLanguage(selected);
  let suggestion = detected.language;
  if (detected.writing !== writingOf(selected)) {
    suggestion ??= writingOf(fallbackLatin) === 'Latn' ? fallbackLatin : 'en';
  } else if (!knowsLanguage(primary)) {
    return undefined;
  }
  return !suggestion || suggestion === primary ? undefined : suggestion;
}
