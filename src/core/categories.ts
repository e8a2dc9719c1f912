import { primaryLanguage } from './contract/language.js';
import type { Category } from './types.js';

/** A category's name in `lang` (exact tag, then its primary subtag), else its default name. */
export function categoryName(category: Category, lang: string): string {
  const names = category.names ?? {};
  return names[lang] ?? names[primaryLanguage(lang)] ?? category.name;
}
