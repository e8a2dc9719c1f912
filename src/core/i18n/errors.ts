import { isMajlisError } from '../adapter.js';
import type { Formatters } from './format.js';
import type { FieldName, Messages } from './messages/types.js';

// Adapter input names that differ from the field labels' keys.
const FIELD_ALIASES: Readonly<Partial<Record<string, FieldName>>> = { categoryId: 'category' };

function fieldLabel(msg: Messages, field: string | undefined): string | undefined {
  if (field === undefined) return undefined;
  const key = FIELD_ALIASES[field] ?? field;
  return Object.hasOwn(msg.field, key) ? msg.field[key as FieldName] : undefined;
}

/**
 * The message to show for anything an adapter call threw: by `MajlisError#code`, naming the field of an
 * `invalid` error and the wait of a `rate-limited` one, and saying so when the community's address does not
 * answer as one (`MajlisError#endpoint`); `error.unknown` for anything else.
 */
export function errorMessage(msg: Messages, error: unknown, fmt: Formatters): string {
  if (!isMajlisError(error)) return msg.error.unknown;
  if (error.endpoint !== undefined) return msg.error.notAnswering;
  switch (error.code) {
    case 'invalid': {
      const label = fieldLabel(msg, error.field);
      return label === undefined ? msg.error.invalid : msg.error.invalidField(label);
    }
    case 'rate-limited':
      return msg.error['rate-limited'](
        error.retryAfter === undefined ? undefined : Math.max(1, Math.ceil(error.retryAfter)),
        fmt,
      );
    default: {
      // A MajlisError from another copy of Majlis may carry a code this one does not know.
      const text: string | undefined = msg.error[error.code];
      return text ?? msg.error.unknown;
    }
  }
}
