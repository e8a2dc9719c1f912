import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

const noFocusedOrSkippedTests = [
  {
    selector: "CallExpression[callee.object.name=/^(it|describe|context)$/][callee.property.name=/^(only|skip)$/]",
    message: 'Focused or skipped tests hide failures: fix the test instead.',
  },
  { selector: "CallExpression[callee.name=/^x(it|describe)$/]", message: 'Skipped tests hide failures.' },
];

const htmlOnlyThroughMarkdown = {
  paths: [
    { name: 'lit/directives/unsafe-html.js', message: 'User text becomes HTML only in src/core/markdown.ts.' },
    { name: 'lit-html/directives/unsafe-html.js', message: 'User text becomes HTML only in src/core/markdown.ts.' },
  ],
};

/**
 * The layering of docs/ARCHITECTURE.md: what each layer of src/ must never import, statically or with import().
 * Layers meet only through src/core's types and the store; src/index.ts (not linted by these zones) wires them.
 */
const coreNeverImports = {
  components: 'src/core (the store, controllers, contract) never imports elements. See docs/ARCHITECTURE.md.',
  adapters:
    'src/core never imports a concrete adapter: it speaks CommunityAdapter, and src/index.ts registers adapters. See docs/ARCHITECTURE.md.',
};
const layers = [
  {
    files: ['src/components/**/*.ts'],
    forbidden: {
      adapters: 'Elements never import an adapter: they reach data through the store (StoreController). See docs/ARCHITECTURE.md.',
    },
  },
  { files: ['src/core/**/*.ts'], forbidden: coreNeverImports },
  {
    files: ['src/adapters/**/*.ts', 'src/testing/**/*.ts'],
    forbidden: { components: 'Adapters and the conformance suite never import elements. See docs/ARCHITECTURE.md.' },
  },
];
// A path segment (`../../adapters/rest.js`); esquery regexes cannot hold a literal slash, hence \x2F.
const layerImportPatterns = (forbidden) =>
  Object.entries(forbidden).map(([folder, message]) => ({ regex: `(^|/)${folder}/`, message }));
const layerDynamicImports = (forbidden) =>
  Object.entries(forbidden).map(([folder, message]) => ({
    selector: `ImportExpression[source.value=/(^|\\x2F)${folder}\\x2F/]`,
    message,
  }));

const noRawHtml = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Build DOM with lit templates; Markdown goes through src/core/markdown.ts.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Build DOM with lit templates.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'examples/*/dist/**', 'node_modules/**', 'custom-elements.json', 'server/.data/**', 'docs-site/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { window: 'readonly', document: 'readonly', console: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', htmlOnlyThroughMarkdown],
      'no-restricted-syntax': ['error', ...noRawHtml, ...noFocusedOrSkippedTests],
    },
  },
  ...layers.map(({ files, forbidden }) => ({
    files,
    rules: {
      'no-restricted-imports': ['error', { ...htmlOnlyThroughMarkdown, patterns: layerImportPatterns(forbidden) }],
      'no-restricted-syntax': ['error', ...noRawHtml, ...noFocusedOrSkippedTests, ...layerDynamicImports(forbidden)],
    },
  })),
  {
    // The one place user text becomes HTML; the layering of src/core still holds.
    files: ['src/core/markdown.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: layerImportPatterns(coreNeverImports) }],
      'no-restricted-syntax': ['error', ...noFocusedOrSkippedTests, ...layerDynamicImports(coreNeverImports)],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // @open-wc/semantic-dom-diff types chai's `equal` as returning a Promise, which floods this rule;
      // the async assertion that matters (axe) is required to be awaited below instead.
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': [
        'error',
        ...noFocusedOrSkippedTests,
        {
          selector: "ExpressionStatement > CallExpression > MemberExpression.callee[property.name='accessible']",
          message: 'Await the accessibility check: `await expect(el).to.be.accessible()`.',
        },
      ],
    },
  },
  {
    // The reference server runs on Node, not in a page.
    files: ['server/**/*.ts'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      // node:test's describe/it return promises the runner itself tracks.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] }] },
      ],
    },
  },
  {
    // Without a message, a failing assert.ok(expr) makes Node read the test's source to describe expr; under tsx the
    // reported position is in the one-line transpiled code, and that search spins at 100% CPU instead of failing.
    files: ['server/test/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...noRawHtml,
        ...noFocusedOrSkippedTests,
        {
          selector: "CallExpression[callee.object.name='assert'][callee.property.name='ok'][arguments.length<2]",
          message: 'Give assert.ok a message: without one a failure hangs the server tests (see eslint.config.js).',
        },
        {
          selector: "CallExpression[callee.name='assert'][arguments.length<2]",
          message: 'Give assert a message: without one a failure hangs the server tests (see eslint.config.js).',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly', fetch: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', Buffer: 'readonly', performance: 'readonly' },
    },
  },
);
