// Runs in the browser (bundled by bench/run.mjs): one question with Markdown answers on the in-browser adapter,
// `?answers=200&page=20` by default. Reports time to the question and its first page of answers (in the DOM
// and painted), to "Show more answers", and to a kudos click showing its new count, as JSON on
// window.__bench. With `?baseline`, the same question and answers are rendered by hand-written DOM code doing
// the same Markdown work (bench/hand-written-thread.ts), which run.mjs measures in the same run as the ratio's
// denominator.
import '../src/index.js';
import { configure } from '../src/index.js';
import { MemoryAdapter } from '../src/adapters/memory.js';
import { loadElement } from '../src/core/lazy.js';
import { renderHandWrittenThread } from './hand-written-thread.js';
import { longThreadSeed } from './fixtures/long-thread.js';
import { firstRenderEnds, firstRenderStarts, painted, report, until } from './page-timing.js';

const params = new URLSearchParams(location.search);
const ANSWERS = Number(params.get('answers') ?? 200);
const PAGE = Number(params.get('page') ?? 20);
const anonymous = params.has('anonymous');

const posts = (thread: Element) => [...(thread.shadowRoot?.querySelectorAll('majlis-post') ?? [])];
const rendered = (thread: Element) => posts(thread).filter((post) => post.shadowRoot?.querySelector('article')).length;

async function runBaseline(adapter: MemoryAdapter): Promise<void> {
  firstRenderStarts();
  const started = performance.now();
  const thread = await renderHandWrittenThread(adapter, 'q-1', PAGE);
  await painted();
  const firstRender = performance.now() - started;
  firstRenderEnds();
  const clicked = performance.now();
  await thread.showMore();
  await painted();
  const showMore = performance.now() - clicked;
  report({ firstRender, showMore, posts: thread.root.querySelectorAll('article').length });
}

async function run(): Promise<void> {
  // A member who wrote none of the answers, so every kudos button is live; `?anonymous`: a reader not signed in.
  const adapter = new MemoryAdapter({ seed: longThreadSeed(undefined, ANSWERS), viewerId: anonymous ? null : 'u-0' });
  if (params.has('baseline')) return runBaseline(adapter);
  configure({ adapter });
  await loadElement('majlis-thread');
  firstRenderStarts();
  const started = performance.now();
  const thread = document.createElement('majlis-thread');
  thread.setAttribute('question-id', 'q-1');
  thread.setAttribute('page-size', String(PAGE));
  document.body.append(thread);
  await until(() => rendered(thread) >= PAGE + 1);
  const firstRender = performance.now() - started;
  firstRenderEnds();

  const more = thread.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more-button"]')!;
  const clicked = performance.now();
  more.click();
  await until(() => rendered(thread) >= 2 * PAGE + 1);
  const showMore = performance.now() - clicked;

  const result = { firstRender, showMore, posts: rendered(thread) };
  if (anonymous) return report(result); // a kudos click asks a reader to sign in
  const answer = posts(thread)[1];
  const vote = answer.shadowRoot!.querySelector<HTMLButtonElement>('[part~="vote-button"]')!;
  const before = vote.textContent;
  const voted = performance.now();
  vote.click();
  await until(() => vote.getAttribute('aria-pressed') === 'true' && vote.textContent !== before);
  const kudos = performance.now() - voted;

  report({ ...result, kudos });
}

void run();
