// Runs in the browser (bundled by bench/run.mjs): a list of 1,000 questions on the in-browser adapter.
// Reports time to the first rendered page of rows and to "Load more", as JSON on window.__bench.
import '../src/index.js';
import { configure } from '../src/index.js';
import type { CommunitySeed, SeedQuestion } from '../src/index.js';
import { MemoryAdapter } from '../src/adapters/memory.js';
import { loadElement } from '../src/core/lazy.js';

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

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function run(): Promise<void> {
  configure({ adapter: new MemoryAdapter({ seed: seed(1000), viewerId: null }) });
  await loadElement('majlis-question-list');
  const started = performance.now();
  const list = document.createElement('majlis-question-list');
  list.setAttribute('page-size', '20');
  document.body.append(list);
  await until(() => rows(list) >= 20);
  const firstRender = performance.now() - started;
  const before = rows(list);
  const more = list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more-button"]')!;
  const clicked = performance.now();
  more.click();
  await until(() => rows(list) > before);
  const loadMore = performance.now() - clicked;
  (window as unknown as { __bench: unknown }).__bench = { firstRender, loadMore, rows: rows(list) };
}

void run();
