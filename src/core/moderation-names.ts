/**
 * The names of moderation every layer shares (flag reasons, post states, queue tabs, actions) and the default
 * settings: data only, so the contract (`contract/entities.ts`, `contract/moderation.ts`) and the REST adapter
 * take them without the rules of `./moderation.ts`, which re-exports them.
 */
import type { ModerationSettings } from './types.js';

export const FLAG_REASONS = ['spam', 'abusive', 'off-topic', 'personal-data', 'other'] as const;
export const POST_STATES = ['published', 'pending', 'hidden', 'deleted'] as const;
export const QUEUE_TABS = ['reported', 'pending', 'hidden'] as const;
export const PREMODERATION_MODES = ['off', 'first-posts', 'links', 'all'] as const;
/** What a moderator can do through `moderate()`. */
export const MODERATION_ACTIONS = [
  'approve',
  'hide',
  'restore',
  'delete',
  'dismiss-flags',
  'lock',
  'unlock',
  'pin',
  'unpin',
  'move',
  'mark-duplicate',
  'suspend',
  'unsuspend',
  'hand-to-care',
  'return-from-care',
] as const;
/** What the audit log records: every moderator action, plus what happens on its own or by an author. */
export const AUDIT_ACTIONS = [...MODERATION_ACTIONS, 'auto-hide', 'edit', 'author-delete'] as const;

/** Longest flag note, moderator reason and edit note, in UTF-16 code units after trimming. */
export const MODERATION_TEXT_MAX = 500;

/** What a community starts with when its operator configures nothing. */
export const DEFAULT_MODERATION: Readonly<ModerationSettings> = Object.freeze({
  flagThreshold: 3,
  premoderation: 'off',
  premoderationByCategory: {},
  firstPosts: 3,
  editWindowMinutes: 30,
  flood: Object.freeze({ postsPerHour: 10, newMemberLinks: 2, newMemberReputation: 50, duplicateWindowMinutes: 60 }),
});
