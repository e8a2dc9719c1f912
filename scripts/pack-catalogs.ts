/**
 * A Vite plugin that ships each built-in translation (`src/core/i18n/messages/<locale>.ts`, not `en`) as its
 * texts alone, in the order of the English catalog's keys, unpacked at load by `unpackMessages`
 * (src/core/i18n/packed.ts). The key names are ~0.7 KB brotli per locale chunk. The build fails when a
 * catalog's keys differ from English or it is not a plain literal the packer understands.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

const CATALOG = /\/src\/core\/i18n\/messages\/([a-z]{2}(?:-[A-Za-z]+)?)\.ts$/;

interface Catalog {
  /** Key path (`thread.sort.votes`) → source text of its value, in source order. */
  leaves: Map<string, string>;
  /** Where the catalog's object literal stands in the module (the rest of the module is kept as it is). */
  start: number;
  end: number;
  /** The catalog's variable (`fr`). */
  name: string;
  /** Whether the module declares anything else (`const NBSP = …`) its texts may use. */
  helpers: boolean;
}

function propertyName(property: ts.ObjectLiteralElementLike, source: ts.SourceFile, file: string): string {
  if (!ts.isPropertyAssignment(property)) {
    throw new Error(`${file}: only \`key: value\` entries can be packed, found \`${property.getText(source)}\``);
  }
  const { name } = property;
  if (!ts.isIdentifier(name) && !ts.isStringLiteral(name)) throw new Error(`${file}: unsupported key ${name.getText(source)}`);
  if (/^\d+$/.test(name.text)) throw new Error(`${file}: integer-like key "${name.text}" would change the key order`);
  return name.text;
}

function readCatalog(code: string, file: string): Catalog {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const [declaration] = statement.declarationList.declarations;
    if (!declaration?.initializer || !ts.isObjectLiteralExpression(declaration.initializer) || !ts.isIdentifier(declaration.name)) {
      continue;
    }
    const leaves = new Map<string, string>();
    const walk = (object: ts.ObjectLiteralExpression, prefix: string) => {
      for (const property of object.properties) {
        const path = prefix + propertyName(property, source, file);
        const value = (property as ts.PropertyAssignment).initializer;
        if (ts.isObjectLiteralExpression(value)) walk(value, `${path}.`);
        else leaves.set(path, value.getText(source));
      }
    };
    walk(declaration.initializer, '');
    const helpers = source.statements.some((other) => other !== statement && !ts.isImportDeclaration(other));
    return { leaves, start: declaration.initializer.getStart(source), end: declaration.initializer.getEnd(), name: declaration.name.text, helpers };
  }
  throw new Error(`${file}: no \`export const <locale>: Messages = { … }\` to pack`);
}

/** A translation's catalog, checked to have exactly the English keys. */
function checkedCatalog(code: string, file: string, english: Catalog): Catalog {
  const catalog = readCatalog(code, file);
  const missing = [...english.leaves.keys()].filter((key) => !catalog.leaves.has(key));
  const extra = [...catalog.leaves.keys()].filter((key) => !english.leaves.has(key));
  if (missing.length || extra.length) {
    throw new Error(`${file}: keys differ from English (missing: ${missing.join(', ') || '–'}; extra: ${extra.join(', ') || '–'})`);
  }
  return catalog;
}

/**
 * Areas of the catalogs that travel with their elements' chunks: each `src/core/i18n/areas/<name>.ts` gets the
 * English texts of its keys and loaders of their translations (`messages/<locale>.ts?area=<name>`, packed like
 * a catalog), and those keys leave every catalog. Only the composer's notice (shown by a thread in its place)
 * stays with the catalogs.
 */
const AREAS: Record<string, (key: string) => boolean> = {
  composer: (key) => key.startsWith('composer.') && !/^composer\.(signInPrompt|signIn|locked|cannotAnswer)$/.test(key),
  board: (key) => /^(community|questionList|askForm)\./.test(key),
  leaderboard: (key) => key.startsWith('leaderboard.'),
  recognition: (key) => key.startsWith('recognition.'),
  guard: (key) => key.startsWith('personalData.'),
  postActions: (key) => key.startsWith('postActions.'),
  refusals: (key) => key === 'error.retryAt' || key.startsWith('error.reasons.'),
  queue: (key) => key.startsWith('moderationQueue.'),
  live: (key) => key.startsWith('live.'),
  follow: (key) => key.startsWith('follow.'),
  care: (key) => key.startsWith('care.'),
  share: (key) => key.startsWith('share.'),
  postState: (key) => key.startsWith('postState.'),
  handoff: (key) => key.startsWith('handoff.'),
  post: (key) => /^post\.(answerBy|acceptedBy|acceptedByAsker|editedOn|moreActions|history)$|^thread\.share/.test(key),
  accept: (key) => key.startsWith('accept.'),
  ideas: (key) => key.startsWith('ideas.'),
  liveSession: (key) => key.startsWith('liveSession.'),
  config: (key) => key.startsWith('config.'),
};
const AREA_MODULE = /\/src\/core\/i18n\/areas\/(\w+)\.ts$/;
const areaOf = (key: string) => Object.keys(AREAS).find((area) => AREAS[area](key));

/** An object literal of the given leaves (key path → source text of the value), nested by path. */
function literal(leaves: [string, string][]): string {
  const root = new Map<string, unknown>();
  for (const [path, value] of leaves) {
    const keys = path.split('.');
    let node = root;
    for (const key of keys.slice(0, -1)) {
      if (!node.has(key)) node.set(key, new Map<string, unknown>());
      node = node.get(key) as Map<string, unknown>;
    }
    node.set(keys.at(-1)!, value);
  }
  const print = (node: Map<string, unknown>): string =>
    `{${[...node].map(([key, value]) => `${JSON.stringify(key)}: ${value instanceof Map ? print(value as Map<string, unknown>) : String(value)}`).join(',\n')}}`;
  return print(root);
}

/** A catalog's texts packed in the English order of `keys`. */
function packed(catalog: Catalog, keys: string[], shape = ''): string {
  return `unpackMessages([\n${keys.map((key) => catalog.leaves.get(key)!).join(',\n')}\n]${shape})`;
}

export function packCatalogs(): Plugin {
  let english: Catalog | undefined;
  const readEnglish = (dir: string) => (english ??= readCatalog(readFileSync(join(dir, 'en.ts'), 'utf8'), 'en.ts'));
  const keysOf = (area: string | undefined) => [...english!.leaves.keys()].filter((key) => areaOf(key) === area);
  return {
    name: 'majlis:pack-catalogs',
    transform(code, id) {
      const [file, query = ''] = id.split('?');
      const area = /(?:^|&)area=(\w+)/.exec(query)?.[1];
      const areaModule = AREA_MODULE.exec(file);
      if (areaModule) return addAreaTexts(code, id, areaModule[1]);
      const match = CATALOG.exec(file);
      if (!match) return null;
      readEnglish(dirname(file));
      let result: MagicString;
      if (match[1] === 'en') {
        // English without the areas' texts (they are in the areas' chunks).
        const catalog = readCatalog(code, id);
        result = new MagicString(code).overwrite(catalog.start, catalog.end, literal(keysOf(undefined).map((key) => [key, catalog.leaves.get(key)!])));
      } else if (area) {
        // One area's translations: a function of the area's English texts, which give the keys their order
        // (the module's own helpers, such as `NBSP`, stay beside it).
        const catalog = checkedCatalog(code, id, english!);
        result = new MagicString(code)
          .overwrite(catalog.start, catalog.end, `(shape) => ${packed(catalog, keysOf(area), ', shape')}`)
          .prepend(`import { unpackMessages } from '../packed.js';\n`)
          .append(`\nexport default ${catalog.name};\n`);
      } else {
        const catalog = checkedCatalog(code, id, english!);
        result = new MagicString(code).overwrite(catalog.start, catalog.end, packed(catalog, keysOf(undefined))).prepend(`import { unpackMessages } from '../packed.js';\n`);
      }
      return { code: result.toString(), map: result.generateMap({ hires: true, source: id }) };
    },
  };

  /** `catalogArea({}, {})` in an area module, filled with the area's English texts and its translations' loaders. */
  function addAreaTexts(code: string, id: string, area: string) {
    if (!AREAS[area]) throw new Error(`${id}: no area "${area}" in scripts/pack-catalogs.ts`);
    const dir = join(dirname(id), '../messages');
    const catalog = readEnglish(dir);
    // The English texts are copied into the area's module: they cannot use anything else en.ts declares.
    if (catalog.helpers) throw new Error(`${dir}/en.ts: declare nothing beside the catalog (its texts move to area modules)`);
    const locales = readdirSync(dir).filter((f) => /^[a-z]{2}(-[A-Za-z]+)?\.ts$/.test(f) && f !== 'en.ts').map((f) => f.slice(0, -3));
    const call = 'catalogArea({}, {})';
    const at = code.indexOf(call);
    if (at === -1) throw new Error(`${id}: expected \`${call}\` to fill in`);
    const loaders = locales.map((locale) => `${JSON.stringify(locale)}: () => import('../messages/${locale}.ts?area=${area}').then((m) => m.default(texts))`);
    const filled = `((texts) => catalogArea(texts, {${loaders.join(', ')}}))(${literal(keysOf(area).map((key) => [key, catalog.leaves.get(key)!]))})`;
    const result = new MagicString(code).overwrite(at, at + call.length, filled);
    return { code: result.toString(), map: result.generateMap({ hires: true, source: id }) };
  }
}
