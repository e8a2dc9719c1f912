import { MajlisError } from '#majlis/core/adapter.js';
import { DEFAULT_MODERATION } from '#majlis/core/moderation.js';
import type {
  AnswerPermissions,
  ModerationSettings,
  PostPermissions,
  PostState,
  QuestionPermissions,
  QuestionStatus,
  Role,
} from '#majlis/core/types.js';

/**
 * Who makes a request: a member (id, role, and whether a suspension is in force), or null for an anonymous reader.
 */
export type Actor = { id: string; role: Role; suspended?: boolean } | null;

/** Who reads, when (the server's clock: edit windows), under which moderation settings. */
export interface Reader {
  actor: Actor;
  now: Date;
  moderation: ModerationSettings;
}

export function readerOf(actor: Actor, now: Date = new Date(), moderation: ModerationSettings = DEFAULT_MODERATION): Reader {
  return { actor, now, moderation };
}

/** Moderators and staff: they see every post whatever its state, and act on them. */
export function isStaff(actor: Actor): boolean {
  return actor?.role === 'staff' || actor?.role === 'moderator';
}

/** Moderators and staff; `unauthenticated` or `forbidden` for anyone else. */
export function moderator(actor: Actor): NonNullable<Actor> {
  if (actor === null) throw new MajlisError('unauthenticated', 'Sign in first: this request needs a member');
  if (!isStaff(actor)) throw new MajlisError('forbidden', 'Only moderators and staff may do this');
  return actor;
}

/** A signed-in member who is not suspended: may post, vote, flag, accept and edit. */
export function mayWrite(actor: Actor): actor is NonNullable<Actor> {
  return actor !== null && actor.suspended !== true;
}

/** What the permissions of a post depend on. */
export interface PostFacts {
  authorId: string;
  state: PostState;
  createdAt: Date;
  viewerHasFlagged: boolean;
  /** Answers: accepted answers cannot be deleted by their author. */
  accepted?: boolean;
}

/** Whether the author may still edit a post written at `createdAt` (MAJLIS_MODERATION editWindowMinutes). */
export function withinEditWindow(createdAt: Date, reader: Reader): boolean {
  const minutes = reader.moderation.editWindowMinutes;
  if (minutes === null) return true;
  return reader.now.getTime() < createdAt.getTime() + minutes * 60_000;
}

/**
 * The rules of the in-browser adapter: no kudos on one's own posts nor on posts that are not published; authors
 * edit within the edit window and delete their post unless it is the accepted answer; moderators and staff edit,
 * delete and moderate everything; suspended members read only.
 */
export function postPermissions(reader: Reader, post: PostFacts): PostPermissions {
  const { actor } = reader;
  if (actor === null) return { vote: false, edit: false, moderate: false, flag: false, delete: false };
  const own = actor.id === post.authorId;
  const staff = isStaff(actor);
  const writer = mayWrite(actor);
  const published = post.state === 'published';
  const live = post.state !== 'deleted';
  return {
    vote: writer && !own && published,
    edit: writer && live && (staff || (own && withinEditWindow(post.createdAt, reader))),
    moderate: staff,
    flag: writer && !own && published && !post.viewerHasFlagged,
    delete: live && (staff || (own && post.accepted !== true)),
  };
}

export function questionPermissions(reader: Reader, post: PostFacts, status: QuestionStatus): QuestionPermissions {
  return {
    ...postPermissions(reader, post),
    answer: mayWrite(reader.actor) && status === 'open' && post.state === 'published',
  };
}

/** Who may accept: the asker, staff and moderators, while the question is open. */
export function mayAccept(actor: Actor, question: { authorId: string; status: QuestionStatus }): boolean {
  if (!mayWrite(actor) || question.status === 'locked') return false;
  return actor.id === question.authorId || isStaff(actor);
}

export function answerPermissions(
  reader: Reader,
  post: PostFacts,
  question: { authorId: string; status: QuestionStatus },
): AnswerPermissions {
  return { ...postPermissions(reader, post), accept: post.state === 'published' && mayAccept(reader.actor, question) };
}

/** Whether `reader` sees the post as it is (its author, moderators), rather than a placeholder or nothing. */
export function seesAsIs(actor: Actor, authorId: string): boolean {
  return actor !== null && (actor.id === authorId || isStaff(actor));
}
