/**
 * The personal-data guard's detector: phone numbers, IMEIs, ICCIDs, e-mail addresses and IBANs in what a member
 * is about to post, and their masks (`+32 4•• •• •• 12`). Pure: no DOM, no Node APIs. The composer and the ask
 * form warn with it while the text is typed; the in-browser adapter and the reference server refuse a post with
 * findings unless the writer chose to keep them (`allowPersonalData`, src/core/contract/input.ts).
 *
 * What it finds:
 * - phones: E.164 (`+32 470 12 34 56`, `0032 470…`, `+32 (0)470…`) of any country, and the local mobile forms of
 *   the operators' countries: Belgium `04xx`, the Netherlands `06`, the UAE and Saudi Arabia `05x`, Vietnam
 *   `03/05/07/08/09` (10 digits), and the 8-digit mobiles of Qatar, Kuwait, Oman and Bahrain (written `5512 3456`
 *   or `55123456`), grouped with spaces, dots, dashes, slashes or parentheses;
 * - IMEIs: 15 digits passing the Luhn check; ICCIDs (SIM serials): 19 or 20 digits starting `89`, Luhn;
 * - IBANs: 2 letters, 2 check digits and the account, spaces allowed, passing the mod-97 check;
 * - e-mail addresses.
 * Arabic-Indic (`٠٥٠…`), Persian (`۰۵۰…`) and full-width digits count as digits.
 *
 * What it leaves alone, because a support board is full of them: USSD and MMI codes (`*177#`, `*100*1#`,
 * `*#06#`), short and service numbers (`121`, `1200`, `1800 1090`), dates, times, prices (`€ 15,99`,
 * `150.000 đ`), data amounts (`20 GB`), IP addresses, version numbers, APN names, and numbers that fail their
 * check (an order number of 15 digits is no IMEI unless it passes Luhn). A local number right after a word such as
 * "order", "ticket", "PUK" or "bestelnummer" is taken for a reference, not a phone.
 *
 * Markdown code spans and blocks are searched like the rest: a phone number pasted in backticks is as public as
 * any other once posted.
 */

export type PersonalDataKind = 'phone' | 'imei' | 'iccid' | 'email' | 'iban';

/** The kinds, in the order a warning lists them. */
export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = ['phone', 'email', 'iban', 'imei', 'iccid'];

/** One finding: its kind and where it is in the text (UTF-16 offsets, `end` exclusive). */
export interface PersonalDataMatch {
  kind: PersonalDataKind;
  start: number;
  end: number;
  /** The text as written (`text.slice(start, end)`). */
  text: string;
}

/** What a mask writes in place of a hidden character. */
export const MASK = '•';

// Digits in the scripts members write them in: ASCII, Arabic-Indic, Persian (Extended Arabic-Indic), full-width.
const DIGIT_BLOCKS = [0x30, 0x660, 0x6f0, 0xff10];

/** The value of a digit character of any of {@link DIGIT_BLOCKS}, or -1. */
function digitValue(char: string): number {
  const code = char.charCodeAt(0);
  for (const zero of DIGIT_BLOCKS) if (code >= zero && code <= zero + 9) return code - zero;
  return -1;
}

/** `text` with every digit as ASCII; every other character stays, so offsets stay too. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/gu, (char) => String(digitValue(char)));
}

/** The Luhn check (IMEI, ICCID). */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let value = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) value = value * 2 > 9 ? value * 2 - 9 : value * 2;
    sum += value;
  }
  return sum % 10 === 0;
}

/** The ISO 13616 check: the account moved behind the country and check digits, letters as 10–35, mod 97 is 1. */
function ibanChecks(iban: string): boolean {
  let rest = 0;
  for (const char of iban.slice(4) + iban.slice(0, 4)) {
    const value = parseInt(char, 36);
    rest = (value > 9 ? rest * 100 + value : rest * 10 + value) % 97;
  }
  return rest === 1;
}

/** How many digits an E.164 country code has, from its first digits (ITU-T E.164 assignments). */
function countryCodeLength(digits: string): number {
  if (/^[17]/.test(digits)) return 1;
  return /^(2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58])/.test(digits) ? 2 : 3;
}

// Spans that look like numbers but are not personal data; blanked before phones and cards are looked for.
const NOT_PERSONAL = [
  // USSD and MMI codes: *177#, *100*1#, #31#, *#06#.
  /[*#][\d*#]*\d[\d*#]*/gu,
  // Dates: 31.12.2024, 31/12/24, 2024-12-31; times: 10:30, 10h30, 10:30:15.
  // (Each stands alone: 12.34.56 inside the Belgian 0470.12.34.56 is no date.)
  /(?<![\d./-])(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})(?![./-]?\d)|\b\d{1,2}[:h]\d{2}(?::\d{2})?\b/gu,
  // IP addresses, and versions: 192.168.1.1, v2.3.1, 17.5.1.
  /(?<![\d./-])v?\d{1,3}(?:\.\d{1,3}){2,3}(?![./-]?\d)/giu,
  // Prices and amounts of data: € 15,99, 15,99 €, 150.000 đ, 1.500.000 VND, 20 GB, 100 Mbps.
  /[€$£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur|euro|usd|aed|sar|qar|kwd|omr|bhd|vnd|đ|₫|dhs?|درهم|ريال|دينار|[kmgt]b|[kmg]o|[kmg]bps|[kmg]hz|mah|%)(?![\p{L}\p{N}])/giu,
];

/** A word before a local number that makes it a reference (order, ticket, PUK…) rather than a phone. */
const REFERENCE_BEFORE =
  /(?<!\p{L})(?:order|ticket|ref|reference|référence|case|invoice|account|customer|client|klant|klantnummer|bestelling|bestelnummer|bestel|factuur|dossier|commande|facture|contrat|contract|puk|pin|đơn hàng|mã đơn|hóa đơn|mã|طلب|الطلب|فاتورة|الفاتورة|مرجع|تذكرة|بلاغ|رمز)\s*(?:n[°ºro]\.?|nr\.?|no\.?|number|nummer|numéro|số|رقم)?\s*[:#.\-–]?\s*$/iu;

// A run of digits with the separators people put in phone numbers (spaces, dots, dashes, slashes, parentheses,
// bidi marks an Arabic keyboard adds), starting with an optional + or (+.
const SEPARATORS = '[ \\t\\u00a0\\u202f.\\-/()\\u200e\\u200f\\u061c\\u2066-\\u2069]';
const NUMBER_RUN = new RegExp(
  `(?<![\\p{L}\\p{N}_/=&?@#*.,+\\-])(?:\\(?\\+\\s?)?\\d(?:${SEPARATORS}{0,3}\\d)+(?![\\p{L}\\p{N}_@]|[.,]\\d)`,
  'gu',
);
const IBAN_RUN = /(?<![\p{L}\p{N}])[a-z]{2}\d{2}(?:[ \u00a0]?[a-z\d]){11,30}(?![\p{L}\p{N}])/giu;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

// Local mobile numbers: BE 04[5-9]x, NL 06-[1-8], AE/SA 05x, VN 03/05/07/08/09 (10 digits with the trunk 0);
// QA, KW, OM, BH: 8 digits starting 3, 5, 6, 7 or 9.
const LOCAL_MOBILE = /^0(?:4[5-9]\d|6[1-8]\d|[35789]\d\d)\d{6}$/;
const GULF_MOBILE = /^[35679]\d{7}$/;

interface Group {
  digits: string;
  start: number;
  end: number;
}

/** The digit groups of a number run (its start in the text at `offset`). */
function groupsOf(run: string, offset: number): Group[] {
  return [...run.matchAll(/\d+/gu)].map((m) => ({ digits: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

/** The kind of the digits of groups `from`…`to` (inclusive), or undefined when they are nothing personal. */
function classify(groups: readonly Group[], from: number, to: number, international: boolean, text: string): PersonalDataKind | undefined {
  const parts = groups.slice(from, to + 1);
  let digits = parts.map((g) => g.digits).join('');
  if (international) {
    // +32 (0)470…: the trunk 0 in parentheses is not dialled from abroad.
    if (parts[1]?.digits === '0' && /\(\s*$/.test(text.slice(parts[0].end, parts[1].start))) {
      digits = parts[0].digits + parts.slice(2).map((g) => g.digits).join('');
    }
    return digits.length >= 8 && digits.length <= 15 && digits[0] !== '0' ? 'phone' : undefined;
  }
  // 0032 470…: 00 and a country code, from the start of the number only (0012 3456… inside a longer one is not).
  if (/^00[1-9]/.test(digits)) return from === 0 && digits.length >= 10 && digits.length <= 17 ? 'phone' : undefined;
  if ((digits.length === 19 || digits.length === 20) && digits.startsWith('89') && luhn(digits)) return 'iccid';
  if (digits.length === 15 && luhn(digits)) return 'imei';
  const local = LOCAL_MOBILE.test(digits) || (GULF_MOBILE.test(digits) && parts.length <= 2 && parts.every((g) => g.digits.length === digits.length / parts.length));
  if (!local) return undefined;
  const before = text.slice(Math.max(0, groups[from].start - 32), groups[from].start);
  return REFERENCE_BEFORE.test(before) ? undefined : 'phone';
}

/** Phones, IMEIs and ICCIDs in the number runs of `text` (ASCII digits, blanked spans removed). */
function findNumbers(text: string, original: string, found: PersonalDataMatch[]): void {
  for (const run of text.matchAll(NUMBER_RUN)) {
    const international = run[0].includes('+');
    const groups = groupsOf(run[0], run.index);
    // The longest stretch of whole groups that is something, from each group on: "0470 12 34 56 2024" is a phone.
    let from = 0;
    while (from < groups.length) {
      // Nothing personal has more than 20 digits: longer stretches are not tried.
      let to = from;
      for (let digits = groups[from].digits.length; to + 1 < groups.length && digits + groups[to + 1].digits.length <= 20; to++) {
        digits += groups[to + 1].digits.length;
      }
      let kind: PersonalDataKind | undefined;
      for (; to >= from; to--) {
        kind = classify(groups, from, to, international && from === 0, text);
        if (kind) break;
      }
      if (!kind) {
        from++;
        continue;
      }
      const start = from === 0 ? run.index : groups[from].start;
      const end = groups[to].end;
      found.push({ kind, start, end, text: original.slice(start, end) });
      from = to + 1;
    }
  }
}

/** `text` with the spans of `pattern` replaced by spaces (same length, so offsets stay). */
function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (span) => ' '.repeat(span.length));
}

/** The personal data in `text`, in order of position; findings never overlap. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  let work = asciiDigits(text);
  for (const m of work.matchAll(EMAIL)) found.push({ kind: 'email', start: m.index, end: m.index + m[0].length, text: m[0] });
  work = blank(work, EMAIL);
  for (const m of work.matchAll(IBAN_RUN)) {
    // The IBAN may be followed by a word of letters and digits it swallowed: take the longest prefix that checks.
    const compact = [...m[0].matchAll(/[a-z\d]/giu)];
    for (let length = Math.min(compact.length, 34); length >= 15; length--) {
      const iban = compact.slice(0, length).map((c) => c[0]).join('').toUpperCase();
      if (/^[A-Z]{2}\d{2}/.test(iban) && ibanChecks(iban)) {
        const end = m.index + compact[length - 1].index + 1;
        found.push({ kind: 'iban', start: m.index, end, text: text.slice(m.index, end) });
        work = work.slice(0, m.index) + ' '.repeat(end - m.index) + work.slice(end);
        break;
      }
    }
  }
  for (const pattern of NOT_PERSONAL) work = blank(work, pattern);
  findNumbers(work, text, found);
  return found.sort((a, b) => a.start - b.start);
}

/** How many characters of a finding's digits (or letters) a mask keeps at the start and at the end. */
function kept(match: PersonalDataMatch): [head: number, tail: number] {
  const digits = asciiDigits(match.text).replace(/\D/gu, '');
  if (match.kind === 'iban') return [2, 4];
  if (match.kind !== 'phone') return [0, 4];
  // Country code (or trunk 0, or 00 and country code) and the next digit: enough to tell a mobile from a landline.
  const international = match.text.trimStart().startsWith('+') || /^\(\+/.test(match.text);
  // `+32 (0)470…` keeps the 0 in parentheses too.
  if (international) return [countryCodeLength(digits) + (/\(\s*[0٠۰０]\s*\)/u.test(match.text) ? 2 : 1), 2];
  if (digits.startsWith('00')) return [2 + countryCodeLength(digits.slice(2)) + 1, 2];
  return [digits.startsWith('0') ? 2 : 1, 2];
}

/** The mask of one finding: `+32 4•• •• •• 12`, `35•••••••••1481`… as `•••• 1481`, `a•••@proximus.be`. */
export function maskMatch(match: PersonalDataMatch): string {
  if (match.kind === 'email') {
    const at = match.text.lastIndexOf('@');
    return `${Array.from(match.text)[0]}${MASK.repeat(3)}${match.text.slice(at)}`;
  }
  const [head, tail] = kept(match);
  const chars = Array.from(match.text);
  const significant = chars.filter((char) => digitValue(char) >= 0 || /\p{L}/u.test(char)).length;
  let index = 0;
  return chars
    .map((char) => {
      if (digitValue(char) < 0 && !/\p{L}/u.test(char)) return char;
      const position = index++;
      return position < head || position >= significant - tail ? char : MASK;
    })
    .join('');
}

/** `text` with every finding (by default every personal data {@link findPersonalData} finds) replaced by its mask. */
export function maskPersonalData(text: string, matches: readonly PersonalDataMatch[] = findPersonalData(text)): string {
  let result = '';
  let at = 0;
  for (const match of [...matches].sort((a, b) => a.start - b.start)) {
    if (match.start < at) continue;
    result += text.slice(at, match.start) + maskMatch(match);
    at = match.end;
  }
  return result + text.slice(at);
}
