import { css, html, nothing } from 'lit';
import { MajlisElement } from '../../core/element.js';
import { addHandoffTexts } from '../../core/i18n/areas/handoff.js';
import type { QuestionHandoff } from '../../core/types.js';
import { hostStyles } from '../../styles/host.styles.js';

/** A headset: the care desk (the notice says so in words too, never by colour alone). */
const careIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.5"
  stroke-linecap="round"><path d="M2.5 9V8a5.5 5.5 0 0 1 11 0v1" /><rect x="1.75" y="8.5" width="3" height="4.5" rx="1" />
  <rect x="11.25" y="8.5" width="3" height="4.5" rx="1" /><path d="M12.75 13a2.5 2.5 0 0 1-2.5 2H8.5" /></svg>`;

/**
 * @tag majlis-handoff-notice
 * @summary What every reader sees above a question staff handed to customer care (`question.handoff`): a heading, the
 * care team's public note, and who handed it over and when, in the reader's language. `<majlis-post>` renders it for
 * a handed-over question; its code and texts are a chunk of their own, fetched only then (the tag is registered by the
 * post's code, so it is defined once a `<majlis-post>` or `<majlis-thread>` has loaded).
 *
 * @csspart handoff-notice - The notice (a `note` landmark).
 */
export class MajlisHandoffNotice extends MajlisElement {
  static override styles = [hostStyles, css`
    :host {
      display: block;
    }
    [part='handoff-notice'] {
      display: flex;
      gap: 0.6rem;
      align-items: flex-start;
      padding-block: calc(var(--_space) * 0.6);
      padding-inline: calc(var(--_space) * 0.75);
      border: 1px solid var(--_border);
      border-inline-start: 4px solid var(--_accent);
      border-radius: calc(var(--_radius) * 0.5);
      background: var(--_subtle);
    }
    svg {
      flex: none;
      inline-size: 1.25rem;
      block-size: 1.25rem;
      color: var(--_accent);
    }
    p {
      margin: 0;
    }
    .note {
      margin-block: 0.2rem;
      white-space: pre-line;
    }
    .by {
      color: var(--_muted);
      font-size: var(--_font-size-small);
    }
  `];
  static override properties = { handoff: { attribute: false } };

  /** The question's hand-off (`question.handoff`); nothing shows without one. */
  handoff: QuestionHandoff | null = null;

  override render() {
    const handoff = this.handoff;
    if (!handoff) return nothing;
    const msg = this.localize.msg.handoff;
    return html`<div part="handoff-notice" role="note" aria-labelledby="title" dir=${this.localize.dir}>
      ${careIcon}
      <div>
        <p id="title"><strong>${msg.title}</strong></p>
        <p class="note" dir="auto">${handoff.note}</p>
        <p class="by">${msg.byOn(handoff.by.name, this.localize.date(handoff.at, { dateStyle: 'medium' }))}</p>
      </div>
    </div>`;
  }
}

/** The element once its texts (in the page's languages) are in: what the post's lazy definition loads. */
export const loadHandoffNotice = (): Promise<typeof MajlisHandoffNotice> => addHandoffTexts().then(() => MajlisHandoffNotice);

declare global {
  interface HTMLElementTagNameMap {
    'majlis-handoff-notice': MajlisHandoffNotice;
  }
}
