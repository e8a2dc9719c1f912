// npm run size — what Majlis costs a page, after `npm run build`.
// Prints min+gzip and min+brotli (quality 11) bytes of what real pages load from the standalone build, each
// measured in headless Chromium (which files a page fetches is the build's business, not a list kept here):
// before the first render; an anonymous reader's thread page and a signed-in writer's, in one language (the
// adapter aside); each feature's own lazy chunk and each translation. Also each npm entry (minified here with
// esbuild, runtime dependencies left out) and the floor: lit + marked + DOMPurify (+ Floating UI) alone.
// `--check` (CI) fails when a figure is over its ceiling (its budget, or for a page still over its budget the
// figure last recorded in PAGE_CEILINGS); `--modules` breaks every chunk down by source module.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';
import { bundlePage, startBundleBrowser, threadReadable } from './bundle-page.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(join(dist, 'majlis.bundle.js'))) {
  console.error('dist/majlis.bundle.js is missing: run `npm run build` first.');
  process.exit(1);
}

/** Budgets in KB brotli (issue 11): what each figure should be. */
const BUDGETS = { firstRender: 20, readerPage: 46, writerPage: 54, translation: 2.6 };

/**
 * The check policy (`--check`, CI): a figure within its budget is held at the budget. A page still over its
 * budget is held at its ceiling here instead — the figure when it was last measured, plus ≈ 0.3 KB of room — so
 * it can only go down: growing past it takes a decision (raising the ceiling in review). When the budget is met,
 * delete the row; when the figure falls well below the ceiling, lower it.
 */
// Every page meets its budget since 2026-12-06 (19.8 / 40.4 / 50.8 KB, from 20.1 / 53.0 / 63.4): posts arrive parsed
// (`bodyHtml`, from the server or the in-browser adapter) and the Markdown parser (marked, 13.9 KB) is a lazy chunk
// of its own, so pages sanitize and no longer parse; lit's directives left the core for the chunks that use them.
// Issue 14 took before first render to 20.2 KB; the store's writes, accepts and moderation calls then left the
// core for the chunks that use them (src/core/writing.ts, accepting.ts, moderating.ts): 19.6 KB on 2026-12-07.
// Issue 16 put a "Share" on every post of a thread and rings the answer a permalink points to (0.3 KB in the thread
// chunk), issue 17 announces kudos, isolates phone numbers and gives every style its tokens: the writer's page grew to
// 54.4 KB. On 2026-12-07 it came back to 53.3: a post's hidden/deleted placeholder and status banner (post-state.ts)
// are fetched only with the data of a page that has such a post, a post fetches the texts of refusals while it is
// sent (src/core/writing.ts), and the texts only a post shows travel with the thread chunk (areas/post.ts).
const PAGE_CEILINGS = {};

/**
 * Each feature's own lazy chunk, by the name vite.config.ts gives it (`codeSplitting.groups`), in KB brotli:
 * today's figure and a little room. A lazy chunk missing here fails `--check`: the issue that adds a feature
 * (leaderboard, moderation, ideas, live…) adds its row.
 */
const FEATURE_CEILINGS = {
  // 31.5 until the Markdown parser left it for its own chunk (`markdown`), 2026-12-06.
  thread: 20.1, // 19.7 (2026-12-07) with the hand-off notice's registration and the shared sanitizer rules; 19.8 with kudos through the store (src/core/voting.ts, from core) and three more translations' loaders; 19.5 after the placeholders of posts that are not published left it (post-state); 19.5 before the postState texts came with the post and issue 17's kudos announcements and bidi isolation; 19.2 before issue 16's share button and permalink ring (src/components/post/post-share.ts)
  // marked and Majlis' rules for it: the composer's preview, adapters that send Markdown alone, the in-browser adapter.
  markdown: 14.3, // 14.2 before issue 17 isolated host names and bare links ending in a slash in right-to-left text
  // Issue 14: live updates, loaded after a thread or list first rendered, when the adapter can subscribe: shared
  // subscriptions, the bars and marks (2.2 KB measured), their English texts (0.4 KB), and the REST adapter's
  // event stream reader (1.2 KB), loaded on its first subscription.
  'live-controller': 2.5,
  live: 0.6,
  'rest-live': 1.5,
  composer: 8.8, // 8.5 (2026-12-07) once the language detector left it for its own chunk (detect-language); 9.2 before issue 17's ur, de and hi (the language hint's Urdu, Devanagari and German; the loaders of their composer texts); 8.5 before the personal-data guard's controller (issue 13), 8.9 before the store's writes came (src/core/writing.ts)
  popover: 8.5,
  board: 13.5, // 13.4 before search kept Hindi vowel signs (issue 17: the folding in search.ts, which the list highlights with); 13.2 before issue 16 (care-schedule, share-hashtag on the community); 12.8 before the community forwarded its views' parts (issue 17); 12.7 before live updates (issue 14: the list's lazy start, its bar and marks); 12.5 before excerpts from `bodyHtml` (issue 11); 11.5 before the list's state in the URL (issue 21 #2), 11.8 before tag filters (#9) and badge announcements (issue 12)
  // What a post that is not published shows (placeholder, banner) and its texts, fetched with the data of a page
  // that has such a post (0.6 KB measured; it was in the thread chunk until 2026-12-07).
  'post-state': 0.8,
  // The language detector of the writing hint ("you seem to write in Dutch"), fetched when a writer first types
  // (0.9 KB measured; in the composer's chunk until 2026-12-07).
  'detect-language': 1.1,
  // Issue 16: the notice above a question handed to customer care and its texts (0.8 KB measured), fetched only for
  // such a question; the post's tag for it and the menu's two items took the thread chunk from 19.5 to 19.7.
  handoff: 1.0,
  accept: 1.8, // 1.5 before the store's accept came with it (src/core/accepting.ts)
  // The standalone <majlis-vote-button>, <majlis-relative-time> and <majlis-user-card> (a post renders the same
  // views in its own template): for the list, the leaderboard and a host's own markup (issue 11).
  elements: 1.1,
  search: 1,
  // Issue 18: a thread's schema.org QAPage JSON-LD (the builder and the thread's writer), with `structured-data` only.
  'structured-data': 0.9, // 0.7 KB measured
  // Issue 12: the leaderboard element (3.8 KB measured), and what it shares with the author card and the board
  // (rank and badge names, the badge list, badge announcements, 1.9 KB).
  leaderboard: 4.1,
  recognition: 2.2,
  // Issue 13: the personal-data detector, its warning and texts (3.2 KB measured), fetched when a writer's text first
  // has a digit or an @, and by the in-browser adapter with its first post.
  guard: 3.5,
  // Issue 13: the moderation queue (element, its data controller and its texts; 10.9 KB measured), staff only.
  moderation: 11.3,
  // Recognition's rules and helpers (rankFor, periodStart, validateRules): with the in-browser adapter or the card.
  rules: 2.3,
  // Issue 13: moderation's names (flag reasons, post states, actions) and default settings, which the contract
  // shares between the in-browser and REST adapters (0.3 KB measured); the rules stay with the in-browser adapter.
  // The post's menu and editor read them too (vite.config.ts keeps them in their own chunk).
  'moderation-names': 0.4,
  // Issue 13: a post's menu with its flag and delete dialogs, and the revision history with its word diff (5.0 KB
  // measured); the post editor over the composer's Markdown editor (1.9 KB); the texts of refusals every writing
  // element loads (0.5 KB).
  // Issue 16 added staff's "Hand to customer care" and "Back to the community" dialogs and their texts (5.4 → 5.8).
  'post-actions': 6.0,
  'post-editor': 2.2,
  refusals: 0.8,
  config: 0.6,
  // Issue 14: the follow toggle with its store calls (src/core/following.ts, kept out of core so the page before
  // first render stays within its budget): 2.1 KB measured; its texts are in the catalogs. And the names of follow
  // targets and deliveries the adapters share without the contract's schemas (0.1 KB).
  follow: 2.5, // 2.3 before its texts moved out of the core catalog into this chunk
  'follow-names': 0.2,
  // Issue 16: the care status: the schedule maths across time zones with its configuration checks, the care figures
  // through the store, the element and its English texts, the majlis-unanswered watch (3.0 KB measured); only pages
  // that show support hours.
  care: 3.3,
  // Issue 16: wall-clock time in a time zone (src/core/time-zone.ts), which the rules and the care hours share.
  'time-zone': 0.4,
  // Issue 16: the share menu (network links, copy) and the Web Share call, on the first press of "Share".
  share: 1.5,
  // Issue 15: <majlis-ideas> (list, roadmap, winners, the submit form and an idea's page with the team's controls),
  // its store calls (src/core/idea-store.ts), the names of topics and statuses, and its texts: 6.8 KB measured, only
  // on a page that shows ideas.
  ideas: 7.1,
  // Issue 15: the form to share an idea over the composer's Markdown editor and the personal-data guard (1.7 KB
  // measured; the composer's chunk comes with it), when a member opens it.
  'idea-form': 2,
  // Ideas' and care's names, beside their elements' chunks:
  // the adapters import them (0.2 and 0.1 KB measured).
  'idea-names': 0.4,
  'care-names': 0.3,
  // Issue 16: <majlis-live-session> (header, ask form, questions with hosts' answers live, the archive's summary, the
  // staff's form), its store calls (src/core/live-session-store.ts) and its English texts: 5.9 KB measured, only on a
  // page that shows a live session. Its names and phase rule sit beside it (the adapters import them, 0.2 KB), and
  // the .ics writer is fetched on the first "Add to calendar" (0.5 KB).
  'live-session': 6.2,
  'live-session-names': 0.4,
  // Its ask form over the composer's Markdown editor and the personal-data guard (1.5 KB measured; the composer's chunk
  // comes with it), fetched when a member first focuses the session's light form; the form styles the ideas and the
  // live session share (src/components/shared/form.styles.ts, 0.35 KB), beside both.
  'session-ask-form': 1.7,
  'form-styles': 0.5,
  ics: 0.7,
  // Not a feature: the bundler's helper that builds module namespaces for the lazy chunks' dynamic imports.
  'rolldown-runtime': 0.3,
};

/** The adapters are entries of their own, loaded by the page's choice, and left out of the page figures. */
const ADAPTER = /^majlis\.(memory|rest)\.js$/;

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

/** The chunk name vite.config.ts gave a file (`majlis.board-a1B2.js` → `board`). */
const chunkName = (file) => /^majlis\.(.+?)(?:-[\w-]{8})?\.js$/.exec(file)?.[1] ?? file;

/** The source modules a built file holds, from its source map. */
function sourcesOf(file) {
  const map = join(dist, `${file}.map`);
  return existsSync(map) ? JSON.parse(readFileSync(map, 'utf8')).sources : [];
}

const measure = (code) => ({ min: Buffer.byteLength(code), gzip: gzip(code), brotli: brotli(code) });
const read = (file) => readFileSync(join(dist, file), 'utf8');
/** Each file is downloaded and compressed on its own, so sizes add up per file (no shared dictionary). */
const sum = (files) =>
  files.map((file) => measure(read(file))).reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));

const initial = closure(['majlis.bundle.js']);
const reachable = closure(['majlis.bundle.js'], true);
const lazy = reachable.filter((f) => !initial.includes(f) && !ADAPTER.test(f));
/**
 * The built-in translations (every locale but English, which is in the bundle): each catalog, and the texts of
 * each catalog area (`messages/ar.ts?area=composer`) that travel with their chunk. `translation` names them.
 */
const translation = (file) => {
  for (const source of sourcesOf(file)) {
    const found = /\/i18n\/messages\/(?!en\.|types\.)([\w-]+)\.ts(?:\?area=(\w+))?$/.exec(source);
    if (found) return { locale: found[1], area: found[2] };
  }
  return undefined;
};
const translations = lazy.filter((f) => translation(f));
const translationName = (f) => [translation(f).locale, translation(f).area].filter(Boolean).join(' · ');
const features = lazy.filter((f) => !translations.includes(f));

/**
 * What pages load, as Chromium fetches it: a thread for an anonymous reader (then what the first hover on an
 * author adds) and for a signed-in writer, each up to the moment the thread is readable, in English. A page in
 * another language adds its translation: the figures count the largest.
 */
async function measurePages() {
  const thread = '<majlis-thread question-id="q-1"></majlis-thread>';
  const browser = await startBundleBrowser({
    pages: { '/reader': bundlePage({ body: thread }), '/writer': bundlePage({ body: thread, viewerId: 'u-noura' }) },
  });
  try {
    const reader = await browser.open('/reader');
    const shown = await threadReadable(reader.tab, { posts: 5 });
    if (shown.composer) throw new Error('the anonymous reader was offered the composer');
    // What the page had asked for when the thread became readable (live updates, for one, come after).
    const readerFiles = await reader.fetchedBy(shown.at);
    const initiators = new Map(reader.initiators);
    // The first hover on an author chip fetches the profile card (once what comes after readable has arrived).
    await reader.tab.waitForNetworkIdle({ idleTime: 300 });
    const beforeHover = [...reader.scripts];
    const [x, y] = await reader.tab.evaluate(() => {
      const post = document.querySelector('majlis-thread').shadowRoot.querySelector('majlis-post');
      const chip = post.shadowRoot.querySelector('[part~="user-card"]');
      const box = chip.getBoundingClientRect();
      return [box.x + box.width / 2, box.y + box.height / 2];
    });
    await reader.tab.mouse.move(x, y);
    await reader.tab.waitForFunction(() => {
      const post = document.querySelector('majlis-thread').shadowRoot.querySelector('majlis-post');
      return post.shadowRoot.querySelector('[part~="popover"][data-placement]');
    });
    const onHover = [...reader.scripts].filter((f) => !beforeHover.includes(f));
    const writer = await browser.open('/writer');
    const written = await threadReadable(writer.tab, { posts: 5 });
    if (!written.composer) throw new Error('the signed-in writer got no composer');
    const writerFiles = await writer.fetchedBy(written.at);
    for (const [file, from] of writer.initiators) initiators.set(file, from);
    if (browser.problems.length) throw new Error(browser.problems.join('; '));
    return { readerFiles, onHover, writerFiles, initiators };
  } finally {
    await browser.close();
  }
}

const pages = await measurePages();
/**
 * Whether the page fetched a file for the adapter: an adapter, or a chunk only an adapter's import chain asked for
 * (the in-browser adapter's Markdown parser, its search). Chromium names the file whose import made each request.
 */
const fetchedForAdapter = (file) => {
  for (let f = file, seen = new Set(); f !== undefined && !seen.has(f); seen.add(f), f = pages.initiators.get(f)) {
    if (ADAPTER.test(f)) return true;
  }
  return false;
};
const dynamicTargets = new Set(reachable.flatMap((f) => dynamicImports(read(f))));
/**
 * What a page loads for itself: the bundle and the chunks it fetched on demand, with their static imports.
 * Left out: the adapter and what the page fetched for it (the in-browser adapter's search and Markdown parser), and
 * translations.
 */
const page = (files) => {
  const roots = files.filter(
    (f) => f === 'majlis.bundle.js' || (dynamicTargets.has(f) && !ADAPTER.test(f) && !fetchedForAdapter(f)),
  );
  return closure(roots).filter((f) => files.includes(f) && !ADAPTER.test(f) && !translations.includes(f));
};
/**
 * The translations a page in one language needs: those the page's files import (the catalog, and the texts of
 * the areas whose chunks it loaded), in the locale where they weigh most.
 */
function pageTranslations(files) {
  const own = page(files);
  const needed = translations.filter((f) => own.some((importer) => dynamicImports(read(importer)).includes(f)));
  const byLocale = new Map();
  for (const f of needed) byLocale.set(translation(f).locale, [...(byLocale.get(translation(f).locale) ?? []), f]);
  return [...byLocale].sort((a, b) => sum(b[1]).brotli - sum(a[1]).brotli)[0] ?? ['none', []];
}
const withTranslation = (files) => sum([...page(files), ...pageTranslations(files)[1]]);

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

/** A row's limits in KB brotli: the budget it should meet, and the ceiling `--check` holds it to until it does. */
const limits = (budget, ceiling = budget) => ({ budget, ceiling });

// [what, size, limits] (no limits: a figure for the record)
const rows = [
  ['before first render (majlis.bundle.js + static imports)', sum(initial), limits(BUDGETS.firstRender, PAGE_CEILINGS.firstRender)],
  [`anonymous reader's thread page, one language (+ ${pageTranslations(pages.readerFiles)[0]}, the largest)`, withTranslation(pages.readerFiles), limits(BUDGETS.readerPage, PAGE_CEILINGS.readerPage)],
  [`signed-in writer's thread page with the composer, one language (+ ${pageTranslations(pages.writerFiles)[0]})`, withTranslation(pages.writerFiles), limits(BUDGETS.writerPage, PAGE_CEILINGS.writerPage)],
  ['  arrives on the first hover or focus of an author', sum(pages.onHover)],
  ...features.map((f) => [`  feature chunk ${chunkName(f)} (${f})`, sum([f]), FEATURE_CEILINGS[chunkName(f)] && limits(FEATURE_CEILINGS[chunkName(f)])]),
  ...translations.map((f) => [`  translation ${translationName(f)} (${f})`, sum([f]), limits(BUDGETS.translation)]),
  ['everything the bundle can load (every lazy chunk and translation; no page loads it all)', sum(reachable.filter((f) => !ADAPTER.test(f)))],
  ['majlis.memory.js (in-browser adapter entry, demos/tests)', sum(closure(['majlis.memory.js']).filter((f) => f === 'majlis.memory.js' || !reachable.includes(f)))],
  ['npm entry dist/index.js (own code, deps external)', measure(await minified('index.js'))],
  ['npm entry dist/testing.js (own code, deps external)', measure(await minified('testing.js'))],
  ['floor: lit + marked + DOMPurify', measure(await floor(false))],
  ['floor: lit + marked + DOMPurify + @floating-ui/dom', measure(await floor(true))],
];

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${'what'.padEnd(width)}  ${'min'.padStart(9)}  ${'min+gzip'.padStart(9)}  ${'min+brotli'.padStart(10)}  budget       ceiling (--check)`);
/** Rows over their budget (reported) and over what `--check` holds them to (failing). */
const overBudget = [];
const overCeiling = [];
for (const [name, size, limit] of rows) {
  let verdict = '';
  if (limit) {
    const withinBudget = size.brotli <= limit.budget * 1024;
    const withinCeiling = size.brotli <= limit.ceiling * 1024;
    if (!withinBudget) overBudget.push(`${name.trim()} by ${kb(size.brotli - limit.budget * 1024)}`);
    if (!withinCeiling) overCeiling.push(`${name.trim()} (${kb(size.brotli)} > ${kb(limit.ceiling * 1024)})`);
    verdict = `${kb(limit.budget * 1024).padStart(7)} ${withinBudget ? 'ok  ' : 'OVER'}`;
    if (limit.ceiling !== limit.budget) {
      verdict += `  ${kb(limit.ceiling * 1024).padStart(7)} ${withinCeiling ? 'ok' : 'FAIL'}`;
      if (withinBudget) verdict += ' (budget met: delete its PAGE_CEILINGS row)';
      else if (size.brotli < (limit.ceiling - 0.6) * 1024) verdict += ` (lower it to ${((size.brotli + 0.3 * 1024) / 1024).toFixed(1)})`;
    } else if (!withinCeiling) {
      verdict += '  FAIL';
    }
  }
  console.log(`${name.padEnd(width)}  ${kb(size.min).padStart(9)}  ${kb(size.gzip).padStart(9)}  ${kb(size.brotli).padStart(10)}  ${verdict}`);
}
console.log(`\nbefore first render: ${initial.join(', ')}`);
console.log(`anonymous reader's thread page: ${page(pages.readerFiles).join(', ')}`);
console.log(`first hover on an author: ${pages.onHover.join(', ')}`);
console.log(`signed-in writer's thread page: ${page(pages.writerFiles).join(', ')}`);
const unbudgeted = features.filter((f) => !FEATURE_CEILINGS[chunkName(f)]);
if (unbudgeted.length) {
  console.error(`\nLazy chunks without a ceiling: ${unbudgeted.join(', ')}. Give each its row in FEATURE_CEILINGS (scripts/size.mjs).`);
}
if (overCeiling.length) {
  console.error(`\nOver its ceiling (--check fails): ${overCeiling.join('; ')}. Find what grew (npm run size -- --modules).`);
}
// `npm run size -- --check` (CI) turns the ceilings into a gate (exit code 1).
if ((overCeiling.length || unbudgeted.length) && process.argv.includes('--check')) process.exitCode = 1;
console.log(`\n${overBudget.length ? `Over budget: ${overBudget.join('; ')}.` : 'Every figure is within its budget.'}`);

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
