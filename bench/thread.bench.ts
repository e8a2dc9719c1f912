// Runs in the browser (bundled by bench/run.mjs): one question with Markdown answers on the in-browser adapter,
// `?answers=200&page=20` by default. Reports time to the question and its first page of answers (in the DOM
// and painted), to "Show more answers", and to a kudos click showing its new count, as JSON on
// window.__bench. With `?baseline`, the same question and answers are rendered by hand-written DOM code doing
// the same Markdown work (bench/hand-written-thread.ts), which run.mjs measures in the same run as the ratio's
// denominator.
import '../src/index.js';
import { configure } from '../src/index.js';
import type { CommunitySeed, SeedAnswer } from '../src/index.js';
import { MemoryAdapter } from '../src/adapters/memory.js';
import { loadElement } from '../src/core/lazy.js';
import { renderHandWrittenThread } from './hand-written-thread.js';
import { firstRenderEnds, firstRenderStarts, painted, report, until } from './page-timing.js';

const params = new URLSearchParams(location.search);
const ANSWERS = Number(params.get('answers') ?? 200);
const PAGE = Number(params.get('page') ?? 20);
const anonymous = params.has('anonymous');

const BODIES = [
  (i: number) => `Hi! Go to **Settings > Connections > Mobile networks** and add an APN:\n\n| Field | Value |\n|---|---|\n| APN | \`web.nuvo\` |\n| Type | default,supl |\n\nThen restart the phone (answer ${i}).`,
  (i: number) => `مرحباً، فعّل **التجوال الدولي** من التطبيق أو اطلب \`*177#\`. التفاصيل: https://support.nuvo.example/ar/roaming (${i})`,
  (i: number) => `Try this:\n\n1. Airplane mode on and off\n2. Reset network settings\n3. Check the *APN* again\n\n\`\`\`\nping -c 3 example.com\n\`\`\`\nAnswer ${i}.`,
];

function seed(): CommunitySeed {
  const answers: SeedAnswer[] = Array.from({ length: ANSWERS }, (_, i) => ({
    id: `a-${i + 1}`,
    questionId: 'q-1',
    authorId: `u-${(i % 40) + 1}`,
    body: BODIES[i % BODIES.length](i + 1),
    language: i % 3 === 1 ? 'ar' : 'en',
    createdAt: new Date(Date.UTC(2026, 0, 2) + i * 600_000).toISOString(),
  }));
  return {
    users: Array.from({ length: 41 }, (_, i) => ({ id: `u-${i}`, name: `Member ${i}`, role: i === 1 ? ('staff' as const) : ('member' as const), joinedAt: '2024-01-01T00:00:00Z' })),
    categories: [{ id: 'network-quality', name: 'Network quality' }],
    questions: [
      {
        id: 'q-1',
        authorId: 'u-0',
        categoryId: 'network-quality',
        title: 'Mobile data not working after switching to Nuvo',
        body: 'Calls and SMS work, but **no mobile data at all** on my phone. Which APN settings do I need?',
        language: 'en',
        createdAt: '2026-01-01T08:00:00Z',
      },
    ],
    answers,
    votes: answers.flatMap((answer, i) => Array.from({ length: i % 7 }, (_, v) => ({ userId: `u-${((i + v + 1) % 40) + 1}`, target: 'answer' as const, targetId: answer.id }))).filter((vote, i, all) => all.findIndex((other) => other.userId === vote.userId && other.targetId === vote.targetId) === i),
  };
}

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
  const adapter = new MemoryAdapter({ seed: seed(), viewerId: anonymous ? null : 'u-0' });
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
  const vote = answer.shadowRoot!.querySelector('majlis-vote-button')!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="vote-button"]')!;
  const before = vote.textContent;
  const voted = performance.now();
  vote.click();
  await until(() => vote.getAttribute('aria-pressed') === 'true' && vote.textContent !== before);
  const kudos = performance.now() - voted;

  report({ ...result, kudos });
}

void run();
