import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { formatList } from '../i18n/format.js';
import type { Formatters } from '../i18n/format.js';
import type { Messages } from '../i18n/index.js';
import { findPersonalData, maskMatch, maskPersonalData } from '../personal-data.js';
import type { PersonalDataKind, PersonalDataMatch } from '../personal-data.js';

/**
 * What the personal-data guard needs once something may be found: the detector, the warning and masking. A chunk
 * of its own with the guard's texts (vite.config.ts `guard`), fetched by {@link PersonalDataController} the first
 * time a text has a digit or an @, so a writer's page does not carry it until then.
 */
export { addGuardTexts } from '../i18n/areas/guard.js';

/** A text field the guard watches. */
export type GuardedField = 'title' | 'body';

/** A finding, in the field it is in. */
export interface GuardFinding extends PersonalDataMatch {
  field: GuardedField;
}

export type GuardTexts = Partial<Record<GuardedField, string>>;

/** The findings in each text, in field order. */
export function findIn(texts: GuardTexts): GuardFinding[] {
  return (Object.entries(texts) as [GuardedField, string | undefined][]).flatMap(([field, text]) =>
    text === undefined ? [] : findPersonalData(text).map((match) => ({ ...match, field })),
  );
}

export interface WarningStrings {
  msg: Messages['personalData'];
  locale: string;
  fmt: Formatters;
}

/** "a phone number and 2 e-mail addresses", counting each value once. */
export function summarize(findings: readonly GuardFinding[], { msg, locale, fmt }: WarningStrings): string {
  const counts = new Map<PersonalDataKind, Set<string>>();
  for (const finding of findings) counts.set(finding.kind, (counts.get(finding.kind) ?? new Set()).add(finding.text));
  return formatList(locale, [...counts].map(([kind, values]) => msg[kind](values.size, fmt)), { type: 'conjunction' });
}

/** The texts with `findings` masked, and where the caret goes: after the last mask in the first field masked. */
export function maskIn(texts: GuardTexts, findings: readonly GuardFinding[]): { texts: GuardTexts; caret?: [GuardedField, number] } {
  const result: GuardTexts = {};
  let caret: [GuardedField, number] | undefined;
  for (const [field, text] of Object.entries(texts) as [GuardedField, string | undefined][]) {
    const matches = findings.filter((finding) => finding.field === field);
    if (text === undefined || matches.length === 0) continue;
    result[field] = maskPersonalData(text, matches);
    caret ??= [field, maskPersonalData(text.slice(0, matches[matches.length - 1].end), matches).length];
  }
  return { texts: result, caret };
}

export interface WarningView extends WarningStrings {
  findings: readonly GuardFinding[];
  /** After a submit or a refusal: an alert rather than a group read when reached. */
  urgent: boolean;
  mask: () => void;
  keep: () => void;
}

/** The warning: what was found by kind, masked (each value once), and the two ways on. */
export function renderWarning(view: WarningView): TemplateResult {
  const { msg, findings } = view;
  const shown = new Map(findings.map((finding) => [`${finding.kind}\u0000${maskMatch(finding)}`, finding.kind]));
  return html`<div
    id="personal-data-warning"
    part="personal-data-warning"
    class="guard"
    role=${view.urgent ? 'alert' : 'group'}
    tabindex="-1"
    aria-labelledby="personal-data-heading"
  >
    <p id="personal-data-heading" part="personal-data-heading" class="guard-heading">${msg.heading}</p>
    <p>${msg.found(summarize(findings, view))}</p>
    <ul part="personal-data-list" class="guard-list">
      ${[...shown].map(
        ([key, kind]) => html`<li part="personal-data-item">
          <span class="guard-kind">${msg.kinds[kind]}</span>
          <span class="guard-value" dir="ltr">${key.split('\u0000')[1]}</span>
        </li>`,
      )}
    </ul>
    <p>${msg.explanation}</p>
    <div class="guard-actions">
      <button part="personal-data-mask-button" class="button button--primary" type="button" @click=${view.mask}>
        ${msg.mask}
      </button>
      <button part="personal-data-keep-button" class="button" type="button" @click=${view.keep}>${msg.postAnyway}</button>
    </div>
  </div>`;
}
