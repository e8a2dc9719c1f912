/**
 * A Vite plugin that ships each built-in translation (`src/core/i18n/messages/<locale>.ts`, not `en`) as its
 * texts alone, in the order of the English catalog's keys, unpacked at load by `unpackMessages`
 * (src/core/i18n/packed.ts). The key names are ~0.7 KB brotli per locale chunk. The build fails when a
 * catalog's keys differ from English or it is not a plain literal the packer understands.
 */
import { readFileSync } from 'node:fs';
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
    return { leaves, start: declaration.initializer.getStart(source), end: declaration.initializer.getEnd() };
  }
  throw new Error(`${file}: no \`export const <locale>: Messages = { … }\` to pack`);
}

/** The packed module for a catalog: its texts in the English key order. */
export function packCatalog(code: string, file: string, english: Catalog): MagicString {
  const catalog = readCatalog(code, file);
  const missing = [...english.leaves.keys()].filter((key) => !catalog.leaves.has(key));
  const extra = [...catalog.leaves.keys()].filter((key) => !english.leaves.has(key));
  if (missing.length || extra.length) {
    throw new Error(`${file}: keys differ from English (missing: ${missing.join(', ') || '–'}; extra: ${extra.join(', ') || '–'})`);
  }
  const values = [...english.leaves.keys()].map((key) => catalog.leaves.get(key)!);
  const packed = `unpackMessages([\n${values.join(',\n')}\n])`;
  return new MagicString(code)
    .overwrite(catalog.start, catalog.end, packed)
    .prepend(`import { unpackMessages } from '../packed.js';\n`);
}

export function packCatalogs(): Plugin {
  let english: Catalog | undefined;
  return {
    name: 'majlis:pack-catalogs',
    transform(code, id) {
      const match = CATALOG.exec(id.split('?')[0]);
      if (!match || match[1] === 'en') return null;
      english ??= readCatalog(readFileSync(id.replace(CATALOG, '/src/core/i18n/messages/en.ts'), 'utf8'), 'en.ts');
      const result = packCatalog(code, id, english);
      return { code: result.toString(), map: result.generateMap({ hires: true, source: id }) };
    },
  };
}
