import { css, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { AnnounceController } from '../../core/controllers/announce-controller.js';
import { MutationFeedback } from '../../core/controllers/mutation-feedback.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { MajlisElement } from '../../core/element.js';
import { MajlisFlagEvent, MajlisPostDeletedEvent } from '../../core/events.js';
import { FLAG_REASONS, MODERATION_TEXT_MAX } from '../../core/moderation-names.js';
import type { FlagReason, Post, PostType } from '../../core/types.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { PostActionEvent, menuItems } from '../post/post-moderation.js';
import type { MenuItem } from '../post/post-moderation.js';
import { feedbackStyles, renderError } from '../shared/feedback.js';
import { dialogStyles } from './dialog.styles.js';
import { deletePost, flagPost, moderate } from '../../core/moderating.js';

type Dialog = Exclude<MenuItem, 'edit'>;

/**
 * @tag majlis-post-menu
 * @summary The actions a signed-in viewer may take on a post, as a menu under the post's "More actions" button
 * (which `<majlis-post>` renders, so the menu's code loads only when it is first opened): Edit (the post swaps its
 * body for the editor), Delete (the author's own post, after a confirmation; an accepted answer says why it cannot
 * be), Flag (a dialog of reasons, a note required for "Something else"; "Flagged" once done); and for staff and
 * moderators on a question, "Hand to customer care" (a dialog for the public note every reader then sees above the
 * question) or "Back to the community" (after a confirmation). Items the data does
 * not allow (`viewerCan`) or the adapter cannot do (`supports()`) are left out. Arrow keys, Home and End move
 * through the items, Escape closes the menu and gives focus back to the button.
 *
 * @csspart menu - The menu list.
 * @csspart menu-item - Each item.
 * @csspart flag-dialog - The flag dialog.
 * @csspart delete-dialog - The delete confirmation.
 * @csspart handoff-dialog - The note of a hand-over to customer care.
 * @csspart return-dialog - The confirmation of "Back to the community".
 * @csspart error - Why a flag, delete or hand-over failed.
 *
 * @fires {MajlisFlagEvent} majlis-flag - The viewer flagged the post (once the adapter stored it).
 * @fires {MajlisPostDeletedEvent} majlis-post-deleted - The viewer deleted their post.
 * @fires {MajlisErrorEvent} majlis-error - Flagging (`flag`) or deleting (`delete-post`) failed.
 */
export class MajlisPostMenu extends MajlisElement {
  static override styles = [hostStyles, buttonStyles, feedbackStyles, dialogStyles, css`
    :host {
      display: contents;
    }
    [role='menu'] {
      position: absolute;
      inset-block-start: calc(100% + 0.25rem);
      inset-inline-end: 0;
      z-index: 10;
      display: grid;
      min-inline-size: 11rem;
      padding-block: 0.25rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      box-shadow: var(--_shadow);
    }
    [role='menuitem'] {
      padding-block: 0.5rem;
      padding-inline: 0.9rem;
      border: 0;
      background: none;
      color: var(--_text);
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    [role='menuitem']:hover,
    [role='menuitem']:focus-visible {
      background: var(--_subtle);
    }
    [role='menuitem'][aria-disabled='true'] {
      color: var(--_muted);
      cursor: default;
    }
    fieldset {
      display: grid;
      gap: 0.35rem;
      margin: 0 0 var(--_space);
      padding: 0;
      border: 0;
    }
    legend {
      margin-block-end: 0.35rem;
      font-weight: var(--_weight-strong);
    }
    .choice {
      display: flex;
      align-items: baseline;
      gap: 0.5rem;
    }
    label[for='note'] {
      display: block;
      margin-block-end: 0.25rem;
      font-weight: var(--_weight-strong);
    }
    .optional {
      color: var(--_muted);
      font-weight: 400;
    }
    textarea {
      display: block;
      inline-size: 100%;
      padding: 0.5rem;
      border: 1px solid var(--_control-border);
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
      resize: vertical;
    }
    textarea[aria-invalid='true'] {
      border-color: var(--_danger);
    }
  `];
  static override properties = {
    target: { reflect: true },
    postId: { attribute: 'post-id', reflect: true },
    open: { type: Boolean, reflect: true },
    dialog: { state: true, attribute: false },
    reason: { state: true, attribute: false },
    note: { state: true, attribute: false },
    invalid: { state: true, attribute: false },
    busy: { state: true, attribute: false },
  };

  /** `question` or `answer`. */
  target: PostType = 'answer';
  /** Id of the post (read from the shared store). */
  postId = '';
  /** Whether the menu list is shown (set by the post's "More actions" button). */
  open = false;

  private dialog: Dialog | undefined;
  private reason: FlagReason | '' = '';
  private note = '';
  /** What the flag form says is missing, once the viewer tried to send it. */
  private invalid: 'reason' | 'note' | undefined;
  private busy = false;

  private readonly data = new StoreController(this);
  private readonly feedback = new MutationFeedback(this, this.data);
  private readonly announcer = new AnnounceController(this);

  private get post(): Post | undefined {
    return this.postId ? this.data.store?.post(this.target, this.postId) : undefined;
  }

  /** The post this menu belongs to: it hears the menu's events when a change removed the menu (a post now hidden). */
  private owner: Element | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.owner = (this.getRootNode() as ShadowRoot).host;
    document.addEventListener('pointerdown', this.onOutside, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onOutside, true);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) this.menuItems()[0]?.focus();
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  private menuItems(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  private close(focus: boolean): void {
    this.emit(new PostActionEvent('menu-closed', focus));
  }

  /** Fires `event` here, or from the post (its shadow root for a {@link PostActionEvent}) if the menu is gone. */
  private emit(event: Event): void {
    if (this.isConnected) this.dispatchEvent(event);
    else if (event instanceof PostActionEvent) this.owner?.shadowRoot?.dispatchEvent(event);
    else this.owner?.dispatchEvent(event);
  }

  private readonly onOutside = (event: Event): void => {
    // The post's own button (beside this element) toggles the menu itself.
    if (this.open && !event.composedPath().includes(this.parentElement ?? this)) this.close(false);
  };

  private readonly onMenuKeydown = (event: KeyboardEvent): void => {
    const items = this.menuItems();
    const index = items.indexOf(this.renderRoot instanceof ShadowRoot ? (this.renderRoot.activeElement as HTMLElement) : items[0]);
    let next: number | undefined;
    if (event.key === 'ArrowDown') next = (index + 1) % items.length;
    else if (event.key === 'ArrowUp') next = (index - 1 + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.close(true);
    } else if (event.key === 'Tab') this.close(false);
    if (next === undefined) return;
    event.preventDefault();
    items[next]?.focus();
  };

  private choose(item: MenuItem, post: Post): void {
    if (item === 'edit') return void this.emit(new PostActionEvent('edit'));
    if (item === 'flag' && post.viewerHasFlagged) return;
    this.feedback.clear();
    this.reason = '';
    this.note = '';
    this.invalid = undefined;
    this.dialog = item;
    this.close(false);
  }

  private readonly onDialogClose = (): void => {
    if (!this.dialog) return;
    this.dialog = undefined;
    this.close(true);
  };

  private closeDialog(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private readonly onFlagSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const post = this.post;
    if (!post || this.busy) return;
    const note = this.note.trim();
    this.invalid = !this.reason ? 'reason' : this.reason === 'other' && !note ? 'note' : undefined;
    if (this.invalid) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(this.invalid === 'reason' ? 'input[type="radio"]' : '#note')?.focus();
      return;
    }
    const reason = this.reason as FlagReason;
    this.busy = true;
    const flagged = await this.feedback
      .run((store) => flagPost(store, { target: post.type, id: post.id, reason, ...(note ? { note } : {}) }))
      .finally(() => (this.busy = false));
    if (!flagged) return;
    this.announcer.announce(this.localize.msg.postActions.thanks);
    this.emit(new MajlisFlagEvent({ target: post.type, id: post.id, reason, post: flagged }));
    this.closeDialog();
  };

  private async delete(post: Post): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const deleted = await this.feedback.run((store) => deletePost(store, { target: post.type, id: post.id })).finally(() => (this.busy = false));
    if (!deleted) return;
    this.announcer.announce(this.localize.msg.postActions.deleted);
    this.emit(new MajlisPostDeletedEvent(deleted));
    this.closeDialog();
  }

  /** Hands the question to customer care with the dialog's note, or gives it back; the dialog stays open on refusal. */
  private async handoff(post: Post, action: 'hand-to-care' | 'return-from-care'): Promise<void> {
    if (this.busy) return;
    const note = this.note.trim();
    if (action === 'hand-to-care' && !note) {
      this.invalid = 'note';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#note')?.focus();
      return;
    }
    this.busy = true;
    const done = await this.feedback
      .run((store) => moderate(store, { action, target: 'question', id: post.id, ...(note ? { reason: note } : {}) }))
      .finally(() => (this.busy = false));
    if (!done) return;
    const msg = this.localize.msg.postActions;
    this.announcer.announce(action === 'hand-to-care' ? msg.handedOver : msg.returned);
    this.closeDialog();
  }

  private readonly onHandoffSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const post = this.post;
    if (post) void this.handoff(post, 'hand-to-care');
  };

  override render() {
    const post = this.post;
    if (!post) return this.announcer.region();
    return html`${this.open ? this.renderMenu(post) : nothing}${this.dialog === 'flag' ? this.renderFlag() : nothing}${this.dialog === 'delete'
      ? this.renderDelete(post)
      : nothing}${this.dialog === 'hand-to-care' ? this.renderHandoff() : nothing}${this.dialog === 'return-from-care'
      ? this.renderReturn(post)
      : nothing}${this.announcer.region()}`;
  }

  private renderMenu(post: Post): TemplateResult {
    const msg = this.localize.msg.postActions;
    return html`<div part="menu" role="menu" aria-label=${this.localize.msg.post.moreActions} dir=${this.localize.dir} @keydown=${this.onMenuKeydown}>
      ${menuItems(post, this.data.store).map((item) => {
        const flagged = item === 'flag' && post.viewerHasFlagged;
        return html`<button part="menu-item" role="menuitem" type="button" tabindex="-1" aria-disabled=${flagged ? 'true' : nothing}
          @click=${() => this.choose(item, post)}>${flagged ? msg.flagged : msg[item]}</button>`;
      })}
    </div>`;
  }

  private error(): TemplateResult | typeof nothing {
    const suspension = this.data.store?.currentViewer?.suspension;
    return this.feedback.error ? renderError(this.localize, this.feedback.error, undefined, { suspendedUntil: suspension?.until ?? null }) : nothing;
  }

  private renderFlag(): TemplateResult {
    const msg = this.localize.msg.postActions;
    const noteInvalid = this.invalid === 'note';
    return html`<dialog part="flag-dialog" aria-labelledby="flag-title" aria-describedby="flag-intro" dir=${this.localize.dir} @close=${this.onDialogClose}>
      <form novalidate aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.onFlagSubmit}>
        <h2 id="flag-title" class="dialog-title">${msg.flagTitle}</h2>
        <p id="flag-intro">${msg.flagIntro}</p>
        <fieldset aria-describedby=${this.invalid === 'reason' ? 'reason-message' : nothing}>
          <legend>${msg.reason}</legend>
          ${FLAG_REASONS.map(
            (reason) => html`<label class="choice">
              <input type="radio" name="reason" value=${reason} .checked=${this.reason === reason} ?disabled=${this.busy}
                @change=${() => {
                  this.reason = reason;
                  if (this.invalid === 'reason' || reason !== 'other') this.invalid = undefined;
                }} />${msg.reasons[reason]}
            </label>`,
          )}
          ${this.invalid === 'reason' ? html`<p id="reason-message" class="message" role="alert">${msg.chooseReason}</p>` : nothing}
        </fieldset>
        <label for="note">${msg.note} ${this.reason === 'other' ? nothing : html`<span class="optional">${msg.optional}</span>`}</label>
        <textarea id="note" rows="3" maxlength=${MODERATION_TEXT_MAX} .value=${this.note} ?readonly=${this.busy}
          ?required=${this.reason === 'other'} aria-invalid=${noteInvalid ? 'true' : 'false'} aria-describedby=${noteInvalid ? 'note-message' : nothing}
          @input=${(event: Event) => {
            this.note = (event.target as HTMLTextAreaElement).value;
            if (this.note.trim()) this.invalid = undefined;
          }}></textarea>
        ${noteInvalid ? html`<p id="note-message" class="message" role="alert">${msg.noteRequired}</p>` : nothing}
        ${this.error()}
        <div class="buttons">
          <button class="button" type="button" @click=${() => this.closeDialog()}>${this.localize.msg.common.cancel}</button>
          <button class="button button--primary" type="submit" aria-disabled=${this.busy ? 'true' : nothing}>${this.busy ? msg.sending : msg.sendFlag}</button>
        </div>
      </form>
    </dialog>`;
  }

  private renderHandoff(): TemplateResult {
    const msg = this.localize.msg.postActions;
    const invalid = this.invalid === 'note';
    return html`<dialog part="handoff-dialog" aria-labelledby="handoff-title" aria-describedby="handoff-intro" dir=${this.localize.dir}
      @close=${this.onDialogClose}>
      <form novalidate aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.onHandoffSubmit}>
        <h2 id="handoff-title" class="dialog-title">${msg['hand-to-care']}</h2>
        <p id="handoff-intro">${msg.handoffIntro}</p>
        <label for="note">${msg.handoffNote}</label>
        <textarea id="note" rows="3" maxlength=${MODERATION_TEXT_MAX} required .value=${this.note} ?readonly=${this.busy}
          aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? 'note-message' : nothing}
          @input=${(event: Event) => {
            this.note = (event.target as HTMLTextAreaElement).value;
            if (this.note.trim()) this.invalid = undefined;
          }}></textarea>
        ${invalid ? html`<p id="note-message" class="message" role="alert">${msg.handoffNoteRequired}</p>` : nothing}
        ${this.error()}
        <div class="buttons">
          <button class="button" type="button" @click=${() => this.closeDialog()}>${this.localize.msg.common.cancel}</button>
          <button class="button button--primary" type="submit" aria-disabled=${this.busy ? 'true' : nothing}>${this.busy ? msg.handingOver : msg.handOver}</button>
        </div>
      </form>
    </dialog>`;
  }

  private renderReturn(post: Post): TemplateResult {
    const msg = this.localize.msg.postActions;
    return html`<dialog part="return-dialog" role="alertdialog" aria-labelledby="return-title" aria-describedby="return-text" dir=${this.localize.dir}
      @close=${this.onDialogClose}>
      <h2 id="return-title" class="dialog-title">${msg['return-from-care']}</h2>
      <p id="return-text">${msg.returnText}</p>
      ${this.error()}
      <div class="buttons">
        <button class="button" type="button" @click=${() => this.closeDialog()}>${this.localize.msg.common.cancel}</button>
        <button class="button button--primary" type="button" aria-disabled=${this.busy ? 'true' : nothing}
          @click=${() => void this.handoff(post, 'return-from-care')}>${this.busy ? msg.returning : msg['return-from-care']}</button>
      </div>
    </dialog>`;
  }

  private renderDelete(post: Post): TemplateResult {
    const msg = this.localize.msg.postActions;
    const accepted = post.type === 'answer' && post.accepted;
    return html`<dialog part="delete-dialog" role="alertdialog" aria-labelledby="delete-title" aria-describedby="delete-text" dir=${this.localize.dir}
      @close=${this.onDialogClose}>
      <h2 id="delete-title" class="dialog-title">${accepted ? msg.acceptedTitle : msg.deleteTitle}</h2>
      <p id="delete-text">${accepted ? msg.acceptedText : msg.deleteText}</p>
      ${this.error()}
      <div class="buttons">
        <button class="button" type="button" @click=${() => this.closeDialog()}>
          ${accepted ? this.localize.msg.common.close : this.localize.msg.common.cancel}
        </button>
        ${accepted
          ? nothing
          : html`<button class="button button--primary" type="button" aria-disabled=${this.busy ? 'true' : nothing} @click=${() => void this.delete(post)}>
              ${this.busy ? msg.deleting : msg.confirmDelete}
            </button>`}
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-post-menu': MajlisPostMenu;
  }
}
