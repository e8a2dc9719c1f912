// Runs in the browser (bundled by bench/run.mjs): a list of 1,000 questions on the in-browser adapter.
// Reports time to the first rendered page of rows and to "Load more" (each until painted), as JSON on
// window.__bench. With `?baseline`, the same rows are rendered by hand-written DOM code doing the same Markdown
// work (bench/hand-written-list.ts), which run.mjs measures in the same run as the ratio's denominator.
import '../src/index.js';
import { configure } from '../src/index.js';
import type { CommunitySeed, SeedQuestion } from '../src/index.js';
import { MemoryAdapter } from '../src/adapters/memory.js';
import { loadElement } from '../src/core/lazy.js';
import { renderHandWrittenList } from './hand-written-list.js';
import { firstRenderEnds, firstRenderStarts, painted, report, until } from './page-timing.js';

const TOPICS = ['APN settings', 'eSIM transfer', 'roaming charges', '5G coverage', 'bill dispute', 'number porting'];

function seed(count: number): CommunitySeed {
  const questions: SeedQuestion[] = Array.from({ length: count }, (_, i) => ({
    id: `q-${i + 1}`,
    authorId: `u-${i % 50}`,
    categoryId: ['customer-care', 'network-quality', 'products-promotions', 'other'][i % 4],
    title: `Question ${i + 1} about ${TOPICS[i % TOPICS.length]} on my line`,
    body: `I have a problem with **${TOPICS[i % TOPICS.length]}**. It started on day ${i % 28}. What should I do?`,
    language: ['en', 'ar', 'nl', 'fr', 'vi'][i % 5],
    createdAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
  }));
  return {
    users: Array.from({ length: 50 }, (_, i) => ({ id: `u-${i}`, name: `Member ${i}`, role: 'member' as const, joinedAt: '2024-01-01T00:00:00Z' })),
    categories: ['customer-care', 'network-quality', 'products-promotions', 'other'].map((id) => ({ id, name: id })),
    questions,
    answers: [],
    votes: [],
  };
}

const rows = (list: Element) => list.shadowRoot?.querySelectorAll('[part~="row"]').length ?? 0;

async function runBaseline(adapter: MemoryAdapter): Promise<void> {
  firstRenderStarts();
  const started = performance.now();
  const list = await renderHandWrittenList(adapter, 20);
  await painted();
  const firstRender = performance.now() - started;
  firstRenderEnds();
  const clicked = performance.now();
  await list.loadMore();
  await painted();
  const loadMore = performance.now() - clicked;
  report({ firstRender, loadMore, rows: list.root.querySelectorAll('li').length });
}

async function run(): Promise<void> {
  const adapter = new MemoryAdapter({ seed: seed(1000), viewerId: null });
  if (new URLSearchParams(location.search).has('baseline')) return runBaseline(adapter);
  configure({ adapter });
  await loadElement('majlis-question-list');
  firstRenderStarts();
  const started = performance.now();
  const list = document.createElement('majlis-question-list');
  list.setAttribute('page-size', '20');
  document.body.append(list);
  await until(() => rows(list) >= 20);
  const firstRender = performance.now() - started;
  firstRenderEnds();
  const before = rows(list);
  const more = list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more-button"]')!;
  const clicked = performance.now();
  more.click();
  await until(() => rows(list) > before);
  const loadMore = performance.now() - clicked;
  report({ firstRender, loadMore, rows: rows(list) });
}

void run();
