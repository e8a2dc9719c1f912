/**
 * The error table of the REST contract: which HTTP status answers each {@link MajlisErrorCode}, and which code a
 * client reads back from a status. The reference server answers with it and the REST adapter reads it, so the
 * two cannot drift apart.
 */
import { ERROR_CODES } from '../adapter.js';
import type { MajlisErrorCode } from '../adapter.js';

/** The status a backend answers each code with. */
export const STATUS_OF_ERROR = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
  // A backend that answers at all is reachable: `network` is what a client reports when it cannot reach it.
  network: 503,
  unavailable: 503,
} as const satisfies Record<MajlisErrorCode, number>;

/**
 * The code a failed response's status means: every 5xx is `unavailable`, 422 is `invalid` as 400 is, and the other
 * statuses of {@link STATUS_OF_ERROR} their code; undefined for a status the table does not name (the caller
 * decides: the error body's own code, say).
 */
export function errorCodeOfStatus(status: number): MajlisErrorCode | undefined {
  if (status >= 500) return 'unavailable';
  if (status === 422) return 'invalid';
  return ERROR_CODES.find((code) => STATUS_OF_ERROR[code] === status);
}
