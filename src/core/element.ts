import { LitElement } from 'lit';
import { LocalizeController } from './controllers/localize-controller.js';
import { VERSION } from './define.js';
import { messagesChanged } from './i18n/index.js';
import type { DeepPartial, Messages } from './i18n/index.js';
import { hasLazyElements, loadElementsWithin } from './lazy.js';

// Re-exported for the test files that register their elements through this module; it lives in ./define.ts.
export { defineOnce } from './define.js';

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

  private ownMessages: DeepPartial<Messages> | undefined;

  /**
   * Strings this element and the Majlis elements inside it show instead of the catalog's, in every language:
   * any part of the catalog, e.g. `{ common: { retry: 'Try once more' } }` (an element's own win over its
   * ancestors'). For one language, use `registerMessages(locale, messages)` or `configure({ messages })`.
   */
  get messages(): DeepPartial<Messages> | undefined {
    return this.ownMessages;
  }

  set messages(messages: DeepPartial<Messages> | undefined) {
    this.ownMessages = messages;
    messagesChanged();
  }

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
