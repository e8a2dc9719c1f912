// What `npm publish` would upload (`npm pack --dry-run --json`, after `npm run build`, made here when missing): the build, the manifest, the
// types, README, LICENSE and package.json, nothing else (no sources, tests, demo, server, declaration maps that point
// at sources left out); every entry of `exports` and `web-types` is in it; the standalone entry also under its hashed
// name. Run with `npm run test:package` (part of `npm test`).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ALLOWED = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^custom-elements\.json$/, /^dist\/.+\.(js|js\.map|d\.ts|json)$/];

describe('the npm package', () => {
  let files;
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  before(() => {
    // `npm test` on a fresh clone has no build yet (CI builds before it): make one.
    if (!existsSync(`${root}dist/majlis.bundle.js`)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
    files = report.files.map((file) => file.path);
  });

  it('holds only the build, the manifest, the types, README, LICENSE and package.json', () => {
    const unexpected = files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
    assert.deepEqual(unexpected, [], 'files that should not be published');
    for (const file of ['LICENSE', 'README.md', 'custom-elements.json', 'dist/types/index.d.ts']) assert.ok(files.includes(file), `${file} is missing`);
    assert.ok(!files.some((file) => file.endsWith('.d.ts.map')), 'declaration maps point at sources that are not published');
  });

  it('holds every file package.json points to', () => {
    const targets = [pkg.main, pkg.types, pkg.customElements, pkg['web-types'], ...Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)))];
    for (const target of targets) assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} is not in the package`);
  });

  it('has the standalone entry under one stable name and one hashed name, the same code', () => {
    const hashed = files.filter((file) => /^dist\/majlis\.[0-9a-f]{10}\.bundle\.js$/.test(file));
    assert.equal(hashed.length, 1, `hashed entries: ${hashed.join(', ') || 'none'}`);
    assert.equal(readFileSync(`${root}${hashed[0]}`, 'utf8'), readFileSync(`${root}dist/majlis.bundle.js`, 'utf8'), 'the hashed entry differs from majlis.bundle.js');
  });
});
