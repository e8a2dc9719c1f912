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
const noRawHtml = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Build DOM with lit templates; Markdown goes through src/core/markdown.ts.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Build DOM with lit templates.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'custom-elements.json', 'server/.data/**'] },
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
  {
    files: ['src/core/markdown.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': ['error', ...noFocusedOrSkippedTests] },
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
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly', fetch: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
  },
);
