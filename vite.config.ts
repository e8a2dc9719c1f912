import { defineConfig } from 'vite';
import type { Plugin, UserConfig } from 'vite';

/**
 * Minifies the CSS inside Lit's css`` literals (whitespace and comments), which no minifier touches because
 * it is a string to them. Literals with `${}` interpolations are left as they are.
 */
function minifyCssLiterals(): Plugin {
  const literal = /\bcss`([^`$]*)`/g;
  const compact = (text: string) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'majlis:minify-css-literals',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !code.includes('css`')) return null;
      return { code: code.replace(literal, (_, text: string) => `css\`${compact(text)}\``), map: null };
    },
  };
}

const CORE_MODULES =
  /node_modules\/(lit|lit-html|lit-element|@lit\/(reactive-element|context))\/|@oxc-project[+/]runtime|src\/core\/(events|types|adapter|element|lazy|context|store|custom-states|controllers\/(announce|store|localize)-controller|i18n\/(index|locale|format|plural|memo|errors|messages\/(en|types)))\.ts|src\/styles\/(host|tokens|button)\.styles\.ts|src\/components\/shared\/feedback\.ts/;
const THREAD_MODULES =
  /node_modules\/(marked|dompurify)\/|src\/core\/markdown\.ts|src\/styles\/markdown\.styles\.ts|src\/components\/(post\/post|vote-button\/vote-button|relative-time\/relative-time|user-card\/user-card|shared\/(post-loader|mutation-feedback))(\.styles)?\.ts/;

const runtimeDependencies = [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, '@floating-ui/dom', 'marked', 'dompurify'];

/** `vite build`: the npm library (runtime dependencies stay imports), one module per public entry. */
const library: UserConfig = {
  plugins: [minifyCssLiterals()],
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
  plugins: [minifyCssLiterals()],
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
        // on its own. `core` is what every page runs; `thread` is what a thread needs for its content.
        advancedChunks: {
          groups: [
            { name: 'core', priority: 2, test: CORE_MODULES },
            { name: 'thread', priority: 1, test: THREAD_MODULES },
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
