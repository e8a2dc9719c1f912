import { createHash } from 'node:crypto';
import { minify } from 'terser';
import { defineConfig } from 'vite';
import type { Plugin, UserConfig } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.js';
import { packCatalogs } from './scripts/pack-catalogs.js';

const CORE_MODULES =
  /node_modules\/(lit(?!\/directives\/|\/async-directive)|lit-html(?!\/directives\/|\/async-directive)|lit-element|@lit\/(reactive-element|context))\/|@oxc-project[+/]runtime|rolldown[:/]runtime|src\/core\/(events|types|adapter|element|lazy|context|store|categories|custom-states|controllers\/((announce|store|localize|paged-load)-controller|sign-in)|i18n\/(index|locale|format|plural|memo|errors|packed|messages\/(en|types)))\.ts|src\/styles\/(host|tokens|button|skeleton)\.styles\.ts|src\/components\/(shared\/(feedback|heading|icons)|composer\/answer-notice|thread\/thread(\.styles)?)\.ts/;
const THREAD_MODULES =
  /node_modules\/(dompurify\/|lit(-html)?\/(async-directive|directives\/style-map)\.js)|src\/core\/(markdown(-sanitize)?|i18n\/areas\/post)\.ts|src\/styles\/markdown\.styles\.ts|src\/core\/controllers\/(post-loader-controller|mutation-feedback|relative-time-controller)\.ts|src\/components\/(post\/|vote-button\/kudos\.ts|user-card\/(author-card|user-card\.styles)\.ts|shared\/(?!recognition|form\.styles))/;
/**
 * The standalone `<majlis-vote-button>`, `<majlis-relative-time>` and `<majlis-user-card>`: thin elements around
 * what a post renders in its own template (kudos.ts, the relative-time controller, author-card.ts, in `thread`).
 * Only pages that use them on their own fetch them (the list, the leaderboard, a host's own markup).
 */
const ELEMENTS_MODULES =
  /src\/components\/(vote-button\/vote-button(\.styles)?|relative-time\/relative-time(\.styles)?|user-card\/user-card)\.ts/;
const COMPOSER_MODULES =
  /node_modules\/(lit|lit-html)\/directives\/live\.js|src\/components\/composer\/(composer|composer\.styles|markdown-editor|markdown-toolbar)\.ts|src\/core\/(controllers\/(draft|personal-data)-controller|i18n\/areas\/composer)\.ts/;
/**
 * The personal-data guard: the detector, its warning and texts (fetched when a writer's text first has a digit or an
 * @), and the rule the in-browser adapter loads with its first post.
 */
const GUARD_MODULES = /src\/core\/(personal-data|contract\/personal-data|controllers\/personal-data-warning|i18n\/areas\/guard)\.ts/;
/** What a post that is not published shows, and its texts: fetched only by a page that has such a post. */
const POST_STATE_MODULES = /src\/components\/post\/post-state\.ts|src\/core\/i18n\/areas\/postState\.ts/;
/** The notice of a question handed to customer care and its texts: fetched only for such a question. */
const HANDOFF_MODULES = /src\/components\/handoff-notice\/|src\/core\/i18n\/areas\/handoff\.ts/;
/** The language detector of the composer's and ask form's hint: fetched when a writer first types. */
const DETECT_LANGUAGE_MODULES = /src\/core\/i18n\/detect-language\.ts/;
const ACCEPT_MODULES = /src\/components\/accept-button\/|src\/core\/(accepting|i18n\/areas\/accept)\.ts/;
const SEARCH_MODULES = /src\/core\/search\.ts/;
const POPOVER_MODULES =
  /node_modules\/@floating-ui\/|src\/core\/controllers\/(popover-controller|floating)\.ts|src\/components\/user-card\/user-card-popover/;
const BOARD_MODULES =
  /src\/components\/(question-list|ask-form|community)\/|src\/core\/(controllers\/route-controller|list-filters|i18n\/areas\/board)\.ts/;

/**
 * The Markdown parser (marked and Majlis' rules for it): only for a body without `bodyHtml` (the composer's preview,
 * an adapter that sends Markdown alone) and with the in-browser adapter, which parses as the server does.
 */
const MARKDOWN_PARSE_MODULES = /node_modules\/marked\/|src\/core\/markdown-parse\.ts/;
/** A post's menu (flag and delete dialogs) and revision history with the word diff: on first use (issue 13). */
const POST_ACTIONS_MODULES =
  /src\/components\/(post-menu|revision-history)\/|src\/core\/(diff|i18n\/areas\/postActions)\.ts/;
/** The post editor (it imports the composer's Markdown editor): when a viewer chooses Edit. */
const POST_EDITOR_MODULES = /src\/components\/post-editor\//;
/** The follow toggle (issue 14): on a thread's question and a board's category, where the adapter can follow. */
const FOLLOW_MODULES = /src\/components\/follow-button\/|src\/core\/(following|i18n\/areas\/follow)\.ts/;
/** Wall-clock time in a time zone: the leaderboard's periods (rules) and the care hours share it, neither carrying the other. */
const TIME_ZONE_MODULES = /src\/core\/time-zone\.ts/;
/** The care status (issue 16): the schedule maths, the care figures and the texts, where a page shows support hours. */
const CARE_MODULES = /src\/components\/care-status\/|src\/core\/(care|care-schedule|i18n\/areas\/care)\.ts/;
/** Sharing (issue 16): the share menu, the Web Share call and its texts, fetched on the first press of "Share". */
const SHARE_MODULES = /src\/components\/share-menu\/|src\/core\/(share|i18n\/areas\/share)\.ts/;
/** Ideas (issue 15): the element, its store calls and its texts, loaded only where a page shows `<majlis-ideas>`. */
/** The form to share an idea (issue 15), over the composer's editor and the guard: when a member opens it. */
const IDEA_FORM_MODULES = /src\/components\/ideas\/idea-form\.ts/;
const IDEAS_MODULES = /src\/components\/ideas\/(?!idea-form\.ts)|src\/core\/(idea-store|i18n\/areas\/ideas)\.ts/;
/** Live sessions (issue 16): the element, its store calls and its texts, only where a page shows `<majlis-live-session>`. */
const LIVE_SESSION_MODULES = /src\/components\/live-session\/(?!session-ask-form\.ts)|src\/core\/(live-session-store|i18n\/areas\/liveSession)\.ts/;
/** The session's ask form (issue 16), over the composer's editor and the guard: when a member first focuses it. */
const SESSION_ASK_FORM_MODULES = /src\/components\/live-session\/session-ask-form\.ts/;
/** The form styles the ideas and the live session share (both elements and their forms), apart from either. */
const FORM_STYLES_MODULES = /src\/components\/shared\/form\.styles\.ts/;
/**
 * Live updates (the live controller, the store's subscriptions and their texts): the thread and the
 * live session both use them, so they keep a chunk of their own rather than joining the live session's.
 */
const LIVE_UPDATES_MODULES = /src\/core\/(controllers\/live-controller|live|i18n\/areas\/live)\.ts/;
/** Live sessions' names and phase rule: the adapters use them too, so they sit beside the element's chunk. */
const LIVE_SESSION_NAMES_MODULES = /src\/core\/live-session-names\.ts/;
/** The texts of refusals (flood limits, suspension, edit window): with every element that writes, apart from them. */
/** A thread's schema.org JSON-LD (issue 18, search engines): only for a thread with `structured-data`. */
const STRUCTURED_DATA_MODULES = /src\/core\/structured-data\.ts|src\/components\/thread\/thread-structured-data\.ts/;
const REFUSAL_MODULES = /src\/core\/i18n\/areas\/refusals\.ts/;
/** The texts of configuration problems: fetched only when an element still has no data source after the page loaded. */
const CONFIG_TEXT_MODULES = /src\/core\/i18n\/areas\/config\.ts/;

const LEADERBOARD_MODULES =
  /src\/components\/leaderboard\/|src\/core\/(controllers\/leaderboard-controller|i18n\/areas\/leaderboard)\.ts/;
/** The moderation queue: staff's element, its data and its texts, loaded only where a page shows it. */
const QUEUE_MODULES =
  /src\/components\/moderation-queue\/|src\/core\/(controllers\/moderation-queue-controller|i18n\/areas\/queue)\.ts/;
/** What the leaderboard, the board and the author card share: rank and badge names, the badge list, badge announcements. */
/** Recognition's rules and helpers (ranks, badges, periods): what the adapters and the elements that explain them share. */
const RULES_MODULES = /src\/core\/recognition\.ts/;
/**
 * Moderation's names and defaults (issue 13): the adapters, the queue and the post's menu and editor share them, in a
 * chunk of their own (else the menu's group would take them in, and the adapters would import the menu's chunk).
 */
const MODERATION_NAMES_MODULES = /src\/core\/moderation-names\.ts/;
/**
 * The names of ideas and of the care figures (issues 15, 16): the adapters use them too, so they sit beside the
 * elements' chunks, never in them (an adapter importing the ideas chunk would load the board, the thread and the
 * composer with it).
 */
const IDEA_NAMES_MODULES = /src\/core\/idea-names\.ts/;
const CARE_NAMES_MODULES = /src\/core\/care-names\.ts/;
const RECOGNITION_MODULES =
  /src\/components\/shared\/recognition\.ts|src\/core\/(controllers\/badge-announcer|i18n\/areas\/recognition)\.ts/;

// `react` and `@lit/react`: optional peers, for the `majlis/react` entry only.
const runtimeDependencies = [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, '@floating-ui/dom', 'marked', 'dompurify', /^react(\/|$)/];

/**
 * The standalone build's second minifier pass: terser (two compress passes) over each chunk after the bundler's
 * own minifier, which leaves ≈ 0.7 KB brotli on a writer's page that terser finds (issue 11, measured per chunk).
 * The chunk's source map goes through terser too, so `npm run size -- --modules` and stack traces stay right.
 * The npm library is left to its users' minifiers.
 */
function terserPass(): Plugin {
  return {
    name: 'majlis:terser-pass',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const mapAsset = bundle[`${chunk.fileName}.map`];
        const result = await minify(chunk.code, {
          module: true,
          ecma: 2020,
          compress: { passes: 2 },
          format: { comments: false },
          sourceMap: chunk.map ? { content: JSON.stringify(chunk.map), includeSources: true, asObject: true } : false,
        });
        if (!result.code || result.code.length >= chunk.code.length) continue;
        chunk.code = result.code;
        if (mapAsset?.type === 'asset' && result.map) {
          mapAsset.source = JSON.stringify({ ...(result.map as object), file: chunk.fileName });
        }
      }
    },
  };
}

/**
 * The standalone entry once more as `majlis.<hash>.bundle.js`, named by a hash of its content (issue 18): a page that
 * names it can serve it with a long cache lifetime, as every chunk it imports is hashed too; `majlis.bundle.js` stays
 * the one stable name (served with revalidation). A page loads one of the two, never both.
 */
function hashedEntry(): Plugin {
  return {
    name: 'majlis:hashed-entry',
    generateBundle(_options, bundle) {
      const entry = bundle['majlis.bundle.js'];
      if (entry?.type !== 'chunk') return;
      const hash = createHash('sha256').update(entry.code).digest('hex').slice(0, 10);
      this.emitFile({ type: 'asset', fileName: `majlis.${hash}.bundle.js`, source: entry.code });
    },
  };
}

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
        react: 'src/react.ts',
        markdown: 'src/core/markdown-parse.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // `majlis/react` imports the main entry itself (dist/index.js, which package.json's `sideEffects` keeps), so
      // the elements' definitions stay there instead of moving into a chunk the two would share.
      external: (id, importer) =>
        runtimeDependencies.some((dependency) => (typeof dependency === 'string' ? id === dependency : dependency.test(id))) ||
        (id === './index.js' && Boolean(importer?.endsWith('src/react.ts'))),
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
  plugins: [minifyLiterals(), packCatalogs(), terserPass(), hashedEntry()],
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
        // runs, the thread element included (from the entry, the ~50 core bindings it uses cost ≈ 0.45 KB brotli
        // of import/export glue; the adapters' entries, which import `core` too, only come with the bundle);
        // `thread` is what a thread needs for its content (Markdown, posts, kudos, authors); `accept` loads only
        // for a viewer who may accept an answer (the asker, staff); `search` (the list's search and the
        // in-browser adapter's) only where a list or that adapter is; `composer` (the answer form and the
        // Markdown editor it shares with the ask form) loads only for a viewer who may answer; `popover`
        // (Floating UI) on the first hover or focus of an author; `board` (list, ask form, router) only where a
        // board is on the page; `recognition` (rules, ranks, badges, periods) with an adapter's leaderboard or an
        // element that explains reputation.
        codeSplitting: {
          groups: [
            { name: 'core', priority: 2, test: CORE_MODULES },
            // Before `recognition`: the in-browser adapter imports the rules without the elements' texts.
            { name: 'rules', priority: 2, test: RULES_MODULES },
            { name: 'time-zone', priority: 3, test: TIME_ZONE_MODULES },
            { name: 'guard', priority: 2, test: GUARD_MODULES },
            { name: 'thread', priority: 1, test: THREAD_MODULES },
            { name: 'markdown', priority: 1, test: MARKDOWN_PARSE_MODULES },
            { name: 'elements', priority: 1, test: ELEMENTS_MODULES },
            { name: 'composer', priority: 1, test: COMPOSER_MODULES },
            { name: 'accept', priority: 1, test: ACCEPT_MODULES },
            { name: 'post-state', priority: 2, test: POST_STATE_MODULES },
            { name: 'detect-language', priority: 2, test: DETECT_LANGUAGE_MODULES },
            { name: 'handoff', priority: 2, test: HANDOFF_MODULES },
            { name: 'search', priority: 1, test: SEARCH_MODULES },
            { name: 'popover', priority: 1, test: POPOVER_MODULES },
            { name: 'board', priority: 1, test: BOARD_MODULES },
            { name: 'leaderboard', priority: 1, test: LEADERBOARD_MODULES },
            { name: 'post-actions', priority: 1, test: POST_ACTIONS_MODULES },
            { name: 'post-editor', priority: 1, test: POST_EDITOR_MODULES },
            { name: 'follow', priority: 1, test: FOLLOW_MODULES },
            { name: 'care', priority: 1, test: CARE_MODULES },
            { name: 'share', priority: 1, test: SHARE_MODULES },
            { name: 'ideas', priority: 1, test: IDEAS_MODULES },
            { name: 'idea-form', priority: 1, test: IDEA_FORM_MODULES },
            { name: 'form-styles', priority: 2, test: FORM_STYLES_MODULES },
            { name: 'live-session', priority: 1, test: LIVE_SESSION_MODULES },
            { name: 'session-ask-form', priority: 1, test: SESSION_ASK_FORM_MODULES },
            { name: 'refusals', priority: 2, test: REFUSAL_MODULES },
            { name: 'config', priority: 2, test: CONFIG_TEXT_MODULES },
            { name: 'structured-data', priority: 1, test: STRUCTURED_DATA_MODULES },
            { name: 'moderation', priority: 1, test: QUEUE_MODULES },
            // Above the queue, which imports it: the adapters need the names without the queue.
            { name: 'moderation-names', priority: 2, test: MODERATION_NAMES_MODULES },
            { name: 'idea-names', priority: 2, test: IDEA_NAMES_MODULES },
            { name: 'care-names', priority: 2, test: CARE_NAMES_MODULES },
            { name: 'live-session-names', priority: 2, test: LIVE_SESSION_NAMES_MODULES },
            { name: 'live-controller', priority: 2, test: LIVE_UPDATES_MODULES },
            // Above it: the topic rules, which the REST adapter's live updates share.
            { name: 'live', priority: 3, test: /src\/core\/contract\/live\.ts/ },
            // Above the popover and the board, which import it: a group takes its modules' imports along.
            { name: 'recognition', priority: 2, test: RECOGNITION_MODULES },

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
