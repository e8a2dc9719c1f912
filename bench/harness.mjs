// What bench/run.mjs and bench/profile.mjs share: a bench page bundled by esbuild, served on loopback, in
// Debian's headless Chromium.
import { createServer } from 'node:http';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

export function launch() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}

/** The bench page's script, minified like a production build; `profile` keeps names and adds a source map. */
export async function bundle(entry, { profile = false } = {}) {
  const bundled = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    minify: !profile,
    sourcemap: profile ? 'inline' : false,
    sourcesContent: false,
    write: false,
    splitting: false,
    conditions: ['production'],
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
  return bundled.outputFiles[0].text;
}

/** Serves the bundled bench page on loopback while `use(url)` runs. */
export async function serve(script, use) {
  const page = `<!doctype html><html lang="en"><body><script type="module" src="/bench.js"></script></body></html>`;
  const server = createServer((req, res) => {
    const js = req.url === '/bench.js';
    res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' });
    res.end(js ? script : page);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await use(`http://127.0.0.1:${server.address().port}/`);
  } finally {
    server.close();
  }
}

