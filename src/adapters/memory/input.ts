import { MajlisError } from '../../core/adapter.js';
import { LIMITS } from '../../core/types.js';
import type { AcceptInput, PostType, VoteInput } from '../../core/types.js';
import type { StoredAnswer, StoredQuestion } from './model.js';

/*
 * Input validation: callers may be plain JavaScript passing anything, so every argument is read field by field
 * and a bad one fails with MajlisError `invalid` naming its field.
 */

export function invalid(field: string, message: string): MajlisError {
  return new MajlisError('invalid', message, { field });
}

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

function readText(input: Record<string, unknown>, field: string, min: number, max: number): string {
  const value = input[field];
  if (typeof value !== 'string') throw invalid(field, `${field} must be a string, got ${kindOf(value)}`);
  const text = value.trim();
  if (text.length < min || text.length > max) {
    throw invalid(field, `${field} must be ${min} to ${max} characters long, got ${text.length}`);
  }
  return text;
}

function readId(input: Record<string, unknown>, field: string): string {
  const value = input[field];
  if (typeof value !== 'string' || value === '') throw invalid(field, `${field} must be a non-empty string id`);
  return value;
}

function readBoolean(input: Record<string, unknown>, field: string): boolean {
  const value = input[field];
  if (typeof value !== 'boolean') throw invalid(field, `${field} must be true or false, got ${kindOf(value)}`);
  return value;
}

function readLanguage(input: Record<string, unknown>): string {
  const value = input.language;
  const canonical = typeof value === 'string' ? canonicalLanguageTag(value.trim()) : null;
  if (canonical === null) {
    throw invalid('language', `language must be a BCP-47 tag such as "en" or "nl-BE", got ${JSON.stringify(value)}`);
  }
  return canonical;
}

function canonicalLanguageTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null; // Intl throws a RangeError for anything that is not a well-formed BCP-47 tag.
  }
}

function readTags(input: Record<string, unknown>): string[] {
  const value = input.tags ?? [];
  if (!Array.isArray(value)) throw invalid('tags', `tags must be a list of strings, got ${kindOf(value)}`);
  if (value.length > LIMITS.tagsMax) {
    throw invalid('tags', `a question may have at most ${LIMITS.tagsMax} tags, got ${value.length}`);
  }
  return value.map((tag: unknown) => {
    const text = typeof tag === 'string' ? tag.trim() : '';
    if (text.length < 1 || text.length > LIMITS.tagMax) {
      throw invalid('tags', `each tag must be 1 to ${LIMITS.tagMax} characters of text, got ${JSON.stringify(tag)}`);
    }
    return text;
  });
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

export function readQuestionInput(input: unknown): QuestionFields {
  const record = readObject(input, 'The question');
  return {
    title: readText(record, 'title', LIMITS.titleMin, LIMITS.titleMax),
    body: readText(record, 'body', LIMITS.bodyMin, LIMITS.bodyMax),
    categoryId: readId(record, 'categoryId'),
    language: readLanguage(record),
    tags: readTags(record),
  };
}

export function readAnswerInput(input: unknown): Pick<StoredAnswer, 'questionId' | 'body' | 'language'> {
  const record = readObject(input, 'The answer');
  return {
    questionId: readId(record, 'questionId'),
    body: readText(record, 'body', LIMITS.bodyMin, LIMITS.bodyMax),
    language: readLanguage(record),
  };
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

/** The page size: 20 by default, clamped to 1…100. */
export function readLimit(limit: unknown): number {
  if (limit === undefined || limit === null) return 20;
  if (typeof limit !== 'number' || Number.isNaN(limit)) {
    throw invalid('limit', `limit must be a number, got ${kindOf(limit)}`);
  }
  return Math.min(100, Math.max(1, Math.floor(limit)));
}
