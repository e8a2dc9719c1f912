// The Custom Elements Manifest (custom-elements.json) and what is generated from it: the `majlis/react` entry
// (src/react.ts, committed, checked by test/lint/generated.test.mjs), the VS Code custom data and the JetBrains
// web-types (dist/, at the end of `npm run build`). One reading of the manifest serves all three.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import ts from 'typescript';

export const root = fileURLToPath(new URL('../', import.meta.url));
export const REACT_ENTRY = 'src/react.ts';

/** `cem analyze` as `npm run analyze` runs it; the manifest in memory (`write`: also to custom-elements.json). */
export async function analyze({ write = false } = {}) {
  const argv = ['analyze', '--litelement', '--quiet', '--globs', 'src/**/*.ts', '--exclude', 'src/testing/**', '--exclude', REACT_ENTRY];
  return cli({ argv, cwd: root, noWrite: !write });
}

const read = (path) => readFileSync(join(root, path), 'utf8');

/** The event names `src/core/events.ts` declares in `GlobalEventHandlersEventMap` (the typed Majlis events). */
export function typedEventNames() {
  const map = /interface GlobalEventHandlersEventMap \{([\s\S]*?)\n {2}\}/.exec(read('src/core/events.ts'))?.[1] ?? '';
  return new Set([...map.matchAll(/'(majlis-[a-z-]+)':/g)].map((match) => match[1]));
}

/**
 * The `majlis-*` tags an element renders: in its module's templates and in the modules of its folder that it imports
 * (statically or lazily), transitively, comments left out. Another element's module in the same folder is not
 * followed: what that element renders reaches this one only if it renders that element.
 */
function renderedTags(modulePath, ownTag, elementModules) {
  const folder = dirname(modulePath);
  const tags = new Set();
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = read(path).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const [, tag] of code.matchAll(/<(majlis-[a-z-]+)[\s>]/g)) if (tag !== ownTag) tags.add(tag);
    for (const [, name] of code.matchAll(/(?:from|import\()\s*'\.\/([a-z0-9-]+)\.js'/g)) {
      const next = join(folder, `${name}.ts`);
      if (!name.endsWith('.styles') && !elementModules.has(next)) visit(next);
    }
  };
  visit(modulePath);
  return tags;
}

const isPublicField = (member) =>
  member.kind === 'field' && !member.static && member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('_');

const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());

/**
 * Every public element of the manifest (a declaration with a tag): its attributes, properties, own events
 * (`@fires`, Majlis' only), the events that reach it from the elements it renders (they bubble and cross shadow
 * roots), slots, parts and CSS custom properties (the global tokens of MajlisElement included).
 */
export function elementsOf(manifest) {
  const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ ...declaration, modulePath: module.path })));
  const base = declarations.find((declaration) => declaration.name === 'MajlisElement');
  const typed = typedEventNames();
  const elementModules = new Set(declarations.filter((declaration) => declaration.customElement && declaration.tagName).map((declaration) => declaration.modulePath));
  const elements = declarations
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => {
      const ownEvents = new Map();
      for (const event of declaration.events ?? []) {
        if (!event.name?.startsWith('majlis-')) continue;
        if (!typed.has(event.name)) throw new Error(`${declaration.tagName} fires ${event.name}, which src/core/events.ts does not declare in GlobalEventHandlersEventMap`);
        if (!ownEvents.has(event.name) || !ownEvents.get(event.name).description) ownEvents.set(event.name, { name: event.name, description: event.description ?? '' });
      }
      return {
        tagName: declaration.tagName,
        className: declaration.name,
        modulePath: declaration.modulePath,
        summary: (declaration.summary ?? declaration.description ?? '').replace(/\s+/g, ' ').trim(),
        attributes: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          fieldName: attribute.fieldName,
          type: attribute.type?.text ?? 'string',
          default: attribute.default,
          description: attribute.description ?? '',
        })),
        properties: (declaration.members ?? []).filter(isPublicField).map((member) => ({
          name: member.name,
          type: member.type?.text ?? 'unknown',
          description: member.description ?? '',
          attribute: member.attribute,
        })),
        ownEvents: [...ownEvents.values()],
        rendered: renderedTags(declaration.modulePath, declaration.tagName, elementModules),
        slots: declaration.slots ?? [],
        cssParts: declaration.cssParts ?? [],
        ownCssProperties: declaration.cssProperties ?? [],
        cssProperties: [...(declaration.cssProperties ?? []), ...(base?.cssProperties ?? [])].filter(
          (property, index, all) => all.findIndex((other) => other.name === property.name) === index,
        ),
      };
    })
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  // The events that reach an element: its own and, transitively, those of the elements it renders.
  const byTag = new Map(elements.map((element) => [element.tagName, element]));
  const reaching = (element, seen = new Set()) => {
    if (seen.has(element.tagName)) return [];
    seen.add(element.tagName);
    return [...element.ownEvents, ...[...element.rendered].flatMap((tag) => (byTag.has(tag) ? reaching(byTag.get(tag), seen) : []))];
  };
  for (const element of elements) {
    const events = new Map();
    for (const event of reaching(element)) if (!events.has(event.name)) events.set(event.name, event);
    element.events = [...events.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
  return elements;
}

/** `majlis-login-request` → `onMajlisLoginRequest`, the React prop of an event. */
export const eventProp = (name) => `on${pascal(name)}`;

/** src/react.ts: one `@lit/react` component per element, typed by the element's class and the global event map. */
export function reactSource(elements) {
  const classes = elements.map((element) => `  ${element.className} as ${element.className}Element,`).join('\n');
  const components = elements.map((element) => {
    const properties = element.properties.map((property) => `'${property.name}'`).join(', ');
    const events = element.events.map((event) => `    ${eventProp(event.name)}: '${event.name}' as EventName<GlobalEventHandlersEventMap['${event.name}']>,`);
    return `/** \`<${element.tagName}>\`: ${element.summary.replace(/\*\//g, '*\\/')} */
export const ${element.className} = createComponent({
  react: React,
  tagName: '${element.tagName}',
  elementClass: shape<${element.className}Element>('${element.className}', [${properties}]),
  events: {${events.length ? `\n${events.join('\n')}\n  ` : ''}},
});`;
  });
  return `// Generated from custom-elements.json by scripts/analyze.mjs (\`npm run build\`, \`npm run analyze\`): do not edit.
// test/lint/generated.test.mjs fails when this file is not what the manifest gives.
/**
 * \`majlis/react\`: every Majlis element as a React component (\`@lit/react\`): props are the element's properties
 * (set as properties, so \`adapter={…}\` passes the object itself), \`onMajlis…\` props its events and those of the
 * Majlis elements inside it (they bubble and cross shadow roots). Importing this module defines the elements.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import './index.js';
import type {
${classes}
} from './index.js';

/**
 * What \`@lit/react\` reads of an element's class: which props are properties (\`prop in prototype\`), from the
 * manifest, so that the lazily defined elements' code is not imported with this module.
 */
function shape<Element extends HTMLElement>(name: string, properties: readonly string[]): new () => Element {
  const prototype = Object.fromEntries(properties.map((property) => [property, undefined]));
  return { name, prototype } as unknown as new () => Element;
}

${components.join('\n\n')}
`;
}

/**
 * The string values an attribute takes, when its property's type is a union of string literals (aliases
 * resolved by the TypeScript checker over the elements' classes).
 */
export function attributeValues(elements) {
  const program = ts.createProgram([join(root, 'src/index.ts')], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    experimentalDecorators: true,
    useDefineForClassFields: false,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  });
  const checker = program.getTypeChecker();
  const values = new Map();
  for (const element of elements) {
    const source = program.getSourceFile(join(root, element.modulePath));
    let classType;
    source?.forEachChild((node) => {
      if (ts.isClassDeclaration(node) && node.name?.text === element.className) classType = checker.getTypeAtLocation(node);
    });
    for (const attribute of element.attributes) {
      const property = attribute.fieldName && classType?.getProperty(attribute.fieldName);
      if (!property) continue;
      const type = checker.getTypeOfSymbol(property);
      const parts = (type.isUnion() ? type.types : [type]).filter((part) => !(part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
      if (parts.length && parts.every((part) => part.isStringLiteral())) {
        values.set(`${element.tagName} ${attribute.name}`, parts.map((part) => part.value));
      }
    }
  }
  return values;
}

const markdownList = (title, items, format) => (items.length ? `\n\n**${title}:** ${items.map(format).join('; ')}` : '');
const oneLine = (text) => text.replace(/\s+/g, ' ').trim();
const markdown = (value) => ({ kind: 'markdown', value });

/** dist/vscode.html-custom-data.json, for VS Code's `html.customData`. */
export function vscodeData(elements, values) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: markdown(
        element.summary +
        markdownList('Events', element.ownEvents, (event) => `\`${event.name}\` ${oneLine(event.description)}`) +
        markdownList('Slots', element.slots, (slot) => `\`${slot.name || '(default)'}\` ${oneLine(slot.description ?? '')}`) +
        markdownList('Parts', element.cssParts, (part) => `\`${part.name}\``) +
        markdownList('CSS properties (besides the global `--majlis-*` tokens)', element.ownCssProperties, (property) => `\`${property.name}\``),
      ),
      attributes: element.attributes.map((attribute) => {
        const known = values.get(`${element.tagName} ${attribute.name}`);
        return {
          name: attribute.name,
          description: markdown(oneLine(attribute.description) + (attribute.default ? ` (default: \`${attribute.default}\`)` : '')),
          ...(known ? { values: known.map((name) => ({ name })) } : attribute.type === 'boolean' ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

/** dist/web-types.json, for JetBrains IDEs (package.json's `web-types`). */
export function webTypes(elements, values, version) {
  const cssProperties = elements.flatMap((element) => element.cssProperties);
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: 'majlis',
    version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: element.summary,
          attributes: element.attributes.map((attribute) => {
            const known = values.get(`${element.tagName} ${attribute.name}`);
            return {
              name: attribute.name,
              description: attribute.description,
              ...(attribute.default ? { default: attribute.default } : {}),
              value: attribute.type === 'boolean'
                ? { kind: 'no-value', type: 'boolean' }
                : { kind: 'plain', type: known ? known.map((value) => `'${value}'`).join(' | ') : attribute.type },
            };
          }),
          slots: element.slots.map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
          js: {
            properties: element.properties.map((property) => ({ name: property.name, type: property.type, description: property.description })),
            events: element.ownEvents.map((event) => ({ name: event.name, description: event.description })),
          },
          css: {
            parts: element.cssParts.map((part) => ({ name: part.name, description: part.description ?? '' })),
            properties: element.cssProperties.map((property) => ({ name: property.name, description: property.description ?? '' })),
          },
        })),
      },
      // The `--majlis-*` tokens in any style sheet (they are set on the page, not only on an element).
      css: {
        properties: cssProperties
          .filter((property, index) => cssProperties.findIndex((other) => other.name === property.name) === index)
          .map((property) => ({ name: property.name, description: property.description ?? '' })),
      },
    },
  };
}
