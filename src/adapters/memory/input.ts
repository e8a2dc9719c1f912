import { MajlisError } from '../../core/adapter.js';
import { invalid } from '../../core/contract/text.js';
import type { checkPersonalData } from '../../core/contract/personal-data.js';
import {
  pageSize,
  readBody,
  readId as readIdRule,
  readLanguageTag,
  readTags as readTagRules,
  readTitle,
} from '../../core/contract/input.js';
import { QUEUE_TABS, readFlagFields, readOptionalModerationText } from '../../core/moderation.js';
import type { AcceptInput, FlagReason, PostType, QueueTab, VoteInput } from '../../core/types.js';
import type { StoredAnswer, StoredQuestion } from './model.js';

/*
 * Input validation: callers may be plain JavaScript passing anything, so every argument's type is read field by
 * field, then the value goes through the rules the server applies too (src/core/contract/input.ts); a bad one
 * fails with MajlisError `invalid` naming its field.
 */

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function readObject(input: unknown, what: string): Record<string, unknown> {
  if (!isObject(input)) throw new MajlisError('invalid', `${what} must be an object, got ${kindOf(input)}`);
  return input;
}

export function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

function readString(input: Record<string, unknown>, field: string): string {
  const value = input[field];
  if (typeof value !== 'string') throw invalid(field, `${field} must be a string, got ${kindOf(value)}`);
  return value;
}

export function readId(input: Record<string, unknown>, field: string): string {
  const value = input[field];
  if (typeof value !== 'string') throw invalid(field, `${field} must be a non-empty string id`);
  return readIdRule(value, field);
}

export function readBoolean(input: Record<string, unknown>, field: string): boolean {
  const value = input[field];
  if (typeof value !== 'boolean') throw invalid(field, `${field} must be true or false, got ${kindOf(value)}`);
  return value;
}

/** `allowPersonalData`: absent, or true or false. */
function readAllowPersonalData(input: Record<string, unknown>): boolean | undefined {
  return input.allowPersonalData === undefined ? undefined : readBoolean(input, 'allowPersonalData');
}

function readLanguage(input: Record<string, unknown>): string {
  const value = input.language;
  if (typeof value !== 'string') throw invalid('language', `language must be a BCP-47 tag, got ${kindOf(value)}`);
  return readLanguageTag(value);
}

function readTags(input: Record<string, unknown>): string[] {
  const value = input.tags ?? [];
  if (!Array.isArray(value)) throw invalid('tags', `tags must be a list of strings, got ${kindOf(value)}`);
  const tags = value.map((tag: unknown) => {
    if (typeof tag !== 'string') throw invalid('tags', `each tag must be a string, got ${kindOf(tag)}`);
    return tag;
  });
  return readTagRules(tags);
}

export function readEnum<T extends string>(
  input: Record<string, unknown>,
  field: string,
  allowed: readonly T[],
  fallback?: T,
): T {
  const value = input[field] ?? fallback;
  if (!allowed.includes(value as T)) {
    throw invalid(field, `${field} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as T;
}

type QuestionFields = Pick<StoredQuestion, 'title' | 'body' | 'categoryId' | 'language' | 'tags'>;

/** The personal-data rule, which the adapter loads with its first post (src/core/contract/personal-data.ts). */
export type PersonalDataRule = typeof checkPersonalData;

export function readQuestionInput(input: unknown, checkPersonalData: PersonalDataRule): QuestionFields {
  const record = readObject(input, 'The question');
  const fields = {
    title: readTitle(readString(record, 'title')),
    body: readBody(readString(record, 'body')),
    categoryId: readId(record, 'categoryId'),
    language: readLanguage(record),
    tags: readTags(record),
  };
  const allowed = readAllowPersonalData(record);
  checkPersonalData(fields.title, 'title', allowed);
  checkPersonalData(fields.body, 'body', allowed);
  return fields;
}

export function readAnswerInput(
  input: unknown,
  checkPersonalData: PersonalDataRule,
): Pick<StoredAnswer, 'questionId' | 'body' | 'language'> {
  const record = readObject(input, 'The answer');
  const fields = {
    questionId: readId(record, 'questionId'),
    body: readBody(readString(record, 'body')),
    language: readLanguage(record),
  };
  checkPersonalData(fields.body, 'body', readAllowPersonalData(record));
  return fields;
}

export function readVoteInput(input: unknown): VoteInput {
  const record = readObject(input, 'The vote');
  const target = readEnum<PostType>(record, 'target', ['question', 'answer']);
  return { target, id: readId(record, 'id'), voted: readBoolean(record, 'voted') };
}

export function readAcceptInput(input: unknown): AcceptInput {
  const record = readObject(input, 'The accept request');
  return { answerId: readId(record, 'answerId'), accepted: readBoolean(record, 'accepted') };
}

/** A list query (`listQuestions`, `listAnswers`); absent means no filters. */
export function readQuery(query: unknown): Record<string, unknown> {
  return query === undefined || query === null ? {} : readObject(query, 'The list query');
}

/** The page size of the contract (default, clamped); a limit that is not a number is refused. */
export function readLimit(limit: unknown): number {
  if (limit === undefined || limit === null) return pageSize(undefined);
  if (typeof limit !== 'number' || Number.isNaN(limit)) {
    throw invalid('limit', `limit must be a number, got ${kindOf(limit)}`);
  }
  return pageSize(limit);
}

// Moderation (rules in src/core/moderation.ts)

function readTarget(record: Record<string, unknown>): PostType {
  return readEnum<PostType>(record, 'target', ['question', 'answer']);
}

export function readFlagInput(input: unknown): { target: PostType; id: string; reason: FlagReason; note: string | null } {
  const record = readObject(input, 'The flag');
  return { target: readTarget(record), id: readId(record, 'id'), ...readFlagFields(record.reason, record.note) };
}

export interface EditInput {
  target: PostType;
  id: string;
  body: string;
  title?: string;
  tags?: string[];
  reason: string | null;
}

export function readEditInput(input: unknown): EditInput {
  const record = readObject(input, 'The edit');
  const target = readTarget(record);
  const edit: EditInput = {
    target,
    id: readId(record, 'id'),
    body: readBody(readString(record, 'body')),
    reason: readOptionalModerationText(record.reason, 'reason'),
  };
  for (const field of ['title', 'tags'] as const) {
    if (target === 'answer' && record[field] !== undefined && record[field] !== null) {
      throw invalid(field, `An answer has no ${field}; only questions do`);
    }
  }
  if (record.title !== undefined && record.title !== null) edit.title = readTitle(readString(record, 'title'));
  if (record.tags !== undefined && record.tags !== null) edit.tags = readTags(record);
  return edit;
}

export function readPostRef(input: unknown, what: string): { target: PostType; id: string } {
  const record = readObject(input, what);
  return { target: readTarget(record), id: readId(record, 'id') };
}

function optionalId(record: Record<string, unknown>, field: string): string | null {
  const value = record[field];
  return value === undefined || value === null || value === '' ? null : readId(record, field);
}

export function readQueueQuery(query: unknown): { tab: QueueTab; categoryId: string | null; cursor?: unknown; limit?: unknown } {
  const record = readObject(query, 'The queue query');
  const tab = readEnum<QueueTab>(record, 'tab', QUEUE_TABS);
  return { tab, categoryId: optionalId(record, 'categoryId'), cursor: record.cursor, limit: record.limit };
}

export function readAuditQuery(query: unknown): { targetId: string | null; actorId: string | null; cursor?: unknown; limit?: unknown } {
  const record = readQuery(query);
  return { targetId: optionalId(record, 'targetId'), actorId: optionalId(record, 'actorId'), cursor: record.cursor, limit: record.limit };
}
