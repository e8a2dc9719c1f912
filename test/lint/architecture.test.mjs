// The architecture's rules, checked on Node as part of `npm run lint`: the ESLint zones of eslint.config.js refuse
// an import across layers (run through ESLint's API on small in-memory files with the project's config), and the
// modules of src/core import each other without a cycle. See docs/ARCHITECTURE.md.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The in-memory files are in no TypeScript project, so the type-aware rules (checked by `eslint .`) are off here.
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

/** The messages of the layering rules for `code` as if it were the file `path`. */
async function layerMessages(path, code) {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return result.messages
    .filter((message) => message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-syntax')
    .map((message) => message.message);
}

describe('the layering is enforced by lint', () => {
  const refusals = [
    {
      what: 'an element importing an adapter',
      path: 'src/components/thread/fake.ts',
      code: "import { MemoryAdapter } from '../../adapters/memory.js';\nexport const adapter = MemoryAdapter;\n",
      message: 'Elements never import an adapter',
    },
    {
      what: 'the store importing an element',
      path: 'src/core/store-fake.ts',
      code: "import { MajlisPost } from '../components/post/post.js';\nexport const post = MajlisPost;\n",
      message: 'src/core (the store, controllers, contract) never imports elements',
    },
    {
      what: 'a controller importing an element, type only',
      path: 'src/core/controllers/fake-controller.ts',
      code: "import type { MajlisThread } from '../../components/thread/thread.js';\nexport type Host = MajlisThread;\n",
      message: 'never imports elements',
    },
    {
      what: 'core importing a concrete adapter',
      path: 'src/core/fake.ts',
      code: "export { RestAdapter } from '../adapters/rest.js';\n",
      message: 'src/core never imports a concrete adapter',
    },
    {
      what: 'core loading a concrete adapter with import()',
      path: 'src/core/context-fake.ts',
      code: "export const load = () => import('../adapters/rest.js');\n",
      message: 'src/core never imports a concrete adapter',
    },
    {
      what: 'an adapter importing an element',
      path: 'src/adapters/memory/fake.ts',
      code: "import { MajlisThread } from '../../components/thread/thread.js';\nexport const thread = MajlisThread;\n",
      message: 'Adapters and the conformance suite never import elements',
    },
  ];
  for (const { what, path, code, message } of refusals) {
    it(`refuses ${what}`, async () => {
      const messages = await layerMessages(path, code);
      assert.ok(
        messages.some((text) => text.includes(message)),
        `expected a message containing "${message}", got ${JSON.stringify(messages)}`,
      );
    });
  }

  it('allows what the layering allows: elements and adapters importing core', async () => {
    assert.deepEqual(
      await layerMessages('src/components/thread/fake.ts', "export { storeFor } from '../../core/store.js';\n"),
      [],
    );
    assert.deepEqual(
      await layerMessages('src/adapters/memory/fake.ts', "export { MajlisError } from '../../core/adapter.js';\n"),
      [],
    );
  });
});

/** Every .ts file below `dir`. */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** The files a module imports at load time: static `import`/`export … from`, not `import type` or `import()`. */
function runtimeImports(file) {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm)];
  return specifiers.map(([, specifier]) => resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
}

/** The first import cycle among `files` (a list ending where it started), or null; `importsOf` lists a file's imports. */
function findCycle(files, importsOf) {
  const state = new Map(); // absent: not visited, 'open': on the current path, 'done': no cycle through it
  const path = [];
  const visit = (file) => {
    if (state.get(file) === 'done') return null;
    if (state.get(file) === 'open') return [...path.slice(path.indexOf(file)), file];
    state.set(file, 'open');
    path.push(file);
    for (const target of importsOf(file).filter((candidate) => files.includes(candidate))) {
      const cycle = visit(target);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(file, 'done');
    return null;
  };
  for (const file of files) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

describe('src/core', () => {
  it('has no import cycle', () => {
    const cycle = findCycle(sourceFiles(join(root, 'src/core')), runtimeImports);
    assert.equal(cycle?.map((file) => relative(root, file)).join(' → ') ?? null, null);
  });

  it('(the cycle check finds a cycle such as element.ts → lazy.ts → element.ts, as it was)', () => {
    const graph = { 'element.ts': ['controller.ts', 'lazy.ts'], 'controller.ts': [], 'lazy.ts': ['element.ts'] };
    assert.deepEqual(findCycle(Object.keys(graph), (file) => graph[file]), ['element.ts', 'lazy.ts', 'element.ts']);
    assert.equal(findCycle(['lazy.ts', 'define.ts'], (file) => (file === 'lazy.ts' ? ['define.ts'] : [])), null);
  });
});
