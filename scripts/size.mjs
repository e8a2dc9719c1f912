// npm run size — what Majlis costs a page, after `npm run build`.
// Prints min+gzip and min+brotli (quality 11) bytes of the standalone bundle (what loads before the first
// render, and everything with every lazy chunk), of each lazy chunk, of each npm entry (minified here with
// esbuild, runtime dependencies left out), and of the floor: lit + marked + DOMPurify (+ Floating UI) alone.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';

const dist = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(join(dist, 'majlis.bundle.js'))) {
  console.error('dist/majlis.bundle.js is missing: run `npm run build` first.');
  process.exit(1);
}

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Relative modules a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function staticImports(code) {
  const found = new Set();
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w${},*\s]+from\s*)?["'](\.\/[^"']+)["']/g)) {
    found.add(m[1].slice(2));
  }
  return [...found];
}

/** Relative modules a chunk loads on demand (`import("./x.js")`). */
function dynamicImports(code) {
  return [...code.matchAll(/\bimport\(\s*["'`](\.\/[^"'`]+)["'`]\s*\)/g)].map((m) => m[1].slice(2));
}

/** The files loaded with `entries`: their static imports, and with `lazy` also everything they may import later. */
function closure(entries, lazy = false) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    staticImports(code).forEach(visit);
    if (lazy) dynamicImports(code).forEach(visit);
  };
  entries.forEach(visit);
  return [...seen];
}

const measure = (code) => ({ min: Buffer.byteLength(code), gzip: gzip(code), brotli: brotli(code) });
const read = (file) => readFileSync(join(dist, file), 'utf8');
/** Each file is downloaded and compressed on its own, so sizes add up per file (no shared dictionary). */
const sum = (files) =>
  files.map((file) => measure(read(file))).reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));

const bundleFiles = readdirSync(dist).filter((f) => f.startsWith('majlis.') && f.endsWith('.js'));
const initial = closure(['majlis.bundle.js']);
const reachable = closure(['majlis.bundle.js'], true);
const lazy = reachable.filter((f) => !initial.includes(f));
// A thread page: the bundle, then the chunks <majlis-thread> fetches while its data loads.
const threadParts = bundleFiles.filter((f) => /^majlis\.thread-/.test(f));
const threadPage = closure(['majlis.bundle.js', ...threadParts]);
// A page shows one language: everything but the translations it does not use (Arabic, the largest, is kept).
const locales = reachable.filter((f) => /^majlis\.(ar|nl|fr|vi)-/.test(f));
const oneLanguage = reachable.filter((f) => !locales.includes(f) || /^majlis\.ar-/.test(f));

async function minified(file) {
  const result = await transform(read(file), { minify: true, format: 'esm', target: 'es2022' });
  return result.code;
}

async function floor(withFloatingUi) {
  const contents = [
    "export { LitElement, html, css, nothing } from 'lit';",
    "export { Marked } from 'marked';",
    "export { default as DOMPurify } from 'dompurify';",
    withFloatingUi ? "export { computePosition, autoUpdate, flip, shift, offset } from '@floating-ui/dom';" : '',
  ].join('\n');
  const result = await build({
    stdin: { contents, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
  });
  return result.outputFiles[0].text;
}

// `budget`: the issues' targets (reported ok / OVER). `ceiling`: today's figure plus ~1 KB, a guard that fails
// `--check` (CI) when the build grows unnoticed; lower it whenever the build shrinks.
const rows = [
  ['standalone: before first render (majlis.bundle.js + static imports)', sum(initial), { budget: 40, ceiling: 20 }],
  ['standalone: a thread with its content (+ the thread chunk: posts, Markdown, kudos, authors, composer)', sum(threadPage), { ceiling: 56.5 }],
  ['standalone: everything the bundle can load (+ every lazy chunk)', sum(reachable), { budget: 60, ceiling: 85.5 }],
  ['standalone: everything one page can load (one translation: Arabic, the largest)', sum(oneLanguage)],
  ...lazy.map((f) => [`  lazy chunk ${f}`, sum([f])]),
  ['standalone: majlis.memory.js (in-browser adapter entry, demos/tests)', sum(closure(['majlis.memory.js']).filter((f) => f === 'majlis.memory.js' || !reachable.includes(f)))],
  ['npm entry dist/index.js (own code, deps external)', measure(await minified('index.js'))],
  ['npm entry dist/testing.js (own code, deps external)', measure(await minified('testing.js'))],
  ['floor: lit + marked + DOMPurify', measure(await floor(false))],
  ['floor: lit + marked + DOMPurify + @floating-ui/dom', measure(await floor(true))],
];

const width = Math.max(...rows.map(([name]) => name.length));
console.log(
  `${'what'.padEnd(width)}  ${'min'.padStart(9)}  ${'min+gzip'.padStart(9)}  ${'min+brotli'.padStart(10)}  ${'budget'.padEnd(12)}  ceiling`,
);
const overBudget = [];
const overCeiling = [];
for (const [name, size, { budget, ceiling } = {}] of rows) {
  const verdict = (limit, list) => {
    if (!limit) return '';
    const ok = size.brotli <= limit * 1024;
    if (!ok) list.push(name.trim());
    return `${kb(limit * 1024)} ${ok ? 'ok' : 'OVER'}`;
  };
  console.log(
    `${name.padEnd(width)}  ${kb(size.min).padStart(9)}  ${kb(size.gzip).padStart(9)}  ${kb(size.brotli).padStart(10)}  ${verdict(budget, overBudget).padEnd(12)}  ${verdict(ceiling, overCeiling)}`,
  );
}
console.log(`\nbefore first render: ${initial.join(', ')}`);
console.log(`thread with content: ${threadPage.join(', ')}`);
if (overBudget.length) console.error(`\nOver its budget: ${overBudget.join('; ')}.`);
if (overCeiling.length) {
  console.error(`\nGrown past its ceiling: ${overCeiling.join('; ')}. Find what grew, or raise the ceiling on purpose.`);
  // `npm run size -- --check` (CI) turns the ceilings into a gate (exit code 1).
  if (process.argv.includes('--check')) process.exitCode = 1;
}

/**
 * `npm run size -- --modules`: what each source module costs in brotli — its chunk compressed with and without
 * the bytes the source map attributes to it. Shared dictionary effects make these approximate; they add up to
 * a little less than the chunk.
 */
async function moduleCosts() {
  const { TraceMap, eachMapping } = await import('@jridgewell/trace-mapping');
  const costs = [];
  for (const file of reachable) {
    if (!existsSync(join(dist, `${file}.map`))) continue;
    const code = read(file);
    const lineStarts = [0];
    for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    const segments = [];
    eachMapping(new TraceMap(read(`${file}.map`)), (m) => segments.push([lineStarts[m.generatedLine - 1] + m.generatedColumn, m.source]));
    segments.sort((a, b) => a[0] - b[0]);
    const ranges = new Map();
    segments.forEach(([start, source], i) => {
      const name = (source ?? '(unmapped)').replace(/^.*node_modules\//, '').replace(/^.*\/src\//, 'src/');
      const list = ranges.get(name) ?? [];
      list.push([start, segments[i + 1]?.[0] ?? code.length]);
      ranges.set(name, list);
    });
    const whole = brotli(code);
    for (const [name, list] of ranges) {
      const bytes = list.reduce((n, [start, end]) => n + end - start, 0);
      if (bytes < 200) continue;
      let without = '';
      let at = 0;
      for (const [start, end] of list) {
        without += code.slice(at, start);
        at = end;
      }
      without += code.slice(at);
      costs.push({ file, name, min: bytes, brotli: whole - brotli(without) });
    }
  }
  costs.sort((a, b) => b.brotli - a.brotli);
  console.log(`\n${'module'.padEnd(60)}  ${'chunk'.padEnd(14)}  ${'min'.padStart(9)}  ${'~brotli'.padStart(9)}`);
  for (const { file, name, min, brotli: cost } of costs) {
    console.log(`${name.padEnd(60)}  ${file.replace(/-[\w-]+\.js$|\.js$/, '').padEnd(14)}  ${kb(min).padStart(9)}  ${kb(cost).padStart(9)}`);
  }
}

if (process.argv.includes('--modules')) await moduleCosts();
