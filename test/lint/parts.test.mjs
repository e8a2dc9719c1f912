// <majlis-community> forwards every part of its views (src/components/community/community.ts, VIEW_PARTS): the list
// must follow their `@csspart` documentation. Run with `node --test test/lint/parts.test.mjs`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const documented = (path) => [...read(path).matchAll(/@csspart ([\w-]+)/g)].map((m) => m[1]);

describe('parts forwarded by <majlis-community>', () => {
  const source = read('src/components/community/community.ts');
  const forwarded = [...source.slice(source.indexOf('const VIEW_PARTS'), source.indexOf("].join(', ')")).matchAll(/'([\w-]+)'/g)].map((m) => m[1]);

  it('are exactly the parts its views document', () => {
    const views = ['thread/thread', 'question-list/question-list', 'ask-form/ask-form'].flatMap((view) => documented(`src/components/${view}.ts`));
    assert.deepEqual([...new Set(forwarded)].sort(), [...new Set(views)].sort());
  });

  it('are each listed once', () => {
    assert.equal(new Set(forwarded).size, forwarded.length, 'a part is listed twice');
  });
});
