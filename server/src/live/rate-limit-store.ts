import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Queryable } from '../db/database.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** What `@fastify/rate-limit` passes to `child()`: the route a limit of its own applies to. */
interface RouteParams {
  routeInfo?: { method?: string | string[]; url?: string };
}

/**
 * Counts one key's hits in the current fixed window and returns them with the window's remaining milliseconds, in
 * one atomic statement: concurrent requests on any instance each get their own count. The database's clock decides
 * the window, so instances with skewed clocks agree.
 */
const HIT = `
INSERT INTO rate_limits AS r (key, window_start, hits) VALUES ($1, now(), 1)
ON CONFLICT (key) DO UPDATE SET
  hits = CASE WHEN r.window_start + make_interval(secs => $2) <= now() THEN 1 ELSE r.hits + 1 END,
  window_start = CASE WHEN r.window_start + make_interval(secs => $2) <= now() THEN now() ELSE r.window_start END
RETURNING hits, GREATEST(0, CEIL(EXTRACT(EPOCH FROM (window_start + make_interval(secs => $2) - now())) * 1000))::integer AS ttl`;

/**
 * A store for `@fastify/rate-limit` in PostgreSQL (`rate_limits`, migration 007), so a limit holds across every
 * instance behind a load balancer: a member who used their allowance on one instance is refused on the others.
 * Like the plugin's own stores, a route with a limit of its own counts apart (its method and URL prefix the key).
 */
export function postgresRateLimitStore(db: Queryable): FastifyRateLimitStoreCtor {
  return class PostgresRateLimitStore {
    constructor(
      _options?: unknown,
      private readonly prefix = '',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      db.query<{ hits: number; ttl: number }>(HIT, [`${this.prefix}${key}`, timeWindow / 1000]).then(
        ([row]) => callback(null, { current: row?.hits ?? 1, ttl: row?.ttl ?? timeWindow }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    child(params: object): PostgresRateLimitStore {
      const { routeInfo } = params as RouteParams;
      const method = routeInfo?.method ?? '';
      return new PostgresRateLimitStore(undefined, `${this.prefix}${Array.isArray(method) ? method.join(',') : method}${routeInfo?.url ?? ''}:`);
    }
  };
}
