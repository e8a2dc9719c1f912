// The standalone build in a real page, for `npm run size` (which chunks a page loads) and `npm run smoke`
// (that the page works): serves dist/ and demo/ plus pages given here, and opens them in headless Chromium.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

export const root = fileURLToPath(new URL('../', import.meta.url));

const types = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.html': 'text/html; charset=utf-8', '.css': 'text/css' };

/**
 * A page that loads the standalone bundle and the in-browser adapter over the demo's seed, as `viewerId`
 * (null: anonymous), around `body`.
 */
export function bundlePage({ body, viewerId = null, lang = 'en', dir = 'ltr' }) {
  return `<!doctype html>
<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>majlis</title></head><body>
${body}
<script type="module">
  import { configure } from '/dist/majlis.bundle.js';
  import { MemoryAdapter } from '/dist/majlis.memory.js';
  const seed = await (await fetch('/demo/seed.json')).json();
  configure({ adapter: new MemoryAdapter({ seed, viewerId: ${JSON.stringify(viewerId)} }) });
</script></body></html>`;
}

/**
 * Starts the server (`pages`: path → HTML, `extra`: path → [content type, body]) and Chromium. `open(path)`
 * returns a tab and the dist files it fetched so far (a live set); problems (failed requests, console
 * errors) are collected in `problems`. It serves dist/ and demo/, and the framework examples' builds
 * (examples/<name>/dist/) for `npm run test:examples`, which needs no standalone build (`bundle: false`).
 */
export async function startBundleBrowser({ pages = {}, extra = {}, bundle = true } = {}) {
  if (bundle && !existsSync(join(root, 'dist/majlis.bundle.js'))) {
    console.error('dist/majlis.bundle.js is missing: run `npm run build` first.');
    process.exit(1);
  }
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (pages[path] !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(pages[path]);
    }
    if (extra[path]) {
      response.writeHead(200, { 'content-type': extra[path][0] });
      return response.end(extra[path][1]);
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !/^\/(dist|demo|examples\/[a-z]+\/dist)\//.test(path) || !existsSync(file) || !statSync(file).isFile()) {
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
  return {
    problems,
    async open(path) {
      const tab = await browser.newPage();
      const scripts = new Set();
      /** Which dist file made the page fetch each one (a static or dynamic import in it), from Chromium's initiator. */
      const initiators = new Map();
      tab.on('request', (request) => {
        const url = new URL(request.url());
        if (!url.pathname.startsWith('/dist/')) return;
        const initiator = request.initiator();
        const from = initiator?.url ?? initiator?.stack?.callFrames?.[0]?.url;
        if (from) initiators.set(url.pathname.slice('/dist/'.length), new URL(from).pathname.replace(/^\/dist\//, ''));
      });
      tab.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      tab.on('response', (response) => {
        const url = new URL(response.url());
        if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${url.pathname}`);
        else if (url.pathname.startsWith('/dist/') && url.pathname.endsWith('.js')) scripts.add(url.pathname.slice('/dist/'.length));
      });
      await tab.goto(`${origin}${path}`);
      /** The dist files the page had started to fetch by `at` (ms on the page's clock, as `threadReadable` gives). */
      const fetchedBy = async (at) =>
        (await tab.evaluate(
          (until) => performance.getEntriesByType('resource').filter((entry) => entry.startTime <= until).map((entry) => entry.name),
          at,
        ))
          .map((url) => new URL(url).pathname)
          .filter((path) => path.startsWith('/dist/') && path.endsWith('.js'))
          .map((path) => path.slice('/dist/'.length));
      return { tab, scripts, initiators, fetchedBy };
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/**
 * Waits until the page's `<majlis-thread>` (on the page or inside `<majlis-community>`) is readable: every
 * post rendered with its kudos button, the answers heading in the page language, and the answer area (the
 * composer's form or the notice in its place). Resolves to what it shows at that first moment, and when (`at`, ms on
 * the page's clock).
 */
export async function threadReadable(tab, { posts, script = /./ }) {
  const shown = await tab.waitForFunction(
    (count, scriptSource) => {
      const thread =
        document.querySelector('majlis-thread') ??
        document.querySelector('majlis-community')?.shadowRoot?.querySelector('majlis-thread');
      const all = [...(thread?.shadowRoot?.querySelectorAll('majlis-post') ?? [])];
      const title = all[0]?.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim();
      const kudos = all.filter((post) => post.shadowRoot?.querySelector('[part~="vote-button"]'));
      const heading = thread?.shadowRoot?.querySelector('#answers-heading')?.textContent?.trim() ?? '';
      const composer = thread?.shadowRoot?.querySelector('majlis-composer')?.shadowRoot?.querySelector('textarea');
      const label = thread?.shadowRoot?.querySelector('majlis-composer')?.shadowRoot?.querySelector('[part="label"]')?.textContent?.trim();
      const notice = thread?.shadowRoot?.querySelector('[part="notice"]')?.textContent?.trim();
      const inLanguage = new RegExp(scriptSource, 'u').test(heading);
      return title && kudos.length === count && inLanguage && (composer || notice)
        ? { title, posts: all.length, heading, composer: Boolean(composer), label: label ?? null, notice: notice ?? null, at: performance.now() }
        : false;
    },
    { timeout: 15_000 },
    posts,
    script.source,
  );
  return shown.jsonValue();
}
