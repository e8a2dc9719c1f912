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
import type { AcceptInput, PostType, VoteInput } from '../../core/types.js';
import type { StoredAnswer, StoredQuestion } from './model.js';

/*
 * Input validation: callers may be plain JavaScript passing anything, so every argument's type is read field by
 * field, then the value goes through the rules the server applies too (src/core/contract/input.ts); a bad one
 * fails with MajlisError `invalid` naming its field.
 */

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readObject(input: unknown, what: string): Record<string, unknown> {
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

function readId(input: Record<string, unknown>, field: string): string {
  const value = input[field];
  if (typeof value !== 'string') throw invalid(field, `${field} must be a non-empty string id`);
  return readIdRule(value, field);
}

function readBoolean(input: Record<string, unknown>, field: string): boolean {
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
