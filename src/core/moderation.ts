/**
 * Moderation as data: the names every layer shares (flag reasons, post states, queue tabs, actions) and the default
 * settings an operator starts from (both in `./moderation-names.ts`, re-exported here), and the pure rules every
 * backend applies alike: settings, pre-moderation, links, the edit window, flood limits, moderator actions. The schemas are in
 * `contract/moderation.ts` (and the post fields in `contract/entities.ts`). Kept free of schemas so that what
 * the elements import stays small.
 */
import { MajlisError } from './adapter.js';
import { checkNoControlCharacters, readTextField } from './contract/text.js';
import type {
  FlagReason,
  FloodLimits,
  ModerationAction,
  ModerationSettings,
  ModerationTarget,
  PremoderationMode,
  Role,
} from './types.js';

export {
  AUDIT_ACTIONS,
  DEFAULT_MODERATION,
  FLAG_REASONS,
  MODERATION_ACTIONS,
  MODERATION_TEXT_MAX,
  POST_STATES,
  PREMODERATION_MODES,
  QUEUE_TABS,
} from './moderation-names.js';
import {
  DEFAULT_MODERATION,
  FLAG_REASONS,
  MODERATION_ACTIONS,
  MODERATION_TEXT_MAX,
  PREMODERATION_MODES,
} from './moderation-names.js';

// Rules every backend applies alike (the memory adapter, the reference server).

/** Whether members of this role moderate (see every post, work the queue, act, edit any time). */
export function isModeratorRole(role: Role): boolean {
  return role === 'moderator' || role === 'staff';
}

function settingsError(message: string): never {
  throw new Error(`Invalid moderation settings: ${message}`);
}

function isWhole(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min;
}

function checkMode(value: unknown, path: string): void {
  if (!(PREMODERATION_MODES as readonly unknown[]).includes(value)) {
    settingsError(`${path} must be one of ${PREMODERATION_MODES.join(', ')}, got ${JSON.stringify(value)}`);
  }
}

function checkKnown(value: object, known: readonly string[], path: string): void {
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  if (unknown.length > 0) settingsError(`${path} has unknown settings ${unknown.join(', ')} (known: ${known.join(', ')})`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks complete settings (as read from JSON, e.g. `MAJLIS_MODERATION` merged over the defaults) and returns
 * them, or throws an `Error` whose message names the setting at fault: `flagThreshold` and `firstPosts` whole
 * numbers ≥ 1, known pre-moderation modes (also per category), `editWindowMinutes` a whole number ≥ 0 or null,
 * the flood limits whole numbers (`postsPerHour` ≥ 1, the others ≥ 0), no unknown settings.
 */
export function validateModerationSettings(value: unknown): ModerationSettings {
  if (!isPlainObject(value)) settingsError('expected an object');
  checkKnown(value, Object.keys(DEFAULT_MODERATION), 'the settings');
  if (!isWhole(value.flagThreshold, 1)) {
    settingsError(`flagThreshold must be a whole number ≥ 1, got ${JSON.stringify(value.flagThreshold)}`);
  }
  checkMode(value.premoderation, 'premoderation');
  const byCategory = value.premoderationByCategory;
  if (!isPlainObject(byCategory)) {
    settingsError('premoderationByCategory must be an object of modes by category id, e.g. { "billing": "links" }');
  }
  for (const [categoryId, mode] of Object.entries(byCategory)) checkMode(mode, `premoderationByCategory.${categoryId}`);
  if (!isWhole(value.firstPosts, 1)) {
    settingsError(`firstPosts must be a whole number ≥ 1, got ${JSON.stringify(value.firstPosts)}`);
  }
  if (value.editWindowMinutes !== null && !isWhole(value.editWindowMinutes, 0)) {
    settingsError(
      `editWindowMinutes must be a whole number ≥ 0 (0: never) or null (always), got ${JSON.stringify(value.editWindowMinutes)}`,
    );
  }
  const flood = value.flood;
  if (!isPlainObject(flood)) settingsError('flood must be an object of limits, e.g. { "postsPerHour": 10 }');
  checkKnown(flood, Object.keys(DEFAULT_MODERATION.flood), 'flood');
  for (const [key, min] of [
    ['postsPerHour', 1],
    ['newMemberLinks', 0],
    ['newMemberReputation', 0],
    ['duplicateWindowMinutes', 0],
  ] as const) {
    if (!isWhole(flood[key], min)) settingsError(`flood.${key} must be a whole number ≥ ${min}, got ${JSON.stringify(flood[key])}`);
  }
  return value as unknown as ModerationSettings;
}

/** What an operator may configure: any part of the settings (and of `flood`); what is left out keeps its default. */
export type ModerationOptions = Partial<Omit<ModerationSettings, 'flood'>> & { flood?: Partial<FloodLimits> };

/** The defaults with an operator's `options` over them, validated ({@link validateModerationSettings}); a fresh copy. */
export function resolveModerationSettings(options: ModerationOptions = {}): ModerationSettings {
  if (!isPlainObject(options)) settingsError('expected an object');
  const { flood } = options as { flood?: unknown };
  if (flood !== undefined && !isPlainObject(flood)) settingsError('flood must be an object of limits, e.g. { "postsPerHour": 10 }');
  return validateModerationSettings({
    ...DEFAULT_MODERATION,
    ...options,
    premoderationByCategory: { ...(options.premoderationByCategory ?? DEFAULT_MODERATION.premoderationByCategory) },
    flood: { ...DEFAULT_MODERATION.flood, ...options.flood },
  });
}

/** The pre-moderation mode of a category: its own, else the community's. */
export function premoderationFor(settings: ModerationSettings, categoryId: string): PremoderationMode {
  return Object.hasOwn(settings.premoderationByCategory, categoryId)
    ? (settings.premoderationByCategory[categoryId] ?? settings.premoderation)
    : settings.premoderation;
}

/** Who is posting what, for {@link needsApproval}. */
export interface NewPost {
  /** The category of the question (asked, or answered). */
  categoryId: string;
  /** The author's role: moderators and staff are never pre-moderated. */
  role: Role;
  /** How many of the author's posts are `published` now. */
  publishedPosts: number;
  /** The Markdown body. */
  body: string;
}

/** Whether a new post waits for a moderator's approval (`pending`) under the category's pre-moderation mode. */
export function needsApproval(settings: ModerationSettings, post: NewPost): boolean {
  if (isModeratorRole(post.role)) return false;
  switch (premoderationFor(settings, post.categoryId)) {
    case 'all':
      return true;
    case 'first-posts':
      return post.publishedPosts < settings.firstPosts;
    case 'links':
      return countLinks(post.body) > 0;
    default:
      return false;
  }
}

const MARKDOWN_LINK = /!?\[[^\]\n]*\]\(\s*<?[^)\s>]+>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*\)/gu;
const LINK_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*<?\S+>?/gmu;
const AUTOLINK = /<(?:[a-z][a-z0-9+.-]{1,31}:[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>/giu;
const BARE_URL = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s<>()[\]]+/giu;

/**
 * How many links a Markdown body has: inline links and images (`[text](url)`), reference definitions
 * (`[ref]: url`), autolinks (`<https://…>`, `<name@host>`) and bare URLs (`https://…`, `www.…`), each counted once.
 */
export function countLinks(markdown: string): number {
  let count = 0;
  const cut = (text: string, pattern: RegExp) =>
    text.replace(pattern, () => {
      count += 1;
      return ' ';
    });
  const rest = cut(cut(cut(markdown, MARKDOWN_LINK), LINK_DEFINITION), AUTOLINK);
  return count + (rest.match(BARE_URL)?.length ?? 0);
}

const MINUTE = 60_000;

/** Whether an author may still edit a post written at `createdAt` (ISO-8601) at `now`. */
export function editWindowOpen(settings: ModerationSettings, createdAt: string, now: Date): boolean {
  if (settings.editWindowMinutes === null) return true;
  return now.getTime() < Date.parse(createdAt) + settings.editWindowMinutes * MINUTE;
}

/** A member's earlier post, for {@link floodViolation}. */
export interface RecentPost {
  body: string;
  /** ISO-8601. */
  createdAt: string;
}

/** The form of a body duplicates are compared in: trimmed, runs of whitespace as one space, lower case. */
export function duplicateKey(body: string): string {
  return body.trim().replace(/\s+/gu, ' ').toLowerCase();
}

/**
 * Why a member may not post `body` now, or null: more than `postsPerHour` posts in the last hour
 * (`rate-limited`, `retryAfter` in seconds until the oldest of them leaves the hour), more than `newMemberLinks`
 * links while their reputation is below `newMemberReputation` (`invalid` on field `body`, reason
 * `too-many-links`), or the same body as one of their posts of the last `duplicateWindowMinutes` (`conflict`,
 * reason `duplicate`). Moderators and staff are not limited. `recent` are the member's questions and answers,
 * whatever their state.
 */
export function floodViolation(
  settings: ModerationSettings,
  author: { role: Role; reputation: number },
  body: string,
  recent: readonly RecentPost[],
  now: Date,
): MajlisError | null {
  if (isModeratorRole(author.role)) return null;
  const { postsPerHour, duplicateWindowMinutes } = settings.flood;
  const links = linkViolation(settings, author, body);
  if (links !== null) return links;
  const hourAgo = now.getTime() - 60 * MINUTE;
  const lastHour = recent
    .map((post) => Date.parse(post.createdAt))
    .filter((time) => time > hourAgo && time <= now.getTime())
    .sort((a, b) => a - b);
  if (lastHour.length >= postsPerHour) {
    const oldest = lastHour[lastHour.length - postsPerHour] ?? now.getTime();
    const retryAfter = Math.max(1, Math.ceil((oldest - hourAgo) / 1000));
    return new MajlisError('rate-limited', `At most ${postsPerHour} posts an hour: try again in ${retryAfter} seconds`, {
      retryAfter,
    });
  }
  if (duplicateWindowMinutes > 0) {
    const since = now.getTime() - duplicateWindowMinutes * MINUTE;
    const key = duplicateKey(body);
    if (recent.some((post) => Date.parse(post.createdAt) > since && duplicateKey(post.body) === key)) {
      return new MajlisError('conflict', `The same text was just posted: it is not posted twice`, { reason: 'duplicate' });
    }
  }
  return null;
}

/**
 * The new-member link limit alone (also applied to edits, so a post cannot gain its links afterwards): `invalid`
 * on field `body`, reason `too-many-links`, or null.
 */
export function linkViolation(
  settings: ModerationSettings,
  author: { role: Role; reputation: number },
  body: string,
): MajlisError | null {
  const { newMemberLinks, newMemberReputation } = settings.flood;
  if (isModeratorRole(author.role) || author.reputation >= newMemberReputation) return null;
  const links = countLinks(body);
  if (links <= newMemberLinks) return null;
  return new MajlisError(
    'invalid',
    `New members may put at most ${newMemberLinks} links in a post (until ${newMemberReputation} reputation), got ${links}`,
    { field: 'body', reason: 'too-many-links' },
  );
}

// Moderation text and actions

/** A flag note, moderator reason or edit note: trimmed, 1 to {@link MODERATION_TEXT_MAX} characters, one or more lines. */
export function readModerationText(value: string, field: string): string {
  return readTextField(value, field, { min: 1, max: MODERATION_TEXT_MAX, multiline: true });
}

function actionInvalid(field: string, message: string): MajlisError {
  return new MajlisError('invalid', message, { field });
}

function kindOfValue(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/** Optional text (absent, null or blank: null), else {@link readModerationText}. */
export function readOptionalModerationText(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw actionInvalid(field, `${field} must be a string, got ${kindOfValue(value)}`);
  return value.trim() === '' ? null : readModerationText(value, field);
}

/** A flag's reason and note: the note is required for `other`. */
export function readFlagFields(reason: unknown, note: unknown): { reason: FlagReason; note: string | null } {
  if (!(FLAG_REASONS as readonly unknown[]).includes(reason)) {
    throw actionInvalid('reason', `reason must be one of ${FLAG_REASONS.join(', ')}, got ${JSON.stringify(reason)}`);
  }
  const text = readOptionalModerationText(note, 'note');
  if (reason === 'other' && text === null) throw actionInvalid('note', 'A flag for reason "other" needs a note saying why');
  return { reason: reason as FlagReason, note: text };
}

const POST_ACTIONS: readonly ModerationAction[] = ['approve', 'hide', 'restore', 'delete', 'dismiss-flags'];
const USER_ACTIONS: readonly ModerationAction[] = ['suspend', 'unsuspend'];
const ACTIONS_NEEDING_REASON: readonly ModerationAction[] = ['hide', 'delete', 'suspend', 'hand-to-care'];

/** Which targets an action takes. */
export function targetsOf(action: ModerationAction): readonly ModerationTarget[] {
  if (POST_ACTIONS.includes(action)) return ['question', 'answer'];
  if (USER_ACTIONS.includes(action)) return ['user'];
  return ['question'];
}

/** A checked moderator action: what it needs is there, what it does not take is left out. */
export interface ReadModerationInput {
  action: ModerationAction;
  target: ModerationTarget;
  id: string;
  /** Trimmed; null when not given (and not required). */
  reason: string | null;
  /** For `move`. */
  categoryId?: string;
  /** For `mark-duplicate`. */
  duplicateOf?: string;
  /** For `suspend`: ISO-8601 UTC, or null for indefinitely. */
  until?: string | null;
}

function requiredId(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw actionInvalid(field, `${field} must be a non-empty string id`);
  checkNoControlCharacters(value, field);
  return value;
}

/**
 * Checks a moderator action against its target, as plain JavaScript may send it: `invalid` naming the field for
 * an unknown `action` or `target`, an action that does not take the target (`target`), a missing `id`, a missing
 * or bad `reason` for `hide`, `delete`, `suspend` and `hand-to-care` (its public note) (1 to 500 characters; optional for the others), a missing
 * `categoryId` for `move` or `duplicateOf` for `mark-duplicate`, an `until` that is not an ISO-8601 time in the
 * future (after `now`) for `suspend`. Whether the ids exist is the backend's to check.
 */
export function readModerationInput(input: unknown, now: Date = new Date()): ReadModerationInput {
  if (!isPlainObject(input)) throw new MajlisError('invalid', `The moderation action must be an object, got ${kindOfValue(input)}`);
  const { action, target } = input;
  if (!(MODERATION_ACTIONS as readonly unknown[]).includes(action)) {
    throw actionInvalid('action', `action must be one of ${MODERATION_ACTIONS.join(', ')}, got ${JSON.stringify(action)}`);
  }
  const known = action as ModerationAction;
  const targets = targetsOf(known);
  if (!(['question', 'answer', 'user'] as readonly unknown[]).includes(target)) {
    throw actionInvalid('target', `target must be one of question, answer, user, got ${JSON.stringify(target)}`);
  }
  if (!targets.includes(target as ModerationTarget)) {
    throw actionInvalid('target', `"${known}" takes a ${targets.join(' or ')}, not a ${String(target)}`);
  }
  const result: ReadModerationInput = {
    action: known,
    target: target as ModerationTarget,
    id: requiredId(input.id, 'id'),
    reason: readOptionalModerationText(input.reason, 'reason'),
  };
  if (ACTIONS_NEEDING_REASON.includes(known) && result.reason === null) {
    throw actionInvalid('reason', `"${known}" needs a reason (1 to ${MODERATION_TEXT_MAX} characters)`);
  }
  if (known === 'move') result.categoryId = requiredId(input.categoryId, 'categoryId');
  if (known === 'mark-duplicate') result.duplicateOf = requiredId(input.duplicateOf, 'duplicateOf');
  if (known === 'suspend') {
    const { until } = input;
    if (until === undefined || until === null) result.until = null;
    else {
      const time = typeof until === 'string' ? Date.parse(until) : NaN;
      if (Number.isNaN(time)) throw actionInvalid('until', `until must be an ISO-8601 time or null, got ${JSON.stringify(until)}`);
      if (time <= now.getTime()) throw actionInvalid('until', 'until must be in the future');
      result.until = new Date(time).toISOString();
    }
  }
  return result;
}

/** Whether a suspension is in force at `now` (`until` null: indefinitely). */
export function suspensionInForce(suspension: { until: string | null } | null | undefined, now: Date): boolean {
  return suspension !== null && suspension !== undefined && (suspension.until === null || Date.parse(suspension.until) > now.getTime());
}
