import { FOLLOW_TARGETS, NOTIFICATION_DELIVERIES } from '../../core/follow-names.js';
import { readLanguageTag } from '../../core/contract/input.js';
import { invalid } from '../../core/contract/text.js';
import type {
  Follow,
  FollowInput,
  FollowState,
  FollowTarget,
  NotificationDelivery,
  NotificationSettings,
  Page,
} from '../../core/types.js';
import { kindOf, readBoolean, readEnum, readId, readObject, readQuery } from './input.js';
import { paginate } from './listing.js';
import type { Ordering } from './listing.js';
import { postKey, putByUser } from './model.js';
import type { CommunityData, StoredFollow } from './model.js';

/* Following (capability `follow`, rules in src/core/contract/follow.ts): follows, remembered unfollows, settings. */

export const DEFAULT_NOTIFICATIONS: Readonly<NotificationSettings> = Object.freeze({ delivery: 'immediate', language: null });

function recordOf(data: CommunityData, userId: string, target: FollowTarget, id: string): StoredFollow | undefined {
  return data.follows.get(postKey(target, id))?.get(userId);
}

/** Whether `userId` (null: anonymous, never) follows the target now. */
export function isFollowing(data: CommunityData, userId: string | null, target: FollowTarget, id: string): boolean {
  return userId !== null && recordOf(data, userId, target, id)?.following === true;
}

export function followState(data: CommunityData, userId: string, target: FollowTarget, id: string): FollowState {
  const record = recordOf(data, userId, target, id);
  const following = record?.following === true;
  return { target, id, following, followedAt: following ? (record?.createdAt ?? null) : null };
}

function store(data: CommunityData, follow: StoredFollow): void {
  putByUser(data.follows, postKey(follow.target, follow.targetId), follow.userId, follow);
}

/** An explicit follow or unfollow; returns whether anything changed (setting the same state changes nothing). */
export function setFollow(data: CommunityData, userId: string, { target, id, following }: FollowInput, at: string): boolean {
  const record = recordOf(data, userId, target, id);
  if (record?.following === following) return false;
  store(data, { userId, target, targetId: id, following, createdAt: at });
  return true;
}

/** Asking or answering follows the question, unless the member ever followed or unfollowed it themselves. */
export function autoFollow(data: CommunityData, userId: string, questionId: string, at: string): void {
  if (recordOf(data, userId, 'question', questionId) === undefined) {
    store(data, { userId, target: 'question', targetId: questionId, following: true, createdAt: at });
  }
}

/** A follow while it is paged: `id` is `question:q-1` (a question and a category may share an id), `key` the target's id. */
type Listed = Follow & { key: string };

const newestFirst: Ordering<Listed> = {
  name: 'follows/newest',
  keyLength: 1,
  key: (item) => [-Date.parse(item.followedAt)],
};

/**
 * What `userId` follows, most recently followed first. `nameOf` names a target as the viewer sees it, or returns
 * null for one they cannot see (a pending question of someone else): it is left out.
 */
export function listFollows(
  data: CommunityData,
  userId: string,
  query: unknown,
  nameOf: (target: FollowTarget, id: string) => string | null,
): Page<Follow> {
  const record = readQuery(query);
  const only = record.target === undefined || record.target === null ? null : readEnum(record, 'target', FOLLOW_TARGETS);
  const items = [...data.follows.values()]
    .flatMap((byUser) => {
      const follow = byUser.get(userId);
      return follow?.following === true && (only === null || follow.target === only) ? [follow] : [];
    })
    .flatMap((follow): Listed[] => {
      const name = nameOf(follow.target, follow.targetId);
      if (name === null) return [];
      return [{ target: follow.target, id: postKey(follow.target, follow.targetId), key: follow.targetId, name, followedAt: follow.createdAt }];
    });
  const page = paginate(items, newestFirst, { cursor: record.cursor, limit: record.limit });
  return { ...page, items: page.items.map(({ target, key, name, followedAt }) => ({ target, id: key, name, followedAt })) };
}

export function readFollowInput(input: unknown): FollowInput {
  const record = readObject(input, 'The follow request');
  return {
    target: readEnum<FollowTarget>(record, 'target', FOLLOW_TARGETS),
    id: readId(record, 'id'),
    following: readBoolean(record, 'following'),
  };
}

export function notificationSettingsOf(data: CommunityData, userId: string): NotificationSettings {
  return { ...(data.notificationSettings.get(userId) ?? DEFAULT_NOTIFICATIONS) };
}

/** The settings with the fields of `input` applied; `invalid` (naming the field) for a bad one. */
export function readNotificationSettingsInput(input: unknown, current: NotificationSettings): NotificationSettings {
  const record = readObject(input, 'The notification settings');
  const delivery =
    record.delivery === undefined ? current.delivery : readEnum<NotificationDelivery>(record, 'delivery', NOTIFICATION_DELIVERIES);
  let language = current.language;
  if (record.language === null) language = null;
  else if (record.language !== undefined) {
    if (typeof record.language !== 'string') throw invalid('language', `language must be a BCP-47 tag, got ${kindOf(record.language)}`);
    language = readLanguageTag(record.language);
  }
  return { delivery, language };
}
