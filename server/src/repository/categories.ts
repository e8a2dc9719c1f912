import type { Category } from '#majlis/core/types.js';
import type { Queryable } from '../db/database.js';

interface CategoryRow {
  id: string;
  name: string;
  description: string | null;
  names: Record<string, string> | null;
}

export async function listCategories(db: Queryable): Promise<Category[]> {
  const rows = await db.query<CategoryRow>('SELECT id, name, description, names FROM categories ORDER BY position, id');
  return rows.map(({ id, name, description, names }) => ({
    id,
    name,
    ...(description === null ? {} : { description }),
    ...(names === null ? {} : { names }),
  }));
}

export async function categoryExists(db: Queryable, id: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM categories WHERE id = $1', [id])).length > 0;
}
