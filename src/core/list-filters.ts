import type { ListFilters } from './events.js';
import { LIMITS } from './types.js';
import type { QuestionSort, QuestionStatusFilter } from './types.js';

export const LIST_STATUSES: readonly QuestionStatusFilter[] = ['all', 'unanswered', 'unsolved', 'solved'];
export const LIST_SORTS: readonly QuestionSort[] = ['activity', 'newest', 'votes'];

/** An id or a language tag as it may appear in a URL: letters, digits, `-`, `_`, `.`, at most 64. */
const TOKEN = /^[\p{L}\p{N}_.-]{1,64}$/u;

/** The default order: best match while searching, latest activity otherwise. */
export function defaultSort(search: string): ListFilters['sort'] {
  return search.trim() ? 'relevance' : 'activity';
}

/** Complete filters from a partial, possibly untrusted, value: whatever is unknown or invalid is the default. */
export function normalizeFilters(value: Partial<Record<keyof ListFilters, unknown>> = {}): ListFilters {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const token = (v: unknown) => (TOKEN.test(text(v)) ? text(v) : '');
  const tag = text(value.tag).trim();
  const search = text(value.search).trim(); // its length and words are the adapter's to check, as typed ones
  const status = LIST_STATUSES.find((s) => s === value.status) ?? 'all';
  const sorts: ListFilters['sort'][] = search ? ['relevance', ...LIST_SORTS] : [...LIST_SORTS];
  const sort = sorts.find((s) => s === value.sort) ?? defaultSort(search);
  return {
    search,
    category: token(value.category),
    status,
    language: token(value.language),
    tag: tag.length <= LIMITS.tagMax ? tag : '',
    sort,
  };
}

/** URL parameter of each filter (`#/questions?q=esim&sort=newest`). */
const PARAMS = { search: 'q', category: 'category', status: 'status', language: 'language', tag: 'tag', sort: 'sort' } as const;

/** The parameters of the filters that differ from the defaults, in a stable order. */
export function filtersToParams(filters: Partial<ListFilters>): URLSearchParams {
  const full = normalizeFilters(filters);
  const params = new URLSearchParams();
  if (full.search) params.set(PARAMS.search, full.search);
  if (full.category) params.set(PARAMS.category, full.category);
  if (full.status !== 'all') params.set(PARAMS.status, full.status);
  if (full.language) params.set(PARAMS.language, full.language);
  if (full.tag) params.set(PARAMS.tag, full.tag);
  if (full.sort !== defaultSort(full.search)) params.set(PARAMS.sort, full.sort);
  return params;
}

/** The filters a URL's parameters name (unknown parameters and invalid values ignored); only those set. */
export function filtersFromParams(params: URLSearchParams): Partial<ListFilters> {
  const full = normalizeFilters({
    search: params.get(PARAMS.search),
    category: params.get(PARAMS.category),
    status: params.get(PARAMS.status),
    language: params.get(PARAMS.language),
    tag: params.get(PARAMS.tag),
    sort: params.get(PARAMS.sort),
  });
  const defaults = normalizeFilters({ search: full.search });
  const set: Partial<ListFilters> = {};
  for (const key of Object.keys(full) as (keyof ListFilters)[]) {
    if (full[key] !== defaults[key] || (key === 'search' && full.search)) Object.assign(set, { [key]: full[key] });
  }
  return set;
}

export function sameFilters(a: ListFilters, b: ListFilters): boolean {
  return (Object.keys(a) as (keyof ListFilters)[]).every((key) => a[key] === b[key]);
}
