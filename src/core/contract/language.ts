/**
 * Language tags as the contract uses them: every post carries a BCP-47 tag in canonical form, and a language
 * filter or hint compares primary subtags (`nl` matches `nl-BE`).
 */

/** The primary language subtag of a BCP-47 tag, lower-cased: `nl-BE` → `nl`. */
export function primaryLanguage(tag: string): string {
  const end = tag.indexOf('-');
  return (end === -1 ? tag : tag.slice(0, end)).toLowerCase();
}

/** The canonical form of a BCP-47 tag (`EN-gb` → `en-GB`), or null when it is not a well-formed tag. */
export function canonicalLanguageTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null; // Intl throws a RangeError for anything that is not a well-formed BCP-47 tag.
  }
}
