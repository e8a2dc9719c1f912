import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { formatList } from '../i18n/format.js';
import type { Formatters } from '../i18n/format.js';
import type { Messages } from '../i18n/index.js';
import type * as detectorModule from '../personal-data.js';
import type { PersonalDataKind, PersonalDataMatch } from '../personal-data.js';

type Detector = typeof detectorModule;

/** A text field the guard watches. */
export type GuardedField = 'title' | 'body';

/** A finding, in the field it is in. */
export interface GuardFinding extends PersonalDataMatch {
  field: GuardedField;
}

export interface PersonalDataGuardOptions {
  /** The texts to check, by field (the composer: its body; the ask form: title and body). */
  texts(): Partial<Record<GuardedField, string>>;
  /** Takes a field's text after "Mask them" (the host keeps it, and its draft). */
  replace(field: GuardedField, text: string): void;
  /** A field's control, focused after masking. */
  control(field: GuardedField): HTMLInputElement | HTMLTextAreaElement | null;
  messages(): Messages['personalData'];
  locale(): string;
  fmt(): Formatters;
  /** Announces politely: findings appeared while typing; masked. */
  announce(text: string): void;
  /** "Post anyway": the host submits again; {@link PersonalDataController.allowed} is now true. */
  postAnyway(): void;
}

type GuardHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** How long typing pauses before the text is checked. */
export const GUARD_DEBOUNCE_MS = 400;

let detector: Promise<Detector> | undefined;

/** The detector and its texts: a chunk of their own, fetched the first time a text with digits or an @ is checked. */
function loadDetector(): Promise<Detector> {
  detector ??= Promise.all([
    import('../personal-data.js'),
    import('../i18n/areas/guard.js').then((m) => m.addGuardTexts()),
  ]).then(
    ([module]) => module,
    (error: unknown) => {
      detector = undefined; // a failed chunk load may succeed on a later try
      throw error;
    },
  );
  return detector;
}

const keyOf = (finding: GuardFinding) => `${finding.field}\u0000${finding.kind}\u0000${finding.text}`;
/** Only text with a digit or an @ can hold personal data: the rest is not worth the detector. */
const MAY_HOLD = /[\d@\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/u;

/**
 * The personal-data guard of a form (composer, ask form): checks its texts as they are typed (debounced) and on
 * submit with src/core/personal-data.ts, and renders the warning: what was found by kind, masked, with "Mask them"
 * (every finding replaced by its mask) and "Post anyway" (the writer keeps them: the post carries
 * `allowPersonalData`). While typing the warning is polite (announced once when something new is found); a submit
 * with unresolved findings shows it as an alert and focuses it instead of posting.
 */
export class PersonalDataController implements ReactiveController {
  /** What the texts hold, as last checked. */
  findings: readonly GuardFinding[] = [];

  private module: Detector | undefined;
  /** Shown as an alert, after a submit or a refusal, rather than quietly while typing. */
  private urgent = false;
  /** The findings the writer chose to keep ("Post anyway"). */
  private readonly kept = new Set<string>();
  private scheduledFor = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private checking = false;

  constructor(
    private readonly host: GuardHost,
    private readonly options: PersonalDataGuardOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const texts = Object.values(this.options.texts()).join('\u0000');
    if (texts === this.scheduledFor) return;
    this.scheduledFor = texts;
    clearTimeout(this.timer);
    if (!MAY_HOLD.test(texts)) this.detect(undefined);
    else this.timer = setTimeout(() => void this.run().catch(() => undefined), GUARD_DEBOUNCE_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.scheduledFor = '';
  }

  /** The findings the writer has not resolved (neither masked nor kept). */
  get pending(): GuardFinding[] {
    return this.findings.filter((finding) => !this.kept.has(keyOf(finding)));
  }

  /** The id of the warning, for `aria-describedby` of a field with unresolved findings; '' when it has none. */
  describes(field: GuardedField): string {
    return this.module && this.pending.some((finding) => finding.field === field) ? 'personal-data-warning' : '';
  }

  /** Whether the writer chose to keep everything found: the post carries `allowPersonalData: true`. */
  get allowed(): boolean {
    return this.findings.length > 0 && this.pending.length === 0;
  }

  /**
   * Before posting: checks the texts now. False when findings are unresolved (the warning then shows as an
   * alert and takes focus) or a check is already running; true otherwise, also when the detector cannot load
   * (the backend checks again). Synchronous once the detector is loaded (or when no text could hold personal
   * data), so a submit goes on in the same task: `if (clear !== true && !(await clear)) return`.
   */
  check(): boolean | Promise<boolean> {
    clearTimeout(this.timer);
    if (this.checking) return false;
    if (this.module || !this.mayHold()) {
      this.detect(this.module);
      return this.pending.length === 0 || this.alert();
    }
    this.checking = true;
    return this.run().then(
      () => this.pending.length === 0 || this.alert(),
      () => true,
    ).finally(() => (this.checking = false));
  }

  /**
   * After the adapter refused a field as invalid: true when the guard finds what it refused (the warning shows
   * as an alert), false when the refusal is about something else.
   */
  async refused(field: string | undefined): Promise<boolean> {
    if (field !== 'title' && field !== 'body') return false;
    try {
      await this.run();
    } catch {
      return false;
    }
    return this.pending.some((finding) => finding.field === field) && !(await this.alert());
  }

  /** Forgets the findings and what the writer kept (a new draft, a posted text). */
  reset(): void {
    clearTimeout(this.timer);
    this.kept.clear();
    this.scheduledFor = '';
    this.urgent = false;
    this.findings = [];
  }

  private mayHold(): boolean {
    return Object.values(this.options.texts()).some((text) => text !== undefined && MAY_HOLD.test(text));
  }

  /** Loads the detector when some text may need it, then checks. */
  private async run(): Promise<void> {
    if (this.mayHold()) this.module ??= await loadDetector();
    this.detect(this.module);
  }

  /** Checks the texts with the detector (without it, only texts that cannot hold personal data). */
  private detect(module: Detector | undefined): void {
    const texts = Object.entries(this.options.texts()) as [GuardedField, string | undefined][];
    this.update(
      texts.flatMap(([field, text]) =>
        text === undefined || !module ? [] : module.findPersonalData(text).map((match) => ({ ...match, field })),
      ),
    );
  }

  private update(findings: readonly GuardFinding[]): void {
    const before = new Set(this.pending.map(keyOf));
    const changed = findings.length !== this.findings.length || findings.some((f, i) => keyOf(f) !== keyOf(this.findings[i]));
    this.findings = findings;
    if (!changed) return;
    this.urgent = false;
    this.host.requestUpdate();
    const pending = this.pending;
    if (pending.some((finding) => !before.has(keyOf(finding)))) {
      const msg = this.options.messages();
      this.options.announce(`${msg.heading}. ${msg.found(this.summary(pending))}`);
    }
  }

  /** Shows the warning as an alert and focuses it; resolves to false (nothing may be posted). */
  private async alert(): Promise<false> {
    this.urgent = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#personal-data-warning')?.focus();
    return false;
  }

  /** "a phone number and 2 e-mail addresses", counting each value once. */
  private summary(findings: readonly GuardFinding[]): string {
    const msg = this.options.messages();
    const counts = new Map<PersonalDataKind, Set<string>>();
    for (const finding of findings) counts.set(finding.kind, (counts.get(finding.kind) ?? new Set()).add(finding.text));
    const parts = [...counts].map(([kind, values]) => msg[kind](values.size, this.options.fmt()));
    return formatList(this.options.locale(), parts, { type: 'conjunction' });
  }

  /** "Mask them": every unresolved finding replaced by its mask; focus goes to the field of the first, after it. */
  private readonly mask = async (): Promise<void> => {
    const module = this.module;
    if (!module) return;
    await this.run();
    const pending = this.pending;
    const texts = this.options.texts();
    let focus: { field: GuardedField; caret: number } | undefined;
    for (const field of ['title', 'body'] as const) {
      const text = texts[field];
      const matches = pending.filter((finding) => finding.field === field);
      if (text === undefined || matches.length === 0) continue;
      const masked = module.maskPersonalData(text, matches);
      const last = matches[matches.length - 1];
      focus ??= { field, caret: module.maskPersonalData(text.slice(0, last.end), matches).length };
      this.options.replace(field, masked);
    }
    await this.run();
    await this.host.updateComplete;
    if (focus) {
      const control = this.options.control(focus.field);
      control?.focus();
      control?.setSelectionRange(focus.caret, focus.caret);
    }
    this.options.announce(this.options.messages().masked);
  };

  /** "Post anyway": the writer keeps what was found, and the host posts. */
  private readonly keep = (): void => {
    for (const finding of this.pending) this.kept.add(keyOf(finding));
    this.urgent = false;
    this.host.requestUpdate();
    this.options.postAnyway();
  };

  /** The warning, or nothing while there is nothing to resolve. */
  render(): TemplateResult | typeof nothing {
    const pending = this.pending;
    if (pending.length === 0 || !this.module) return nothing;
    const msg = this.options.messages();
    const shown = new Map(pending.map((finding) => [`${finding.kind}\u0000${this.module!.maskMatch(finding)}`, finding]));
    return html`<div
      id="personal-data-warning"
      part="personal-data-warning"
      class="guard"
      role=${this.urgent ? 'alert' : 'group'}
      tabindex="-1"
      aria-labelledby="personal-data-heading"
    >
      <p id="personal-data-heading" part="personal-data-heading" class="guard-heading">${msg.heading}</p>
      <p>${msg.found(this.summary(pending))}</p>
      <ul part="personal-data-list" class="guard-list">
        ${[...shown].map(
          ([key, finding]) => html`<li part="personal-data-item">
            <span class="guard-kind">${msg.kinds[finding.kind]}</span>
            <span class="guard-value" dir="ltr">${key.split('\u0000')[1]}</span>
          </li>`,
        )}
      </ul>
      <p>${msg.explanation}</p>
      <div class="guard-actions">
        <button part="personal-data-mask-button" class="button button--primary" type="button" @click=${this.mask}>
          ${msg.mask}
        </button>
        <button part="personal-data-keep-button" class="button" type="button" @click=${this.keep}>${msg.postAnyway}</button>
      </div>
    </div>`;
  }
}
