import { readFile } from 'node:fs/promises';
import type { CommunitySeed } from '#majlis/core/seed.js';
import type { Database } from './db/database.js';
import { seedIfEmpty } from './repository/seed.js';

export async function readSeedFile(path: string): Promise<CommunitySeed> {
  const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
  const lists = ['users', 'categories', 'questions', 'answers', 'votes'];
  const record = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  if (lists.some((list) => !Array.isArray(record[list]))) {
    throw new Error(`${path} is not a Majlis seed: expected an object with the lists ${lists.join(', ')}`);
  }
  return parsed as CommunitySeed;
}

/** Loads the seed file into a database that has no members yet; returns whether it did. */
export async function seedFromFile(db: Database, path: string | null): Promise<boolean> {
  if (path === null) return false;
  return seedIfEmpty(db, () => readSeedFile(path));
}
