// What the standalone build's template minifier (scripts/minify-literals.ts) does to css`` and html`` text: it
// drops whitespace no browser reads and keeps every space that means something (the descendant combinator, the
// text between elements). Run with `node --test test/lint/minify-literals.test.mjs`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The plugin is TypeScript: compiled to a module under node_modules/.cache, where its imports resolve.
const cache = `${root}node_modules/.cache/majlis-tests`;
mkdirSync(cache, { recursive: true });
const { outputFiles } = await build({
  entryPoints: [`${root}scripts/minify-literals.ts`],
  bundle: true,
  packages: 'external',
  format: 'esm',
  platform: 'node',
  write: false,
});
writeFileSync(`${cache}/minify-literals.mjs`, outputFiles[0].text);
const { minifyTemplates } = await import(`${cache}/minify-literals.mjs`);

const minified = (code) => minifyTemplates(code, 'fake.ts').toString();

describe('css templates', () => {
  it('lose the whitespace around declarations and inside parentheses, and at the sheet’s ends', () => {
    const code = 'const s = css`\n  :host {\n    margin-inline: calc( var(--_space) * 0.5 ) !important;\n  }\n`;';
    assert.equal(minified(code), 'const s = css`:host{margin-inline:calc(var(--_space) * 0.5)!important}`;');
  });

  it('keep the descendant combinator before a pseudo-class, a universal selector and after a parenthesis', () => {
    const code = 'const s = css`:host(:hover) .a :focus-visible, .b * { color: red; }`;';
    assert.equal(minified(code), 'const s = css`:host(:hover) .a :focus-visible,.b *{color:red}`;');
  });

  it('keep the spaces beside an expression', () => {
    const code = 'const s = css`.a ${x} .b { color: ${y}; }`;';
    assert.equal(minified(code), 'const s = css`.a ${x} .b{color:${y}}`;');
  });
});

describe('html templates', () => {
  it('lose the space before a tag’s end after a quoted attribute, and keep the text’s spaces', () => {
    const code = 'const t = html`\n  <span role="alert"\n  >${x}</span\n  > <b>a > b</b>\n`;';
    assert.equal(minified(code), 'const t = html` <span role="alert">${x}</span > <b>a > b</b> `;');
  });
});
