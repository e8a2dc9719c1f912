// What the build generates from the manifest (scripts/manifest.mjs) follows the elements: the committed `majlis/react`
// entry (src/react.ts) is what the manifest gives today, every element declared in HTMLElementTagNameMap has its React
// component and its editor data. Run with `node --test test/lint/generated.test.mjs` (part of `npm run lint`); CI also
// fails when `npm run build` (which regenerates src/react.ts) left it different from the committed file (.ci/run).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REACT_ENTRY, analyze, attributeValues, elementsOf, eventProp, reactSource, root, vscodeData, webTypes } from '../../scripts/manifest.mjs';

/** Every tag the components declare in HTMLElementTagNameMap (the public elements). */
function declaredTags() {
  const tags = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const map = /interface HTMLElementTagNameMap \{([^}]*)\}/.exec(readFileSync(join(root, path), 'utf8'))?.[1] ?? '';
        for (const [, tag] of map.matchAll(/'(majlis-[a-z-]+)'/g)) tags.add(tag);
      }
    }
  };
  walk('src/components');
  return [...tags].sort();
}

describe('generated from the manifest', () => {
  let elements;
  before(async () => {
    elements = elementsOf(await analyze());
  });

  it('src/react.ts is up to date (run `npm run analyze` and commit it)', () => {
    assert.equal(readFileSync(join(root, REACT_ENTRY), 'utf8'), reactSource(elements), `${REACT_ENTRY} is stale`);
  });

  it('has every element declared in HTMLElementTagNameMap', () => {
    const tags = declaredTags();
    assert.ok(tags.length >= 19, `only ${tags.length} tags found`);
    assert.deepEqual(elements.map((element) => element.tagName), tags, 'the manifest misses an element (its @tag or JSDoc?)');
    const react = readFileSync(join(root, REACT_ENTRY), 'utf8');
    for (const element of elements) {
      assert.match(react, new RegExp(`export const ${element.className} = createComponent\\(\\{\\n  react: React,\\n  tagName: '${element.tagName}'`), `no React component for ${element.tagName}`);
    }
  });

  it('gives the React components the events that reach them, typed', () => {
    const thread = elements.find((element) => element.tagName === 'majlis-thread');
    // The thread's own events, and a post's kudos from inside it.
    for (const name of ['majlis-login-request', 'majlis-vote', 'majlis-accept']) {
      assert.ok(thread.events.some((event) => event.name === name), `<majlis-thread> lacks ${name}`);
    }
    assert.equal(eventProp('majlis-login-request'), 'onMajlisLoginRequest');
    const community = elements.find((element) => element.tagName === 'majlis-community');
    assert.ok(community.properties.some((property) => property.name === 'adapter'), '<majlis-community> has no adapter property');
  });

  it('gives editors every element with its attributes, values, events, slots, parts and CSS properties', () => {
    const values = attributeValues(elements);
    const vscode = vscodeData(elements, values);
    const jetbrains = webTypes(elements, values, '0.0.0');
    const tags = declaredTags();
    assert.deepEqual(vscode.tags.map((tag) => tag.name), tags, 'VS Code data misses an element');
    assert.deepEqual(jetbrains.contributions.html.elements.map((element) => element.name), tags, 'web-types miss an element');
    const sort = vscode.tags.find((tag) => tag.name === 'majlis-thread').attributes.find((attribute) => attribute.name === 'sort');
    assert.deepEqual(sort.values.map((value) => value.name), ['votes', 'newest', 'oldest'], 'the sort attribute lists its values');
    assert.ok(sort.description.value.length > 10, 'the sort attribute is described');
    const thread = jetbrains.contributions.html.elements.find((element) => element.name === 'majlis-thread');
    assert.ok(thread.js.events.some((event) => event.name === 'majlis-login-request'), 'web-types list the events');
    assert.ok(thread.slots.some((slot) => slot.name === 'care'), 'web-types list the slots');
    assert.ok(thread.css.parts.some((part) => part.name === 'vote-button'), 'web-types list the parts');
    assert.ok(thread.css.properties.some((property) => property.name === '--majlis-color-accent'), 'web-types list the CSS properties');
    assert.ok(thread.attributes.some((attribute) => attribute.name === 'sort' && attribute.value.type === "'votes' | 'newest' | 'oldest'"), 'web-types give attribute values');
  });
});
