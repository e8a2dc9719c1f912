import { ROLES } from './types.js';
import type {
  AcceptResult,
  Answer,
  AnswerPermissions,
  Category,
  Page,
  Question,
  QuestionPermissions,
  User,
  UserProfile,
  Viewer,
} from './types.js';

/**
 * Decoders for the domain model: each checks a value and builds fresh, typed data (unknown fields dropped),
 * or throws a {@link ShapeError} naming the path of the first mismatch. The REST adapter checks responses
 * with them; the conformance suite checks what any adapter returns.
 */
/** Checks `value` found at `path` and returns it typed, or throws a {@link ShapeError}. */
export type Shape<T> = (value: unknown, path: string) => T;

export class ShapeError extends Error {}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function mismatch(path: string, expected: string, value: unknown): never {
  throw new ShapeError(`${path === '' ? 'the response' : path}: expected ${expected}, got ${describe(value)}`);
}

function check<T>(expected: string, fits: (value: unknown) => value is T): Shape<T> {
  return (value, path) => (fits(value) ? value : mismatch(path, expected, value));
}

const string = check('a string', (value): value is string => typeof value === 'string');
const id = check('a non-empty string', (value): value is string => typeof value === 'string' && value !== '');
const boolean = check('a boolean', (value): value is boolean => typeof value === 'boolean');
const number = check('a number', (value): value is number => typeof value === 'number' && Number.isFinite(value));
const count = check(
  'a non-negative integer',
  (value): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0,
);
const isoTime = check(
  'an ISO-8601 time',
  (value): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value)),
);

function oneOf<T extends string>(...allowed: readonly T[]): Shape<T> {
  const expected = `one of ${allowed.map((value) => JSON.stringify(value)).join(', ')}`;
  return check(expected, (value): value is T => allowed.includes(value as T));
}

function nullable<T>(shape: Shape<T>): Shape<T | null> {
  return (value, path) => (value === null ? null : shape(value, path));
}

function optional<T>(shape: Shape<T>): Shape<T | undefined> {
  return (value, path) => (value === undefined ? undefined : shape(value, path));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

export function arrayOf<T>(item: Shape<T>): Shape<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) return mismatch(path, 'an array', value);
    return value.map((element: unknown, index) => item(element, `${path}[${index}]`));
  };
}

function recordOf<T>(entry: Shape<T>): Shape<Record<string, T>> {
  return (value, path) => {
    if (!isRecord(value)) return mismatch(path, 'an object', value);
    return Object.fromEntries(Object.entries(value).map(([key, element]) => [key, entry(element, join(path, key))]));
  };
}

type Fields<T> = { [K in keyof T]-?: Shape<T[K]> };

/** An object with exactly the listed fields (others are dropped); optional fields stay absent when absent. */
function object<T>(fields: Fields<T>): Shape<T> {
  return (value, path) => {
    if (!isRecord(value)) return mismatch(path, 'an object', value);
    const result: Record<string, unknown> = {};
    for (const [key, field] of Object.entries<Shape<unknown>>(fields)) {
      const decoded = field(value[key], join(path, key));
      if (decoded !== undefined) result[key] = decoded;
    }
    return result as T;
  };
}

const userFields: Fields<User> = {
  id,
  name: string,
  role: oneOf(...ROLES),
  reputation: number,
  avatarUrl: optional(nullable(string)),
  joinedAt: isoTime,
};
export const userShape = object<User>(userFields);
export const viewerShape = object<Viewer>({ user: nullable(userShape) });
export const categoryShape = object<Category>({
  id,
  name: string,
  description: optional(string),
  names: optional(recordOf(string)),
});
const postFields = {
  id,
  body: string,
  author: userShape,
  language: id,
  createdAt: isoTime,
  editedAt: nullable(isoTime),
  voteCount: count,
  viewerHasVoted: boolean,
};
const permissionFields = { vote: boolean, edit: boolean, moderate: boolean };
export const questionShape = object<Question>({
  ...postFields,
  type: oneOf('question'),
  title: string,
  categoryId: id,
  tags: arrayOf(string),
  answerCount: count,
  acceptedAnswerId: nullable(id),
  status: oneOf('open', 'locked'),
  lastActivityAt: isoTime,
  viewerCan: object<QuestionPermissions>({ ...permissionFields, answer: boolean }),
});
export const answerShape = object<Answer>({
  ...postFields,
  type: oneOf('answer'),
  questionId: id,
  accepted: boolean,
  acceptedBy: nullable(userShape),
  acceptedAt: nullable(isoTime),
  viewerCan: object<AnswerPermissions>({ ...permissionFields, accept: boolean }),
});
export const profileShape = object<UserProfile>({
  ...userFields,
  stats: object({ questions: count, answers: count, acceptedAnswers: count, kudosReceived: count }),
  rank: nullable(check('a positive integer', (value): value is number => Number.isInteger(value) && Number(value) >= 1)),
});
export const acceptResultShape = object<AcceptResult>({
  question: questionShape,
  answer: answerShape,
  previous: nullable(answerShape),
});

export function pageOf<T>(item: Shape<T>): Shape<Page<T>> {
  return object<Page<T>>({ items: arrayOf(item), nextCursor: nullable(string), total: optional(count) });
}
