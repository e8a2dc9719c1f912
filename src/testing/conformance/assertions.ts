/** Assertions: the module ships to users of any test framework, so it brings its own. */
import { isMajlisError } from '../../core/adapter.js';
import type { MajlisError, MajlisErrorCode } from '../../core/adapter.js';
import { ShapeError } from '../../core/shapes.js';
import type { Shape } from '../../core/shapes.js';

/** A broken rule, as opposed to an adapter (or a `create`) that crashed. */
export class Violation extends Error {}

export function violation(detail: string): never {
  throw new Violation(detail);
}

export function ensure(condition: boolean, detail: string): asserts condition {
  if (!condition) violation(detail);
}

/** Fails with "expected <subject> <expected> <when>, got <actual>". */
export function expectEqual(actual: unknown, expected: unknown, subject: string, when = ''): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    violation(`expected ${subject} ${show(expected)}${when === '' ? '' : ` ${when}`}, got ${show(actual)}`);
  }
}

export function expectTime(actual: string, expected: string, subject: string): void {
  if (Date.parse(actual) !== Date.parse(expected)) violation(`expected ${subject} ${expected}, got ${show(actual)}`);
}

/** Awaits `action` and checks that it failed with a MajlisError of `code` (and `field`, when given). */
export async function expectFailure(
  action: Promise<unknown>,
  code: MajlisErrorCode,
  what: string,
  field?: string,
): Promise<MajlisError> {
  const error = await rejectionOf(action);
  if (error === succeeded) violation(`expected ${what} to fail with "${code}", but it succeeded`);
  if (!isMajlisError(error))
    violation(`expected ${what} to fail with a MajlisError "${code}", got ${describeError(error)}`);
  if (error.code !== code) violation(`expected ${what} to fail with "${code}", got "${error.code}" (${error.message})`);
  if (field !== undefined && error.field !== field) {
    violation(`expected ${what} to fail with field "${field}", got field ${show(error.field)} (${error.message})`);
  }
  return error;
}

export const succeeded = Symbol('succeeded');

export function rejectionOf(action: Promise<unknown>): Promise<unknown> {
  return action.then(
    () => succeeded,
    (error: unknown) => error,
  );
}

export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  const json = JSON.stringify(value);
  return json.length > 160 ? `${json.slice(0, 157)}...` : json;
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${show(value)}`;
}

export function describeError(error: unknown): string {
  if (isMajlisError(error)) return `MajlisError "${error.code}": ${error.message}`;
  if (error instanceof Error || error instanceof DOMException) return `${error.name}: ${error.message}`;
  return `non-error ${describeValue(error)}`;
}

/** Checks `value` with a domain decoder of src/core/shapes.ts; a mismatch is a violation naming its path. */
export function expectShape(value: unknown, shape: Shape<unknown>, path: string): void {
  try {
    shape(value, path);
  } catch (error) {
    if (error instanceof ShapeError) violation(error.message);
    throw error;
  }
}

/** Awaits `action` and checks that it failed as `invalid`, naming `field`. */
export async function expectInvalid(action: Promise<unknown>, field: string, what: string): Promise<void> {
  await expectFailure(action, 'invalid', what, field);
}
