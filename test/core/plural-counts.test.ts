import { expect } from '../helpers/fixture.js';
import { en, formatNumber, formattersFor, pluralCategory } from '../../src/core/i18n/index.js';
import type { Formatters, Messages, PluralForms } from '../../src/core/i18n/index.js';
import { ar } from '../../src/core/i18n/messages/ar.js';
import { de } from '../../src/core/i18n/messages/de.js';
import { hi } from '../../src/core/i18n/messages/hi.js';
import { ur } from '../../src/core/i18n/messages/ur.js';

/** Counts that land in each of Arabic's six categories: zero, one, two, few, many, other. */
const COUNTS = [0, 1, 2, 3, 11, 100] as const;

type Fn = (...args: unknown[]) => unknown;

/** Every catalog function whose English text goes through `f.plural` (a count), by key path, with English's. */
function countedMessages(catalog: object, reference: object = en, path = ''): [string, Fn, Fn][] {
  return Object.entries(reference).flatMap(([key, expected]: [string, unknown]): [string, Fn, Fn][] => {
    const value = (catalog as Record<string, unknown>)[key];
    if (typeof expected === 'object' && expected !== null) return countedMessages(value as object, expected, `${path}${key}.`);
    if (typeof expected !== 'function' || typeof value !== 'function') return [];
    return render(expected as Fn, 'en', 3).calls.length ? [[`${path}${key}`, value as Fn, expected as Fn]] : [];
  });
}

interface Rendered {
  text: string;
  calls: { n: number; forms: PluralForms; text: string }[];
}

/** Calls a catalog function with `n` for every argument but the formatters, recording its plural choices. */
function render(fn: Fn, locale: string, n: number): Rendered {
  const base = formattersFor(locale);
  const calls: Rendered['calls'] = [];
  const f: Formatters = Object.assign(Object.create(base) as Formatters, {
    plural: (count: number, forms: PluralForms) => {
      const text = base.plural(count, forms);
      calls.push({ n: count, forms, text });
      return text;
    },
  });
  const arity = Math.max(1, fn.length);
  const text = String(fn(...Array.from({ length: arity }, (_, i) => (arity > 1 && i === arity - 1 ? f : n))));
  return { text, calls };
}

/** The form a category of `n` should pick: an exact `=n` form, else the category's, else `other`. */
function expectedForm(locale: string, n: number, forms: PluralForms): string {
  return (forms[`=${n}`] ?? forms[pluralCategory(locale, n)] ?? forms.other).replaceAll('#', formatNumber(locale, n));
}

describe('counts with real numbers', () => {
  it('Arabic picks zero, one, two, few, many and other for 0, 1, 2, 3, 11 and 100', () => {
    expect(COUNTS.map((n) => pluralCategory('ar', n))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  for (const [locale, catalog] of [['ar', ar], ['ur', ur], ['hi', hi], ['de', de]] as [string, Messages][]) {
    it(`${locale}: every message with a count renders the form of the count's category`, () => {
      const messages = countedMessages(catalog);
      expect(messages.length, 'messages with a count').to.be.greaterThan(50);
      const problems: string[] = [];
      for (const [key, fn, english] of messages) {
        for (const n of COUNTS) {
          const { text, calls } = render(fn, locale, n);
          // "Load more questions" says no count for 0, in English too.
          if (!calls.length && render(english, 'en', n).calls.length) problems.push(`${key}(${n}): no plural`);
          for (const call of calls) {
            if (call.n !== n) problems.push(`${key}(${n}): counted ${call.n}`);
            if (call.text !== expectedForm(locale, n, call.forms)) problems.push(`${key}(${n}): ${call.text}`);
            if (!text.includes(call.text)) problems.push(`${key}(${n}): the form is not in “${text}”`);
          }
        }
      }
      expect(problems).to.deep.equal([]);
    });
  }

  it('Arabic gives every count its own form: the noun alone for one and two, plural for 3–10, accusative singular for 11–99', () => {
    const problems: string[] = [];
    for (const [key, fn] of countedMessages(ar)) {
      const texts = Object.fromEntries(COUNTS.map((n) => [n, render(fn, 'ar', n)]));
      const forms = texts[3].calls[0].forms;
      // Every message has few, many and other; "one" and "two" say the number in words (لا رقم).
      for (const category of ['few', 'many', 'other'] as const) if (!(category in forms)) problems.push(`${key}: no ${category} form`);
      if (forms.one !== undefined && fn.length <= 2 && texts[1].text.includes(formatNumber('ar', 1))) problems.push(`${key}(1): ${texts[1].text}`);
      if (forms.two !== undefined && fn.length <= 2 && texts[2].text.includes(formatNumber('ar', 2))) problems.push(`${key}(2): ${texts[2].text}`);
      for (const n of [3, 11, 100]) if (!texts[n].text.includes(formatNumber('ar', n))) problems.push(`${key}(${n}): ${texts[n].text} without the number`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('Arabic reads right at each count', () => {
    const f = formattersFor('ar');
    const d = (n: number) => formatNumber('ar', n);
    expect(COUNTS.map((n) => ar.live.newQuestions(n, f))).to.deep.equal([
      'لا أسئلة جديدة', 'سؤال جديد واحد', 'سؤالان جديدان', `${d(3)} أسئلة جديدة`, `${d(11)} سؤالًا جديدًا`, `${d(100)} سؤال جديد`,
    ]);
    expect(COUNTS.map((n) => ar.count.kudos(n, f))).to.deep.equal([
      'لا إعجابات', 'إعجاب واحد', 'إعجابان', `${d(3)} إعجابات`, `${d(11)} إعجابًا`, `${d(100)} إعجاب`,
    ]);
    // The kudos button always shows the number, so its name writes it too.
    expect(COUNTS.map((n) => ar.vote.label(n, f))).to.deep.equal([
      `أعجبني، ${d(0)} إعجاب`, `أعجبني، ${d(1)} إعجاب`, `أعجبني، ${d(2)} إعجاب`, `أعجبني، ${d(3)} إعجابات`, `أعجبني، ${d(11)} إعجابًا`, `أعجبني، ${d(100)} إعجاب`,
    ]);
  });

  it('Urdu, Hindi and German use one and other only, and read right at each count', () => {
    for (const [locale, catalog] of [['ur', ur], ['hi', hi], ['de', de]] as [string, Messages][]) {
      for (const [key, fn] of countedMessages(catalog)) {
        for (const call of render(fn, locale, 3).calls) {
          const categories = Object.keys(call.forms).filter((k) => !k.startsWith('='));
          expect(categories.every((k) => k === 'one' || k === 'other'), `${locale} ${key}: ${categories.join()}`).to.equal(true);
        }
      }
    }
    const texts = (catalog: Messages, locale: string, fn: (m: Messages) => (n: number, f: Formatters) => string) =>
      COUNTS.map((n) => fn(catalog)(n, formattersFor(locale)));
    expect(texts(de, 'de', (m) => m.count.answers)).to.deep.equal(['0 Antworten', '1 Antwort', '2 Antworten', '3 Antworten', '11 Antworten', '100 Antworten']);
    expect(texts(de, 'de', (m) => m.care.within.day)).to.deep.equal(['0 Tagen', '1 Tag', '2 Tagen', '3 Tagen', '11 Tagen', '100 Tagen']);
    expect(texts(ur, 'ur', (m) => m.count.answers)).to.deep.equal(['0 جوابات', '1 جواب', '2 جوابات', '3 جوابات', '11 جوابات', '100 جوابات']);
    expect(texts(ur, 'ur', (m) => m.ideas.comments)).to.deep.equal(['0 تبصرے', '1 تبصرہ', '2 تبصرے', '3 تبصرے', '11 تبصرے', '100 تبصرے']);
    // Hindi's "one" is 0 and 1: "0 टिप्पणी", "1 टिप्पणी", then "2 टिप्पणियाँ".
    expect(texts(hi, 'hi', (m) => m.ideas.comments)).to.deep.equal(['0 टिप्पणी', '1 टिप्पणी', '2 टिप्पणियाँ', '3 टिप्पणियाँ', '11 टिप्पणियाँ', '100 टिप्पणियाँ']);
    expect(texts(hi, 'hi', (m) => m.live.newAnswers)).to.deep.equal(['कोई नया जवाब नहीं', '1 नया जवाब', '2 नए जवाब', '3 नए जवाब', '11 नए जवाब', '100 नए जवाब']);
  });
});
