/**
 * Language tags as the contract uses them: every post carries a BCP-47 tag in canonical form, and a language
 * filter or hint compares primary subtags (`nl` matches `nl-BE`).
 */

/** The primary language subtag of a BCP-47 tag, lower-cased: `nl-BE` → `nl`. */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}
