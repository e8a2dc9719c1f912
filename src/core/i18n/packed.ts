import { en } from './messages/en.js';
import type { Messages } from './messages/types.js';

/**
 * A built-in catalog as the standalone build ships it: its texts alone, in the order of the English
 * catalog's keys (the build packs `messages/<locale>.ts` with `scripts/pack-catalogs.ts`), so each locale
 * chunk carries no copy of the ~160 key names (`shape`: the English texts of a catalog area, for its
 * translations). The sources stay plain typed objects.
 */
export function unpackMessages(values: readonly unknown[], shape: object = en): Messages {
  let next = 0;
  const unpack = (node: object): object =>
    Object.fromEntries(
      Object.entries(node).map(([key, value]: [string, unknown]) => [
        key,
        typeof value === 'object' && value !== null ? unpack(value) : values[next++],
      ]),
    );
  const messages = unpack(shape) as Messages;
  if (next !== values.length) throw new Error(`[majlis] a packed catalog has ${values.length} texts, English ${next}`);
  return messages;
}
