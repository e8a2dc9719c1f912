import type { MajlisStore } from './store.js';
import type { Post, PostType } from './types.js';

// Kudos through the store, outside the core chunk: loaded with the kudos button (a post's, or the standalone one).

function withVote<P extends Post>(post: P, voted: boolean): P {
  if (post.viewerHasVoted === voted) return post;
  return { ...post, viewerHasVoted: voted, voteCount: Math.max(0, post.voteCount + (voted ? 1 : -1)) };
}

/**
 * Gives (`voted: true`) or takes back kudos. The count changes at once; if the adapter refuses, it rolls back, an
 * `error` event is dispatched on the store (operation `vote`) and the returned promise rejects.
 */
export function vote(store: MajlisStore, target: PostType, id: string, voted: boolean): Promise<Post> {
  const apply = <P extends Post>(post: P): P => (post.id === id && post.type === target ? withVote(post, voted) : post);
  return store.optimistic({
    key: `${target}:${id}`,
    signature: `vote:${target}:${id}:${voted}`,
    operation: 'vote',
    ...(target === 'question' ? { question: apply } : { answer: apply }),
    call: () => store.adapter.vote({ target, id, voted }),
    commit: (post: Post) => store.cache({ posts: [post], recognition: true }),
  });
}

/** Whether a kudos change of this post is waiting for the adapter. */
export function isVotePending(store: MajlisStore, target: PostType, id: string): boolean {
  return store.isPending(`${target}:${id}`);
}
