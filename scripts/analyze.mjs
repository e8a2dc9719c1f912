// npm run analyze (part of `npm run build`): custom-elements.json from the elements' JSDoc, and from it the
// `majlis/react` entry (src/react.ts), rewritten only when it changed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REACT_ENTRY, analyze, elementsOf, reactSource, root } from './manifest.mjs';

const manifest = await analyze({ write: true });
const path = join(root, REACT_ENTRY);
const source = reactSource(elementsOf(manifest));
if (!existsSync(path) || readFileSync(path, 'utf8') !== source) {
  writeFileSync(path, source);
  console.log(`${REACT_ENTRY} regenerated from the manifest`);
}
