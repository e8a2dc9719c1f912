// Checked by `npm run typecheck` (not a test run): what a host page's TypeScript gets from Majlis' global
// declarations. Each `@ts-expect-error` line must fail to compile, else tsc reports the directive as unused.
import type { MajlisCommunity, MajlisQuestionList, MajlisThread, MajlisVoteButton, MajlisVoteEvent, MajlisNavigateEvent } from '../../src/index.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';

// HTMLElementTagNameMap: createElement and querySelector give the elements' classes.
const thread: MajlisThread = document.createElement('majlis-thread');
thread.questionId = 'q-1';
thread.sort = 'newest';
// @ts-expect-error an answer order the thread does not know
thread.sort = 'random';
// @ts-expect-error a thread is not a question list
const list: MajlisQuestionList = document.createElement('majlis-thread');
const community: MajlisCommunity | null = document.querySelector('majlis-community');
if (community) community.adapter = new MemoryAdapter({ seed: { users: [], categories: [], questions: [], answers: [], votes: [] } });
// @ts-expect-error the adapter is an adapter, not an endpoint URL
if (community) community.adapter = '/api/community';
const kudos: MajlisVoteButton | null = document.querySelector('majlis-vote-button');

// GlobalEventHandlersEventMap: listeners on elements, the document and the window get the events' classes.
document.addEventListener('majlis-vote', (event) => {
  const typed: MajlisVoteEvent = event;
  const voted: boolean = event.detail.voted;
  const count: number = event.detail.voteCount;
  // @ts-expect-error voted is a boolean
  const wrong: string = event.detail.voted;
  // @ts-expect-error a kudos event has no answer id of its own (its `id` names the post)
  void event.detail.answerId;
  void [typed, voted, count, wrong];
});
window.addEventListener('majlis-navigate', (event) => {
  const typed: MajlisNavigateEvent = event;
  event.preventDefault(); // a request event: cancelable
  void typed;
});
thread.addEventListener('majlis-login-request', (event) => {
  void event.detail.signedIn();
  // @ts-expect-error the detail is a login request's, not a vote's
  void event.detail.voteCount;
});
// @ts-expect-error a vote listener does not take a navigation event
document.addEventListener('majlis-vote', (event: MajlisNavigateEvent) => void event);

export { list, kudos };
