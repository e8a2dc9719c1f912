import type { SqlParam } from '../db/database.js';

/** Collects the parameters of a statement being built and names each `$n`. */
export class Params {
  readonly values: SqlParam[] = [];

  add(value: SqlParam): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A time as JavaScript milliseconds, the unit of the cursor keys (as in the in-browser adapter). */
export function ms(column: string): string {
  return `(extract(epoch FROM ${column}) * 1000)::float8`;
}

/** A user as the JSON object of `src/core/types.ts` User (times as PostgreSQL writes them in JSON). */
export function userJson(alias: string): string {
  return `json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'role', ${alias}.role,
    'reputation', greatest(0, ${alias}.reputation), 'avatarUrl', ${alias}.avatar_url, 'joinedAt', ${alias}.joined_at)`;
}

export function iso(time: Date | string): string {
  return new Date(time).toISOString();
}

export function isoOrNull(time: Date | string | null): string | null {
  return time === null ? null : iso(time);
}
