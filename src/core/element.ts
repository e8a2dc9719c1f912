import { LitElement } from 'lit';
import { LocalizeController } from './controllers/localize-controller.js';
import { hasLazyElements, loadElementsWithin } from './lazy.js';

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

/**
 * Base class of every Majlis element: the locale and direction of the element or its ancestors
 * (`this.localize`), and the library version. Every element reads the global theme tokens below
 * (see `src/styles/tokens.styles.ts`).
 *
 * @cssprop [--majlis-color-accent=light-dark(#0b57d0, #8ab4f8)] - Links, pressed toggles, primary buttons.
 * @cssprop [--majlis-color-on-accent] - Text on accent backgrounds.
 * @cssprop [--majlis-color-surface=Canvas] - Background of cards and controls.
 * @cssprop [--majlis-color-text=CanvasText] - Text.
 * @cssprop [--majlis-color-muted] - Secondary text (times, counts, hints).
 * @cssprop [--majlis-color-border] - Borders and separators.
 * @cssprop [--majlis-color-subtle] - Quiet backgrounds (code, skeletons).
 * @cssprop [--majlis-color-success] - The accepted-solution marker.
 * @cssprop [--majlis-color-danger] - Errors.
 * @cssprop [--majlis-radius=0.5rem] - Corner radius.
 * @cssprop [--majlis-space=1rem] - Base spacing unit.
 * @cssprop [--majlis-font-family=inherit] - Font; inherits the page's by default.
 * @cssprop [--majlis-font-size=1rem] - Base font size.
 */
export class MajlisElement extends LitElement {
  static readonly version = VERSION;

  protected readonly localize = new LocalizeController(this);

  constructor() {
    super();
    // Lazily loaded elements (the composer, later views) are fetched once they appear in a render.
    this.addController({
      hostUpdated: () => {
        if (hasLazyElements()) loadElementsWithin(this.renderRoot);
      },
    });
  }
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
