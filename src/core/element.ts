import { LitElement } from 'lit';
import type { PropertyDeclarations } from 'lit';
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
 * @cssprop [--majlis-color-on-accent=light-dark(#ffffff, #0b1d3a)] - Text on accent backgrounds.
 * @cssprop [--majlis-color-surface=Canvas] - Background of cards and controls (the page's, by default).
 * @cssprop [--majlis-color-text=CanvasText] - Text.
 * @cssprop [--majlis-color-muted] - Secondary text (times, counts, hints); 70 % text over the surface.
 * @cssprop [--majlis-color-border] - Borders of cards and separators.
 * @cssprop [--majlis-color-control-border] - Borders of text fields and menus (3:1 against the surface).
 * @cssprop [--majlis-color-subtle] - Quiet backgrounds (code, skeletons, hovered chips).
 * @cssprop [--majlis-color-success=light-dark(#146c2e, #6dd58c)] - The accepted-solution marker.
 * @cssprop [--majlis-color-warning=light-dark(#8a4b00, #ffb870)] - Warnings (personal data in a text).
 * @cssprop [--majlis-color-danger=light-dark(#b3261e, #f2b8b5)] - Errors.
 * @cssprop [--majlis-color-focus] - The focus ring; the accent by default.
 * @cssprop [--majlis-focus-ring-width=2px] - The focus ring's width.
 * @cssprop [--majlis-radius=0.5rem] - Corner radius of cards, fields and buttons.
 * @cssprop [--majlis-radius-small=0.25rem] - Corner radius of small pieces (code, tags).
 * @cssprop [--majlis-space=1rem] - Base spacing unit; every gap and padding is a multiple of it.
 * @cssprop [--majlis-font-family=inherit] - Font; inherits the page's by default.
 * @cssprop [--majlis-font-size=1rem] - Base font size.
 * @cssprop [--majlis-font-size-x-small=0.8125em] - Fine print (times, counts).
 * @cssprop [--majlis-font-size-small=0.875em] - Secondary text, buttons, badges.
 * @cssprop [--majlis-font-size-large=1.125em] - Answer counts and section headings.
 * @cssprop [--majlis-font-size-x-large=1.375em] - A question's title.
 * @cssprop [--majlis-font-weight-strong=600] - Names, buttons, labels.
 * @cssprop [--majlis-font-weight-heading=700] - Titles and headings.
 * @cssprop [--majlis-line-height=1.5] - Line height of running text.
 * @cssprop [--majlis-shadow] - Elevation of popovers, menus and dialogs.
 * @cssprop [--majlis-duration=120ms] - Length of transitions (none when the reader prefers reduced motion).
 * @cssprop [--majlis-easing=ease] - Timing function of transitions.
 */
export class MajlisElement extends LitElement {
  static readonly version = VERSION;
  static override properties: PropertyDeclarations = { theme: { reflect: true } };

  /**
   * The colour scheme of this element and the Majlis elements inside it: `light`, `dark` or `auto` (the reader's
   * system setting), on its own surface. Unset, it follows the page's `color-scheme` (set that on any ancestor of
   * your own, e.g. `style="color-scheme: dark"`).
   */
  theme: 'light' | 'dark' | 'auto' | undefined;

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
