import { defineConfig } from 'vite';
import type { UserConfig } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.js';
import { packCatalogs } from './scripts/pack-catalogs.js';

const CORE_MODULES =
  /node_modules\/(lit|lit-html|lit-element|@lit\/(reactive-element|context))\/|@oxc-project[+/]runtime|src\/core\/(events|types|adapter|element|lazy|context|store|search|categories|custom-states|controllers\/(announce|store|localize|paged-load)-controller|i18n\/(index|locale|format|plural|memo|errors|packed|messages\/(en|types)))\.ts|src\/styles\/(host|tokens|button)\.styles\.ts|src\/components\/shared\/(feedback|heading)\.ts/;
const THREAD_MODULES =
  /node_modules\/(marked|dompurify)\/|src\/core\/(markdown|controllers\/draft-controller|i18n\/detect-language)\.ts|src\/styles\/markdown\.styles\.ts|src\/components\/(post|vote-button|relative-time|accept-button|composer|shared)\/|src\/components\/user-card\/user-card(\.styles)?\.ts/;
const POPOVER_MODULES =
  /node_modules\/@floating-ui\/|src\/core\/controllers\/(popover-controller|floating)\.ts|src\/components\/user-card\/user-card-popover/;
const BOARD_MODULES = /src\/components\/(question-list|ask-form|community)\/|src\/core\/controllers\/route-controller\.ts/;

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
        // runs; `thread` is what a thread needs for its content (Markdown, posts, kudos, accept, composer);
        // `popover` (Floating UI) loads on the first author card; `board` holds the list, ask form and router.
        codeSplitting: {
          groups: [
            { name: 'core', priority: 2, test: CORE_MODULES },
            { name: 'thread', priority: 1, test: THREAD_MODULES },
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
