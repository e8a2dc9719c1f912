// npm run bench — in headless Chromium (Debian's): <majlis-question-list> over 1,000 questions (first render,
// "Load more") and <majlis-thread> over 200 Markdown answers (first render, "Show more answers", a kudos click).
// Prints the median of several fresh page loads. Numbers, not a test.
import { createServer } from 'node:http';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

/** Each bench page sets `window.__bench` to its timings in ms; the median of RUNS fresh loads is printed. */
const BENCHES = [
  {
    entry: './question-list.bench.ts',
    title: '<majlis-question-list>, 1,000 questions in MemoryAdapter, page size 20',
    metrics: { firstRender: 'time to first render of 20 rows', loadMore: 'time to "Load more" (20 more)' },
  },
  {
    entry: './thread.bench.ts',
    title: '<majlis-thread>, a question with 200 Markdown answers (tables, code, Arabic) in MemoryAdapter, page size 20',
    metrics: {
      firstRender: 'time to the question and its first 20 answers',
      showMore: 'time to "Show more answers" (20 more)',
      kudos: 'time from a kudos click to its new count',
    },
  },
  { entry: './kudos.bench.ts', title: 'One kudos click on <majlis-thread> showing all 200 Markdown answers, script time from the click until every re-render is done (median of 25 clicks per load)', metrics: { kudos: 'kudos click (selective re-rendering)', kudosIqr: '  its interquartile range', adapter: '  of which MemoryAdapter.vote itself', everything: 'baseline: every store-connected element re-renders', everythingIqr: '  its interquartile range' } },
];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
});
try {
  for (const bench of BENCHES) await runBench(bench);
} finally {
  await browser.close();
}

async function runBench({ entry, title, metrics }) {
  const bundled = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    splitting: false,
    conditions: ['production'],
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
  const script = bundled.outputFiles[0].text;
  const page = `<!doctype html><html lang="en"><body><script type="module" src="/bench.js"></script></body></html>`;
  const server = createServer((req, res) => {
    const js = req.url === '/bench.js';
    res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' });
    res.end(js ? script : page);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const results = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const tab = await browser.newPage();
      await tab.goto(url);
      await tab.waitForFunction('window.__bench', { timeout: 60_000 });
      results.push(await tab.evaluate('window.__bench'));
      await tab.close();
    }
  } finally {
    server.close();
  }
  const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
  const width = Math.max(...Object.values(metrics).map((label) => label.length));
  console.log(`${title}, ${RUNS} fresh loads (median):`);
  for (const [key, label] of Object.entries(metrics)) console.log(`  ${`${label}:`.padEnd(width + 1)} ${median(key).toFixed(1).padStart(6)} ms`);
}
