// npm run smoke (after `npm run build`) — the standalone build as a web team uses it: a plain page loads
// dist/majlis.bundle.js and dist/majlis.memory.js with one <script type="module">, in Arabic, and must show a
// whole thread (posts, kudos, composer), fetching its lazy chunks beside the bundle with no failed request and
// no error in the console; and each translation, as the build packed it, must hold the same texts under the
// same keys as its source catalog. The browser tests run the sources; this checks the artifact.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('../', import.meta.url));
if (!existsSync(join(root, 'dist/majlis.bundle.js'))) {
  console.error('dist/majlis.bundle.js is missing: run `npm run build` first.');
  process.exit(1);
}

const page = `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>smoke</title></head><body>
<majlis-community></majlis-community>
<script type="module">
  import { configure } from '/dist/majlis.bundle.js';
  import { MemoryAdapter } from '/dist/majlis.memory.js';
  const seed = await (await fetch('/demo/seed.json')).json();
  configure({ adapter: new MemoryAdapter({ seed, viewerId: 'u-noura' }) });
</script></body></html>`;

const LOCALES = ['ar', 'nl', 'fr', 'vi'];
// The source catalogs, to compare with what the standalone build loads for each locale.
const sourceCatalogs = (
  await build({
    stdin: {
      contents: LOCALES.map((locale) => `export { ${locale} } from './src/core/i18n/messages/${locale}.ts';`).join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
  })
).outputFiles[0].text;

const types = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  if (path === '/source-catalogs.js') {
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    return response.end(sourceCatalogs);
  }
  if (path === '/') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return response.end(page);
  }
  const file = normalize(join(root, path));
  if (!file.startsWith(root) || !/^\/(dist|demo)\//.test(path) || !existsSync(file)) {
    response.writeHead(404);
    return response.end();
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  return response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const problems = [];
const scripts = new Set();
try {
  const tab = await browser.newPage();
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${url.pathname}`);
    else if (url.pathname.endsWith('.js')) scripts.add(url.pathname.replace('/dist/', ''));
  });
  await tab.goto(`${origin}/#/questions/q-1`);
  const shown = await tab.waitForFunction(
    () => {
      const thread = document.querySelector('majlis-community')?.shadowRoot?.querySelector('majlis-thread');
      const posts = [...(thread?.shadowRoot?.querySelectorAll('majlis-post') ?? [])];
      const title = posts[0]?.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim();
      const kudos = posts.filter((post) => post.shadowRoot?.querySelector('majlis-vote-button')?.shadowRoot?.querySelector('button'));
      const heading = thread?.shadowRoot?.querySelector('#answers-heading')?.textContent?.trim();
      const composer = thread?.shadowRoot?.querySelector('majlis-composer')?.shadowRoot?.querySelector('textarea');
      // The thread paints its content once its data and the Arabic catalog (a lazy chunk) are both in.
      const arabic = /[\u0600-\u06FF]/.test(heading ?? '');
      return title && kudos.length === 5 && arabic && composer ? { title, posts: posts.length, heading } : false;
    },
    { timeout: 15_000 },
  );
  const result = await shown.jsonValue();
  const expected = JSON.parse(readFileSync(join(root, 'demo/seed.json'), 'utf8')).questions.find((q) => q.id === 'q-1').title;
  if (result.title !== expected) problems.push(`title "${result.title}", expected "${expected}"`);
  if (![...scripts].some((file) => /^majlis\.ar-/.test(file))) problems.push('the Arabic catalog was not loaded');
  console.log(`standalone build: a thread of ${result.posts} posts in Arabic ("${result.heading}"), scripts: ${[...scripts].sort().join(', ')}`);
  const catalogProblems = await tab.evaluate(async (locales) => {
    const { loadMessages } = await import('/dist/majlis.bundle.js');
    const sources = await import('/source-catalogs.js');
    const problems = [];
    const compare = (source, built, path) => {
      for (const [key, value] of Object.entries(source)) {
        const here = `${path}.${key}`;
        const other = built?.[key];
        if (typeof value === 'object') compare(value, other, here);
        else if (typeof value === 'string' ? other !== value : typeof other !== 'function' || other.length !== value.length) {
          problems.push(`${here}: built ${JSON.stringify(String(other)).slice(0, 60)}`);
        }
      }
    };
    for (const locale of locales) compare(sources[locale], await loadMessages(locale), locale);
    return problems;
  }, LOCALES);
  problems.push(...catalogProblems.slice(0, 10));
  if (!catalogProblems.length) console.log(`the ${LOCALES.join(', ')} catalogs of the build hold the texts of their sources`);
} catch (error) {
  problems.push(String(error));
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(`smoke test of the standalone build failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('smoke test of the standalone build: ok');
