// npm run bench — in headless Chromium (Debian's): <majlis-question-list> over 1,000 questions (first render,
// "Load more") and <majlis-thread> over 100 and 200 Markdown answers (first render, "Show more answers", a kudos
// click). A bench with a baseline loads the baseline page and the Majlis page alternately, fresh each time, in
// the same run, and prints each figure with its ratio to the baseline (per pair of loads), as medians with
// their spread (the interquartile range). Numbers, not a test. BENCH_RUNS=n sets the loads per page, BENCH_ONLY=word the
// benches whose title contains it.
import { bundle, launch, serve } from './harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const ONLY = process.env.BENCH_ONLY;

/**
 * Each bench page sets `window.__bench` to its timings in ms. `query` is the page's search string; a
 * `baseline` is the same page with another query (hand-written DOM doing the same work), measured in the
 * same run; metrics it also reports are printed as ratios to it.
 */
const BASELINE = 'hand-written DOM, same Markdown work (bodyHtml through DOMPurify)';
const FIRST_RENDER = {
  firstRender: 'first render: the question and its first 10 answers',
  firstRenderCpu: '… its main-thread CPU time',
};

const BENCHES = [
  {
    entry: './thread.bench.ts',
    title: '<majlis-thread>, 100 Markdown answers (tables, code, Arabic), page size 10, an anonymous reader',
    query: '?answers=100&page=10&anonymous',
    baseline: { query: '?answers=100&page=10&anonymous&baseline', label: BASELINE },
    metrics: FIRST_RENDER,
  },
  {
    entry: './thread.bench.ts',
    title: '<majlis-thread>, 100 Markdown answers, page size 10, a signed-in member (kudos, accept, composer)',
    query: '?answers=100&page=10',
    baseline: { query: '?answers=100&page=10&baseline', label: BASELINE },
    metrics: FIRST_RENDER,
  },
  {
    entry: './thread.bench.ts',
    title: '<majlis-thread>, 200 Markdown answers, page size 20, a signed-in member',
    query: '?answers=200&page=20',
    baseline: { query: '?answers=200&page=20&baseline', label: BASELINE },
    metrics: {
      firstRender: 'the question and its first 20 answers',
      firstRenderCpu: '… its main-thread CPU time',
      showMore: '"Show more answers" (20 more)',
      kudos: 'a kudos click until its new count shows',
    },
  },
  {
    entry: './question-list.bench.ts',
    title: '<majlis-question-list>, 1,000 questions in MemoryAdapter, page size 20, an anonymous reader',
    baseline: { query: '?baseline', label: 'hand-written DOM, same Markdown-to-text work' },
    metrics: { firstRender: 'first render of 20 rows', firstRenderCpu: '… its main-thread CPU time', loadMore: '"Load more" (20 more)' },
  },
  { entry: './kudos.bench.ts', title: 'One kudos click on <majlis-thread> showing all 200 Markdown answers, script time from the click until every re-render is done (median of 25 clicks per load)', metrics: { kudos: 'kudos click (selective re-rendering)', kudosIqr: '  its interquartile range', adapter: '  of which MemoryAdapter.vote itself', everything: 'baseline: every store-connected element re-renders', everythingIqr: '  its interquartile range' } },
];

/** The value at fraction `q` (0–1) of the sorted values, interpolated. */
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  return sorted[below] + (sorted[Math.ceil(at)] - sorted[below]) * (at - below);
};
const median = (values) => quantile(values, 0.5);
/** The middle half of the values (interquartile range): the spread, robust to a load slowed by a neighbour. */
const spread = (values, digits, unit = '') => `${quantile(values, 0.25).toFixed(digits)}–${quantile(values, 0.75).toFixed(digits)}${unit}`;
// Whole milliseconds for the spread, but tenths below 10 ms (a kudos click's 1.7 ms would read "2–2 ms").
const ms = (values) => `${median(values).toFixed(1).padStart(6)} ms (${spread(values, median(values) < 10 ? 1 : 0, ' ms')})`;

const browser = await launch();
try {
  for (const bench of BENCHES) if (!ONLY || bench.title.includes(ONLY)) await runBench(bench);
} finally {
  await browser.close();
}

/**
 * One fresh page load: a new tab, the page's timings, the tab closed. A page that marks `firstRender:start`
 * and `:end` also gets `firstRenderCpu`: the main thread's CPU time between the marks, from a trace of its
 * tasks. It counts the work, not the waits for a core that other processes hold, so on a shared machine it
 * varies less than the wall time.
 */
async function load(url) {
  const tab = await browser.newPage();
  try {
    await tab.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
    await tab.goto(url);
    await tab.waitForFunction('window.__bench', { timeout: 60_000 });
    const timings = await tab.evaluate('window.__bench');
    const cpu = cpuBetween(JSON.parse(Buffer.from(await tab.tracing.stop()).toString()).traceEvents, 'firstRender');
    return cpu === undefined ? timings : { ...timings, firstRenderCpu: cpu };
  } finally {
    await tab.close();
  }
}

/** CPU milliseconds of the main thread's tasks between `<name>:start` and `<name>:end` (a task cut by a mark counts pro rata). */
function cpuBetween(events, name) {
  const start = events.find((event) => event.name === `${name}:start`);
  const end = events.find((event) => event.name === `${name}:end`);
  if (!start || !end) return undefined;
  let cpu = 0;
  for (const task of events) {
    if (task.tid !== start.tid || task.ph !== 'X' || task.name !== 'ThreadControllerImpl::RunTask') continue;
    const inside = Math.min(task.ts + task.dur, end.ts) - Math.max(task.ts, start.ts);
    if (inside > 0 && task.dur > 0) cpu += ((task.tdur ?? 0) * inside) / task.dur / 1000;
  }
  return cpu;
}

async function runBench({ entry, title, query = '', baseline, metrics }) {
  const script = await bundle(entry);
  const subject = [];
  const base = [];
  await serve(script, async (url) => {
    for (let i = 0; i < RUNS; i++) {
      // Alternating which page loads first keeps a warming machine from favouring one side.
      if (baseline && i % 2 === 1) base.push(await load(url + baseline.query));
      subject.push(await load(url + query));
      if (baseline && i % 2 === 0) base.push(await load(url + baseline.query));
    }
  });
  const width = Math.max(...Object.values(metrics).map((label) => label.length));
  console.log(`${title}, ${RUNS} fresh loads${baseline ? ` each, alternating with the baseline (${baseline.label})` : ''}; median (interquartile range):`);
  for (const [key, label] of Object.entries(metrics)) {
    const values = subject.map((r) => r[key]);
    let line = `  ${`${label}:`.padEnd(width + 1)} ${ms(values)}`;
    if (base[0]?.[key] !== undefined) {
      const baseValues = base.map((r) => r[key]);
      const ratios = values.map((value, i) => value / baseValues[i]);
      line += `   baseline ${ms(baseValues)}   ratio ${median(ratios).toFixed(2)}× (${spread(ratios, 2, '×')})`;
    }
    console.log(line);
  }
}
