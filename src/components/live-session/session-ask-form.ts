import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { AnnounceController } from '../../core/controllers/announce-controller.js';
import { MutationFeedback } from '../../core/controllers/mutation-feedback.js';
import type { GuardedField } from '../../core/controllers/personal-data-controller.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { toggleState } from '../../core/custom-states.js';
import { MajlisElement } from '../../core/element.js';
import { addComposerTexts } from '../../core/i18n/areas/composer.js';
import { askInSession } from '../../core/live-session-store.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { markdownStyles } from '../../styles/markdown.styles.js';
import { styles as editorStyles } from '../composer/composer.styles.js';
import { renderPreviewPanel } from '../composer/markdown-editor.js';
import { titledPostEditing } from '../composer/titled-post-editing.js';
import { feedbackStyles, renderError } from '../shared/feedback.js';
import { formStyles } from '../shared/form.styles.js';
import { heading, headingLevel } from '../shared/heading.js';
import { styles } from './live-session.styles.js';
import { SessionAskEvent } from './session-ask-event.js';

const CONTROL_IDS: Readonly<Record<GuardedField, string>> = { title: 'ask-title', body: 'ask-body' };

/**
 * @tag majlis-session-ask-form
 * @summary The form `<majlis-live-session>` shows to ask the hosts a question: a title and Markdown details with the
 * composer's editor (write and preview, toolbar, Ctrl+Enter asks), and the personal-data guard of the ask form (phone
 * numbers, IMEIs, IBANs… masked or kept). A refusal keeps everything typed; a question sent after the session ended
 * says so. Written in the page's language. Its own lazy chunk, fetched when a member first focuses the session's form.
 *
 * @fires {MajlisErrorEvent} majlis-error - Asking was refused or failed (`operation: 'live-session'`).
 * @csspart ask-form - The form.
 * @csspart personal-data-warning - The warning when the question or its details seem to hold personal data.
 * @csspart error - Why the question was refused.
 *
 * @cssstate pending - The question is being sent.
 */
export class MajlisSessionAskForm extends MajlisElement {
  static override styles = [hostStyles, buttonStyles, feedbackStyles, markdownStyles, editorStyles, formStyles, styles];
  static override properties = {
    sessionId: { attribute: 'session-id', reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    questionTitle: { attribute: false },
    questionBody: { attribute: false },
    pending: { state: true, attribute: false },
  };

  /** The session asked. */
  sessionId = '';

  /** Heading level of the form's heading (1–6). */
  headingLevel = 3;

  /** The question's title as typed (the live session hands over what was typed before this form loaded). */
  questionTitle = '';

  /** The question's details (Markdown), as typed. */
  questionBody = '';

  private pending = false;

  private readonly data = new StoreController(this);
  private readonly announcer = new AnnounceController(this);
  private readonly feedback = new MutationFeedback(this, this.data);
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();
  private readonly editing = titledPostEditing(this, {
    ids: CONTROL_IDS,
    localize: this.localize,
    announcer: this.announcer,
    title: () => this.questionTitle,
    body: () => this.questionBody,
    setTitle: (text) => (this.questionTitle = text),
    setBody: (text) => (this.questionBody = text),
    busy: () => this.pending,
    submit: () => void this.submit(),
  });
  private readonly editor = this.editing.editor;
  private readonly guard = this.editing.guard;

  /** Focuses a field (the title by default), its caret after what is typed. */
  override focus(options?: FocusOptions & { field?: 'title' | 'body' }): void {
    const control = this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${CONTROL_IDS[options?.field ?? 'title']}`);
    control?.focus(options);
    control?.setSelectionRange(control.value.length, control.value.length);
  }

  protected override updated(): void {
    toggleState(this.internals, 'pending', this.pending);
  }

  /**
   * Asks: the fields' own checks first, then the guard (its warning takes focus until the writer masks or keeps what
   * it found). Asked, the form empties and the live session announces the question; refused, the text stays.
   */
  private async submit(): Promise<void> {
    const form = this.renderRoot.querySelector<HTMLFormElement>('form');
    if (!form || !this.data.store || this.pending) return;
    this.editor.show('write'); // invalid details must be in view to say so
    await this.updateComplete;
    if (!form.reportValidity()) return;
    const clear = this.guard.check();
    if (clear !== true && (!(await clear) || this.pending)) return;
    const input = {
      sessionId: this.sessionId,
      title: this.questionTitle.trim(),
      body: this.questionBody.trim(),
      // Written in the page's language: a session's form is short, without the ask form's language choice.
      language: this.localize.lang,
      ...(this.guard.allowed && { allowPersonalData: true }),
    };
    this.pending = true;
    const asked = await this.feedback.run((store) => askInSession(store, input)).finally(() => (this.pending = false));
    if (asked) {
      this.questionTitle = '';
      this.questionBody = '';
      this.guard.reset();
      this.dispatchEvent(new SessionAskEvent(asked.question.id));
      return;
    }
    const error = this.feedback.error;
    const field = error?.code === 'invalid' ? error.field : undefined;
    // Refused for personal data the guard did not catch in time: its warning explains, the text stays.
    if ((field === 'title' || field === 'body') && (await this.guard.refused(field))) this.feedback.clear();
  }

  override render(): TemplateResult {
    const { msg } = this.localize;
    const t = msg.liveSession;
    const error = this.feedback.error;
    const preview = this.editor.previewing;
    return html`<form part="ask-form" class="form" aria-labelledby="ask-heading" novalidate
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          void this.submit();
        }}>
        ${heading(headingLevel(this.headingLevel, 3), t.askHeading, { id: 'ask-heading', class: 'subheading' })}
        <label class="field" for="ask-title"><span class="label">${t.questionLabel}</span></label>
        <input id="ask-title" name="title" required minlength="10" maxlength="150" dir="auto" ?readonly=${this.pending}
          .value=${live(this.questionTitle)} aria-describedby=${this.guard.describes('title') || nothing}
          @input=${(event: InputEvent) => (this.questionTitle = (event.target as HTMLInputElement).value)} />
        <label class="field" for="ask-body"><span class="label">${t.detailsLabel}</span></label>
        <div class="header">${this.editor.tabs()} ${this.editor.toolbar()}</div>
        <div role="tabpanel" id="panel-write" aria-labelledby="tab-write" ?hidden=${preview}>
          <textarea id="ask-body" name="body" required rows="4" dir="auto" ?readonly=${this.pending} .value=${live(this.questionBody)}
            aria-describedby=${['ask-hint', this.guard.describes('body')].filter(Boolean).join(' ')}
            @input=${(event: InputEvent) => (this.questionBody = (event.target as HTMLTextAreaElement).value)}
            @keydown=${this.editor.onTextareaKeydown}></textarea>
        </div>
        ${renderPreviewPanel(msg.composer, preview, this.questionBody, this.localize.lang)}
        <span id="ask-hint" class="hint">${t.detailsHint}</span>
        ${this.guard.render()}
        ${error?.reason === 'session-ended'
          ? html`<div part="error" class="feedback feedback--error" role="alert">${t.endedNotice}</div>`
          : error
            ? renderError(this.localize, error)
            : nothing}
        <div class="actions">
          <button class="button button--primary" type="submit" ?disabled=${this.pending}>${this.pending ? t.submitting : t.submit}</button>
        </div>
      </form>
      ${this.announcer.region()}`;
  }
}

/** The element once the editor's texts (in the page's languages) are in: what the live session's lazy definition loads. */
export const loadSessionAskForm = (): Promise<typeof MajlisSessionAskForm> => addComposerTexts().then(() => MajlisSessionAskForm);

declare global {
  interface HTMLElementTagNameMap {
    'majlis-session-ask-form': MajlisSessionAskForm;
  }
}
