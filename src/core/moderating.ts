import { MajlisError } from './adapter.js';
import type { CommunityAdapter } from './adapter.js';
import type { ErrorOperation } from './events.js';
import type { MajlisStore } from './store.js';
import type {
  AuditEntry,
  AuditQuery,
  CallOptions,
  DeletePostInput,
  EditPostInput,
  FlagInput,
  ModerationAction,
  ModerationInput,
  ModerationItem,
  ModerationQueueQuery,
  ModerationResult,
  Page,
  Post,
  PostType,
  Revision,
} from './types.js';

/*
 * Moderation through the store (capabilities `flag`, `editPost`, `moderate`), outside the core chunk: only the
 * post menu, the post editor, the revision history and the moderation queue load it. None of these changes is
 * optimistic: the store caches what the adapter confirms, so every element showing the post or the member
 * follows, and failures are reported on the store's error channel like a mutation's.
 */

type OptionalMethod = 'flag' | 'editPost' | 'listRevisions' | 'deletePost' | 'moderate' | 'listModerationQueue' | 'listAuditLog';

/** The adapter's optional method `name`, bound; `unavailable` when the adapter lacks it. */
function capability<K extends OptionalMethod>(store: MajlisStore, name: K): NonNullable<CommunityAdapter[K]> {
  const method = store.adapter[name];
  if (typeof method !== 'function') throw new MajlisError('unavailable', `This adapter has no ${name} capability`);
  return method.bind(store.adapter) as NonNullable<CommunityAdapter[K]>;
}

/** One of the post changes below: the adapter's post replaces the cached one once it confirms. */
async function changePost(store: MajlisStore, operation: ErrorOperation, call: () => Promise<Post>, movesReputation = false): Promise<Post> {
  const post = await store.reporting(operation, call);
  store.confirm({ posts: [post], recognition: movesReputation });
  return store.post(post.type, post.id)!;
}

/**
 * Flags a post for the moderators. The post is updated from the adapter's result (`viewerHasFlagged`, and
 * `state: 'hidden'` when this flag reached the threshold); a failure is reported (operation `flag`) and rejects.
 */
export function flagPost(store: MajlisStore, input: FlagInput, options?: CallOptions): Promise<Post> {
  return changePost(store, 'flag', () => capability(store, 'flag')(input, options));
}

/** Edits a post: the cache takes the post the adapter returns (its new body, `editedAt`, `revisionCount`). */
export function editPost(store: MajlisStore, input: EditPostInput, options?: CallOptions): Promise<Post> {
  return changePost(store, 'edit-post', () => capability(store, 'editPost')(input, options));
}

/** The author deletes their post (a soft delete): reputation may move, as its kudos are undone. */
export function deletePost(store: MajlisStore, input: DeletePostInput, options?: CallOptions): Promise<Post> {
  return changePost(store, 'delete-post', () => capability(store, 'deletePost')(input, options), true);
}

/** A post's revisions, oldest (number 1, as first written) first: a read, not cached. */
export async function listRevisions(store: MajlisStore, target: PostType, id: string, options?: CallOptions): Promise<Revision[]> {
  return capability(store, 'listRevisions')(target, id, options);
}

/** Actions that may move reputation (a deleted post's kudos are undone, an approved post starts to count). */
const MOVES_REPUTATION: ReadonlySet<ModerationAction> = new Set<ModerationAction>(['approve', 'hide', 'restore', 'delete']);

/**
 * One moderator action (approve, hide, restore, delete, dismiss flags, lock, pin, move, mark as duplicate,
 * suspend …). The question, answer and member it returns replace the cached ones, so a thread open elsewhere
 * shows the post hidden or the question locked, and subscribers hear `moderated`.
 */
export async function moderate(store: MajlisStore, input: ModerationInput, options?: CallOptions): Promise<ModerationResult> {
  const result = await store.reporting('moderate', async () => capability(store, 'moderate')(input, options));
  const posts = [result.question, result.answer].filter((post) => post !== null);
  store.confirm({ posts, ...(result.user ? { users: [result.user] } : {}), recognition: MOVES_REPUTATION.has(input.action) }, { type: 'moderated', input, result });
  return result;
}

/**
 * One tab of the moderation queue. Its posts are cached as the moderator sees them, so an item and the same post
 * elsewhere on the page show the same state.
 */
export async function listModerationQueue(store: MajlisStore, query: ModerationQueueQuery, options?: CallOptions): Promise<Page<ModerationItem>> {
  const page = await capability(store, 'listModerationQueue')(query, options);
  store.confirm({ posts: page.items.flatMap((item) => (item.answer ? [item.question, item.answer] : [item.question])) });
  return page;
}

/** The audit log, newest first; not cached. */
export function listAuditLog(store: MajlisStore, query?: AuditQuery, options?: CallOptions): Promise<Page<AuditEntry>> {
  return capability(store, 'listAuditLog')(query, options);
}
