import { isMajlisError } from '../adapter.js';
import type { MajlisError } from '../adapter.js';
import { formatDate, formatRelativeTime } from './format.js';
import type { Formatters } from './format.js';
import type { FieldName, Messages } from './messages/types.js';

// Adapter input names that differ from the field labels' keys.
const FIELD_ALIASES: Readonly<Partial<Record<string, FieldName>>> = { categoryId: 'category' };

function fieldLabel(msg: Messages, field: string | undefined): string | undefined {
  if (field === undefined) return undefined;
  const key = FIELD_ALIASES[field] ?? field;
  return Object.hasOwn(msg.field, key) ? msg.field[key as FieldName] : undefined;
}

/** What an error message may say beyond the error itself. */
export interface ErrorContext {
  /** When the viewer's suspension ends (`Viewer.suspension.until`): a `suspended` refusal says until when. */
  suspendedUntil?: string | null;
}

const REFUSALS: ReadonlySet<string> = new Set(['suspended', 'too-many-links', 'duplicate', 'edit-window', 'accepted-answer', 'already-flagged']);

/** Whether an error is a refusal that trying the same again will not change (a suspension, a flood rule …). */
export function isRefusal(error: unknown): boolean {
  return isMajlisError(error) && error.reason !== undefined && REFUSALS.has(error.reason);
}

/** Waits from this long on are said as a time ("in 40 minutes") rather than in seconds. */
const LONG_WAIT = 90;

/** The message of a refusal `MajlisError#reason` explains (flood limits, suspension, edit window …), if any. */
function reasonMessage(msg: Messages, error: MajlisError, fmt: Formatters, context: ErrorContext): string | undefined {
  const reasons = msg.error.reasons as Partial<Messages['error']['reasons']> | undefined; // a host's partial locale
  switch (error.reason) {
    case undefined:
      return undefined;
    case 'suspended': {
      const until = context.suspendedUntil;
      return reasons?.suspended?.(until ? formatDate(fmt.locale, until, { dateStyle: 'medium', timeStyle: 'short' }) : null);
    }
    default:
      // A reason this copy does not know gets the code's message.
      return REFUSALS.has(error.reason) ? (reasons?.[error.reason as keyof typeof reasons] as string | undefined) : undefined;
  }
}

/**
 * The message to show for anything an adapter call threw: what `MajlisError#reason` explains when it is a known
 * refusal, else by `MajlisError#code`, naming the field of an `invalid` error and the wait of a `rate-limited`
 * one (as a time for long waits), and saying so when the community's address does not answer as one
 * (`MajlisError#endpoint`); `error.unknown` for anything else.
 */
export function errorMessage(msg: Messages, error: unknown, fmt: Formatters, context: ErrorContext = {}): string {
  if (!isMajlisError(error)) return msg.error.unknown;
  if (error.endpoint !== undefined) return msg.error.notAnswering;
  const explained = reasonMessage(msg, error, fmt, context);
  if (explained) return explained;
  // `retryAt` travels with the elements that post (areas/refusals.ts): before they load, the wait in seconds.
  const retryAt = msg.error.retryAt as Messages['error']['retryAt'] | undefined;
  if (error.code === 'rate-limited' && error.retryAfter !== undefined && error.retryAfter >= LONG_WAIT && retryAt) {
    return retryAt(formatRelativeTime(fmt.locale, Date.now() + error.retryAfter * 1000));
  }
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
