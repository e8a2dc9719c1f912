import { MajlisError } from '../../core/adapter.js';
import { editWindowOpen, linkViolation } from '../../core/moderation.js';
import type { SeedUser } from '../../core/seed.js';
import type { PostType, Revision, User } from '../../core/types.js';
import { isModerator, questionIdOf, requireNotSuspended, setPostState, writeAudit } from './moderation.js';
import type { ModerationScope } from './moderation.js';
import { postKey } from './model.js';
import type { CommunityData, StoredPost, StoredQuestion, StoredRevision } from './model.js';

/*
 * Edits, their revisions and authors' deletes in the memory adapter. A post's revisions are kept from its first
 * edit on: number 1 is the post as first written, the last is the post as it is now. A post never edited has
 * one revision to show (itself, as written), and `revisionCount` 0.
 *
 * - Its author edits a post within the edit window (`forbidden`, reason `edit-window`, after it); moderators and
 *   staff edit any post any time. Nobody edits a deleted post (`conflict`). An edit that changes nothing is no
 *   revision. The new-member link limit applies to edits too, so a post cannot gain its links afterwards.
 * - Its author deletes their post (soft: `deleted`), unless it is the accepted answer (`conflict`, reason
 *   `accepted-answer`); a moderator's `deletePost` of someone else's post is the `delete` action without a reason.
 *   Deleting takes back the reputation the post earned (recognition ledger).
 * Every edit and delete writes an audit entry (`edit` with `{ revision }`, `author-delete`, or `delete`).
 */

export interface EditFields {
  body: string;
  /** Questions only. */
  title?: string;
  tags?: string[];
  /** The edit note, or null. */
  reason: string | null;
}

/** The revisions of a post as stored, or the post as first written when it was never edited. */
function revisionsOf(data: CommunityData, target: PostType, post: StoredPost): StoredRevision[] {
  const stored = data.revisions.get(postKey(target, post.id));
  if (stored !== undefined && stored.length > 0) return stored;
  const question = target === 'question' ? (post as StoredQuestion) : null;
  return [
    {
      number: 1,
      body: post.body,
      title: question?.title ?? null,
      tags: question === null ? null : [...question.tags],
      editedById: post.authorId,
      reason: null,
      createdAt: post.createdAt,
    },
  ];
}

/** How many times a post was edited. */
export function revisionCount(data: CommunityData, target: PostType, id: string): number {
  return Math.max(0, (data.revisions.get(postKey(target, id))?.length ?? 0) - 1);
}

/** Whether `viewer` may edit `post` now: its author within the window (not suspended), or a moderator. */
export function mayEdit(scope: Pick<ModerationScope, 'settings' | 'at'>, viewer: SeedUser | null, post: StoredPost, suspended: boolean): boolean {
  if (viewer === null || post.state === 'deleted') return false;
  if (isModerator(viewer)) return true;
  return viewer.id === post.authorId && !suspended && editWindowOpen(scope.settings, post.createdAt, new Date(scope.at));
}

/** Edits a post for `editor`, keeping a revision and an audit entry; returns whether anything changed. */
export function editPost(
  scope: ModerationScope,
  editor: SeedUser,
  reputation: number,
  target: PostType,
  post: StoredPost,
  fields: EditFields,
): boolean {
  const { data } = scope;
  const moderator = isModerator(editor);
  if (!moderator) {
    if (editor.id !== post.authorId) throw new MajlisError('forbidden', `Only its author or a moderator can edit ${target} "${post.id}"`);
    requireNotSuspended(data, editor, 'edit posts', scope.at);
    if (!editWindowOpen(scope.settings, post.createdAt, new Date(scope.at))) {
      throw new MajlisError('forbidden', `The time to edit ${target} "${post.id}" has passed`, { reason: 'edit-window' });
    }
    const links = linkViolation(scope.settings, { role: editor.role, reputation }, fields.body);
    if (links !== null) throw links;
  }
  if (post.state === 'deleted') throw new MajlisError('conflict', `${target} "${post.id}" is deleted: it cannot be edited`);
  const question = target === 'question' ? (post as StoredQuestion) : null;
  const title = question === null ? null : (fields.title ?? question.title);
  const tags = question === null ? null : (fields.tags ?? question.tags);
  const unchanged =
    fields.body === post.body &&
    (question === null || (title === question.title && JSON.stringify(tags) === JSON.stringify(question.tags)));
  if (unchanged) return false;
  const revisions = revisionsOf(data, target, post).map((revision) => revision);
  const number = revisions.length + 1;
  revisions.push({ number, body: fields.body, title, tags: tags === null ? null : [...tags], editedById: editor.id, reason: fields.reason, createdAt: scope.at });
  data.revisions.set(postKey(target, post.id), revisions);
  post.body = fields.body;
  if (question !== null && title !== null && tags !== null) {
    question.title = title;
    question.tags = [...tags];
  }
  post.editedAt = scope.at;
  writeAudit(scope, {
    actorId: editor.id,
    action: 'edit',
    target,
    targetId: post.id,
    questionId: questionIdOf(target, post),
    reason: fields.reason,
    details: { revision: String(number) },
  });
  return true;
}

/** The revisions of a post as the contract shows them, oldest first. */
export function listRevisions(data: CommunityData, target: PostType, post: StoredPost, toUser: (id: string) => User): Revision[] {
  return revisionsOf(data, target, post).map((revision) => ({
    number: revision.number,
    body: revision.body,
    title: revision.title,
    tags: revision.tags === null ? null : [...revision.tags],
    editedBy: toUser(revision.editedById),
    reason: revision.reason,
    createdAt: revision.createdAt,
  }));
}

/** Whether `viewer` may delete `post`: its author (unless it is the accepted answer), or a moderator. */
export function mayDelete(viewer: SeedUser | null, post: StoredPost, accepted: boolean): boolean {
  if (viewer === null || post.state === 'deleted') return false;
  if (isModerator(viewer)) return true;
  return viewer.id === post.authorId && !accepted;
}

/** Soft-deletes a post for its author (or a moderator), taking back its reputation; audited. */
export function deletePost(scope: ModerationScope, viewer: SeedUser, target: PostType, post: StoredPost, accepted: boolean): void {
  const own = viewer.id === post.authorId;
  if (!own && !isModerator(viewer)) throw new MajlisError('forbidden', `Only its author or a moderator can delete ${target} "${post.id}"`);
  if (post.state === 'deleted') throw new MajlisError('conflict', `${target} "${post.id}" is already deleted`);
  if (own && accepted) {
    throw new MajlisError('conflict', `Answer "${post.id}" is the accepted answer: it cannot be deleted by its author`, {
      reason: 'accepted-answer',
    });
  }
  setPostState(scope, target, post, 'deleted', { reason: null, byId: own ? null : viewer.id, at: scope.at });
  writeAudit(scope, {
    actorId: viewer.id,
    action: own ? 'author-delete' : 'delete',
    target,
    targetId: post.id,
    questionId: questionIdOf(target, post),
  });
}
