// Runs in the browser (bundled by bench/run.mjs): the script time of one kudos click on a thread showing all 200
// of its Markdown answers, on the in-browser adapter (no latency, so the click, the optimistic update, the
// adapter's answer and every re-render it causes run as one chain of microtasks; the time from the click until
// the next task starts is that chain's script time, style and layout excluded).
// Measured in the same page, clicks interleaved: the baseline of every store-connected element re-rendering on
// each change (what StoreController did before it tracked reads), and the adapter's own share. Reports medians
// of many clicks and their interquartile range, as JSON on window.__bench.
import '../src/index.js';
import { configure } from '../src/index.js';
import type { ReactiveElement } from 'lit';
import { MemoryAdapter } from '../src/adapters/memory.js';
import { StoreController } from '../src/core/controllers/store-controller.js';
import { loadElement } from '../src/core/lazy.js';
import { storeFor } from '../src/core/store.js';
import { ANSWERS, longThreadSeed } from './fixtures/long-thread.js';

/** The adapters' largest page: the thread shows all answers after one "Show more answers". */
const PAGE = 100;
const CLICKS = 25;
const WARM_UP = 5;

/** The next task: every microtask queued by a click (the whole kudos with a latency-free adapter) has run. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

const idle = () => new Promise((resolve) => setTimeout(resolve, 100));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function until(check: () => boolean): Promise<void> {
  while (!check()) await nextFrame();
}

/** Every element below `root`, through shadow roots. */
function deepElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deepElements(el.shadowRoot) : [])]);
}

const storeConnected = (root: ParentNode) =>
  deepElements(root).filter((el): el is ReactiveElement => (el as unknown as { data?: unknown }).data instanceof StoreController);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function quartiles(values: number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[Math.floor(sorted.length / 4)], sorted[Math.floor((sorted.length * 3) / 4)]];
}

async function run(): Promise<void> {
  // A member who wrote none of the answers, so every kudos button is live.
  const adapter = new MemoryAdapter({ seed: longThreadSeed('a-3'), viewerId: 'u-0' });
  configure({ adapter });
  await loadElement('majlis-thread');
  const thread = document.createElement('majlis-thread');
  thread.setAttribute('question-id', 'q-1');
  thread.setAttribute('page-size', String(PAGE));
  document.body.append(thread);
  const posts = () => [...(thread.shadowRoot?.querySelectorAll('majlis-post') ?? [])];
  const voteButton = (post: Element) =>
    post.shadowRoot?.querySelector<HTMLButtonElement>('[part~="vote-button"]');
  for (let shown = PAGE; shown <= ANSWERS; shown += PAGE) {
    await until(() => posts().length === shown + 1);
    if (shown < ANSWERS) thread.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more-button"]')!.click();
  }
  await until(() => posts().every((post) => voteButton(post)?.querySelector('[part~="vote-count"]')));
  await nextFrame();

  /** Script time of one kudos click (give or take back) on the answer at `index`, until its new count shows. */
  async function click(index: number): Promise<number> {
    const button = voteButton(posts()[1 + index])!;
    const before = button.textContent;
    await idle(); // lets the last click's garbage be collected outside the measurement
    await nextFrame();
    await nextTask();
    const started = performance.now();
    button.click();
    await nextTask();
    const took = performance.now() - started;
    if (button.textContent === before) throw new Error(`kudos on answer ${index + 1} did not render within the click's task`);
    return took;
  }

  const elements = storeConnected(document.body);
  /** The baseline: every store-connected element re-renders on every store change. */
  const everyElement = () => elements.forEach((el) => el.requestUpdate());

  /** Selective clicks and baseline clicks, interleaved so the noise of a shared machine hits both alike. */
  async function clicks(): Promise<{ selective: number[]; everything: number[] }> {
    const selective: number[] = [];
    const everything: number[] = [];
    for (let i = 0; i < WARM_UP + CLICKS; i++) {
      const took = await click((i * 37) % ANSWERS);
      const unsubscribe = storeFor(adapter).subscribe(everyElement);
      const tookAll = await click((i * 37 + 11) % ANSWERS);
      unsubscribe();
      if (i < WARM_UP) continue;
      selective.push(took);
      everything.push(tookAll);
    }
    return { selective, everything };
  }

  /** The adapter's own share: the same kudos straight on the adapter, no store and no elements. */
  async function adapterOnly(): Promise<number[]> {
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + CLICKS; i++) {
      const id = `a-${((i * 37) % ANSWERS) + 1}`;
      const voted = !(await adapter.getAnswer(id)).viewerHasVoted;
      await nextTask();
      const started = performance.now();
      void adapter.vote({ target: 'answer', id, voted });
      await nextTask();
      if (i >= WARM_UP) times.push(performance.now() - started);
    }
    return times;
  }

  const { selective, everything } = await clicks();
  const adapterShare = await adapterOnly();

  const [low, high] = quartiles(selective);
  const [baseLow, baseHigh] = quartiles(everything);
  (window as unknown as { __bench: unknown }).__bench = {
    kudos: median(selective),
    kudosIqr: high - low,
    adapter: median(adapterShare),
    everything: median(everything),
    everythingIqr: baseHigh - baseLow,
    ratio: median(selective) / median(everything),
    elements: elements.length,
  };
}

void run();
