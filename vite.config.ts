import { defineConfig } from 'vite';
import type { UserConfig } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.js';
import { packCatalogs } from './scripts/pack-catalogs.js';

const CORE_MODULES =
  /node_modules\/(lit(?!\/directives\/live)|lit-html(?!\/directives\/live)|lit-element|@lit\/(reactive-element|context))\/|@oxc-project[+/]runtime|rolldown[:/]runtime|src\/core\/(events|types|adapter|element|lazy|context|store|categories|custom-states|controllers\/(announce|store|localize|paged-load)-controller|i18n\/(index|locale|format|plural|memo|errors|packed|messages\/(en|types)))\.ts|src\/styles\/(host|tokens|button)\.styles\.ts|src\/components\/(shared\/(feedback|heading)|composer\/answer-notice)\.ts/;
const THREAD_MODULES =
  /node_modules\/(marked|dompurify)\/|src\/core\/markdown\.ts|src\/styles\/markdown\.styles\.ts|src\/components\/(post|vote-button|relative-time|shared)\/|src\/components\/user-card\/user-card(\.styles)?\.ts/;
const COMPOSER_MODULES =
  /node_modules\/(lit|lit-html)\/directives\/live\.js|src\/components\/composer\/(composer|composer\.styles|markdown-editor|markdown-toolbar)\.ts|src\/core\/(controllers\/draft-controller|i18n\/detect-language|i18n\/areas\/composer)\.ts/;
const ACCEPT_MODULES = /src\/components\/accept-button\//;
const SEARCH_MODULES = /src\/core\/search\.ts/;
const POPOVER_MODULES =
  /node_modules\/@floating-ui\/|src\/core\/controllers\/(popover-controller|floating)\.ts|src\/components\/user-card\/user-card-popover/;
const BOARD_MODULES =
  /src\/components\/(question-list|ask-form|community)\/|src\/core\/(controllers\/route-controller|i18n\/areas\/board)\.ts/;

const runtimeDependencies = [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, '@floating-ui/dom', 'marked', 'dompurify'];

/** `vite build`: the npm library (runtime dependencies stay imports), one module per public entry. */
const library: UserConfig = {
  plugins: [minifyLiterals(), packCatalogs()],
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        memory: 'src/adapters/memory.ts',
        rest: 'src/adapters/rest.ts',
        testing: 'src/testing/conformance.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: runtimeDependencies,
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
};

/**
 * `vite build --mode bundle`: the standalone build a web team copies to its server — every dependency
 * inlined and minified; pieces a page may not need (locales, popovers, later elements) are lazy chunks
 * beside it, fetched relative to the bundle's own URL.
 */
const bundle: UserConfig = {
  plugins: [minifyLiterals(), packCatalogs()],
  build: {
    target: 'es2022',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    lib: {
      entry: {
        'majlis.bundle': 'src/index.ts',
        'majlis.memory': 'src/adapters/memory.ts',
        'majlis.rest': 'src/adapters/rest.ts',
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      // Library mode keeps whitespace for tree-shaking bundlers; these files are the end product, so minify fully.
      output: {
        chunkFileNames: 'majlis.[name]-[hash].js',
        minify: true,
        // A few meaningful chunks rather than one per shared module: each file costs a request and compresses
        // on its own (17 files cost ~11 KB brotli more than the same code in one). `core` is what every page
        // runs; `thread` is what a thread needs for its content (Markdown, posts, kudos, authors); `accept`
        // loads only for a viewer who may accept an answer (the asker, staff); `search` (the list's search and
        // the in-browser adapter's) only where a list or that adapter is; `composer`
        // (the answer form and the Markdown editor it shares with the ask form) loads only for a viewer who
        // may answer; `popover` (Floating UI) on the first hover or focus of an author; `board` (list, ask
        // form, router) only where a board is on the page.
        codeSplitting: {
          groups: [
            { name: 'core', priority: 2, test: CORE_MODULES },
            { name: 'thread', priority: 1, test: THREAD_MODULES },
            { name: 'composer', priority: 1, test: COMPOSER_MODULES },
            { name: 'accept', priority: 1, test: ACCEPT_MODULES },
            { name: 'search', priority: 1, test: SEARCH_MODULES },
            { name: 'popover', priority: 1, test: POPOVER_MODULES },
            { name: 'board', priority: 1, test: BOARD_MODULES },
          ],
        },
      },
    },
  },
};

/** `vite` (npm start): the demo support page on the in-browser adapter. */
const demo: UserConfig = {
  root: 'demo',
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } },
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') return demo;
  return mode === 'bundle' ? bundle : library;
});
