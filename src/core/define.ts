// The server's program reaches this file through RestAdapter, without the library's ambient vite-env.d.ts.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient declaration file has no module to import
/// <reference path="../vite-env.d.ts" />
/**
 * Registering elements: the library version, development warnings and {@link defineOnce}. Its own module so that
 * the base element and the lazy loader both use it without importing each other.
 */

/** The library version, compared by {@link defineOnce} when two copies meet on one page. */
export const VERSION = '0.1.0';

/** True in development builds (Vite replaces `import.meta.env.DEV`; unbundled sources count as development). */
export const DEV: boolean = import.meta.env?.DEV ?? true;

const warned = new Set<string>();

/** A development-only warning, printed once per message, naming the fix and the docs. */
export function devWarn(message: string): void {
  if (!DEV || warned.has(message)) return;
  warned.add(message);
  console.warn(`[majlis] ${message}`);
}

type MajlisElementClass = CustomElementConstructor & { version?: string };

function versionOf(element: CustomElementConstructor): string | undefined {
  return (element as MajlisElementClass).version;
}

/**
 * Defines a custom element unless that tag is already taken. A second copy of the same version is
 * skipped silently; another version (or another library) keeps the tag, with a development warning.
 */
export function defineOnce(tag: string, element: MajlisElementClass): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  const existingVersion = versionOf(existing);
  if (existing === element || existingVersion === element.version) return;
  devWarn(
    `<${tag}> is already defined by ${existingVersion ? `Majlis ${existingVersion}` : 'another script'}; ` +
      `this copy (Majlis ${element.version ?? 'unknown'}) is not used. Load Majlis once per page: https://github.com/majlis-community/majlis#install`,
  );
}
