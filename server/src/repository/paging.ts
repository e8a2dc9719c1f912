import { decodeCursor, encodeCursor } from '#majlis/core/contract/cursor.js';
import { pageSize } from '#majlis/core/contract/input.js';
import type { Page, PageQuery } from '#majlis/core/types.js';
import type { Queryable } from '../db/database.js';
import type { Params } from './sql.js';
import type { View } from './views.js';
import type { Reader } from './viewer.js';

/**
 * Keyset paging, as the in-browser adapter does it: items sort by ascending numeric keys (descending orders
 * negate them), then by id; the cursor holds the last item's keys and id, and the next page starts strictly
 * after it, so items added meanwhile never shift the pages of those that already existed. The cursor format is
 * src/core/contract/cursor.ts, shared with the in-browser adapter.
 */
export interface Ordering {
  /** Ties a cursor to the order it was handed out for. */
  name: string;
  /** SQL expressions over the candidate relation's columns, one per key. */
  keys: string[];
}

export interface PageRequest<Row, Item> {
  /** The candidate rows: a FROM item aliased `c` (with a WHERE when needed), using `params`. */
  candidates: string;
  ordering: Ordering;
  view: View<Row, Item>;
  reader: Reader;
  params: Params;
  query: PageQuery;
}

/** A row of the page, with its keys; the one row of an empty page has only `total` (and `id` null). */
type KeyedRow = { id: string | null; total: number } & Record<`k${number}`, number>;
type Item<Row> = Row & KeyedRow & { id: string };

export async function readPage<Row extends object, Result>(
  db: Queryable,
  request: PageRequest<Row, Result>,
): Promise<Page<Result>> {
  const { ordering, params, view, reader, query } = request;
  const viewer = params.add(reader.actor?.id ?? null);
  const limit = pageSize(query.limit);
  const keyNames = ordering.keys.map((_, index) => `k${index}`);
  const keyColumns = ordering.keys.map((key, index) => `${key} AS k${index}`).join(', ');
  const keyed = `SELECT c.*, ${keyColumns} FROM ${request.candidates}`;
  const cursorOrder = { name: ordering.name, keyLength: ordering.keys.length };
  const after = query.cursor === undefined || query.cursor === null ? null : decodeCursor(query.cursor, cursorOrder);
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
    LEFT JOIN (${view.select('page', viewer, keyNames)}) AS items ON true
    ORDER BY ${keyNames.map((name) => `items.${name}`).join(', ')}, items.id`;
  const rows = await db.query<Row & KeyedRow>(sql, params.values);
  const total = rows[0]?.total ?? 0;
  const items = rows.filter((row): row is Item<Row> => row.id !== null).slice(0, limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last !== undefined
      ? encodeCursor(ordering, { key: keyNames.map((name) => last[name as `k${number}`]), id: last.id })
      : null;
  return { items: items.map((row) => view.build(row, reader)), nextCursor, total };
}
