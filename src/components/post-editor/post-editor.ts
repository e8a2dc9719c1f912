import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { MutationFeedback } from '../../core/controllers/mutation-feedback.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { MajlisElement } from '../../core/element.js';
import { MajlisPostEditedEvent } from '../../core/events.js';
import { MODERATION_TEXT_MAX } from '../../core/moderation-names.js';
import { LIMITS } from '../../core/types.js';
import type { EditPostInput, Post, PostType } from '../../core/types.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { markdownStyles } from '../../styles/markdown.styles.js';
import { styles as editorStyles } from '../composer/composer.styles.js';
import { MarkdownEditor, lengthLevel, renderCount, renderPreviewPanel } from '../composer/markdown-editor.js';
import { PostActionEvent } from '../post/post-moderation.js';
import { feedbackStyles, renderError } from '../shared/feedback.js';
import { editPost } from '../../core/moderating.js';

/** The fields of the form, in the order a failed check focuses them. */
type Field = 'title' | 'body';

/**
 * @tag majlis-post-editor
 * @summary Edits a post in place of its body (`<majlis-post>` renders it when the viewer chooses Edit): the
 * Markdown editor the composer and the ask form share (Write/Preview, toolbar, shortcuts, count), a question's
 * title and tags, and an optional edit note shown in the history. Save sends the edit (not optimistic); Cancel
 * or Escape leaves the post as it was. A refused edit keeps the text and says why (the time to edit has passed …).
 *
 * @csspart post-editor - The form.
 * @csspart tabs - The Write/Preview tab list.
 * @csspart tab - Each tab.
 * @csspart toolbar - The formatting toolbar.
 * @csspart toolbar-button - Each formatting button.
 * @csspart textarea - The Markdown text field.
 * @csspart preview - The rendered preview.
 * @csspart count - The character count.
 * @csspart message - A validation message.
 * @csspart save-button - "Save changes".
 * @csspart cancel-button - "Cancel".
 * @csspart error - Why the edit was refused.
 *
 * @fires {MajlisPostEditedEvent} majlis-post-edited - The adapter stored the edit (`detail.post`).
 * @fires {MajlisErrorEvent} majlis-error - Saving failed (`edit-post`).
 */
export class MajlisPostEditor extends MajlisElement {
  static override styles = [hostStyles, buttonStyles, feedbackStyles, markdownStyles, editorStyles, css`
    .field {
      display: grid;
      gap: 0.25rem;
    }
    .field input {
      padding: 0.45rem 0.6rem;
      border: 1px solid var(--_control-border);
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
    }
    .field input[aria-invalid='true'] {
      border-color: var(--_danger);
    }
    .hint {
      margin: 0;
      color: var(--_muted);
      font-size: var(--_font-size-small);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 0.5rem;
    }
  `];
  static override properties = {
    target: { reflect: true },
    postId: { attribute: 'post-id', reflect: true },
    text: { state: true, attribute: false },
    questionTitle: { state: true, attribute: false },
    tags: { state: true, attribute: false },
    note: { state: true, attribute: false },
    saving: { state: true, attribute: false },
    invalid: { state: true, attribute: false },
  };

  /** `question` or `answer`. */
  target: PostType = 'answer';
  /** Id of the post to edit (read from the shared store). */
  postId = '';

  private text = '';
  private questionTitle = '';
  private tags = '';
  private note = '';
  private saving = false;
  private invalid: Field | undefined;
  /** The post the fields were filled from. */
  private filledFrom = '';

  private readonly data = new StoreController(this);
  private readonly feedback = new MutationFeedback(this, this.data);
  private readonly editor = new MarkdownEditor(this, {
    textareaId: 'body',
    busy: () => this.saving,
    setText: (text) => (this.text = text),
    submit: () => void this.save(),
    direction: () => this.localize.dir,
    messages: () => this.localize.msg.composer,
  });

  private get post(): Post | undefined {
    return this.postId ? this.data.store?.post(this.target, this.postId) : undefined;
  }

  protected override willUpdate(): void {
    const post = this.post;
    const key = post ? `${post.type}:${post.id}` : '';
    if (!post || key === this.filledFrom) return;
    this.filledFrom = key;
    this.text = post.body;
    if (post.type === 'question') {
      this.questionTitle = post.title;
      this.tags = post.tags.join(', ');
    }
  }

  protected override firstUpdated(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(this.target === 'question' ? '#title' : '#body')?.focus());
  }

  private close(notice = ''): void {
    this.dispatchEvent(new PostActionEvent('editor-closed', true, notice));
  }

  private check(post: Post): Field | undefined {
    if (post.type === 'question') {
      const title = this.questionTitle.trim().length;
      if (title < LIMITS.titleMin || title > LIMITS.titleMax) return 'title';
    }
    const body = this.text.trim().length;
    return body < LIMITS.bodyMin || body > LIMITS.bodyMax ? 'body' : undefined;
  }

  private async save(): Promise<void> {
    const post = this.post;
    if (!post || this.saving) return;
    this.invalid = this.check(post);
    if (this.invalid) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${this.invalid}`)?.focus();
      return;
    }
    const note = this.note.trim();
    const input: EditPostInput = { target: post.type, id: post.id, body: this.text.trim(), ...(note ? { reason: note } : {}) };
    if (post.type === 'question') {
      input.title = this.questionTitle.trim();
      input.tags = this.tags
        .split(/[,،]/)
        .map((tag) => tag.trim())
        .filter(Boolean);
    }
    this.saving = true;
    const edited = await this.feedback.run((store) => editPost(store, input)).finally(() => (this.saving = false));
    if (!edited) return; // the text stays, with the reason beside it
    this.dispatchEvent(new MajlisPostEditedEvent(edited));
    this.close(this.localize.msg.postActions.saved);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.saving) return;
    event.preventDefault();
    event.stopPropagation();
    this.close();
  };

  override render() {
    const post = this.post;
    if (!post) return nothing;
    const msg = this.localize.msg;
    const level = lengthLevel(this.text.trim().length);
    const bodyMessage =
      this.invalid === 'body'
        ? level === 'over'
          ? msg.composer.tooLong(this.text.trim().length - LIMITS.bodyMax, this.localize.fmt)
          : msg.composer.tooShort(LIMITS.bodyMin, this.localize.fmt)
        : undefined;
    const suspension = this.data.store?.currentViewer?.suspension;
    return html`<form part="post-editor" class="card" novalidate aria-label=${msg.postActions.editLabel} aria-busy=${this.saving ? 'true' : 'false'}
      dir=${this.localize.dir} @keydown=${this.onKeydown} @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        void this.save();
      }}>
      ${post.type === 'question' ? this.renderTitle() : nothing}
      <div class="header">${this.editor.tabs()}${this.editor.toolbar()}</div>
      <div role="tabpanel" id="panel-write" aria-labelledby="tab-write" ?hidden=${this.editor.previewing}>
        <textarea id="body" part="textarea" rows="8" dir="auto" lang=${post.language} aria-label=${msg.field.body} .value=${live(this.text)}
          ?readonly=${this.saving} aria-invalid=${bodyMessage ? 'true' : 'false'} aria-describedby=${bodyMessage ? 'body-message' : nothing}
          @input=${(event: Event) => (this.text = (event.target as HTMLTextAreaElement).value)}
          @keydown=${this.editor.onTextareaKeydown}></textarea>
      </div>
      ${renderPreviewPanel(msg.composer, this.editor.previewing, this.text, post.language)}
      <div class="status">
        ${bodyMessage ? html`<p id="body-message" part="message" class="message" role="alert">${bodyMessage}</p>` : nothing}
        ${renderCount(msg.composer, this.text.trim().length, level, this.localize.fmt)}
      </div>
      ${post.type === 'question' ? this.renderTags() : nothing}
      <div class="field">
        <label for="note">${msg.postActions.editNote} <span class="hint">${msg.postActions.optional}</span></label>
        <input id="note" maxlength=${MODERATION_TEXT_MAX} aria-describedby="note-hint" .value=${live(this.note)} ?readonly=${this.saving}
          @input=${(event: Event) => (this.note = (event.target as HTMLInputElement).value)} />
        <p id="note-hint" class="hint">${msg.postActions.editNoteHint}</p>
      </div>
      ${this.feedback.error ? renderError(this.localize, this.feedback.error, undefined, { suspendedUntil: suspension?.until ?? null }) : nothing}
      <div class="buttons">
        <button part="cancel-button" class="button" type="button" ?disabled=${this.saving} @click=${() => this.close()}>${msg.common.cancel}</button>
        <button part="save-button" class="button button--primary" type="submit" aria-disabled=${this.saving ? 'true' : nothing}>
          ${this.saving ? msg.postActions.saving : msg.postActions.save}
        </button>
      </div>
    </form>`;
  }

  private renderTitle(): TemplateResult {
    const msg = this.localize.msg;
    const invalid = this.invalid === 'title';
    return html`<div class="field">
      <label for="title" class="label">${msg.postActions.title}</label>
      <input id="title" dir="auto" maxlength=${LIMITS.titleMax} .value=${live(this.questionTitle)} ?readonly=${this.saving}
        aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? 'title-message' : nothing}
        @input=${(event: Event) => (this.questionTitle = (event.target as HTMLInputElement).value)} />
      ${invalid
        ? html`<p id="title-message" part="message" class="message" role="alert">${msg.error.invalidField(msg.field.title)}</p>`
        : nothing}
    </div>`;
  }

  private renderTags(): TemplateResult {
    const msg = this.localize.msg.postActions;
    return html`<div class="field">
      <label for="tags">${msg.tags} <span class="hint">${msg.optional}</span></label>
      <input id="tags" dir="auto" aria-describedby="tags-hint" .value=${live(this.tags)} ?readonly=${this.saving}
        @input=${(event: Event) => (this.tags = (event.target as HTMLInputElement).value)} />
      <p id="tags-hint" class="hint">${msg.tagsHint}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-post-editor': MajlisPostEditor;
  }
}
