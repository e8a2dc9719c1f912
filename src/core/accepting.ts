import { MajlisError } from './adapter.js';
import type { MajlisStore } from './store.js';
import type { AcceptResult } from './types.js';

// Accepting an answer through the store: loaded with the accept button, which only the asker and staff get.

/** Whether accepting (or unaccepting) an answer of this question is waiting for the adapter. */
export function isAcceptPending(store: MajlisStore, questionId: string): boolean {
  return store.isPending(`accept:${questionId}`);
}

/**
 * Accepts or unaccepts an answer, optimistically, with the same rollback as kudos (`vote` in voting.ts): on refusal the
 * change is dropped, the store's `error` event tells (operation `accept`) and the promise rejects.
 */
export function acceptAnswer(store: MajlisStore, answerId: string, accepted: boolean): Promise<AcceptResult> {
  const target = store.answer(answerId);
  if (!target) return store.reporting('accept', () => Promise.reject(new MajlisError('not-found', `Answer ${answerId} is not loaded`)));
  const { questionId } = target;
  const acceptedBy = store.currentViewer?.user ?? null;
  const at = new Date().toISOString();
  return store.optimistic({
    key: `accept:${questionId}`,
    signature: `accept:${answerId}:${accepted}`,
    // What the optimistic change sets or clears, for the notifications when it is applied and dropped.
    touches: () => [
      `question:${questionId}`,
      `answer:${answerId}`,
      `answer:${store.question(questionId)?.acceptedAnswerId}`,
      ...store
        .confirmedAnswers(questionId)
        .filter((a) => a.accepted)
        .map((a) => `answer:${a.id}` as const),
    ],
    operation: 'accept',
    question: (q) => (q.id === questionId ? { ...q, acceptedAnswerId: accepted ? answerId : null } : q),
    answer: (a) => {
      if (a.questionId !== questionId) return a;
      if (a.id === answerId) {
        return accepted ? { ...a, accepted, acceptedBy, acceptedAt: at } : { ...a, accepted, acceptedBy: null, acceptedAt: null };
      }
      return accepted && a.accepted ? { ...a, accepted: false, acceptedBy: null, acceptedAt: null } : a;
    },
    call: () => store.adapter.acceptAnswer({ answerId, accepted }),
    commit: (result: AcceptResult) =>
      store.cache({ posts: [result.question, result.answer, ...(result.previous ? [result.previous] : [])], recognition: true }),
  });
}
