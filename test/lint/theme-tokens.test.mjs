// The theme tokens are documented in three places that must agree: THEME_TOKENS (src/styles/tokens.styles.ts, which
// the browser test test/styles/tokens.test.ts holds every style to), MajlisElement's @cssprop list (the Custom
// Elements Manifest) and README's theming table. Run with `node --test test/lint/theme-tokens.test.mjs`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const names = (text, pattern) => [...text.matchAll(pattern)].map((m) => m[1]);

describe('theme tokens documentation', () => {
  const source = read('src/styles/tokens.styles.ts');
  const tokens = names(source.slice(source.indexOf('THEME_TOKENS'), source.indexOf('] as const')), /'(--majlis-[\w-]+)'/g);

  it('THEME_TOKENS is not empty', () => {
    assert.ok(tokens.length > 20, `THEME_TOKENS has ${tokens.length} tokens`);
  });

  it('MajlisElement documents each token with @cssprop, in the same order', () => {
    assert.deepEqual(names(read('src/core/element.ts'), /@cssprop \[(--majlis-[\w-]+)/g), tokens);
  });

  it('README’s theming table lists each token, in the same order', () => {
    const readme = read('README.md');
    const theming = readme.slice(readme.indexOf('## Theming'), readme.indexOf('## Size'));
    assert.deepEqual(names(theming, /^\| `(--majlis-[\w-]+)` \|/gm), tokens);
  });

  it('every token has a private local in the token styles', () => {
    const locals = source.slice(source.indexOf('css`'));
    assert.deepEqual(tokens.filter((token) => !locals.includes(`var(${token}`)), []);
  });
});
