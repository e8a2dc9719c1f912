import { DEFAULT_MODERATION, PREMODERATION_MODES } from '#majlis/core/moderation.js';
import type { ModerationSettings, PremoderationMode } from '#majlis/core/types.js';

/**
 * Moderation settings over {@link DEFAULT_MODERATION}: what is left out keeps its default, and anything unknown or
 * out of range is refused with a message naming the setting.
 */
export function moderationSettings(options: object): ModerationSettings {
  const input = options as Partial<Record<keyof ModerationSettings, unknown>>;
  const known = Object.keys(DEFAULT_MODERATION);
  const unknown = Object.keys(input).filter((key) => !known.includes(key));
  if (unknown.length > 0) throw new Error(`unknown settings ${unknown.join(', ')}: use ${known.join(', ')}`);
  const integer = (name: string, value: unknown, fallback: number, min: number): number => {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
      throw new Error(`${name} must be a whole number of at least ${min}, got ${JSON.stringify(value)}`);
    }
    return value;
  };
  const mode = (name: string, value: unknown): PremoderationMode => {
    if (typeof value !== 'string' || !(PREMODERATION_MODES as readonly string[]).includes(value)) {
      throw new Error(`${name} must be one of ${PREMODERATION_MODES.join(', ')}, got ${JSON.stringify(value)}`);
    }
    return value as PremoderationMode;
  };
  const byCategory = input.premoderationByCategory ?? {};
  if (typeof byCategory !== 'object' || byCategory === null || Array.isArray(byCategory)) {
    throw new Error('premoderationByCategory must be an object of category ids and modes');
  }
  const flood = input.flood ?? {};
  if (typeof flood !== 'object' || flood === null || Array.isArray(flood)) throw new Error('flood must be an object');
  const floodInput = flood as Record<string, unknown>;
  const floodKnown = Object.keys(DEFAULT_MODERATION.flood);
  const floodUnknown = Object.keys(floodInput).filter((key) => !floodKnown.includes(key));
  if (floodUnknown.length > 0) throw new Error(`unknown settings flood.${floodUnknown.join(', flood.')}`);
  const defaults = DEFAULT_MODERATION.flood;
  return {
    flagThreshold: integer('flagThreshold', input.flagThreshold, DEFAULT_MODERATION.flagThreshold, 1),
    premoderation: input.premoderation === undefined ? DEFAULT_MODERATION.premoderation : mode('premoderation', input.premoderation),
    premoderationByCategory: Object.fromEntries(
      Object.entries(byCategory).map(([id, value]) => [id, mode(`premoderationByCategory.${id}`, value)]),
    ),
    firstPosts: integer('firstPosts', input.firstPosts, DEFAULT_MODERATION.firstPosts, 1),
    editWindowMinutes:
      input.editWindowMinutes === null
        ? null
        : integer('editWindowMinutes', input.editWindowMinutes, DEFAULT_MODERATION.editWindowMinutes as number, 0),
    flood: {
      postsPerHour: integer('flood.postsPerHour', floodInput.postsPerHour, defaults.postsPerHour, 1),
      newMemberLinks: integer('flood.newMemberLinks', floodInput.newMemberLinks, defaults.newMemberLinks, 0),
      newMemberReputation: integer('flood.newMemberReputation', floodInput.newMemberReputation, defaults.newMemberReputation, 0),
      duplicateWindowMinutes: integer(
        'flood.duplicateWindowMinutes',
        floodInput.duplicateWindowMinutes,
        defaults.duplicateWindowMinutes,
        0,
      ),
    },
  };
}
