// The last step of `npm run build`: editor support from the manifest. dist/vscode.html-custom-data.json (VS Code's
// `html.customData`) and dist/web-types.json (JetBrains IDEs, package.json's `web-types`).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { attributeValues, elementsOf, root, vscodeData, webTypes } from './manifest.mjs';

const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const elements = elementsOf(manifest);
const values = attributeValues(elements);
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist/vscode.html-custom-data.json'), `${JSON.stringify(vscodeData(elements, values), null, 2)}\n`);
writeFileSync(join(root, 'dist/web-types.json'), `${JSON.stringify(webTypes(elements, values, version), null, 2)}\n`);
console.log(`editor data for ${elements.length} elements: dist/vscode.html-custom-data.json, dist/web-types.json`);
