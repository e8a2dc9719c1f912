import { MajlisError } from '#majlis/core/adapter.js';
import type { Answer, PostType, Question, Revision } from '#majlis/core/types.js';
import type { Database, Queryable } from '../db/database.js';
import { invalid, notFound } from '../errors.js';
import { readBody, readTags, readTitle } from '../validation.js';
import { checkLinks } from './admission.js';
import { writeAudit } from './audit.js';
import { findPost, readNote, readPost, writer } from './posts.js';
import type { PostRecord } from './posts.js';
import { rankColumns } from './ranking.js';
import { searchWords } from './search-words.js';
import { iso, userJson } from './sql.js';
import { userOf } from './views.js';
import type { Reader } from './viewer.js';
import { isStaff, seesAsIs, withinEditWindow } from './viewer.js';

/*
 * Edits and their revisions, and authors' deletes. Revision 1 is the post as first written: it is stored at the
 * first edit (a post never edited has it implicitly), then one revision per edit, so `revision_count` (edits) is
 * the number of the latest revision minus one. Each edit and delete writes its audit line in its transaction.
 */

export interface EditBody {
  body: string;
  title?: string;
  tags?: string[];
  reason?: string | null;
}

export async function editPost(
  db: Database,
  reader: Reader,
  target: PostType,
  id: string,
  input: EditBody,
): Promise<Question | Answer> {
  const actor = writer(reader.actor);
  if (target === 'answer') {
    if (input.title !== undefined) throw invalid('title', 'Answers have no title');
    if (input.tags !== undefined) throw invalid('tags', 'Answers have no tags');
  }
  const body = readBody(input.body);
  const title = input.title === undefined ? undefined : readTitle(input.title);
  const tags = input.tags === undefined ? undefined : readTags(input.tags);
  const reason = readNote(input.reason, 'reason', false);
  const { now } = reader;
  return db.transaction(async (tx) => {
    const post = await findPost(tx, target, id, actor, true);
    const staff = isStaff(actor);
    if (post.authorId !== actor.id && !staff) {
      throw new MajlisError('forbidden', `Only its author or a moderator may edit this ${target}`);
    }
    if (post.state === 'deleted') throw new MajlisError('conflict', `The ${target} "${id}" is deleted`);
    if (!staff && !withinEditWindow(post.createdAt, reader)) {
      throw new MajlisError('forbidden', `The time to edit this ${target} has passed`, { reason: 'edit-window' });
    }
    await checkLinks(tx, reader, body);
    const next = {
      title: target === 'question' ? (title ?? post.title) : null,
      body,
      tags: target === 'question' ? (tags ?? post.tags ?? []) : null,
    };
    const unchanged =
      next.body === post.body &&
      next.title === post.title &&
      JSON.stringify(next.tags) === JSON.stringify(post.tags);
    // An edit that changes nothing is no revision.
    if (unchanged) return readPost(tx, reader, target, id);
    if (post.revisionCount === 0) {
      await insertRevision(tx, post, 1, { title: post.title, body: post.body, tags: post.tags }, post.authorId, null, post.createdAt);
    }
    const number = post.revisionCount + 2;
    await insertRevision(tx, post, number, next, actor.id, reason, now);
    if (target === 'question') {
      const [questionTitle, questionTags] = [next.title as string, next.tags as string[]];
      const ranked = rankColumns(questionTitle, body, questionTags);
      await tx.query(
        `UPDATE questions SET title = $2, body = $3, tags = $4, edited_at = $5, revision_count = revision_count + 1,
           last_activity_at = greatest(last_activity_at, $5), title_words = $6, search_words = $7, title_terms = $8,
           title_marks = $9, body_terms = $10, body_marks = $11, tag_keys = $12
         WHERE id = $1`,
        [
          id,
          questionTitle,
          body,
          questionTags,
          now,
          searchWords(questionTitle),
          searchWords(questionTitle, body),
          ranked.title_terms,
          ranked.title_marks,
          ranked.body_terms,
          ranked.body_marks,
          ranked.tag_keys,
        ],
      );
    } else {
      await tx.query(
        'UPDATE answers SET body = $2, edited_at = $3, revision_count = revision_count + 1 WHERE id = $1',
        [id, body, now],
      );
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'edit',
      target,
      targetId: id,
      questionId: post.questionId,
      reason,
      details: { revision: String(number) },
      at: now,
    });
    return readPost(tx, reader, target, id);
  });
}

async function insertRevision(
  tx: Queryable,
  post: PostRecord,
  number: number,
  text: { title: string | null; body: string; tags: string[] | null },
  editedBy: string,
  reason: string | null,
  at: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO revisions (target, post_id, number, title, body, tags, edited_by, reason, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [post.target, post.id, number, text.title, text.body, text.tags, editedBy, reason, at],
  );
}

/**
 * A post's revisions, oldest first: the post as first written (number 1), then after each edit. Readable by whoever
 * sees the post as it is: anyone while it is published, its author and moderators otherwise.
 */
export async function listRevisions(db: Queryable, reader: Reader, target: PostType, id: string): Promise<Revision[]> {
  const post = await findPost(db, target, id, reader.actor);
  if (post.state !== 'published' && !seesAsIs(reader.actor, post.authorId)) {
    throw new MajlisError('forbidden', `The ${target} "${id}" is ${post.state}: its history is for moderators`);
  }
  const rows = await db.query<{
    number: number;
    title: string | null;
    body: string;
    tags: string[] | null;
    edited_by: Parameters<typeof userOf>[0];
    reason: string | null;
    created_at: Date;
  }>(
    `SELECT r.number, r.title, r.body, r.tags, ${userJson('u')} AS edited_by, r.reason, r.created_at
     FROM revisions r JOIN users u ON u.id = r.edited_by
     WHERE r.target = $1 AND r.post_id = $2 ORDER BY r.number`,
    [target, id],
  );
  if (rows.length > 0) {
    return rows.map((row) => ({
      number: row.number,
      body: row.body,
      title: row.title,
      tags: row.tags,
      editedBy: userOf(row.edited_by),
      reason: row.reason,
      createdAt: iso(row.created_at),
    }));
  }
  // Never edited: the post as it is is revision 1.
  const [author] = await db.query<{ user: Parameters<typeof userOf>[0] }>(
    `SELECT ${userJson('u')} AS user FROM users u WHERE u.id = $1`,
    [post.authorId],
  );
  if (author === undefined) throw notFound(target, id);
  return [
    {
      number: 1,
      body: post.body,
      title: post.title,
      tags: post.tags,
      editedBy: userOf(author.user),
      reason: null,
      createdAt: iso(post.createdAt),
    },
  ];
}

/**
 * The author deletes their post (soft: state `deleted`; its kudos' and acceptance's reputation is withheld by the
 * database, see migration 005), or a moderator does through this route. An accepted answer cannot be deleted by
 * its author (`conflict`, reason `accepted-answer`), nor a deleted post deleted again (`conflict`).
 */
export async function deletePost(db: Database, reader: Reader, target: PostType, id: string): Promise<Question | Answer> {
  const actor = reader.actor;
  if (actor === null) throw new MajlisError('unauthenticated', 'Sign in first: this request needs a member');
  const { now } = reader;
  return db.transaction(async (tx) => {
    const post = await findPost(tx, target, id, actor, true);
    const own = post.authorId === actor.id;
    if (!own && !isStaff(actor)) throw new MajlisError('forbidden', `Only its author or a moderator may delete this ${target}`);
    if (post.state === 'deleted') throw new MajlisError('conflict', `The ${target} "${id}" is already deleted`);
    {
      if (own && post.accepted) {
        throw new MajlisError('conflict', 'The accepted answer cannot be deleted by its author', {
          reason: 'accepted-answer',
        });
      }
      await tx.query(
        `UPDATE ${target}s SET state = 'deleted', moderation_reason = NULL, moderation_by = $2, moderation_at = $3
         WHERE id = $1`,
        [id, own ? null : actor.id, now],
      );
      await writeAudit(tx, {
        actorId: actor.id,
        action: own ? 'author-delete' : 'delete',
        target,
        targetId: id,
        questionId: post.questionId,
        details: { from: post.state },
        at: now,
      });
    }
    return readPost(tx, reader, target, id);
  });
}
