/**
 * Relevance ranking of questions for a search: BM25F over normalised words, shared by the in-browser adapter and
 * the reference server (which stores {@link analyzeText} of each title and body and computes the same formula in
 * SQL, server/src/repository/ranking.ts), so both rank a search alike.
 *
 * - Words are folded as `src/core/search.ts` folds them (case, diacritics, Arabic spelling variants), and an Arabic
 *   word loses its definite article (`التجوال`, `بالتجوال` → `تجوال`).
 * - Each text word also keeps its *marked* form, with the accents of Latin letters (`mạng`, `facturé`): a query word
 *   typed with accents matches every spelling, but one spelled the same counts fully and another only
 *   {@link RANKING}.`accentMismatch` (Vietnamese `mạng` "network" ranks above `mang` "carry"); a query typed
 *   without accents matches all spellings alike.
 * - A query word matches the start of a text word (`roam` finds `roaming`). Stop words of en, ar, fr, nl, vi, de, ur and hi
 *   (function words, and the negations every support question has: `not`, `pas`, `niet`, `لا`) leave the query
 *   (unless it has nothing else), and light, safe stemming cuts query words: plural `-s` (and
 *   French `-x` after `eu`/`eau`), Dutch plural `-en` when the search is known to be Dutch, Arabic final `ة`/`ه`
 *   and plural `ات`. Text words are not stemmed: matching by the start of a word already finds their plurals.
 * - BM25F: a word in the title weighs {@link RANKING}.`titleWeight` times one in the body; each field's frequency
 *   is normalised by its length against the average; rare words (by inverse document frequency over every question)
 *   weigh more than common ones.
 *
 * Importing this module does no work.
 */
import { normalizeText } from './search.js';

/** The constants of the ranking (the server's SQL uses the same ones). */
export const RANKING = {
  /** Term-frequency saturation. */
  k1: 1.2,
  /** Length normalisation of the title and of the body. */
  titleB: 0.5,
  bodyB: 0.75,
  /** How much a word in the title counts against one in the body. */
  titleWeight: 3,
  bodyWeight: 1,
  /** What a word spelled with other accents than the query word counts (against 1). */
  accentMismatch: 0.5,
  /** Words are cut to this many UTF-16 code units (the server's lexemes too). */
  maxWordLength: 100,
} as const;

/** The words of a text, in order with repeats: folded (`terms`) and with their Latin accents (`marks`). */
export interface AnalyzedText {
  terms: string[];
  marks: string[];
}

/** A query word: its folded form, and its marked form when it was typed with accents (else null). */
export interface RankTerm {
  term: string;
  mark: string | null;
}

/** What a question is ranked on. */
export interface RankedText {
  title: AnalyzedText;
  body: AnalyzedText;
}

/**
 * The corpus statistics a ranking uses: how many questions, the average title and body lengths (in words), and per
 * query word how many questions contain it. A cursor carries them, so the pages of one search rank alike even when
 * questions are asked meanwhile.
 */
export interface RankStatistics {
  count: number;
  averageTitleLength: number;
  averageBodyLength: number;
  documentFrequencies: number[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}\u0640]*/gu;
const MARK = /\p{M}/u;
const LATIN = /\p{Script=Latin}/u;
const ARABIC = /[\u0600-\u06ff]/;
/** Arabic prefixes carrying the definite article (as in search.ts). */
const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];

/** `word` (one word of a text) lower-cased with the marks of Latin letters and those folding keeps, and `đ` kept. */
function markedWord(word: string): string {
  let marked = '';
  let latin = false;
  for (const char of word.normalize('NFD').toLowerCase()) {
    if (MARK.test(char)) {
      marked += latin ? char : normalizeText(char); // an Indic vowel sign stays, as in the folded word
      continue;
    }
    latin = LATIN.test(char);
    marked += char === 'đ' ? char : normalizeText(char);
  }
  return marked.normalize('NFC');
}

function withoutArticle(word: string): string {
  if (!ARABIC.test(word)) return word;
  const article = ARTICLES.find((prefix) => word.startsWith(prefix) && word.length - prefix.length >= 2);
  return article === undefined ? word : word.slice(article.length);
}

function cut(word: string): string {
  return word.slice(0, RANKING.maxWordLength);
}

/** The words of `text` as the ranking sees them (the server stores these). */
export function analyzeText(text: string): AnalyzedText {
  const terms: string[] = [];
  const marks: string[] = [];
  for (const [word] of text.matchAll(WORD)) {
    const folded = normalizeText(word);
    // Folding never splits a word of letters and digits, but a lone hamza folds away.
    if (!/^[\p{L}\p{N}][\p{L}\p{N}\p{M}]*$/u.test(folded)) continue;
    terms.push(cut(withoutArticle(folded)));
    marks.push(cut(withoutArticle(markedWord(word))));
  }
  return { terms, marks };
}

/** Short stop-word lists (marked forms, as typed), merged: a search seldom says its language. */
const STOP_WORDS = [
  // en
  'a an the is are was were be been am do does did doing i me my mine you your it its this that these those to of in on at for from with by and or but how why what when where which who can could should would will im there here so if as about into has have had any not no',
  // fr
  'le la les l un une des du de d au aux et ou mais je j me m mon ma mes ne n pas plus que qu qui quoi est sont ai avec pour par sur dans en ce cet cette ces il elle on nous vous se sa son ses comment pourquoi y',
  // nl
  'de het een en of ik mijn me mij je jij u uw is zijn ben was heb heeft hebben op in aan van voor met bij naar om te dat die dit deze er hoe waarom wat kan niet geen',
  // ar
  'في من على عن إلى الى مع هل ما هذا هذه ذلك التي الذي أو او أن ان انا أنا عندي لي كيف لماذا لا',
  // vi
  'tôi của và là thì có cho với các những một này khi để em mình ạ ơi ở làm sao gì',
  // de
  'der die das den dem des ein eine einen einem ich mich mir mein meine meinen sie es wir ist sind bin war habe hat haben und oder aber nicht kein keine mit bei auf aus von zu zum zur für im am wie warum was wann wo kann',
  // ur
  'میں میرا میری میرے مجھے کا کی کے ہے ہیں تھا تھی تھے کو سے پر اور یا کیا کیوں کیسے نہیں یہ وہ ہو بھی',
  // hi
  'मैं में मेरा मेरी मेरे मुझे का की के है हैं था थी थे को से पर और या क्या क्यों कैसे नहीं यह वह हो भी',
];
let stopWords: ReadonlySet<string> | undefined;

function isStopWord(mark: string): boolean {
  stopWords ??= new Set(STOP_WORDS.flatMap((list) => list.split(' ').map((word) => withoutArticle(markedWord(word)))));
  return stopWords.has(mark);
}

/** A suffix the stemmer cuts from a query word: when the word ends so, keeps at least `keep` characters. */
interface Suffix {
  ends: RegExp;
  cut: number;
  keep: number;
  language?: string;
}

const SUFFIXES: readonly Suffix[] = [
  { ends: /(?:eu|eau)x$/u, cut: 1, keep: 3 }, // fr: réseaux, jeux
  { ends: /[^isu]s$/u, cut: 1, keep: 3 }, // en, fr, nl plurals (not -ss, -is, -us: access, status)
  { ends: /[^aeiou]en$/u, cut: 2, keep: 4, language: 'nl' }, // nl: abonnementen, berichten
  { ends: /[\u0600-\u06ff]{2}ات$/u, cut: 2, keep: 3 }, // ar: رسالات, إعدادات
  { ends: /[\u0600-\u06ff]{3}ه$/u, cut: 1, keep: 3 }, // ar: ضعيفة (teh marbuta folds to heh)
];

function stem(term: RankTerm, language: string | undefined): RankTerm {
  const suffix = SUFFIXES.find(
    (candidate) =>
      (candidate.language === undefined || candidate.language === language) &&
      candidate.ends.test(term.term) &&
      term.term.length - candidate.cut >= candidate.keep,
  );
  if (suffix === undefined) return term;
  const ending = term.term.slice(-suffix.cut);
  const mark = term.mark?.endsWith(ending) ? term.mark.slice(0, -suffix.cut) : null;
  return { term: term.term.slice(0, -suffix.cut), mark };
}

/**
 * The words of a search the ranking looks for: folded, without stop words (unless it has nothing else), lightly
 * stemmed, distinct, and none the start of another (`apn ap` is `apn`). `language` (a primary language tag, when
 * the search is known to be in it) enables that language's own stems.
 */
export function rankTerms(search: string, language?: string): RankTerm[] {
  const words = analyzeText(search);
  const all = words.terms.map((term, index) => {
    const mark = words.marks[index] ?? term;
    return { term, mark, stop: isStopWord(mark) || term.length === 1 };
  });
  const content = all.some((word) => !word.stop) ? all.filter((word) => !word.stop) : all;
  const stemmed = content.map(({ term, mark }) => stem({ term, mark: mark === term ? null : mark }, language));
  const distinct = stemmed.filter(
    (word, index) => stemmed.findIndex((other) => other.term === word.term && other.mark === word.mark) === index,
  );
  return distinct.filter(
    (word) => !distinct.some((other) => other.term !== word.term && other.term.startsWith(word.term)),
  );
}

/** How often `term` occurs in `text`: 1 a word, {@link RANKING}.`accentMismatch` one spelled with other accents. */
export function termFrequency(term: RankTerm, text: AnalyzedText): number {
  let frequency = 0;
  text.terms.forEach((word, index) => {
    if (!word.startsWith(term.term)) return;
    frequency += term.mark === null || (text.marks[index] ?? word).startsWith(term.mark) ? 1 : RANKING.accentMismatch;
  });
  return frequency;
}

/** Whether `term` occurs in the title or the body (accents aside). */
export function containsTerm(term: RankTerm, text: RankedText): boolean {
  const occurs = (words: readonly string[]) => words.some((word) => word.startsWith(term.term));
  return occurs(text.title.terms) || occurs(text.body.terms);
}

/** The statistics of `terms` over `corpus` (every question of the community). */
export function rankStatistics(terms: readonly RankTerm[], corpus: readonly RankedText[]): RankStatistics {
  const count = corpus.length;
  const average = (length: (text: RankedText) => number) =>
    count === 0 ? 0 : corpus.reduce((sum, text) => sum + length(text), 0) / count;
  return {
    count,
    averageTitleLength: average((text) => text.title.terms.length),
    averageBodyLength: average((text) => text.body.terms.length),
    documentFrequencies: terms.map((term) => corpus.filter((text) => containsTerm(term, text)).length),
  };
}

/** BM25's inverse document frequency (never negative). */
export function inverseDocumentFrequency(documentFrequency: number, count: number): number {
  return Math.log(1 + (count - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** A field's frequency normalised by its length against the average. */
function normalised(frequency: number, length: number, average: number, b: number): number {
  return frequency / (1 - b + (b * length) / Math.max(average, 1));
}

/** The BM25F score of `text` for `terms`, under `statistics`. */
export function rankScore(terms: readonly RankTerm[], text: RankedText, statistics: RankStatistics): number {
  const { k1, titleB, bodyB, titleWeight, bodyWeight } = RANKING;
  let score = 0;
  terms.forEach((term, index) => {
    const weighted =
      titleWeight *
        normalised(termFrequency(term, text.title), text.title.terms.length, statistics.averageTitleLength, titleB) +
      bodyWeight *
        normalised(termFrequency(term, text.body), text.body.terms.length, statistics.averageBodyLength, bodyB);
    if (weighted === 0) return;
    const idf = inverseDocumentFrequency(statistics.documentFrequencies[index] ?? 0, statistics.count);
    score += (idf * weighted * (k1 + 1)) / (weighted + k1);
  });
  return score;
}

/** The statistics as numbers, for a cursor; {@link statisticsFromKey} reads them back. */
export function statisticsKey(statistics: RankStatistics): number[] {
  return [
    statistics.count,
    statistics.averageTitleLength,
    statistics.averageBodyLength,
    ...statistics.documentFrequencies,
  ];
}

export function statisticsFromKey(key: readonly number[]): RankStatistics {
  const [count = 0, averageTitleLength = 0, averageBodyLength = 0, ...documentFrequencies] = key;
  return { count, averageTitleLength, averageBodyLength, documentFrequencies };
}
