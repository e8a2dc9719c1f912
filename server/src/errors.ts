import { MajlisError } from '#majlis/core/adapter.js';
import type { MajlisErrorCode } from '#majlis/core/adapter.js';
import { isPostgresError } from './db/database.js';

/** The JSON body of every failure (`src/adapters/rest.ts`, "Errors"). */
export interface ErrorBody {
  error: { code: MajlisErrorCode; message: string; field?: string; reason?: string };
}

/** The status each code is answered with (src/core/contract/errors.ts); the REST adapter maps them back. */
export { STATUS_OF_ERROR as STATUS_OF, errorCodeOfStatus } from '#majlis/core/contract/errors.js';

export function errorBody(code: MajlisErrorCode, message: string, field?: string, reason?: string): ErrorBody {
  return {
    error: { code, message, ...(field === undefined ? {} : { field }), ...(reason === undefined ? {} : { reason }) },
  };
}

export { invalid } from '#majlis/core/contract/text.js';

export function notFound(kind: string, id: string): MajlisError {
  return new MajlisError('not-found', `No ${kind} with id ${JSON.stringify(id)}`);
}

/** What the schema's named constraints mean to a client, when code did not catch the problem first. */
const CONSTRAINTS: Record<string, [MajlisErrorCode, field?: string]> = {
  question_title_length: ['invalid', 'title'],
  question_body_length: ['invalid', 'body'],
  answer_body_length: ['invalid', 'body'],
  question_language_present: ['invalid', 'language'],
  answer_language_present: ['invalid', 'language'],
  question_tags_valid: ['invalid', 'tags'],
  vote_not_own: ['forbidden'],
  question_locked: ['conflict'],
  one_accepted_answer: ['conflict'],
};

/** SQLSTATE of a statement cancelled by statement_timeout. */
const QUERY_CANCELED = '57014';

/** A database refusal as the MajlisError a client should see; other errors stay as they are (a 5xx). */
export function fromDatabaseError(error: unknown): unknown {
  if (!isPostgresError(error)) return error;
  if (error.code === QUERY_CANCELED) {
    return new MajlisError('unavailable', 'The request took too long (MAJLIS_STATEMENT_TIMEOUT_MS); try again later', {
      cause: error,
    });
  }
  const [code, field] = CONSTRAINTS[error.constraint ?? ''] ?? [];
  if (code === undefined) return error;
  return new MajlisError(code, `The database refused the change: ${error.message}`, {
    ...(field === undefined ? {} : { field }),
    cause: error,
  });
}
