import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type * as Detector from '../i18n/detect-language.js';
import type { Messages } from '../i18n/index.js';

/** The language detector, fetched when a writer first types (a page where no one writes never loads it). */
let detector: typeof Detector | undefined;
let loadingDetector: Promise<void> | undefined;

/** Fetches the detector (once; a failed fetch is tried again by the next call). */
export function loadLanguageDetector(): Promise<void> {
  loadingDetector ??= import('../i18n/detect-language.js').then(
    (module) => void (detector = module),
    (error: unknown) => {
      loadingDetector = undefined;
      throw error;
    },
  );
  return loadingDetector;
}

export interface LanguageHintOptions {
  /** The text written so far. */
  text(): string;
  /** The language selected for the text; undefined while no hint applies (nothing can be written yet). */
  selected(): string | undefined;
  /** The reader's language: what Latin text is taken for when its words do not tell. */
  readerLanguage(): string;
  /** The tag to offer for a detected language (e.g. the question's own `nl-BE` for `nl`); default: as detected. */
  prefer?(language: string): string;
  /** What the hint says, e.g. "The question is in French, but you seem to write in English". */
  describe(selected: string, suggestion: string): string;
  /** A language's name on the switch button. */
  languageName(tag: string): string;
  messages(): Pick<Messages['composer'], 'switchLanguage' | 'keepLanguage'>;
  /** The hint appeared or now suggests another language (announce `text`). */
  shown(text: string): void;
  /** The viewer switched to `suggestion` (`accepted`) or kept the selected language; the hint is gone. */
  resolved(suggestion: string, accepted: boolean): void;
}

/**
 * "You seem to be writing in another language": the hint under a text field (composer, ask form) offering
 * to switch the selected language to the one the text is written in, or to keep it. Recomputed before each
 * render; a kept language is not suggested again for the same pair until {@link reset}.
 */
export class LanguageHintController implements ReactiveController {
  /** The language the hint suggests now, if any. */
  suggestion: string | undefined;

  /** `selected>suggested` of the hint the viewer waved away. */
  private dismissed = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LanguageHintOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const previous = this.suggestion;
    const { options } = this;
    const selected = options.selected();
    const text = options.text();
    if (!detector && selected !== undefined && text.trim()) {
      // No hint until it is in; a failed fetch is tried again with the next keystroke.
      loadLanguageDetector().then(() => this.host.requestUpdate(), () => undefined);
    }
    const detected = selected === undefined || !detector ? undefined : detector.suggestLanguage(text, selected, options.readerLanguage());
    const suggestion = detected && (options.prefer?.(detected) ?? detected);
    this.suggestion = suggestion && this.dismissed !== `${selected}>${suggestion}` ? suggestion : undefined;
    if (this.suggestion && this.suggestion !== previous) options.shown(options.describe(selected!, this.suggestion));
  }

  /** Suggests again what the viewer waved away (a new draft, a posted text). */
  reset(): void {
    this.dismissed = '';
  }

  /** The hint with its two choices, or nothing when there is none. */
  render(): TemplateResult | typeof nothing {
    const { suggestion, options } = this;
    const selected = options.selected();
    if (!suggestion || selected === undefined) return nothing;
    const msg = options.messages();
    return html`<div part="language-hint" class="hint">
      <p>${options.describe(selected, suggestion)}</p>
      <button class="button" type="button" @click=${() => this.resolve(suggestion, true)}>
        ${msg.switchLanguage(options.languageName(suggestion))}
      </button>
      <button class="button button--quiet" type="button" @click=${() => this.resolve(suggestion, false)}>
        ${msg.keepLanguage}
      </button>
    </div>`;
  }

  private resolve(suggestion: string, accepted: boolean): void {
    if (!accepted) {
      this.dismissed = `${this.options.selected() ?? ''}>${suggestion}`;
      this.host.requestUpdate();
    }
    this.options.resolved(suggestion, accepted);
  }
}
