import { MajlisError } from '../adapter.js';
import { findControlCharacter } from './text.js';

/**
 * The keyset cursor of every list: base64 of the UTF-8 JSON `{"o": order, "k": key, "id": id}`, the name of the
 * order it was handed out for, the last item's sort key (numbers) and its id. The next page starts strictly
 * after that position, so items added meanwhile never shift the pages of those that already existed. Clients
 * treat cursors as opaque; the in-browser adapter and the server write and read this one format.
 */
export interface CursorPosition {
  key: number[];
  id: string;
}

/** The order a cursor belongs to. */
export interface CursorOrder {
  /** Ties a cursor to its order (`questions/newest`): a cursor of another order is refused. */
  name: string;
  /** How many numbers the sort key has. */
  keyLength: number;
}

export function encodeCursor(order: Pick<CursorOrder, 'name'>, position: CursorPosition): string {
  const bytes = new TextEncoder().encode(JSON.stringify({ o: order.name, k: position.key, id: position.id }));
  return btoa(String.fromCharCode(...bytes));
}

/** The position in `cursor`; throws MajlisError `invalid` (field `cursor`) unless `order` handed it out. */
export function decodeCursor(cursor: unknown, order: CursorOrder): CursorPosition {
  const position = typeof cursor === 'string' ? parseCursor(cursor, order) : null;
  if (position === null) {
    throw new MajlisError('invalid', 'cursor is not one this list handed out (it may belong to another sort order)', {
      field: 'cursor',
    });
  }
  return position;
}

function parseCursor(cursor: string, order: CursorOrder): CursorPosition | null {
  let decoded: unknown;
  try {
    decoded = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(cursor), (char) => char.charCodeAt(0))));
  } catch {
    return null;
  }
  if (typeof decoded !== 'object' || decoded === null) return null;
  const { o, k, id } = decoded as Record<string, unknown>;
  const keyFits = Array.isArray(k) && k.length === order.keyLength && k.every((n) => Number.isFinite(n));
  // An id with a control character was never handed out (and PostgreSQL cannot compare U+0000).
  const idFits = typeof id === 'string' && findControlCharacter(id) === null;
  return o === order.name && keyFits && idFits ? { key: k as number[], id } : null;
}
