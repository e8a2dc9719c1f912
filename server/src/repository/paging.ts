import type { Page } from '../../../src/core/types.js';
import type { Queryable } from '../db/database.js';
import { invalid } from '../errors.js';
import type { Params } from './sql.js';

/**
 * Keyset paging, as the in-browser adapter does it: items sort by ascending numeric keys (descending orders
 * negate them), then by id; the cursor holds the last item's keys and id, and the next page starts strictly
 * after it, so items added meanwhile never shift the pages of those that already existed.
 */
export interface Ordering {
  /** Ties a cursor to the order it was handed out for. */
  name: string;
  /** SQL expressions over the candidate relation's columns, one per key. */
  keys: string[];
}

interface Position {
  key: number[];
  id: string;
}

export function encodeCursor(ordering: Ordering, position: Position): string {
  return Buffer.from(JSON.stringify({ o: ordering.name, k: position.key, id: position.id })).toString('base64');
}

function decodeCursor(cursor: string, ordering: Ordering): Position {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8'));
  } catch {
    decoded = null;
  }
  if (typeof decoded === 'object' && decoded !== null) {
    const { o, k, id } = decoded as Record<string, unknown>;
    const keyFits = Array.isArray(k) && k.length === ordering.keys.length && k.every((n) => Number.isFinite(n));
    if (o === ordering.name && keyFits && typeof id === 'string') return { key: k as number[], id };
  }
  throw invalid('cursor', 'cursor is not one this list handed out (it may belong to another sort order)');
}

/** Page size: 20 by default, clamped to 1…100. */
export function pageSize(limit: number | undefined): number {
  return limit === undefined ? 20 : Math.min(100, Math.max(1, Math.floor(limit)));
}

export interface PageRequest<Row, Item> {
  /** A relation of the candidate rows, aliased as the `select` expects, with `id`. */
  candidates: string;
  ordering: Ordering;
  /** The full SELECT of the items over `source`, with its `extra` columns (the keys `k0…`) too. */
  select: (source: string, extra: readonly string[]) => string;
  params: Params;
  cursor: string | undefined;
  limit: number | undefined;
  build: (row: Row) => Item;
}

type KeyedRow = { id: string; total: number } & Record<`k${number}`, number>;

export async function readPage<Row extends object, Item>(
  db: Queryable,
  request: PageRequest<Row, Item>,
): Promise<Page<Item>> {
  const { ordering, params } = request;
  const limit = pageSize(request.limit);
  const keyNames = ordering.keys.map((_, index) => `k${index}`);
  const keyed = `SELECT c.*, ${ordering.keys.map((key, index) => `${key} AS k${index}`).join(', ')} FROM ${request.candidates}`;
  const after = request.cursor === undefined ? null : decodeCursor(request.cursor, ordering);
  const afterCondition =
    after === null
      ? 'true'
      : `ROW(${[...keyNames, 'id'].join(', ')}) > ROW(${[
          ...after.key.map((value) => `${params.add(value)}::float8`),
          `${params.add(after.id)}::text COLLATE "C"`,
        ].join(', ')})`;
  const order = [...keyNames, 'id'].join(', ');
  // Joined onto one row, so an empty page (a cursor past the end) still tells the total.
  const sql = `WITH matching AS (${keyed}),
    page AS (SELECT * FROM matching WHERE ${afterCondition} ORDER BY ${order} LIMIT ${limit + 1})
    SELECT items.*, (SELECT count(*)::int FROM matching) AS total
    FROM (SELECT 1) AS one
    LEFT JOIN (${request.select('page', keyNames)}) AS items ON true
    ORDER BY ${keyNames.map((name) => `items.${name}`).join(', ')}, items.id`;
  const rows = await db.query<Row & KeyedRow>(sql, params.values);
  const total = rows[0]?.total ?? 0;
  const items = rows.filter((row) => row.id !== null).slice(0, limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last !== undefined
      ? encodeCursor(ordering, { key: keyNames.map((name) => last[name as `k${number}`]), id: last.id })
      : null;
  return { items: items.map(request.build), nextCursor, total };
}
