// README's parts and slots table is the elements' own `@csspart` and `@slot` documentation (scripts/readme-parts.mjs).
// Run with `node --test test/lint/readme-parts.test.mjs`; `node scripts/readme-parts.mjs --write` brings it up to date.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { elements, withTable } from '../../scripts/readme-parts.mjs';

describe("README's table of parts and slots", () => {
  it('is what the elements document', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    assert.ok(readme === withTable(readme), 'README.md is stale: run `node scripts/readme-parts.mjs --write`');
  });

  it('lists every element, each with its parts', () => {
    const found = elements();
    assert.ok(found.length >= 20, `expected every element, found ${found.length}`);
    for (const { tag, parts } of found) assert.ok(parts.length > 0, `<${tag}> documents no part`);
  });
});
