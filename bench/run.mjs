// npm run bench — renders <majlis-question-list> over 1,000 questions in headless Chromium (Debian's) and
// prints time to first render and to "Load more" (median of several fresh page loads). Numbers, not a test.
import { createServer } from 'node:http';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const bundled = await build({
  entryPoints: [new URL('./question-list.bench.ts', import.meta.url).pathname],
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

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
});
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
  await browser.close();
  server.close();
}
const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
console.log(`<majlis-question-list>, 1,000 questions in MemoryAdapter, page size 20, ${RUNS} fresh loads (median):`);
console.log(`  time to first render of 20 rows: ${median('firstRender').toFixed(1)} ms`);
console.log(`  time to "Load more" (20 more):  ${median('loadMore').toFixed(1)} ms`);
