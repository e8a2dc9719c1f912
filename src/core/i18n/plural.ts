import { memo } from './memo.js';

/** A CLDR plural category: what `Intl.PluralRules#select` returns. */
export type PluralCategory = Intl.LDMLPluralRule;

/**
 * One form per plural category the locale uses; `other` is required and stands in for any category
 * left out. Exact-number keys such as `'=0'` take precedence over the category, for wording that
 * CLDR has no category for (English "No answers yet").
 */
export type PluralForms<T = string> = { [K in PluralCategory]?: T } & {
  other: T;
  [exact: `=${number}`]: T;
};

const rulesCache = new Map<string, Intl.PluralRules>();

/** The CLDR cardinal plural category of `n` in `locale`, through a cached `Intl.PluralRules`. */
export function pluralCategory(locale: string, n: number): PluralCategory {
  return memo(rulesCache, locale, () => new Intl.PluralRules(locale)).select(n);
}

/**
 * Picks the form for `n`: an exact `=n` form if given, else the form of the category
 * `Intl.PluralRules` selects (Arabic: 0 zero, 1 one, 2 two, 3–10 few, 11–99 many, 100 other), else `other`.
 */
export function plural<T>(locale: string, n: number, forms: PluralForms<T>): T {
  const exact = forms[`=${n}`] as T | undefined;
  if (exact !== undefined) return exact;
  return forms[pluralCategory(locale, n)] ?? forms.other;
}
