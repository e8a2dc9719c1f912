import { nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Formatters } from '../i18n/format.js';
import type { Messages } from '../i18n/index.js';
import type * as warningModule from './personal-data-warning.js';
import type { GuardedField, GuardFinding, GuardTexts, WarningStrings } from './personal-data-warning.js';

export type { GuardedField, GuardFinding } from './personal-data-warning.js';

type Guard = typeof warningModule;

export interface PersonalDataGuardOptions {
  /** The texts to check, by field (the composer: its body; the ask form: title and body). */
  texts(): GuardTexts;
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

let loading: Promise<Guard> | undefined;

/** The detector, the warning and their texts: a chunk of their own (personal-data-warning.ts). */
function loadGuard(): Promise<Guard> {
  loading ??= import('./personal-data-warning.js').then(
    async (module) => {
      await module.addGuardTexts();
      return module;
    },
    (error: unknown) => {
      loading = undefined; // a failed chunk load may succeed on a later try
      throw error;
    },
  );
  return loading;
}

const keyOf = (finding: GuardFinding) => `${finding.field}\u0000${finding.kind}\u0000${finding.text}`;
/** Only text with a digit or an @ can hold personal data: the rest is not worth the detector. */
const MAY_HOLD = /[\d@\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/u;

/**
 * The personal-data guard of a form (composer, ask form): checks its texts as they are typed (debounced) and on
 * submit with src/core/personal-data.ts, and renders the warning: what was found by kind, masked, with "Mask them"
 * (every finding replaced by its mask) and "Post anyway" (the writer keeps them: the post carries
 * `allowPersonalData`). While typing the warning is polite (announced once when something new is found); a submit
 * with unresolved findings shows it as an alert and focuses it instead of posting. The detector and the warning
 * load the first time a text has a digit or an @.
 */
export class PersonalDataController implements ReactiveController {
  /** What the texts hold, as last checked. */
  findings: readonly GuardFinding[] = [];

  private guard: Guard | undefined;
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
    if (!MAY_HOLD.test(texts)) this.detect();
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

  /** Whether the writer chose to keep everything found: the post carries `allowPersonalData: true`. */
  get allowed(): boolean {
    return this.findings.length > 0 && this.pending.length === 0;
  }

  /** The id of the warning, for `aria-describedby` of a field with unresolved findings; '' when it has none. */
  describes(field: GuardedField): string {
    return this.pending.some((finding) => finding.field === field) ? 'personal-data-warning' : '';
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
    if (this.guard || !this.mayHold()) {
      this.detect();
      return this.pending.length === 0 || this.alert();
    }
    this.checking = true;
    return this.run()
      .then(
        () => this.pending.length === 0 || this.alert(),
        () => true,
      )
      .finally(() => (this.checking = false));
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
    return MAY_HOLD.test(Object.values(this.options.texts()).join(''));
  }

  /** Loads the detector when some text may need it, then checks. */
  private async run(): Promise<void> {
    if (this.mayHold()) this.guard ??= await loadGuard();
    this.detect();
  }

  /** Checks the texts (without the detector, which only texts that cannot hold personal data do). */
  private detect(): void {
    const findings = this.guard?.findIn(this.options.texts()) ?? [];
    const before = new Set(this.pending.map(keyOf));
    const changed = findings.length !== this.findings.length || findings.some((f, i) => keyOf(f) !== keyOf(this.findings[i]));
    this.findings = findings;
    if (!changed) return;
    this.urgent = false;
    this.host.requestUpdate();
    const pending = this.pending;
    if (this.guard && pending.some((finding) => !before.has(keyOf(finding)))) {
      const msg = this.options.messages();
      this.options.announce(`${msg.heading}. ${msg.found(this.guard.summarize(pending, this.strings()))}`);
    }
  }

  private strings(): WarningStrings {
    return { msg: this.options.messages(), locale: this.options.locale(), fmt: this.options.fmt() };
  }

  /** Shows the warning as an alert and focuses it; resolves to false (nothing may be posted). */
  private async alert(): Promise<false> {
    this.urgent = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#personal-data-warning')?.focus();
    return false;
  }

  /** "Mask them": every unresolved finding replaced by its mask; the caret goes after the last one. */
  private readonly mask = async (): Promise<void> => {
    await this.run();
    const { texts, caret } = this.guard!.maskIn(this.options.texts(), this.pending);
    for (const [field, text] of Object.entries(texts) as [GuardedField, string][]) this.options.replace(field, text);
    await this.run();
    await this.host.updateComplete;
    const control = caret && this.options.control(caret[0]);
    control?.focus();
    control?.setSelectionRange(caret![1], caret![1]);
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
    const findings = this.pending;
    if (findings.length === 0 || !this.guard) return nothing;
    return this.guard.renderWarning({ ...this.strings(), findings, urgent: this.urgent, mask: () => void this.mask(), keep: this.keep });
  }
}
