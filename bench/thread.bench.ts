// Runs in the browser (bundled by bench/run.mjs): one question with 200 Markdown answers on the in-browser adapter.
// Reports time to the question and its first page of answers, to "Show more answers", and to a kudos click
// showing its new count, as JSON on window.__bench.
import '../src/index.js';
import { configure } from '../src/index.js';
import { MemoryAdapter } from '../src/adapters/memory.js';
import { loadElement } from '../src/core/lazy.js';
import { longThreadSeed } from './fixtures/long-thread.js';

const PAGE = 20;

const posts = (thread: Element) => [...(thread.shadowRoot?.querySelectorAll('majlis-post') ?? [])];
const rendered = (thread: Element) => posts(thread).filter((post) => post.shadowRoot?.querySelector('article')).length;

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function run(): Promise<void> {
  // A member who wrote none of the answers, so every kudos button is live.
  configure({ adapter: new MemoryAdapter({ seed: longThreadSeed(), viewerId: 'u-0' }) });
  await loadElement('majlis-thread');
  const started = performance.now();
  const thread = document.createElement('majlis-thread');
  thread.setAttribute('question-id', 'q-1');
  thread.setAttribute('page-size', String(PAGE));
  document.body.append(thread);
  await until(() => rendered(thread) >= PAGE + 1);
  const firstRender = performance.now() - started;

  const more = thread.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more-button"]')!;
  const clicked = performance.now();
  more.click();
  await until(() => rendered(thread) >= 2 * PAGE + 1);
  const showMore = performance.now() - clicked;

  const answer = posts(thread)[1];
  const vote = answer.shadowRoot!.querySelector('majlis-vote-button')!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="vote-button"]')!;
  const before = vote.textContent;
  const voted = performance.now();
  vote.click();
  await until(() => vote.getAttribute('aria-pressed') === 'true' && vote.textContent !== before);
  const kudos = performance.now() - voted;

  (window as unknown as { __bench: unknown }).__bench = { firstRender, showMore, kudos, posts: rendered(thread) };
}

void run();
