// npm run smoke (after `npm run build`) — the standalone build as a web team uses it: a plain page loads
// dist/majlis.bundle.js and dist/majlis.memory.js with one <script type="module">, in Arabic, and must show a
// whole thread (posts, kudos, composer), fetching its lazy chunks beside the bundle with no failed request and
// no error in the console; and each translation, as the build packed it, must hold the same texts under the
// same keys as its source catalog. The browser tests run the sources; this checks the artifact.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundlePage, root, startBundleBrowser, threadReadable } from './bundle-page.mjs';

const page = bundlePage({ body: '<majlis-community></majlis-community>', viewerId: 'u-noura', lang: 'ar', dir: 'rtl' });

const LOCALES = ['ar', 'nl', 'fr', 'vi', 'ur', 'de', 'hi'];
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

const browser = await startBundleBrowser({
  pages: { '/': page },
  extra: { '/source-catalogs.js': ['text/javascript; charset=utf-8', sourceCatalogs] },
});
const { problems } = browser;
try {
  const { tab, scripts } = await browser.open('/#/questions/q-1');
  // The thread paints its content once its data and the Arabic catalog (a lazy chunk) are both in.
  const result = await threadReadable(tab, { posts: 5, script: /[\u0600-\u06FF]/ });
  if (!result.composer) problems.push('the signed-in viewer got no composer');
  // The composer's texts travel with its chunk: it must appear with them in Arabic, not in English first.
  else if (!/[\u0600-\u06FF]/.test(result.label ?? '')) problems.push(`the composer appeared with the label "${result.label}"`);
  const expected = JSON.parse(readFileSync(join(root, 'demo/seed.json'), 'utf8')).questions.find((q) => q.id === 'q-1').title;
  if (result.title !== expected) problems.push(`title "${result.title}", expected "${expected}"`);
  if (![...scripts].some((file) => /^majlis\.ar-/.test(file))) problems.push('the Arabic catalog was not loaded');
  console.log(`standalone build: a thread of ${result.posts} posts in Arabic ("${result.heading}"), scripts: ${[...scripts].sort().join(', ')}`);
  const catalogProblems = await tab.evaluate(async (locales, configChunkFile) => {
    const { loadMessages } = await import('/dist/majlis.bundle.js');
    // The leaderboard's texts (and recognition's) travel with its chunk, and the moderation queue's with its own:
    // bring them in as a page using them would.
    // So do the care status's, the share menu's, the accept button's and the ideas'.
    const withTexts = ['majlis-leaderboard', 'majlis-moderation-queue', 'majlis-care-status', 'majlis-share-menu', 'majlis-accept-button', 'majlis-ideas', 'majlis-live-session'];
    document.body.append(...withTexts.map((tag) => document.createElement(tag)));
    await Promise.all(withTexts.map((tag) => globalThis.customElements.whenDefined(tag)));
    // The personal-data guard's texts travel with its chunk, fetched once the text typed has a digit: type one.
    const deep = (root, selector) =>
      root.querySelector(selector) ?? [...root.querySelectorAll('*')].reduce((found, el) => found ?? (el.shadowRoot && deep(el.shadowRoot, selector)), null);
    const composer = deep(document, 'majlis-composer').shadowRoot;
    const field = composer.querySelector('textarea');
    field.value = 'رقمي 0470 12 34 56';
    field.dispatchEvent(new globalThis.Event('input', { bubbles: true, composed: true }));
    const warned = () => composer.querySelector('[part~="personal-data-heading"]')?.textContent;
    for (let i = 0; i < 100 && !/[\u0600-\u06FF]/.test(warned() ?? ''); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    if (!warned()) return ['the personal-data warning did not appear in the composer'];
    // A post's menu, editor and history bring theirs (postActions), and the refusals'.
    document.body.append(document.createElement('majlis-post-menu'));
    await globalThis.customElements.whenDefined('majlis-post-menu');
    // What a post that is not published shows comes with the data of a thread that has one (a hidden answer here).
    globalThis.location.hash = '#/questions/q-26';
    for (let i = 0; i < 100 && (await loadMessages('ar')).postState?.visibleTo === undefined; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    // The notice of a question handed to customer care brings its texts (the demo's q-30 is one).
    globalThis.location.hash = '#/questions/q-30';
    for (let i = 0; i < 100 && (await loadMessages('ar')).handoff?.title === undefined; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    // The texts of configuration problems come when an element still has no data source after the page settled,
    // which this configured page never has: load their chunk as the store controller would.
    const configChunk = await import(`/dist/${configChunkFile}`);
    await Object.values(configChunk).find((value) => typeof value?.addConfigTexts === 'function').addConfigTexts();
    // Live updates' texts travel with their chunk, which a thread loads a second after it showed its data.
    for (let i = 0; i < 100 && (await loadMessages('ar')).live?.show === undefined; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    const sources = await import('/source-catalogs.js');
    const problems = [];
    // A text function is called with the same arguments on both sides (a formatter that spells out its calls),
    // so one that throws in the build (a helper of its module left behind) shows.
    const fmt = new Proxy({}, { get: (_, name) => (...args) => `${String(name)}(${JSON.stringify(args)})` });
    const run = (text) => {
      try {
        return String(text(2, fmt, 'x'));
      } catch (error) {
        return `throws ${error?.name}`;
      }
    };
    const compare = (source, built, path) => {
      for (const [key, value] of Object.entries(source)) {
        const here = `${path}.${key}`;
        const other = built?.[key];
        if (typeof value === 'object') compare(value, other, here);
        else if (typeof value === 'string' ? other !== value : typeof other !== 'function' || run(other) !== run(value)) {
          problems.push(`${here}: built ${JSON.stringify(String(other)).slice(0, 60)}`);
        }
      }
    };
    for (const locale of locales) compare(sources[locale], await loadMessages(locale), locale);
    return problems;
  }, LOCALES, readdirSync(join(root, 'dist')).find((file) => /^majlis\.config-[\w-]+\.js$/.test(file)));
  problems.push(...catalogProblems.slice(0, 10));
  if (!catalogProblems.length) console.log(`the ${LOCALES.join(', ')} catalogs of the build hold the texts of their sources`);
} catch (error) {
  problems.push(String(error));
} finally {
  await browser.close();
}
if (problems.length) {
  console.error(`smoke test of the standalone build failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('smoke test of the standalone build: ok');
