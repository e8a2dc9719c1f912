import { expect, fixture, html } from '../helpers/fixture.js';
import { MajlisError } from '../../src/core/adapter.js';
import type { MajlisErrorCode } from '../../src/core/adapter.js';
import {
  availableLocales,
  catalogArea,
  canonicalLocale,
  directionOf,
  en,
  errorMessage,
  formatDate,
  formatLanguageName,
  formatList,
  formatNumber,
  formatRelativeTime,
  formattersFor,
  loadMessages,
  matchSupportedLocale,
  messagesFor,
  onMessagesChange,
  plural,
  pluralCategory,
  registerMessages,
  resolveDirection,
  resolveLanguage,
  resolveLocale,
} from '../../src/core/i18n/index.js';
import type { Formatters, Messages } from '../../src/core/i18n/index.js';
import { textDirection } from '../../src/core/i18n/locale.js';
import { unpackMessages } from '../../src/core/i18n/packed.js';

const ARABIC_LETTER = /[\u0600-\u06ff]/;

// Declared before anything that loads catalogs: module state is shared by the whole file.
describe('catalog loading', () => {
  it('serves English until a lazy catalog has loaded, then the catalog', async () => {
    expect(messagesFor('ar')).to.equal(en);
    expect(messagesFor('vi-VN')).to.equal(en);
    let notified = 0;
    const stop = onMessagesChange(() => notified++);
    const first = loadMessages('ar-AE');
    const second = loadMessages('ar');
    const [a, b] = await Promise.all([first, second]);
    stop();
    expect(a).to.equal(b);
    expect(a.common.retry).to.equal('إعادة المحاولة');
    expect(messagesFor('ar')).to.equal(a);
    expect(messagesFor('ar-SA')).to.equal(a);
    expect(notified).to.equal(1);
    expect(messagesFor('vi')).to.equal(en);
  });

  it('resolves unknown locales to English without loading anything', async () => {
    expect(await loadMessages('ja-JP')).to.equal(messagesFor('en'));
  });
});

describe('plural()', () => {
  const arabic = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };

  it('selects all six Arabic categories', () => {
    const cases: [number, string][] = [
      [0, 'zero'], [1, 'one'], [2, 'two'], [3, 'few'], [10, 'few'], [11, 'many'],
      [99, 'many'], [100, 'other'], [101, 'other'], [102, 'other'], [103, 'few'], [111, 'many'],
    ];
    for (const [n, category] of cases) {
      expect(pluralCategory('ar', n), `ar ${n}`).to.equal(category);
      expect(plural('ar', n, arabic), `ar ${n}`).to.equal(category);
    }
  });

  it('uses only one/other in English and falls back to other for missing categories', () => {
    const forms = { zero: 'zero', one: 'one', other: 'other' };
    expect([0, 1, 2, 21].map((n) => plural('en', n, forms))).to.deep.equal(['other', 'one', 'other', 'other']);
    expect(plural('ar', 2, { one: 'one', other: 'other' })).to.equal('other');
  });

  it('lets an exact =n form win over the category', () => {
    const forms = { '=0': 'No answers yet', one: '# answer', other: '# answers' };
    expect(plural('en', 0, forms)).to.equal('No answers yet');
    expect(plural('en', 1, forms)).to.equal('# answer');
    expect(plural('ar', 0, { '=0': 'exact', zero: 'zero', other: 'other' })).to.equal('exact');
  });
});

describe('counts in the catalogs', () => {
  let ar: Messages;
  before(async () => {
    ar = await loadMessages('ar');
  });

  it('writes Arabic counts in six forms with the locale’s digits', () => {
    const f = formattersFor('ar');
    const d = (n: number) => formatNumber('ar', n);
    const expected = [
      [0, 'لا إجابات'], [1, 'إجابة واحدة'], [2, 'إجابتان'], [3, `${d(3)} إجابات`], [10, `${d(10)} إجابات`],
      [11, `${d(11)} إجابةً`], [99, `${d(99)} إجابةً`], [100, `${d(100)} إجابة`], [101, `${d(101)} إجابة`],
      [102, `${d(102)} إجابة`],
    ] as const;
    for (const [n, text] of expected) expect(ar.count.answers(n, f), `${n}`).to.equal(text);
    expect(ar.count.kudos(12, f)).to.equal(`${d(12)} إعجابًا`);
    expect(ar.count.kudos(2, f)).to.equal('إعجابان');
  });

  it('follows the digits a locale tag asks for', () => {
    expect(ar.count.points(11, formattersFor('ar-u-nu-arab'))).to.equal('١١ نقطةً');
    expect(ar.count.points(11, formattersFor('ar-u-nu-latn'))).to.equal('11 نقطةً');
  });

  it('writes English counts with one/other and grouped numbers', () => {
    const f = formattersFor('en');
    expect(en.count.answers(1, f)).to.equal('1 answer');
    expect(en.count.answers(0, f)).to.equal('0 answers');
    expect(en.count.answers(1234, f)).to.equal('1,234 answers');
    expect(en.count.kudos(1, f)).to.equal('1 kudos');
    expect(en.count.kudos(12, f)).to.equal('12 kudos');
    expect(en.count.acceptedSolutions(1, f)).to.equal('1 accepted solution');
  });
});

describe('formatting', () => {
  it('formats numbers per locale', () => {
    expect(formatNumber('en', 1234.5)).to.equal('1,234.5');
    expect(formatNumber('nl', 1234.5)).to.equal('1.234,5');
    expect(formatNumber('vi', 1234.5)).to.equal('1.234,5');
    expect(formatNumber('fr', 1234.5)).to.equal('1\u202f234,5');
    expect(formatNumber('ar-u-nu-arab', 1234.5)).to.equal('١٬٢٣٤٫٥');
    // The digits of the tag, from the CLDR data the engines share (README, "Digits"; a bare `ar` is pinned where an
    // element resolves its locale, below).
    expect(formatNumber('ar-AE', 1234)).to.equal('1,234');
    for (const gulf of ['ar-SA', 'ar-QA', 'ar-KW']) expect(formatNumber(gulf, 1234), gulf).to.equal('١٬٢٣٤');
    expect(formatNumber('ar-AE-u-nu-arab', 1234)).to.equal('١٬٢٣٤');
    expect(formatNumber('ar-SA-u-nu-latn', 1234)).to.equal('1,234');
    expect(formatNumber('en', 0.5, { style: 'percent' })).to.equal('50%');
    expect(formatNumber('en', 0.5)).to.equal('0.5');
  });

  it('formats dates, and gives an empty string for an invalid one', () => {
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };
    expect(formatDate('en', '2024-03-05T10:00:00Z', options)).to.equal('March 5, 2024');
    expect(formatDate('fr', new Date('2024-03-05T10:00:00Z'), options)).to.equal('5 mars 2024');
    expect(formatDate('en', 'not a date')).to.equal('');
  });

  it('formats relative times in the largest fitting unit', () => {
    const now = '2024-03-05T12:00:00Z';
    const at = (seconds: number) => new Date(Date.parse(now) + seconds * 1000).toISOString();
    const cases: [number, string][] = [
      [0, 'now'],
      [-30, '30 seconds ago'],
      [-5 * 60, '5 minutes ago'],
      [-59.7 * 60, '1 hour ago'],
      [2 * 3600, 'in 2 hours'],
      [-86400, 'yesterday'],
      [-3 * 86400, '3 days ago'],
      [-14 * 86400, '2 weeks ago'],
      [-45 * 86400, 'last month'],
      [-100 * 86400, '3 months ago'],
      [-400 * 86400, 'last year'],
      [-3 * 365 * 86400, '3 years ago'],
    ];
    for (const [seconds, text] of cases) expect(formatRelativeTime('en', at(seconds), now), `${seconds}s`).to.equal(text);
    expect(formatRelativeTime('nl', at(-86400), now)).to.equal('gisteren');
    expect(formatRelativeTime('ar', at(-86400), now)).to.equal('أمس');
    expect(formatRelativeTime('en', 'garbage', now)).to.equal('');
  });

  it('formats lists', () => {
    expect(formatList('en', ['4G', '5G', 'fibre'])).to.equal('4G, 5G, and fibre');
    expect(formatList('nl', ['4G', '5G', 'glasvezel'])).to.equal('4G, 5G en glasvezel');
  });

  it('names every regional language tag as "language (region)", in every locale', () => {
    expect(formatLanguageName('en', 'nl-BE')).to.equal('Dutch (Belgium)');
    expect(formatLanguageName('en', 'fr-BE')).to.equal('French (Belgium)');
    expect(formatLanguageName('en', 'en-GB')).to.equal('English (United Kingdom)');
    expect(formatLanguageName('fr', 'nl-BE')).to.equal('néerlandais (Belgique)');
    expect(formatLanguageName('nl', 'nl-BE')).to.equal('Nederlands (België)');
    for (const locale of ['en', 'ar', 'fr', 'nl', 'vi', 'ur', 'de', 'hi']) {
      const region = new Intl.DisplayNames(locale, { type: 'region' }).of('BE')!;
      for (const language of ['nl', 'fr']) {
        const name = formatLanguageName(locale, `${language}-BE`);
        expect(name, `${language}-BE in ${locale}`).to.contain(formatLanguageName(locale, language));
        expect(name, `${language}-BE in ${locale}`).to.contain(region);
      }
    }
  });

  it('gives the tag itself for a language it cannot name', () => {
    expect(formatLanguageName('en', 'not a tag')).to.equal('not a tag');
  });
});

describe('locale resolution', () => {
  let htmlLang: string | null;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
  });
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('takes the element’s own lang, else the closest ancestor’s', async () => {
    const root = await fixture(html`<section lang="nl-BE"><p><b lang="fr"></b><i></i><u lang=""></u></p></section>`);
    expect(resolveLocale(root.querySelector('b')!)).to.equal('fr');
    expect(resolveLocale(root.querySelector('i')!)).to.equal('nl-BE');
    expect(resolveLocale(root.querySelector('u')!), 'empty lang is skipped').to.equal('nl-BE');
  });

  it('gives a bare `ar` Latin digits in every engine, and leaves a region or a numbering system alone', async () => {
    const root = await fixture(html`<div lang="ar"><b></b><i lang="ar-SA"></i><u lang="ar-u-nu-arab"></u></div>`);
    expect(resolveLanguage(root.querySelector('b')!)).to.deep.equal({ locale: 'ar-u-nu-latn', dir: 'rtl' });
    expect(formatNumber(resolveLocale(root.querySelector('b')!), 1234.5)).to.equal('1,234.5');
    expect(resolveLocale(root.querySelector('i')!)).to.equal('ar-SA');
    expect(resolveLocale(root.querySelector('u')!)).to.equal('ar-u-nu-arab');
  });

  it('crosses shadow roots to the host’s ancestors', async () => {
    const root = await fixture(html`<article lang="ar-AE"><div></div></article>`);
    const shadow = root.querySelector('div')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    const nested = document.createElement('em');
    nested.lang = 'vi';
    shadow.append(inner, nested);
    expect(resolveLocale(inner)).to.equal('ar-AE');
    expect(resolveLocale(nested)).to.equal('vi');
  });

  it('falls back to <html lang>, then the browser language', async () => {
    const p = await fixture(html`<p></p>`);
    document.documentElement.setAttribute('lang', 'fr-BE');
    expect(resolveLocale(p)).to.equal('fr-BE');
    document.documentElement.removeAttribute('lang');
    // The browser language may be no BCP-47 tag at all (WebKit under LANG=C reports "C"): then English.
    expect(resolveLocale(p)).to.equal(canonicalLocale(navigator.language) ?? 'en');
    expect(resolveLocale(document.createElement('p')), 'detached').to.equal(resolveLocale(p));
  });

  it('matches a tag to a supported locale', () => {
    expect(matchSupportedLocale('ar-AE')).to.equal('ar');
    expect(matchSupportedLocale('nl-BE')).to.equal('nl');
    expect(matchSupportedLocale('fr-BE')).to.equal('fr');
    expect(matchSupportedLocale('vi-VN')).to.equal('vi');
    expect(matchSupportedLocale('EN-gb')).to.equal('en');
    expect(matchSupportedLocale('ar-u-nu-arab')).to.equal('ar');
    expect(matchSupportedLocale('de-BE')).to.equal('de');
    expect(matchSupportedLocale('ur-PK')).to.equal('ur');
    expect(matchSupportedLocale('hi-IN')).to.equal('hi');
    expect(matchSupportedLocale('pt')).to.equal('en');
    expect(matchSupportedLocale('')).to.equal('en');
    expect(matchSupportedLocale('not a tag')).to.equal('en');
    expect(matchSupportedLocale('pt-br', ['en', 'pt-BR'])).to.equal('pt-BR');
    expect(matchSupportedLocale('pt', ['en', 'pt-BR'])).to.equal('en');
  });
});

describe('direction', () => {
  const rtl = ['ar', 'ar-AE', 'he', 'fa', 'ur', 'ckb', 'az-Arab'];
  const ltr = ['en', 'nl', 'fr', 'vi', 'tr'];

  it('knows right-to-left locales', () => {
    for (const locale of rtl) expect(directionOf(locale), locale).to.equal('rtl');
    for (const locale of ltr) expect(directionOf(locale), locale).to.equal('ltr');
    expect(directionOf('%%')).to.equal('ltr');
  });

  it('knows them without Intl.Locale text info too', () => {
    const proto = Intl.Locale.prototype;
    const saved = ['getTextInfo', 'textInfo'].map((key) => [key, Object.getOwnPropertyDescriptor(proto, key)] as const);
    for (const [key] of saved) Object.defineProperty(proto, key, { value: undefined, configurable: true });
    try {
      expect((new Intl.Locale('ar') as unknown as { getTextInfo?: unknown }).getTextInfo).to.equal(undefined);
      // directionOf() remembers its first answers, so ask the computation itself.
      for (const locale of rtl) expect(textDirection(locale), locale).to.equal('rtl');
      for (const locale of ltr) expect(textDirection(locale), locale).to.equal('ltr');
    } finally {
      for (const [key, descriptor] of saved) {
        if (descriptor) Object.defineProperty(proto, key, descriptor);
        else delete (proto as unknown as Record<string, unknown>)[key];
      }
    }
  });

  it('comes from the nearest dir attribute or lang, through shadow roots', async () => {
    const root = await fixture(html`<div>
      <div dir="rtl"><p id="a"></p><p id="b" dir="auto"></p><p id="c" lang="en"></p></div>
      <div lang="he"><p id="d"></p><p id="e" dir="ltr" lang="ar"></p></div>
      <div dir="RTL"><p id="host"></p></div>
    </div>`);
    const at = (id: string) => root.querySelector(`#${id}`)!;
    expect(resolveDirection(at('a'))).to.equal('rtl');
    expect(resolveDirection(at('b')), 'dir=auto is ignored').to.equal('rtl');
    expect(resolveDirection(at('c')), 'a nearer lang beats a farther dir').to.equal('ltr');
    expect(resolveDirection(at('d'))).to.equal('rtl');
    expect(resolveDirection(at('e')), 'dir beats lang on the same element').to.equal('ltr');
    const inner = document.createElement('span');
    at('host').attachShadow({ mode: 'open' }).append(inner);
    expect(resolveDirection(inner)).to.equal('rtl');
  });

  it('is found with the language in one walk (resolveLanguage), as each alone finds them', async () => {
    const root = await fixture(html`<div lang="fr-BE">
      <div dir="rtl"><p id="a"></p><p id="c" lang="en"></p></div>
      <div lang="he"><p id="d"></p><p id="e" dir="ltr" lang="ar"></p></div>
      <p id="f" lang=""></p>
    </div>`);
    const inner = document.createElement('span');
    root.querySelector('#d')!.attachShadow({ mode: 'open' }).append(inner);
    const detached = document.createElement('p');
    const expected = { a: ['fr-BE', 'rtl'], c: ['en', 'ltr'], d: ['he', 'rtl'], e: ['ar-u-nu-latn', 'ltr'], f: ['fr-BE', 'ltr'] };
    for (const [id, [locale, dir]] of Object.entries(expected)) {
      const el = root.querySelector(`#${id}`)!;
      expect(resolveLanguage(el), id).to.deep.equal({ locale, dir });
      expect([resolveLocale(el), resolveDirection(el)], id).to.deep.equal([locale, dir]);
    }
    expect(resolveLanguage(inner), 'through a shadow root').to.deep.equal({ locale: 'he', dir: 'rtl' });
    expect(resolveLanguage(detached), 'detached').to.deep.equal({ locale: resolveLocale(detached), dir: resolveDirection(detached) });
  });
});

describe('registerMessages()', () => {
  it('overrides strings of a shipped locale, keeping the rest', async () => {
    const fr = await loadMessages('fr');
    const original = fr.common.retry;
    registerMessages('fr', { common: { retry: 'Encore une fois' } });
    try {
      const merged = messagesFor('fr-CA');
      expect(merged.common.retry).to.equal('Encore une fois');
      expect(merged.common.cancel).to.equal('Annuler');
      expect(merged.count.answers(2, formattersFor('fr'))).to.equal('2 réponses');
      expect(messagesFor('fr')).to.equal(merged);
    } finally {
      registerMessages('fr', { common: { retry: original } });
    }
    expect(messagesFor('fr').common.retry).to.equal(original);
  });

  it('adds a locale Majlis does not ship, with English for missing keys', () => {
    let notified = 0;
    const stop = onMessagesChange(() => notified++);
    registerMessages('pt', { common: { retry: 'Tentar novamente' }, count: { answers: (n, f) => f.plural(n, { one: '# resposta', other: '# respostas' }) } });
    registerMessages('pt', { common: { close: 'Fechar' } });
    stop();
    expect(notified).to.equal(2);
    expect(availableLocales()).to.include('pt');
    expect(matchSupportedLocale('pt-BR', availableLocales())).to.equal('pt');
    const pt = messagesFor('pt-BR');
    expect(pt.common.retry).to.equal('Tentar novamente');
    expect(pt.common.close).to.equal('Fechar');
    expect(pt.common.cancel).to.equal(en.common.cancel);
    expect(pt.count.answers(3, formattersFor('pt'))).to.equal('3 respostas');
    expect(pt.error.network).to.equal(en.error.network);
  });

  it('adds a regional variant over its language’s catalog', async () => {
    const ar = await loadMessages('ar');
    registerMessages('ar-AE', { status: { solved: 'محلول' } });
    expect(matchSupportedLocale('ar-AE', availableLocales())).to.equal('ar-AE');
    const gulf = messagesFor('ar-AE');
    expect(gulf.status.solved).to.equal('محلول');
    expect(gulf.common.retry).to.equal(ar.common.retry);
    expect(messagesFor('ar').status.solved).to.equal('تم الحل');
    expect(messagesFor('ar-SA')).to.equal(messagesFor('ar'));
  });

  it('rejects a malformed tag', () => {
    expect(() => registerMessages('not a tag', {})).to.throw(RangeError);
  });
});

describe('errorMessage()', () => {
  const f: Formatters = formattersFor('en');
  const codes: MajlisErrorCode[] = ['unauthenticated', 'forbidden', 'not-found', 'conflict', 'network', 'unavailable'];

  it('gives one message per error code', () => {
    for (const code of codes) expect(errorMessage(en, new MajlisError(code, 'dev text'), f)).to.equal(en.error[code]);
    expect(errorMessage(en, new MajlisError('unauthenticated', 'x'), f)).to.equal('Please sign in to do that.');
    expect(errorMessage(en, new Error('boom'), f)).to.equal(en.error.unknown);
    expect(errorMessage(en, 'junk', f)).to.equal(en.error.unknown);
  });

  it('says the community’s address is not answering when the endpoint does not speak the contract', () => {
    const wrongEndpoint = new MajlisError('unavailable', 'GET /viewer failed with HTTP 404', { endpoint: '/api/x' });
    expect(errorMessage(en, wrongEndpoint, f)).to.equal(en.error.notAnswering);
    expect(en.error.notAnswering).to.not.equal(en.error.unavailable);
  });

  it('names the field of an invalid input', () => {
    const invalid = (field?: string) => errorMessage(en, new MajlisError('invalid', 'x', field ? { field } : {}), f);
    expect(invalid('title')).to.equal('Please check the “Title” field.');
    expect(invalid('categoryId')).to.equal('Please check the “Category” field.');
    expect(invalid('mystery')).to.equal(en.error.invalid);
    expect(invalid()).to.equal(en.error.invalid);
  });

  it('says how long to wait when rate-limited', async () => {
    const limited = (retryAfter?: number) => new MajlisError('rate-limited', 'x', retryAfter === undefined ? {} : { retryAfter });
    expect(errorMessage(en, limited(30), f)).to.contain('try again in 30 seconds');
    expect(errorMessage(en, limited(0.4), f)).to.contain('try again in 1 second.');
    expect(errorMessage(en, limited(), f)).to.contain('wait a moment');
    const ar = await loadMessages('ar');
    expect(errorMessage(ar, limited(2), formattersFor('ar'))).to.contain('ثانيتين');
  });
});

/** A plural form's `#` left in the output (a `#` before a digit is a rank such as "#3"). */
const UNREPLACED_COUNT = /#(?!NaN|[\d\u0660-\u0669\u06F0-\u06F9])/;

describe('catalog completeness', () => {
  const samples: unknown[] = [0, 1, 2, 3, 11, 100, 1_000_000, undefined, 'Title'];

  /**
   * Calls a catalog function with `sample` for every parameter but the last of a multi-parameter one,
   * which gets the formatters (they also stand in for a string parameter: "Français").
   */
  function call(fn: (...args: unknown[]) => unknown, sample: unknown, fmt: Formatters): unknown {
    const formatters = Object.assign(Object.create(fmt) as Formatters, { toString: () => 'Français' });
    const arity = Math.max(1, fn.length);
    return fn(...Array.from({ length: arity }, (_, i) => (arity > 1 && i === arity - 1 ? formatters : sample)));
  }

  /** Every path of `reference`, with a problem for each one `catalog` lacks or gets wrong. */
  function problems(reference: object, catalog: object, fmt: Formatters, path = ''): string[] {
    const found: string[] = [];
    const actual = catalog as Record<string, unknown>;
    for (const [key, expected] of Object.entries(reference)) {
      const where = `${path}${key}`;
      const value = actual[key];
      if (typeof value !== typeof expected) {
        found.push(`${where}: ${typeof value} instead of ${typeof expected}`);
      } else if (typeof value === 'function') {
        for (const sample of samples) {
          const text = call(value as (...args: unknown[]) => unknown, sample, fmt);
          if (typeof text !== 'string' || !text.trim() || UNREPLACED_COUNT.test(text)) found.push(`${where}(${String(sample)}): ${String(text)}`);
        }
      } else if (typeof value === 'string') {
        if (!value.trim()) found.push(`${where}: empty`);
      } else {
        found.push(...problems(expected as object, value as object, fmt, `${where}.`));
      }
    }
    for (const key of Object.keys(actual)) if (!(key in reference)) found.push(`${path}${key}: not in English`);
    return found;
  }

  /** Every string a catalog can produce, with sample arguments for its functions. */
  function texts(catalog: object, fmt: Formatters): string[] {
    return Object.values(catalog).flatMap((value: unknown) => {
      if (typeof value === 'string') return [value];
      if (typeof value === 'function') return samples.map((s) => String(call(value as (...args: unknown[]) => unknown, s, fmt)));
      return texts(value as object, fmt);
    });
  }

  const catalogs: Record<string, () => Promise<Messages>> = {
    ar: async () => (await import('../../src/core/i18n/messages/ar.js')).ar,
    nl: async () => (await import('../../src/core/i18n/messages/nl.js')).nl,
    fr: async () => (await import('../../src/core/i18n/messages/fr.js')).fr,
    vi: async () => (await import('../../src/core/i18n/messages/vi.js')).vi,
    ur: async () => (await import('../../src/core/i18n/messages/ur.js')).ur,
    de: async () => (await import('../../src/core/i18n/messages/de.js')).de,
    hi: async () => (await import('../../src/core/i18n/messages/hi.js')).hi,
  };

  it('English itself produces non-empty strings', () => {
    expect(problems(en, en, formattersFor('en'))).to.deep.equal([]);
  });

  for (const [locale, load] of Object.entries(catalogs)) {
    it(`${locale} has every key of English`, async () => {
      expect(problems(en, await load(), formattersFor(locale))).to.deep.equal([]);
    });
  }

  /**
   * The arguments each function of `catalog` shows, against English's: a text that drops a name English shows (or
   * shows one English does not) reads wrong. Each parameter gets a marker; those English prints as numbers or
   * counts are left to the checks above.
   */
  function placeholderProblems(reference: object, catalog: object, fmt: Formatters, path = ''): string[] {
    return Object.entries(reference).flatMap(([key, expected]: [string, unknown]): string[] => {
      const value = (catalog as Record<string, unknown>)[key];
      if (typeof expected === 'object' && expected !== null) return placeholderProblems(expected, value as object, fmt, `${path}${key}.`);
      if (typeof expected !== 'function' || typeof value !== 'function') return [];
      const shown = (fn: (...args: unknown[]) => unknown) => {
        const arity = Math.max(1, fn.length);
        const markers = Array.from({ length: arity }, (_, i) => (arity > 1 && i === arity - 1 ? fmt : `⟦${i}⟧`));
        try {
          const text = String(fn(...markers));
          return markers.flatMap((marker, i) => (typeof marker === 'string' && text.includes(marker) ? [i] : []));
        } catch {
          return [];
        }
      };
      const english = shown(expected as (...args: unknown[]) => unknown);
      const translated = shown(value as (...args: unknown[]) => unknown);
      return english.join() === translated.join() ? [] : [`${path}${key}: shows arguments [${translated.join()}], English [${english.join()}]`];
    });
  }

  for (const [locale, load] of Object.entries(catalogs)) {
    it(`${locale} shows the names and titles English shows, and no other`, async () => {
      expect(placeholderProblems(en, await load(), formattersFor(locale))).to.deep.equal([]);
    });
  }

  it('catches a translation that drops a name', () => {
    const broken = { ...en, post: { ...en.post, answerBy: () => 'An answer' } };
    expect(placeholderProblems(en, broken, formattersFor('en'))).to.deep.equal(['post.answerBy: shows arguments [], English [0]']);
  });

  it('catches a missing translation', () => {
    const broken = { ...en, common: { ...en.common, retry: undefined } };
    expect(problems(en, broken, formattersFor('en'))).to.deep.equal(['common.retry: undefined instead of string']);
  });

  it('Arabic has Arabic text in every string', async () => {
    const untranslated = texts(await catalogs.ar(), formattersFor('ar')).filter((text) => /\p{L}/u.test(text) && !ARABIC_LETTER.test(text));
    expect(untranslated).to.deep.equal([]);
  });
});

describe('unpackMessages() (the standalone build ships catalogs as texts in English key order)', () => {
  /** What scripts/pack-catalogs.ts emits for a catalog: its leaves in the order of English's keys. */
  const pack = (catalog: Messages): unknown[] => {
    const values: unknown[] = [];
    const walk = (shape: object, source: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(shape) as [string, unknown][]) {
        if (typeof value === 'object' && value !== null) walk(value, source[key] as Record<string, unknown>);
        else values.push(source[key]);
      }
    };
    walk(en, catalog as unknown as Record<string, unknown>);
    return values;
  };

  it('rebuilds a catalog with every text under its key', async () => {
    const ar = await loadMessages('ar');
    const unpacked = unpackMessages(pack(ar));
    expect(unpacked).to.deep.equal(ar);
    expect(unpacked.thread.sort.votes).to.equal(ar.thread.sort.votes);
    expect(unpacked.post.answerBy('ليلى')).to.equal(ar.post.answerBy('ليلى'));
  });

  it('refuses a packed catalog that does not have exactly one text per key', () => {
    const values = pack(en);
    expect(() => unpackMessages(values.slice(1))).to.throw(/texts/);
    expect(() => unpackMessages([...values, 'extra'])).to.throw(/texts/);
  });
});

// Last in this file: an area, once added, stays (as in a page).
describe('catalog areas (texts that travel with their chunk in the standalone build)', () => {
  it('adds an area’s English texts, and its translations for the locales in use and with later catalogs', async () => {
    await loadMessages('fr');
    let loads = 0;
    const add = catalogArea(
      { post: { writtenIn: (language: string) => `In ${language} (area)` } },
      {
        fr: () => Promise.resolve({ post: { writtenIn: (language: string) => `En ${language} (zone)` } }),
        vi: () => (loads++, Promise.resolve({ post: { writtenIn: (language: string) => `Bằng ${language} (vùng)` } })),
      },
    );
    const added = add();
    expect(add(), 'added once').to.equal(added);
    expect(messagesFor('en').post.writtenIn('Dutch')).to.equal('In Dutch (area)');
    await added; // resolves once the locales in use (fr) have the area's translation
    expect(messagesFor('fr').post.writtenIn('néerlandais')).to.equal('En néerlandais (zone)');
    expect(messagesFor('fr').common.retry, 'the rest of the catalog stays').to.equal((await loadMessages('fr')).common.retry);
    expect(loads, 'a locale not in use is not fetched').to.equal(0);
    expect((await loadMessages('vi')).post.writtenIn('Hà Lan')).to.equal('Bằng Hà Lan (vùng)');
    expect(loads).to.equal(1);
  });

  it('adds nothing for an empty area (the sources: every catalog holds every text)', async () => {
    const before = messagesFor('en');
    await catalogArea({}, { fr: () => Promise.reject(new Error('not called')) })();
    expect(messagesFor('en')).to.equal(before);
  });
});
