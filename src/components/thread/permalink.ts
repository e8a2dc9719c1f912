import type { MajlisStore } from '../../core/store.js';
import type { MajlisThread } from './thread.js';

/** What the reveal reads of the thread's answers (its PagedLoadController). */
interface AnswerPages {
  readonly status: string;
  readonly busy: boolean;
  readonly nextCursor: unknown;
  readonly moreError: unknown;
  more(): Promise<unknown>;
}

const paging = new WeakSet<MajlisThread>();

/**
 * Scrolls to and focuses the answer a permalink named (the thread's `answer-id`), loading further pages until it is
 * there. `settle` tells the thread it is done (`found`: focus went to the answer, so not to the question). In the
 * thread chunk rather than the core one: only a page opened on a permalink runs it.
 */
export async function reveal(thread: MajlisThread, answers: AnswerPages, store: MajlisStore | undefined, settle: (found: boolean) => void): Promise<void> {
  const { status, busy, nextCursor, moreError } = answers;
  if (paging.has(thread) || status !== 'ready' || busy) return;
  const id = thread.answerId;
  const post = thread.renderRoot.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(`majlis-post[post-id="${CSS.escape(id)}"]`);
  if (post) {
    settle(true);
    await customElements.whenDefined('majlis-post');
    await post.updateComplete;
    // Answers off screen are not laid out (content-visibility), so the target's place is an estimate until they
    // are; engines without scroll anchoring (WebKit, and Firefox here) would land off it. Lay them all out for
    // the jump: afterwards each keeps its real height as its placeholder size.
    const list = thread.renderRoot.querySelector<HTMLElement>('[part="answers"]');
    list?.classList.add('laid-out');
    post.scrollIntoView({ block: 'start' });
    post.focus({ preventScroll: true });
    requestAnimationFrame(() => list?.classList.remove('laid-out'));
  } else if (nextCursor && !moreError) {
    paging.add(thread);
    await thread.updateComplete; // not from within this update
    // Page on only for an answer of this question (a wrong or deleted permalink would load them all).
    const answer = await store?.loadAnswer(id).catch(() => undefined);
    if (answer?.questionId === thread.questionId && thread.answerId === id) await answers.more();
    else if (thread.answerId === id) settle(false);
    paging.delete(thread);
    thread.requestUpdate();
  } else settle(false); // not an answer of this question (any more)
}
