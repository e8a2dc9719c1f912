import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { isAbortError, toMajlisError } from '../../core/adapter.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { diffWords } from '../../core/diff.js';
import { MajlisElement } from '../../core/element.js';
import { MajlisErrorEvent } from '../../core/events.js';
import type { PostType, Revision } from '../../core/types.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { PostActionEvent } from '../post/post-moderation.js';
import { dialogStyles } from '../post-menu/dialog.styles.js';
import { feedbackStyles, renderError } from '../shared/feedback.js';
import { listRevisions } from '../../core/moderating.js';

/**
 * @tag majlis-revision-history
 * @summary A post's edit history in a dialog (`<majlis-post>` opens it from its "Edited" marker): every revision
 * with who made it, when and their note, newest first, and for the chosen one the words it removed and added
 * since the revision before, in the Markdown source (never rendered HTML). Changes are struck through or
 * underlined and named for screen readers ("Removed:", "Added:"), not told by colour alone.
 *
 * @csspart revision-history - The dialog.
 * @csspart revisions - The list of revisions.
 * @csspart revision - Each revision's button.
 * @csspart diff - The changes of the chosen revision.
 * @csspart removed - A removed run of text (`<del>`).
 * @csspart added - An added run of text (`<ins>`).
 * @csspart error - Loading the history failed.
 * @csspart retry-button - Load it again.
 *
 * @fires {MajlisErrorEvent} majlis-error - Loading the revisions failed (`load`).
 */
export class MajlisRevisionHistory extends MajlisElement {
  static override styles = [hostStyles, buttonStyles, feedbackStyles, dialogStyles, css`
    :host {
      display: contents;
    }
    .layout {
      display: grid;
      gap: var(--_space);
    }
    ol {
      display: grid;
      gap: 0.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    [part~='revision'] {
      display: grid;
      inline-size: 100%;
      gap: 0.1rem;
      padding: 0.4rem 0.6rem;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    [part~='revision'][aria-current='true'] {
      border-color: var(--_accent);
      box-shadow: inset 3px 0 0 var(--_accent);
    }
    [part~='revision']:dir(rtl)[aria-current='true'] {
      box-shadow: inset -3px 0 0 var(--_accent);
    }
    .who,
    .note {
      color: var(--_muted);
      font-size: var(--_font-size-small);
    }
    .diff-heading {
      margin: 0 0 0.35rem;
      font-size: 1em;
      font-weight: var(--_weight-strong);
    }
    [part~='diff'] {
      margin: 0;
      padding: 0.6rem;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_subtle);
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: var(--_font-size-small);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    del {
      background: color-mix(in srgb, var(--_danger) 16%, transparent);
      text-decoration: line-through;
    }
    ins {
      background: color-mix(in srgb, var(--_success) 18%, transparent);
      text-decoration: underline;
    }
  `];
  static override properties = {
    target: { reflect: true },
    postId: { attribute: 'post-id', reflect: true },
    revisions: { state: true, attribute: false },
    error: { state: true, attribute: false },
    selected: { state: true, attribute: false },
  };

  /** `question` or `answer`. */
  target: PostType = 'answer';
  /** Id of the post whose history to show. */
  postId = '';

  private revisions: Revision[] | undefined;
  private error: unknown;
  /** The revision number whose changes are shown (the latest by default). */
  private selected = 0;
  private abort: AbortController | undefined;

  private readonly data = new StoreController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  protected override firstUpdated(): void {
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  private load(): void {
    const store = this.data.store;
    if (!store) return void this.updateComplete.then(() => this.data.store && !this.revisions && this.load());
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.error = undefined;
    this.revisions = undefined;
    listRevisions(store, this.target, this.postId, { signal: abort.signal }).then(
      (revisions) => {
        if (abort.signal.aborted) return;
        this.revisions = revisions;
        this.selected = revisions.at(-1)?.number ?? 0;
      },
      (error: unknown) => {
        if (abort.signal.aborted || isAbortError(error)) return;
        this.error = error;
        this.dispatchEvent(new MajlisErrorEvent({ error: toMajlisError(error), operation: 'load' }));
      },
    );
  }

  private readonly onClose = (): void => {
    this.dispatchEvent(new PostActionEvent('history-closed'));
  };

  override render() {
    const msg = this.localize.msg;
    return html`<dialog part="revision-history" aria-labelledby="history-title" dir=${this.localize.dir} @close=${this.onClose}>
      <h2 id="history-title" class="dialog-title">${msg.postActions.historyTitle}</h2>
      ${this.error
        ? renderError(this.localize, this.error, () => this.load())
        : this.revisions
          ? this.renderHistory(this.revisions)
          : html`<p role="status">${msg.postActions.historyLoading}</p>`}
      <div class="buttons">
        <button class="button" type="button" @click=${() => this.renderRoot.querySelector('dialog')?.close()}>${msg.common.close}</button>
      </div>
    </dialog>`;
  }

  private name(revision: Revision): string {
    const msg = this.localize.msg.postActions;
    return revision.number === 1 ? msg.original : msg.revision(revision.number, this.localize.fmt);
  }

  private renderHistory(revisions: Revision[]): TemplateResult {
    const msg = this.localize.msg.postActions;
    const index = revisions.findIndex((r) => r.number === this.selected);
    const chosen = revisions[index];
    return html`<div class="layout">
      <ol part="revisions" aria-label=${msg.historyTitle}>
        ${[...revisions].reverse().map(
          (revision) => html`<li>
            <button part="revision" type="button" aria-current=${revision.number === this.selected ? 'true' : 'false'}
              @click=${() => (this.selected = revision.number)}>
              <strong>${this.name(revision)}</strong>
              <span class="who">${revision.number === 1 ? msg.writtenBy(revision.editedBy.name) : msg.editedBy(revision.editedBy.name)} ·
                ${this.localize.date(revision.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</span>
              ${revision.reason ? html`<span class="note" dir="auto">“${revision.reason}”</span>` : nothing}
            </button>
          </li>`,
        )}
      </ol>
      ${chosen ? this.renderChanges(chosen, revisions[index - 1]) : nothing}
    </div>`;
  }

  /** The chosen revision against the one before (the original alone, as written). */
  private renderChanges(revision: Revision, previous: Revision | undefined): TemplateResult {
    const msg = this.localize.msg.postActions;
    const titleChanged = previous && revision.title !== null && revision.title !== previous.title;
    const bodyChanged = !previous || revision.body !== previous.body;
    const tagsChanged = previous && (revision.tags ?? []).join(', ') !== (previous.tags ?? []).join(', ');
    return html`<section aria-labelledby="changes-heading">
      <h3 id="changes-heading" class="diff-heading">${previous ? msg.changes : this.name(revision)}</h3>
      ${titleChanged ? this.renderDiff(previous.title ?? '', revision.title ?? '', this.localize.msg.field.title) : nothing}
      ${bodyChanged ? this.renderDiff(previous?.body ?? revision.body, revision.body) : nothing}
      ${tagsChanged ? this.renderDiff((previous.tags ?? []).join(', '), (revision.tags ?? []).join(', '), this.localize.msg.field.tags) : nothing}
      ${previous && !titleChanged && !bodyChanged && !tagsChanged ? html`<p>${msg.noChanges}</p>` : nothing}
    </section>`;
  }

  private renderDiff(before: string, after: string, label?: string): TemplateResult {
    const msg = this.localize.msg.postActions;
    const end = html`<span class="visually-hidden"> ${msg.changeEnd}</span>`;
    return html`${label ? html`<p class="note">${label}</p>` : nothing}<p part="diff" dir="auto">${diffWords(before, after).map((part) =>
      part.kind === 'same'
        ? part.text
        : part.kind === 'removed'
          ? html`<del part="removed"><span class="visually-hidden">${msg.removed} </span>${part.text}${end}</del>`
          : html`<ins part="added"><span class="visually-hidden">${msg.added} </span>${part.text}${end}</ins>`,
    )}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-revision-history': MajlisRevisionHistory;
  }
}
