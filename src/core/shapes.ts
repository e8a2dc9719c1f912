import { AcceptResult, Answer, Category, Question, User, UserProfile, Viewer, page } from './contract/entities.js';
import { CareStats } from './contract/care.js';
import { Leaderboard, RecognitionRules } from './contract/recognition.js';
import { array } from './contract/schema.js';
import type { JsonSchema, Schema } from './contract/schema.js';
import type { Page } from './types.js';

/**
 * One decoder for the contract's schemas (`contract/entities.ts`): it checks a value and builds fresh, typed
 * data (unknown fields dropped), or throws a {@link ShapeError} naming the path of the first mismatch. The REST
 * adapter checks responses with it; the conformance suite checks what any adapter returns.
 */
export class ShapeError extends Error {}

/** Checks `value` found at `path` and returns it typed, or throws a {@link ShapeError}; `schema` is what it checks. */
export interface Shape<T> {
  (value: unknown, path: string): T;
  readonly schema: Schema<T>;
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Decode = (value: unknown, path: string) => unknown;

function mismatch(path: string, expected: string, value: unknown): never {
  throw new ShapeError(`${path === '' ? 'the response' : path}: expected ${expected}, got ${describe(value)}`);
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function check(expected: string, fits: (value: unknown) => boolean): Decode {
  return (value, path) => (fits(value) ? value : mismatch(path, expected, value));
}

const decoders = new WeakMap<JsonSchema, Decode>();

/** The decoder of `schema`, compiled once per schema object. */
function decoderOf(schema: JsonSchema): Decode {
  let decode = decoders.get(schema);
  if (decode === undefined) {
    decode = compile(schema);
    decoders.set(schema, decode);
  }
  return decode;
}

function orNull(decode: Decode): Decode {
  return (value, path) => (value === null ? null : decode(value, path));
}

function compile(schema: JsonSchema): Decode {
  const { anyOf, type } = schema;
  if (Array.isArray(anyOf)) {
    const [inner, ...others] = (anyOf as JsonSchema[]).filter((option) => option.type !== 'null');
    if (inner === undefined || others.length > 0 || anyOf.length !== 2) throw new TypeError('anyOf: only [schema, null]');
    return orNull(decoderOf(inner));
  }
  if (Array.isArray(type)) {
    const [inner, ...others] = (type as unknown[]).filter((name) => name !== 'null');
    if (typeof inner !== 'string' || others.length > 0 || type.length !== 2) throw new TypeError('type: only [type, "null"]');
    return orNull(compile({ ...schema, type: inner }));
  }
  switch (type) {
    case 'string':
      return compileString(schema);
    case 'integer':
      return compileInteger(schema);
    case 'number':
      return check('a number', (value) => typeof value === 'number' && Number.isFinite(value));
    case 'boolean':
      return check('a boolean', (value) => typeof value === 'boolean');
    case 'array':
      return compileArray(schema.items as JsonSchema);
    case 'object':
      return compileObject(schema);
    default:
      throw new TypeError(`unsupported schema type ${String(type)}`);
  }
}

function compileString({ enum: allowed, format, minLength }: JsonSchema): Decode {
  if (Array.isArray(allowed)) {
    const expected = `one of ${allowed.map((value) => JSON.stringify(value)).join(', ')}`;
    return check(expected, (value) => allowed.includes(value));
  }
  if (format === 'date-time') {
    return check('an ISO-8601 time', (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value)));
  }
  const min = typeof minLength === 'number' ? minLength : 0;
  const expected = min === 0 ? 'a string' : min === 1 ? 'a non-empty string' : `a string of ${min} or more characters`;
  return check(expected, (value) => typeof value === 'string' && value.length >= min);
}

function compileInteger({ minimum, maximum }: JsonSchema): Decode {
  const min = typeof minimum === 'number' ? minimum : -Infinity;
  const max = typeof maximum === 'number' ? maximum : Infinity;
  const expected =
    max !== Infinity
      ? `an integer from ${min} to ${max}`
      : min === 0
        ? 'a non-negative integer'
        : min === 1
          ? 'a positive integer'
          : min === -Infinity
            ? 'an integer'
            : `an integer ≥ ${min}`;
  return check(expected, (value) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max);
}

function compileArray(items: JsonSchema): Decode {
  const item = decoderOf(items);
  return (value, path) => {
    if (!Array.isArray(value)) return mismatch(path, 'an array', value);
    return value.map((element: unknown, index) => item(element, `${path}[${index}]`));
  };
}

/** An object with exactly its `properties` (others are dropped; absent optional ones stay absent), or a record. */
function compileObject({ properties, required, additionalProperties }: JsonSchema): Decode {
  if (properties === undefined) {
    const entry = decoderOf(additionalProperties as JsonSchema);
    return (value, path) => {
      if (!isRecord(value)) return mismatch(path, 'an object', value);
      return Object.fromEntries(Object.entries(value).map(([key, element]) => [key, entry(element, join(path, key))]));
    };
  }
  const mandatory = new Set(required as string[]);
  const fields = Object.entries(properties as Record<string, JsonSchema>).map(
    ([key, field]) => [key, decoderOf(field), mandatory.has(key)] as const,
  );
  return (value, path) => {
    if (!isRecord(value)) return mismatch(path, 'an object', value);
    const result: Record<string, unknown> = {};
    for (const [key, field, isRequired] of fields) {
      if (value[key] === undefined && !isRequired) continue;
      result[key] = field(value[key], join(path, key));
    }
    return result;
  };
}

/** Checks `value` found at `path` against `schema`: fresh data of its type, or a {@link ShapeError}. */
export function decode<T>(schema: Schema<T>, value: unknown, path: string): T {
  return decoderOf(schema)(value, path) as T;
}

/** A {@link Shape} for `schema`. */
/* @__NO_SIDE_EFFECTS__ */
export function shapeOf<T>(schema: Schema<T>): Shape<T> {
  return Object.assign((value: unknown, path: string) => decode(schema, value, path), { schema });
}

/* @__NO_SIDE_EFFECTS__ */
export function arrayOf<T>(item: Shape<T>): Shape<T[]> {
  return shapeOf(array(item.schema));
}

/* @__NO_SIDE_EFFECTS__ */
export function pageOf<T>(item: Shape<T>): Shape<Page<T>> {
  return shapeOf(page(item.schema));
}

export const userShape = shapeOf(User);
export const viewerShape = shapeOf(Viewer);
export const categoryShape = shapeOf(Category);
export const questionShape = shapeOf(Question);
export const answerShape = shapeOf(Answer);
export const profileShape = shapeOf(UserProfile);
export const acceptResultShape = shapeOf(AcceptResult);
export const leaderboardShape = shapeOf(Leaderboard);
export const recognitionRulesShape = shapeOf(RecognitionRules);
export const careStatsShape = shapeOf(CareStats);
