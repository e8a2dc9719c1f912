import { en } from './messages/en.js';
import type { Messages } from './messages/types.js';

/**
 * A built-in catalog as the standalone build ships it: its texts alone, in the order of the English
 * catalog's keys (the build packs `messages/<locale>.ts` with `scripts/pack-catalogs.ts`), so each locale
 * chunk carries no copy of the ~160 key names. The sources stay plain typed objects.
 */
export function unpackMessages(values: readonly unknown[]): Messages {
  let next = 0;
  const unpack = (shape: object): object =>
    Object.fromEntries(
      Object.entries(shape).map(([key, value]: [string, unknown]) => [
        key,
        typeof value === 'object' && value !== null ? unpack(value) : values[next++],
      ]),
    );
  const messages = unpack(en) as Messages;
  if (next !== values.length) throw new Error(`[majlis] a packed catalog has ${values.length} texts, English ${next}`);
  return messages;
}
