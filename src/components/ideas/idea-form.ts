import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { AnnounceController } from '../../core/controllers/announce-controller.js';
import { MutationFeedback } from '../../core/controllers/mutation-feedback.js';
import { SimilarQuestionsController } from '../../core/controllers/similar-questions-controller.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { MajlisElement } from '../../core/element.js';
import { capitalize, formatLanguageName } from '../../core/i18n/format.js';
import { SUPPORTED_LOCALES } from '../../core/i18n/locale.js';
import { IDEA_TOPICS } from '../../core/idea-names.js';
import type { IdeaTopic } from '../../core/idea-names.js';
import { isIdeaPending, similarIdeas, submitIdea } from '../../core/idea-store.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { markdownStyles } from '../../styles/markdown.styles.js';
import { styles as editorStyles } from '../composer/composer.styles.js';
import { renderPreviewPanel } from '../composer/markdown-editor.js';
import { titledPostEditing } from '../composer/titled-post-editing.js';
import { feedbackStyles, renderError } from '../shared/feedback.js';
import { formStyles } from '../shared/form.styles.js';
import { heading, headingLevel } from '../shared/heading.js';
import { IdeaFormEvent } from './idea-form-event.js';
import { styles } from './ideas.styles.js';

/** A select's value in the form's data. */
function formValue(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * @tag majlis-idea-form
 * @summary The form `<majlis-ideas>` shows to share an idea: a title (with similar ideas shown while it is typed), a
 * Markdown description with the composer's editor (write and preview, toolbar, Ctrl+Enter shares), a topic and a
 * language, and the personal-data guard of the ask form (phone numbers, IMEIs, IBANs… masked or kept). A refusal keeps
 * everything typed. Its own lazy chunk, fetched when a member first opens the form.
 *
 * @fires {MajlisErrorEvent} majlis-error - Sharing the idea was refused or failed (`operation: 'idea'`).
 * @csspart form - The form.
 * @csspart similar - Under the title, ideas like the one being typed.
 * @csspart personal-data-warning - The warning when the title or description seem to hold personal data.
 * @csspart error - The message of a refused idea.
 */
export class MajlisIdeaForm extends MajlisElement {
  static override styles = [hostStyles, buttonStyles, feedbackStyles, markdownStyles, editorStyles, formStyles, styles];
  static override properties = {
    category: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    ideaTitle: { state: true, attribute: false },
    ideaBody: { state: true, attribute: false },
  };

  /** The category new ideas are filed under; empty: the community's first category. */
  category = '';

  /** Heading level of the form's heading (1–6). */
  headingLevel = 3;

  private ideaTitle = '';
  private ideaBody = '';

  private readonly data = new StoreController(this);
  private readonly announcer = new AnnounceController(this);
  private readonly feedback = new MutationFeedback(this, this.data);
  /** Ideas like the one being typed, looked up as its title settles. */
  private readonly similar = new SimilarQuestionsController(this, { store: () => this.data.store, search: similarIdeas });
  private readonly editing = titledPostEditing(this, {
    ids: { title: 'idea-title', body: 'idea-body' },
    localize: this.localize,
    announcer: this.announcer,
    title: () => this.ideaTitle,
    body: () => this.ideaBody,
    setTitle: (text) => (this.ideaTitle = text),
    setBody: (text) => (this.ideaBody = text),
    busy: () => this.submitting(),
    submit: () => void this.submit(),
  });
  private readonly editor = this.editing.editor;
  private readonly guard = this.editing.guard;

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLInputElement>('#idea-title')?.focus(options);
  }

  private submitting(): boolean {
    return this.data.store ? isIdeaPending(this.data.store, 'new') : false;
  }

  /**
   * Shares the idea: the fields' own checks first, then the guard (its warning takes focus until the writer masks
   * or keeps what it found); the ideas element opens the new idea.
   */
  private async submit(): Promise<void> {
    const form = this.renderRoot.querySelector<HTMLFormElement>('form');
    const store = this.data.store;
    if (!form || !store || this.submitting()) return;
    this.editor.show('write'); // an invalid description must be in view to say so
    await this.updateComplete;
    if (!form.reportValidity()) return;
    const clear = this.guard.check();
    if (clear !== true && (!(await clear) || this.submitting())) return;
    const data = new FormData(form);
    const categoryId = this.category || ((await store.listCategories())[0]?.id ?? '');
    const input = {
      title: this.ideaTitle.trim(),
      body: this.ideaBody.trim(),
      topic: formValue(data, 'topic') as IdeaTopic,
      language: formValue(data, 'language'),
      categoryId,
      ...(this.guard.allowed && { allowPersonalData: true }),
    };
    const submitted = await this.feedback.run((s) => submitIdea(s, input));
    if (submitted) {
      this.dispatchEvent(new IdeaFormEvent('submitted', submitted.id));
      return;
    }
    const error = this.feedback.error;
    const field = error?.code === 'invalid' ? error.field : undefined;
    // Refused for personal data the guard did not catch in time: its warning explains, the text stays.
    if ((field === 'title' || field === 'body') && (await this.guard.refused(field))) this.feedback.clear();
  }

  private languageName(tag: string): string {
    return capitalize(formatLanguageName(this.localize.locale, tag), this.localize.locale);
  }

  override render(): TemplateResult {
    const { msg } = this.localize;
    const t = msg.ideas;
    const submitting = this.submitting();
    const pageLanguage = SUPPORTED_LOCALES.find((tag) => tag === this.localize.locale.split('-')[0]) ?? 'en';
    const preview = this.editor.previewing;
    return html`<form part="form" class="form" aria-labelledby="form-heading" novalidate
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          void this.submit();
        }}>
        ${heading(headingLevel(this.headingLevel, 3), t.shareHeading, { id: 'form-heading', class: 'subheading' })}
        <label class="field" for="idea-title"><span class="label">${t.title}</span></label>
        <input id="idea-title" name="title" required minlength="10" maxlength="150" dir="auto" ?readonly=${submitting}
          .value=${live(this.ideaTitle)} aria-describedby=${this.guard.describes('title') || nothing}
          @input=${(event: InputEvent) => {
            this.ideaTitle = (event.target as HTMLInputElement).value;
            this.similar.lookup(this.ideaTitle);
          }} />
        ${this.renderSimilar()}
        <label class="field" for="idea-body"><span class="label">${t.description}</span></label>
        <div class="header">${this.editor.tabs()} ${this.editor.toolbar()}</div>
        <div role="tabpanel" id="panel-write" aria-labelledby="tab-write" ?hidden=${preview}>
          <textarea id="idea-body" name="body" required rows="6" dir="auto" ?readonly=${submitting} .value=${live(this.ideaBody)}
            aria-describedby=${['idea-body-hint', this.guard.describes('body')].filter(Boolean).join(' ')}
            @input=${(event: InputEvent) => (this.ideaBody = (event.target as HTMLTextAreaElement).value)}
            @keydown=${this.editor.onTextareaKeydown}></textarea>
        </div>
        ${renderPreviewPanel(msg.composer, preview, this.ideaBody, pageLanguage)}
        <span id="idea-body-hint" class="field-hint">${t.descriptionHint}</span>
        <div class="row">
          <label class="field"><span class="label">${t.topic}</span>
            <select name="topic" ?disabled=${submitting}>
              ${IDEA_TOPICS.map((topic) => html`<option value=${topic}>${t.topics[topic]}</option>`)}
            </select></label>
          <label class="field"><span class="label">${t.language}</span>
            <select name="language" ?disabled=${submitting}>
              ${SUPPORTED_LOCALES.map((tag) => html`<option value=${tag} ?selected=${tag === pageLanguage}>${this.languageName(tag)}</option>`)}
            </select></label>
        </div>
        ${this.guard.render()}
        ${this.feedback.error ? renderError(this.localize, this.feedback.error) : nothing}
        <div class="actions">
          <button class="button button--primary" type="submit" ?disabled=${submitting}>${submitting ? t.submitting : t.submit}</button>
          <button class="button" type="button" @click=${() => this.dispatchEvent(new IdeaFormEvent('cancel'))}>${t.cancel}</button>
        </div>
      </form>
      ${this.announcer.region()}`;
  }

  private renderSimilar(): TemplateResult | typeof nothing {
    const found = this.similar.questions;
    if (found.length === 0) return nothing;
    return html`<div part="similar" class="similar" role="group" aria-labelledby="similar-heading">
      <span id="similar-heading" class="label">${this.localize.msg.ideas.similar}</span>
      <ul class="similar-list">
        ${found.map(
          (question) => html`<li><button class="link" type="button" lang=${question.language} dir="auto"
            @click=${() => this.dispatchEvent(new IdeaFormEvent('open', question.id))}>${question.title}</button></li>`,
        )}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-idea-form': MajlisIdeaForm;
  }
}
