import { readId } from './contract/input.js';
import { invalid, readTextField, TEXT_RULES } from './contract/text.js';
import { LIMITS } from './types.js';
import { HASHTAG_PATTERN, HOSTS_MAX } from './live-session-names.js';

/*
 * The input rules of live sessions every implementation applies alike (the in-browser adapter and the server): a
 * session's title is a title, its description Markdown up to a body's length (may be empty), its hashtag letters,
 * digits and `_` (a leading `#` is dropped), its hosts 1 to 10 ids, its end after its start. Whether the hosts exist
 * is the backend's to check (field `hostIds`).
 */

/** A session's fields as stored: trimmed, times in ISO-8601 UTC. */
export interface SessionFields {
  title: string;
  description: string;
  hashtag: string;
  hostIds: string[];
  startsAt: string;
  endsAt: string;
  categoryId: string | null;
}

const HASHTAG = new RegExp(HASHTAG_PATTERN, 'u');

/** A hashtag without its `#`; `invalid` (field `hashtag`) otherwise. */
export function readHashtag(value: string): string {
  const tag = value.trim().replace(/^#/u, '');
  if (!HASHTAG.test(tag)) {
    throw invalid('hashtag', `hashtag must be 2 to 50 letters, digits or "_" (not only digits), got ${JSON.stringify(value)}`);
  }
  return tag;
}

function readTime(value: string, field: string): string {
  const time = Date.parse(value);
  if (!/^\d{4}-\d\d-\d\dT/u.test(value) || Number.isNaN(time)) {
    throw invalid(field, `${field} must be an ISO-8601 time such as "2027-03-01T18:00:00Z", got ${JSON.stringify(value)}`);
  }
  return new Date(time).toISOString();
}

/** The fields of a session to create or update, typed by the caller (the server's JSON Schema, the adapter's checks). */
export function readSessionFields(input: {
  title: string;
  description?: string;
  hashtag: string;
  hostIds: readonly string[];
  startsAt: string;
  endsAt: string;
  categoryId?: string | null;
}): SessionFields {
  const description = (input.description ?? '').trim();
  if (description !== '') readTextField(description, 'description', { ...TEXT_RULES.body, max: LIMITS.bodyMax });
  const hostIds = [...new Set(input.hostIds.map((hostId) => readId(hostId, 'hostIds')))];
  if (hostIds.length === 0 || hostIds.length > HOSTS_MAX) {
    throw invalid('hostIds', `a session has 1 to ${HOSTS_MAX} hosts, got ${hostIds.length}`);
  }
  const startsAt = readTime(input.startsAt, 'startsAt');
  const endsAt = readTime(input.endsAt, 'endsAt');
  if (Date.parse(endsAt) <= Date.parse(startsAt)) throw invalid('endsAt', 'endsAt must be after startsAt');
  const categoryId = input.categoryId === undefined || input.categoryId === null || input.categoryId === '' ? null : readId(input.categoryId, 'categoryId');
  return {
    title: readTextField(input.title, 'title', TEXT_RULES.title),
    description,
    hashtag: readHashtag(input.hashtag),
    hostIds,
    startsAt,
    endsAt,
    categoryId,
  };
}

/** The reason of the `conflict` an ended session's `askInSession` throws. */
export const SESSION_ENDED = 'session-ended';
