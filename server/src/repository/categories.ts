import type { Category } from '#majlis/core/types.js';
import type { Queryable } from '../db/database.js';
import type { Reader } from './viewer.js';

interface CategoryRow {
  id: string;
  name: string;
  description: string | null;
  names: Record<string, string> | null;
  viewer_follows: boolean;
}

export async function listCategories(db: Queryable, reader: Reader): Promise<Category[]> {
  const rows = await db.query<CategoryRow>(
    `SELECT c.id, c.name, c.description, c.names,
       EXISTS (SELECT 1 FROM follows f WHERE f.user_id = $1 AND f.target = 'category' AND f.target_id = c.id AND f.following)
         AS viewer_follows
     FROM categories c ORDER BY c.position, c.id`,
    [reader.actor?.id ?? null],
  );
  return rows.map(({ id, name, description, names, viewer_follows }) => ({
    id,
    name,
    ...(description === null ? {} : { description }),
    ...(names === null ? {} : { names }),
    viewerFollows: viewer_follows,
  }));
}

export async function categoryExists(db: Queryable, id: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM categories WHERE id = $1', [id])).length > 0;
}
