import { MajlisError } from '../../src/core/adapter.js';
import type { DeletePostInput, EditPostInput, FlagInput, Post, PostType, Revision, User } from '../../src/core/types.js';
import { FakeAdapter } from './fake-adapter.js';

/**
 * A {@link FakeAdapter} with the moderation capabilities posts use (`flag`, `editPost`, `listRevisions`,
 * `deletePost`), following the contract's rules closely enough for element tests: one flag per member, the
 * threshold hides, each edit keeps a revision, an accepted answer cannot be deleted. `refuse` makes the next
 * call of a method fail with the given error. Every call is recorded in `calls`.
 */
export class ModerationFakeAdapter extends FakeAdapter {
  flagThreshold = 3;
  revisions = new Map<string, Revision[]>();
  refusals = new Map<string, MajlisError>();

  constructor() {
    super();
    // The viewer wrote answer a-2 (and may edit and delete it); a-1 and the question are others'.
    const viewer = this.viewer!;
    this.question.viewerCan = { ...this.question.viewerCan, flag: true, vote: true };
    this.answers[0].viewerCan = { ...this.answers[0].viewerCan, flag: true };
    this.answers[1] = { ...this.answers[1], author: viewer, viewerCan: { ...this.answers[1].viewerCan, vote: false, edit: true, delete: true, flag: false } };
    for (const post of this.posts()) Object.assign(post, { state: 'published', moderation: null, flagCount: 0, viewerHasFlagged: false, revisionCount: 0 });
  }

  /** The next call of `method` fails with `error`. */
  refuse(method: 'flag' | 'editPost' | 'deletePost' | 'listRevisions', error: MajlisError): void {
    this.refusals.set(method, error);
  }

  posts(): Post[] {
    return [this.question, ...this.answers];
  }

  private find(target: PostType, id: string): Post {
    const post = target === 'question' ? (this.question.id === id ? this.question : undefined) : this.answers.find((a) => a.id === id);
    if (!post) throw new MajlisError('not-found', `No ${target} ${id}`);
    return post;
  }

  private check(method: string): void {
    const refusal = this.refusals.get(method);
    if (refusal) {
      this.refusals.delete(method);
      throw refusal;
    }
  }

  async flag(input: FlagInput): Promise<Post> {
    this.calls.push({ method: 'flag', args: [input] });
    await Promise.resolve();
    this.check('flag');
    const post = this.find(input.target, input.id);
    if (post.viewerHasFlagged) throw new MajlisError('conflict', 'Already flagged', { reason: 'already-flagged' });
    post.viewerHasFlagged = true;
    post.viewerCan = { ...post.viewerCan, flag: false };
    post.flagCount = (post.flagCount ?? 0) + 1;
    if (post.flagCount >= this.flagThreshold) post.state = 'hidden';
    return structuredClone(post);
  }

  async editPost(input: EditPostInput): Promise<Post> {
    this.calls.push({ method: 'editPost', args: [input] });
    await Promise.resolve();
    this.check('editPost');
    const post = this.find(input.target, input.id);
    const editor = this.viewer as User;
    const list = this.revisionsOf(post);
    post.body = input.body;
    if (post.type === 'question' && input.title !== undefined) post.title = input.title;
    if (post.type === 'question' && input.tags !== undefined) post.tags = input.tags;
    post.editedAt = '2026-11-03T10:00:00Z';
    list.push({
      number: list.length + 1,
      body: post.body,
      title: post.type === 'question' ? post.title : null,
      tags: post.type === 'question' ? post.tags : null,
      editedBy: editor,
      reason: input.reason ?? null,
      createdAt: post.editedAt,
    });
    post.revisionCount = list.length - 1;
    return structuredClone(post);
  }

  async listRevisions(target: PostType, id: string): Promise<Revision[]> {
    this.calls.push({ method: 'listRevisions', args: [target, id] });
    await Promise.resolve();
    this.check('listRevisions');
    return structuredClone(this.revisionsOf(this.find(target, id)));
  }

  async deletePost(input: DeletePostInput): Promise<Post> {
    this.calls.push({ method: 'deletePost', args: [input] });
    await Promise.resolve();
    this.check('deletePost');
    const post = this.find(input.target, input.id);
    if (post.type === 'answer' && post.accepted) {
      throw new MajlisError('conflict', 'An accepted answer cannot be deleted', { reason: 'accepted-answer' });
    }
    post.state = 'deleted';
    post.moderation = { reason: null, by: null, at: '2026-11-03T11:00:00Z' };
    post.viewerCan = { ...post.viewerCan, edit: false, delete: false, vote: false };
    return structuredClone(post);
  }

  /** A post's revisions, starting with the original (number 1) as the post is now. */
  private revisionsOf(post: Post): Revision[] {
    const key = `${post.type}:${post.id}`;
    let list = this.revisions.get(key);
    if (!list) {
      list = [
        {
          number: 1,
          body: post.body,
          title: post.type === 'question' ? post.title : null,
          tags: post.type === 'question' ? post.tags : null,
          editedBy: post.author,
          reason: null,
          createdAt: post.createdAt,
        },
      ];
      this.revisions.set(key, list);
    }
    return list;
  }
}
