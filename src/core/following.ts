import { MajlisError, supports } from './adapter.js';
import type { MajlisStore, StoreKey } from './store.js';
import type { CallOptions, Follow, FollowQuery, FollowTarget, NotificationSettings, NotificationSettingsInput, Page } from './types.js';

/*
 * Following through the store (capability `follow`), outside the core chunk: only pages with a follow toggle load
 * it. Confirmed states are kept per store and forgotten when the viewer changes; a change waits as an optimistic
 * change of the store (key `follow:<target>:<id>`), so it is shown at once, rolled back on failure and reported
 * on the store's error channel (operation `follow`), like kudos. Read the state with {@link following}: a cached
 * question's `viewerFollows` is what the adapter last sent.
 */

interface FollowCache {
  confirmed: Map<string, boolean>;
  categories?: Promise<unknown>;
}

const caches = new WeakMap<MajlisStore, FollowCache>();

function cacheOf(store: MajlisStore): FollowCache {
  let cache = caches.get(store);
  if (!cache) {
    const created: FollowCache = { confirmed: new Map() };
    store.subscribe((change) => {
      if (change.type === 'reset' || change.type === 'refresh') {
        created.confirmed.clear();
        delete created.categories;
      }
    });
    caches.set(store, created);
    cache = created;
  }
  return cache;
}

const keyOf = (target: FollowTarget, id: string): StoreKey => `follow:${target}:${id}`;

/** Whether the viewer follows the target, with a waiting change applied; undefined until known ({@link loadFollowing}). */
export function following(store: MajlisStore, target: FollowTarget, id: string): boolean | undefined {
  const pending = store.pendingValue(keyOf(target, id));
  if (typeof pending === 'boolean') return pending;
  const confirmed = cacheOf(store).confirmed.get(`${target}:${id}`);
  if (confirmed !== undefined || target !== 'question') return confirmed;
  return store.question(id)?.viewerFollows;
}

/** Whether a follow or unfollow of the target is waiting for the adapter. */
export function isFollowPending(store: MajlisStore, target: FollowTarget, id: string): boolean {
  return store.isPending(keyOf(target, id));
}

/**
 * Reads whether the viewer follows the target: a question through the store's cache, a live session from the
 * adapter (its `viewerFollows`), categories from the adapter.
 */
export async function loadFollowing(store: MajlisStore, target: FollowTarget, id: string, options?: CallOptions): Promise<boolean> {
  const cache = cacheOf(store);
  if (target === 'question') {
    const question = store.question(id) ?? (await store.loadQuestion(id, options));
    // An adapter that leaves `viewerFollows` out: not followed, known (so an element does not ask again).
    if (question.viewerFollows === undefined) cache.confirmed.set(`question:${id}`, false);
    return question.viewerFollows ?? false;
  }
  if (target === 'session') {
    const { viewerFollows } = await capability(store, 'getLiveSession')(id, options);
    cache.confirmed.set(`session:${id}`, viewerFollows);
    return viewerFollows;
  }
  const loading = (cache.categories ??= store.adapter.listCategories(options).then((categories) => {
    for (const category of categories) cache.confirmed.set(`category:${category.id}`, category.viewerFollows ?? false);
  }));
  await loading.catch((error: unknown) => {
    if (cache.categories === loading) delete cache.categories;
    throw error;
  });
  const known = cache.confirmed.get(`category:${id}`);
  if (known === undefined) throw new MajlisError('not-found', `No category with id ${JSON.stringify(id)}`);
  return known;
}

/** Follows or unfollows, optimistically; resolves to the confirmed state, rejects (rolled back) on failure. */
export function follow(store: MajlisStore, target: FollowTarget, id: string, value: boolean): Promise<boolean> {
  const { adapter } = store;
  return store.optimistic({
    key: keyOf(target, id),
    signature: `follow:${target}:${id}:${value}`,
    ...(target === 'question'
      ? { touches: () => [`question:${id}` as const], question: (q) => (q.id === id ? { ...q, viewerFollows: value } : q) }
      : {}),
    operation: 'follow',
    value,
    call: () =>
      adapter.follow && supports(adapter, 'follow')
        ? adapter.follow({ target, id, following: value })
        : Promise.reject(new MajlisError('unavailable', 'This adapter has no follow capability')),
    commit: (state) => cacheOf(store).confirmed.set(`${target}:${id}`, state.following),
  }).then((state) => state.following);
}

function capability<K extends 'listFollows' | 'getNotificationSettings' | 'setNotificationSettings' | 'getLiveSession'>(store: MajlisStore, name: K) {
  const method = store.adapter[name];
  if (typeof method !== 'function') throw new MajlisError('unavailable', `This adapter has no ${name} capability`);
  return method.bind(store.adapter) as NonNullable<(typeof store.adapter)[K]>;
}

/** What the viewer follows, most recently followed first (not cached). */
export function listFollows(store: MajlisStore, query?: FollowQuery, options?: CallOptions): Promise<Page<Follow>> {
  return capability(store, 'listFollows')(query, options);
}

/** How the viewer hears about what they follow (not cached). */
export function notificationSettings(store: MajlisStore, options?: CallOptions): Promise<NotificationSettings> {
  return capability(store, 'getNotificationSettings')(options);
}

export function setNotificationSettings(store: MajlisStore, input: NotificationSettingsInput, options?: CallOptions): Promise<NotificationSettings> {
  return capability(store, 'setNotificationSettings')(input, options);
}
