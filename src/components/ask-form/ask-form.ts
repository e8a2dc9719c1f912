import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { toMajlisError } from '../../core/adapter.js';
import { categoryName } from '../../core/categories.js';
import { AnnounceController } from '../../core/controllers/announce-controller.js';
import { DraftController } from '../../core/controllers/draft-controller.js';
import { LanguageHintController } from '../../core/controllers/language-hint-controller.js';
import { SimilarQuestionsController } from '../../core/controllers/similar-questions-controller.js';
import { MutationFeedback } from '../../core/controllers/mutation-feedback.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { toggleState } from '../../core/custom-states.js';
import { requestSignIn } from '../../core/controllers/sign-in.js';
import { MajlisElement } from '../../core/element.js';
import {
  MajlisErrorEvent,
  MajlisNavigateEvent,
  MajlisQuestionAskedEvent,
} from '../../core/events.js';
import { capitalize, formatLanguageName } from '../../core/i18n/format.js';
import { SUPPORTED_LOCALES, canonicalLocale, matchSupportedLocale } from '../../core/i18n/locale.js';
import type { StoreChange, MajlisStore } from '../../core/store.js';
import { LIMITS } from '../../core/types.js';
import type { AskQuestionInput, Category } from '../../core/types.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { markdownStyles } from '../../styles/markdown.styles.js';
import { answerNoticeStyles } from '../composer/answer-notice.js';
import { styles as editorStyles } from '../composer/composer.styles.js';
import { lengthLevel, renderCount, renderPreviewPanel } from '../composer/markdown-editor.js';
import { titledPostEditing } from '../composer/titled-post-editing.js';
import { feedbackStyles, renderError, renderProblem } from '../shared/feedback.js';
import { styles } from './ask-form.styles.js';
import { askQuestion } from '../../core/writing.js';

/** The fields of the form, in the order focus goes to the first invalid one. */
type Field = 'title' | 'body' | 'category' | 'language' | 'tags';
const FIELDS: readonly Field[] = ['title', 'body', 'category', 'language', 'tags'];
/** The control of each field (the tag field's text input). */
const CONTROL_IDS: Readonly<Record<Field, string>> = {
  title: 'title',
  body: 'body',
  category: 'category',
  language: 'language',
  tags: 'tag-input',
};

/** The field an adapter's `invalid` error names (`MajlisError#field`). */
function fieldOf(name: string | undefined): Field | undefined {
  if (name === 'categoryId' || name === 'category') return 'category';
  return FIELDS.find((field) => field === name);
}

/** What the draft keeps (`language: ''` follows the page's language). */
interface QuestionDraft {
  title: string;
  body: string;
  categoryId: string;
  language: string;
  tags: string[];
}

const DRAFT_NAME = 'question:new';

function toQuestionDraft(stored: unknown): QuestionDraft | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { title, body, categoryId, language, tags } = stored as Partial<Record<keyof QuestionDraft, unknown>>;
  if (typeof title !== 'string' || typeof body !== 'string') return undefined;
  if (typeof categoryId !== 'string' || typeof language !== 'string') return undefined;
  if (!Array.isArray(tags) || !tags.every((tag): tag is string => typeof tag === 'string')) return undefined;
  return { title, body, categoryId, language, tags: tags.slice(0, LIMITS.tagsMax) };
}

/** Commas (Latin and Arabic) end a tag, like Enter. */
const TAG_SEPARATORS = /[,،]/u;

const checkIcon = html`<svg viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
  <path d="M3.5 8.5l3 3 6-7" />
</svg>`;

/**
 * @tag majlis-ask-form
 * @summary The new-question form: a title (with similar questions, solved ones first, shown while it is typed),
 * Markdown details with the composer's toolbar and preview, a category, the question's language (preset from
 * the page) and optional tags. Validation messages sit next to their fields; the draft survives a reload or
 * a failed post. Anonymous viewers get a sign-in prompt.
 *
 * @csspart form - The form (the card around everything).
 * @csspart label - Each field's label.
 * @csspart field-hint - The help text under a label.
 * @csspart title-input - The title field.
 * @csspart similar - The box of similar questions under the title.
 * @csspart similar-question - Each similar question (a button that opens it).
 * @csspart solved-badge - The "Solved" marker of a similar question.
 * @csspart tabs - The Write/Preview tab list of the details field.
 * @csspart tab - Each of the Write and Preview tabs.
 * @csspart toolbar - The formatting toolbar.
 * @csspart toolbar-button - Each formatting button.
 * @csspart textarea - The Markdown details field.
 * @csspart preview - The rendered preview panel.
 * @csspart count - The character count of the details.
 * @csspart category-select - The category select.
 * @csspart language-select - The question language select.
 * @csspart language-hint - The hint offering to switch the question language.
 * @csspart tags - The tag field (chips and text input).
 * @csspart tag - Each tag chip.
 * @csspart tag-remove-button - The remove button of a tag chip.
 * @csspart tag-input - The text input of the tag field.
 * @csspart message - A validation message next to a field.
 * @csspart personal-data-warning - The warning shown when the title or details seem to hold personal data (phone
 * numbers, e-mail addresses, IBANs, IMEIs, ICCIDs).
 * @csspart personal-data-heading - Its heading.
 * @csspart personal-data-list - Its list of what was found, masked.
 * @csspart personal-data-item - Each finding in that list.
 * @csspart personal-data-mask-button - "Mask them": replaces each finding with its mask.
 * @csspart personal-data-keep-button - "Post anyway": posts with the data as written.
 * @csspart submit-button - "Post question".
 * @csspart notice - The sign-in prompt shown instead of the form.
 * @csspart sign-in-button - "Sign in to ask", for anonymous viewers.
 * @csspart error - Load or post error message.
 * @csspart retry-button - Retry after an error.
 *
 * @cssprop --majlis-color-accent - Selected tab, primary button, focus ring, links to similar questions.
 * @cssprop --majlis-color-on-accent - Text on the primary button.
 * @cssprop --majlis-color-surface - Card and field background.
 * @cssprop --majlis-color-text - Text colour.
 * @cssprop --majlis-color-muted - Secondary text: hints, counter, inactive tabs.
 * @cssprop --majlis-color-border - Card, field and chip borders.
 * @cssprop --majlis-color-subtle - Similar questions, chips, notice backgrounds.
 * @cssprop --majlis-color-success - The "Solved" marker.
 * @cssprop --majlis-color-danger - Validation messages, invalid fields, the personal-data warning's edge.
 * @cssprop --majlis-radius - Corner radius.
 * @cssprop --majlis-space - Spacing unit.
 * @cssprop --majlis-font-family - Font.
 * @cssprop --majlis-font-size - Base font size.
 *
 * @cssstate submitting - The question is being sent.
 * @cssstate preview - The Preview tab is shown.
 * @cssstate has-similar - Similar questions are shown.
 *
 * @fires {MajlisQuestionAskedEvent} majlis-question-asked - The adapter stored the question (`detail.question`).
 * @fires {MajlisNavigateEvent} majlis-navigate - Cancelable. `{ view: 'question', questionId }` after the question
 * was stored, or when a similar question is chosen; cancel it to route in the host page.
 * @fires {MajlisLoginRequestEvent} majlis-login-request - An anonymous viewer chose "Sign in to ask"
 * (`detail.reason` is `ask`); the host page opens its sign-in.
 * @fires {MajlisErrorEvent} majlis-error - Loading the viewer or categories (`load`) or asking (`ask-question`) failed.
 */
export class MajlisAskForm extends MajlisElement {
  static override styles = [hostStyles, buttonStyles, feedbackStyles, markdownStyles, editorStyles, answerNoticeStyles, styles];
  static override properties = {
    questionTitle: { state: true, attribute: false },
    body: { state: true, attribute: false },
    categoryId: { state: true, attribute: false },
    language: { state: true, attribute: false },
    tags: { state: true, attribute: false },
    tagText: { state: true, attribute: false },
    categories: { state: true, attribute: false },
    loadError: { state: true, attribute: false },
    submitting: { state: true, attribute: false },
    errors: { state: true, attribute: false },
  };

  private readonly data = new StoreController(this, (change) => this.onStoreChange(change));
  private readonly feedback = new MutationFeedback(this, this.data);
  private readonly announcer = new AnnounceController(this);
  private readonly draft = new DraftController<QuestionDraft>(this, { parse: toQuestionDraft });
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();
  private readonly editing = titledPostEditing(this, {
    ids: CONTROL_IDS,
    localize: this.localize,
    announcer: this.announcer,
    title: () => this.questionTitle,
    body: () => this.body,
    setTitle: (text) => this.setTitle(text),
    setBody: (text) => this.setBody(text),
    busy: () => this.submitting,
    submit: () => void this.submit(),
  });
  private readonly editor = this.editing.editor;
  private readonly guard = this.editing.guard;
  private readonly hint = new LanguageHintController(this, {
    text: () => `${this.questionTitle}\n${this.body}`,
    selected: () => (this.data.store?.currentViewer?.user ? this.selectedLanguage : undefined),
    readerLanguage: () => this.localize.lang,
    describe: (selected, suggestion) => this.localize.msg.askForm.languageHint(this.languageName(selected), this.languageName(suggestion)),
    languageName: (tag) => this.languageName(tag),
    messages: () => this.localize.msg.composer,
    shown: (text) => this.announcer.announce(text),
    resolved: (suggestion, accepted) => {
      if (accepted) this.setLanguage(suggestion);
      this.renderRoot.querySelector<HTMLElement>('#language')?.focus();
    },
  });
  private readonly similar = new SimilarQuestionsController(this, {
    store: () => this.data.store,
    found: (questions) => this.announcer.announce(this.localize.msg.askForm.similarFound(questions.length, this.localize.fmt)),
  });

  private questionTitle = '';
  private body = '';
  private categoryId = '';
  /** The language the viewer chose; `''` follows the page's. */
  private language = '';
  private tags: string[] = [];
  /** Text typed in the tag field that is not a chip yet. */
  private tagText = '';
  private categories: Category[] | undefined;
  private loadError: unknown;
  private submitting = false;
  /** Validation messages by field; fields are checked on submit, then again when left. */
  private errors: Partial<Record<Field, string>> = {};

  /** Whether the viewer tried to submit, after which leaving a field re-checks it. */
  private submitted = false;
  private loadedStore: MajlisStore | undefined;

  protected override willUpdate(): void {
    if (!this.hasUpdated) this.restoreDraft();
    if (this.data.store !== this.loadedStore) this.load();
  }

  protected override updated(): void {
    const title = this.focusTitle ? this.renderRoot.querySelector<HTMLInputElement>('#title') : null;
    if (title) {
      this.focusTitle = false;
      title.focus();
    }
    toggleState(this.internals, 'submitting', this.submitting);
    toggleState(this.internals, 'preview', this.editor.previewing);
    toggleState(this.internals, 'has-similar', this.similar.questions.length > 0);
  }

  // ── data ──

  private restoreDraft(): void {
    const draft = this.draft.open(DRAFT_NAME);
    if (!draft) return;
    this.questionTitle = draft.title;
    this.body = draft.body;
    this.categoryId = draft.categoryId;
    this.language = draft.language;
    this.tags = draft.tags;
  }

  /**
   * Loads the viewer and the categories (and the page language's catalog, so the form never paints in English
   * first); a signed-in viewer with a restored title also gets suggestions.
   */
  private load(): void {
    const store = this.data.store;
    this.loadedStore = store;
    this.loadError = undefined;
    this.categories = undefined;
    if (!store) return;
    Promise.all([store.currentViewer ?? store.loadViewer(), store.listCategories(), this.localize.loaded()]).then(
      ([viewer, categories]) => {
        if (store !== this.loadedStore) return;
        this.categories = categories;
        if (viewer.user) this.similar.lookup(this.questionTitle, true);
      },
      (error: unknown) => {
        if (store !== this.loadedStore) return;
        this.loadError = error;
        this.dispatchEvent(new MajlisErrorEvent({ error: toMajlisError(error), operation: 'load' }));
      },
    );
  }

  private onStoreChange(change: StoreChange): void {
    // After a sign-in or sign-out the store forgets everything: load again on the next update.
    if (change.type === 'reset' || change.type === 'refresh') this.loadedStore = undefined;
  }

  /** The question's language: the viewer's choice, else the page's (as one of the shipped languages). */
  private get selectedLanguage(): string {
    return this.language || matchSupportedLocale(this.localize.locale);
  }

  private saveDraft(): void {
    const { questionTitle: title, body, categoryId, language, tags } = this;
    const empty = !title.trim() && !body.trim() && !categoryId && !language && tags.length === 0;
    this.draft.save(empty ? null : { title, body, categoryId, language, tags });
  }

  // ── similar questions ──

  private openQuestion(questionId: string): void {
    this.dispatchEvent(new MajlisNavigateEvent({ view: 'question', questionId }));
  }

  // ── validation ──

  /** The message for one field as it stands, or undefined when it is fine. */
  private check(field: Field): string | undefined {
    const msg = this.localize.msg.askForm;
    const fmt = this.localize.fmt;
    switch (field) {
      case 'title': {
        const length = this.questionTitle.trim().length;
        if (length === 0) return msg.titleRequired;
        if (length < LIMITS.titleMin) return msg.titleTooShort(LIMITS.titleMin, fmt);
        return length > LIMITS.titleMax ? msg.titleTooLong(length - LIMITS.titleMax, fmt) : undefined;
      }
      case 'body': {
        const length = this.body.trim().length;
        if (length === 0) return msg.bodyRequired;
        if (length < LIMITS.bodyMin) return msg.bodyTooShort(LIMITS.bodyMin, fmt);
        return length > LIMITS.bodyMax ? msg.bodyTooLong(length - LIMITS.bodyMax, fmt) : undefined;
      }
      case 'category': {
        const known = !this.categories || this.categories.some((c) => c.id === this.categoryId);
        return this.categoryId && known ? undefined : msg.categoryRequired;
      }
      case 'language':
        return canonicalLocale(this.selectedLanguage) ? undefined : this.localize.msg.error.invalidField(msg.language);
      case 'tags': {
        const pending = this.normalizeTag(this.tagText);
        if (this.tags.length > LIMITS.tagsMax || (pending && this.tags.length >= LIMITS.tagsMax)) {
          return msg.tooManyTags(LIMITS.tagsMax, fmt);
        }
        const tooLong = [...this.tags, pending].some((tag) => tag.length > LIMITS.tagMax);
        return tooLong ? msg.tagTooLong(LIMITS.tagMax, fmt) : undefined;
      }
    }
  }

  /** After a change: a shown message goes away as soon as the field is fine (new ones wait for blur or submit). */
  private recheck(field: Field): void {
    if (this.errors[field] && !this.check(field)) this.errors = { ...this.errors, [field]: undefined };
  }

  private readonly onBlur = (event: FocusEvent): void => {
    if (!this.submitted) return;
    const id = (event.target as HTMLElement).id;
    const field = FIELDS.find((f) => CONTROL_IDS[f] === id);
    if (field) this.errors = { ...this.errors, [field]: this.check(field) };
  };

  private async focusField(field: Field): Promise<void> {
    if (field === 'body') this.editor.show('write');
    // Let a Preview tab switch back, or a select disabled while submitting come back, before focusing.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${CONTROL_IDS[field]}`)?.focus();
  }

  // ── tags ──

  private normalizeTag(text: string): string {
    return text.trim().replace(/^#/u, '').trim().replace(/\s+/gu, '-').toLocaleLowerCase(this.localize.locale);
  }

  /**
   * Turns `parts` into chips (lowercase, no duplicates). A part that cannot be added (too long, or one too
   * many) is returned to stay in the text field with a message, so nothing typed is lost.
   */
  private addTags(parts: readonly string[]): string {
    const msg = this.localize.msg.askForm;
    const fmt = this.localize.fmt;
    const tags = [...this.tags];
    let rest = '';
    let error: string | undefined;
    for (const part of parts) {
      const tag = this.normalizeTag(part);
      if (!tag || tags.includes(tag)) continue;
      if (tag.length > LIMITS.tagMax) error = msg.tagTooLong(LIMITS.tagMax, fmt);
      else if (tags.length >= LIMITS.tagsMax) error = msg.tooManyTags(LIMITS.tagsMax, fmt);
      else {
        tags.push(tag);
        continue;
      }
      rest = rest ? `${rest}, ${part.trim()}` : part.trim();
    }
    this.tags = tags;
    this.errors = { ...this.errors, tags: error };
    this.saveDraft();
    return rest;
  }

  /** Makes chips of whatever is in the tag field. */
  private commitTagText(): void {
    if (!this.tagText.trim()) return;
    this.tagText = this.addTags(this.tagText.split(TAG_SEPARATORS));
  }

  private removeTag(tag: string): void {
    this.tags = this.tags.filter((t) => t !== tag);
    this.recheck('tags');
    this.saveDraft();
    this.renderRoot.querySelector<HTMLInputElement>('#tag-input')?.focus();
  }

  private readonly onTagInput = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    if (TAG_SEPARATORS.test(value)) {
      const parts = value.split(TAG_SEPARATORS);
      const last = parts.pop() ?? '';
      const rest = this.addTags(parts);
      this.tagText = rest ? `${rest}, ${last}` : last;
    } else {
      this.tagText = value;
      this.recheck('tags');
    }
  };

  private readonly onTagKeydown = (event: KeyboardEvent): void => {
    if (event.isComposing) return;
    if (event.key === 'Enter' && this.tagText.trim()) {
      event.preventDefault();
      this.commitTagText();
    } else if (event.key === 'Backspace' && this.tagText === '' && this.tags.length > 0) {
      event.preventDefault();
      this.tags = this.tags.slice(0, -1);
      this.recheck('tags');
      this.saveDraft();
    }
  };

  private readonly onTagBlur = (event: FocusEvent): void => {
    this.commitTagText();
    this.onBlur(event);
  };

  // ── other handlers ──

  private readonly onTitleInput = (event: Event): void => {
    this.setTitle((event.target as HTMLInputElement).value);
  };

  private setTitle(title: string): void {
    this.questionTitle = title;
    this.recheck('title');
    this.saveDraft();
    this.similar.lookup(this.questionTitle);
  }

  private readonly onBodyInput = (event: Event): void => {
    this.setBody((event.target as HTMLTextAreaElement).value);
  };

  private setBody(body: string): void {
    this.body = body;
    this.recheck('body');
    this.saveDraft();
  }

  private readonly onCategoryChange = (event: Event): void => {
    this.categoryId = (event.target as HTMLSelectElement).value;
    this.recheck('category');
    this.saveDraft();
  };

  private readonly onLanguageChange = (event: Event): void => {
    this.setLanguage((event.target as HTMLSelectElement).value);
  };

  private setLanguage(language: string): void {
    this.language = language;
    this.recheck('language');
    this.saveDraft();
  }

  private readonly requestLogin = (): void => {
    const store = this.data.store;
    if (!store) return;
    requestSignIn(this, store, 'ask', {
      // Signed in: the form, with focus on its title, where the prompt was.
      resume: () => {
        this.focusTitle = true;
        this.requestUpdate();
      },
      control: () => this.renderRoot.querySelector<HTMLElement>('[part~="sign-in-button"]'),
    });
  };

  /** Set when the form should take focus once it shows (after a sign-in). */
  private focusTitle = false;

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  // ── languages ──

  private languageName(tag: string): string {
    return capitalize(formatLanguageName(this.localize.locale, tag), this.localize.locale);
  }

  // ── submitting ──

  private clear(): void {
    this.similar.clear();
    this.questionTitle = '';
    this.body = '';
    this.categoryId = '';
    this.language = '';
    this.tags = [];
    this.tagText = '';
    this.editor.show('write');
    this.errors = {};
    this.hint.reset();
    this.guard.reset();
    this.submitted = false;
  }

  /** Validates and asks; the draft is cleared only once the adapter stored the question. */
  private async submit(): Promise<void> {
    const store = this.data.store;
    if (!store || this.submitting) return;
    this.commitTagText();
    this.submitted = true;
    const errors: Partial<Record<Field, string>> = {};
    for (const field of FIELDS) errors[field] = this.check(field);
    this.errors = errors;
    const invalid = FIELDS.find((field) => errors[field]);
    if (invalid) {
      await this.focusField(invalid);
      return;
    }
    // Personal data the writer has neither masked nor kept: the warning takes focus instead.
    const clear = this.guard.check();
    if (clear !== true && (!(await clear) || this.submitting)) return;
    const input: AskQuestionInput = {
      title: this.questionTitle.trim(),
      body: this.body.trim(),
      categoryId: this.categoryId,
      language: this.selectedLanguage,
      tags: [...this.tags],
      ...(this.guard.allowed && { allowPersonalData: true }),
    };
    this.submitting = true;
    const question = await this.feedback.run((store) => askQuestion(store, input)).finally(() => (this.submitting = false));
    if (!question) {
      const error = this.feedback.error;
      const field = error?.code === 'invalid' ? fieldOf(error.field) : undefined;
      if (!field) return;
      // Refused for personal data the guard did not catch in time: its warning explains, the text stays.
      if (await this.guard.refused(field)) {
        this.feedback.clear();
        return;
      }
      this.errors = { ...this.errors, [field]: this.localize.error(error) };
      this.feedback.clear(); // shown at its field instead
      await this.focusField(field);
      return;
    }
    this.draft.clear(DRAFT_NAME);
    this.clear();
    this.announcer.announce(question.state === 'pending' ? this.localize.msg.askForm.pending : this.localize.msg.askForm.posted);
    this.dispatchEvent(new MajlisQuestionAskedEvent(question));
    this.dispatchEvent(new MajlisNavigateEvent({ view: 'question', questionId: question.id }));
  }

  // ── rendering ──

  override render() {
    return html`<div dir=${this.localize.dir}>${this.renderContent()}${this.announcer.region()}</div>`;
  }

  private renderContent(): TemplateResult {
    const { problem, store } = this.data;
    const msg = this.localize.msg;
    if (problem) return renderProblem(this.localize, problem);
    if (this.loadError) return renderError(this.localize, this.loadError, () => this.load());
    const viewer = store?.currentViewer;
    if (!viewer || !this.categories) return html`<p class="loading">${msg.common.loading}</p>`;
    if (!viewer.user) {
      return html`<div part="notice" class="notice">
        <p>${msg.askForm.signInPrompt}</p>
        <button part="sign-in-button" class="button button--primary" type="button" @click=${this.requestLogin}>
          ${msg.askForm.signIn}
        </button>
      </div>`;
    }
    return this.renderForm(this.categories);
  }

  /** `aria-describedby` of a field: its message first (when shown), then its hints (and the personal-data warning). */
  private describedBy(field: Field, ...hints: string[]): string | typeof nothing {
    const ids = [this.errors[field] ? `${field}-message` : '', ...hints].filter(Boolean).join(' ');
    return ids || nothing;
  }

  private renderMessage(field: Field): TemplateResult | typeof nothing {
    const text = this.errors[field];
    return text ? html`<p id="${field}-message" part="message" class="message" data-field=${field}>${text}</p>` : nothing;
  }

  private renderForm(categories: readonly Category[]): TemplateResult {
    const msg = this.localize.msg.askForm;
    const selected = this.selectedLanguage;
    return html`
      <form
        part="form"
        class="card form"
        novalidate
        aria-label=${msg.label}
        aria-busy=${this.submitting ? 'true' : 'false'}
        @submit=${this.onSubmit}
      >
        <div class="field">
          <label part="label" class="label" for="title">${msg.title}</label>
          <p id="title-hint" part="field-hint" class="field-hint">${msg.titleHint}</p>
          <input
            id="title"
            part="title-input"
            class="input"
            type="text"
            autocomplete="off"
            dir="auto"
            lang=${selected}
            .value=${live(this.questionTitle)}
            ?readonly=${this.submitting}
            aria-invalid=${this.errors.title ? 'true' : 'false'}
            aria-describedby=${this.describedBy('title', 'title-hint', this.guard.describes('title'))}
            @input=${this.onTitleInput}
            @blur=${this.onBlur}
          />
          ${this.renderMessage('title')}
        </div>
        ${this.renderSimilar()} ${this.renderBody(selected)}
        <div class="row">
          <div class="field">
            <label part="label" class="label" for="category">${msg.category}</label>
            <select
              id="category"
              part="category-select"
              class="select"
              ?disabled=${this.submitting}
              aria-invalid=${this.errors.category ? 'true' : 'false'}
              aria-describedby=${this.describedBy('category')}
              @change=${this.onCategoryChange}
              @blur=${this.onBlur}
            >
              <option value="" .selected=${live(!this.categoryId)}>${msg.chooseCategory}</option>
              ${categories.map(
                (category) =>
                  html`<option value=${category.id} .selected=${live(category.id === this.categoryId)}>
                    ${categoryName(category, this.localize.locale)}
                  </option>`,
              )}
            </select>
            ${this.renderMessage('category')}
          </div>
          <div class="field">
            <label part="label" class="label" for="language">${msg.language}</label>
            <select
              id="language"
              part="language-select"
              class="select"
              ?disabled=${this.submitting}
              aria-invalid=${this.errors.language ? 'true' : 'false'}
              aria-describedby=${this.describedBy('language')}
              @change=${this.onLanguageChange}
              @blur=${this.onBlur}
            >
              ${this.languageOptions(selected).map(
                (tag) => html`<option value=${tag} .selected=${live(tag === selected)}>${this.languageName(tag)}</option>`,
              )}
            </select>
            ${this.renderMessage('language')}
          </div>
        </div>
        ${this.hint.render()} ${this.renderTags()} ${this.guard.render()}
        ${this.feedback.error
          ? renderError(this.localize, this.feedback.error, () => void this.submit(), {
              suspendedUntil: this.data.store?.currentViewer?.suspension?.until ?? null,
            })
          : nothing}
        <div class="footer">
          <button
            part="submit-button"
            class="button button--primary"
            type="submit"
            aria-disabled=${this.submitting ? 'true' : nothing}
          >
            ${this.submitting ? msg.submitting : msg.submit}
          </button>
        </div>
      </form>
    `;
  }

  private renderSimilar(): TemplateResult | typeof nothing {
    const similar = this.similar.questions;
    if (similar.length === 0) return nothing;
    const msg = this.localize.msg;
    return html`<section part="similar" class="similar" aria-labelledby="similar-heading">
      <p id="similar-heading" class="similar-heading">${msg.askForm.similarHeading}</p>
      <ul class="similar-list">
        ${similar.map(
          (question) => html`<li>
            <button part="similar-question" class="similar-question" type="button" @click=${() => this.openQuestion(question.id)}>
              <span class="similar-title" dir="auto" lang=${question.language}>${question.title}</span>
              <span class="similar-meta">
                ${question.acceptedAnswerId
                  ? html`<span part="solved-badge" class="solved">${checkIcon}${msg.status.solved}</span>`
                  : nothing}
                <span>${this.localize.count('answers', question.answerCount)}</span>
              </span>
            </button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderBody(selected: string): TemplateResult {
    const msg = this.localize.msg;
    const fmt = this.localize.fmt;
    const preview = this.editor.previewing;
    const length = this.body.trim().length;
    const level = lengthLevel(length);
    return html`<div class="field">
      <label part="label" class="label" for="body">${msg.askForm.body}</label>
      <p id="body-hint" part="field-hint" class="field-hint">${msg.askForm.bodyHint}</p>
      <div class="header">
        ${this.editor.tabs()} ${this.editor.toolbar()}
      </div>
      <div role="tabpanel" id="panel-write" aria-labelledby="tab-write" ?hidden=${preview}>
        <textarea
          id="body"
          part="textarea"
          rows="8"
          dir="auto"
          lang=${selected}
          .value=${live(this.body)}
          ?readonly=${this.submitting}
          aria-invalid=${this.errors.body ? 'true' : 'false'}
          aria-describedby=${this.describedBy('body', 'body-hint', this.guard.describes('body'))}
          @input=${this.onBodyInput}
          @keydown=${this.editor.onTextareaKeydown}
          @blur=${this.onBlur}
        ></textarea>
      </div>
      ${renderPreviewPanel(msg.composer, preview, this.body, selected)}
      <div class="status">
        ${this.renderMessage('body')}
        ${renderCount(msg.composer, length, level, fmt)}
      </div>
    </div>`;
  }

  private renderTags(): TemplateResult {
    const msg = this.localize.msg.askForm;
    const full = this.tags.length >= LIMITS.tagsMax;
    return html`<div class="field">
      <label part="label" class="label" for="tag-input">
        ${msg.tags} <span class="optional">${msg.optional}</span>
      </label>
      <p id="tags-hint" part="field-hint" class="field-hint">${msg.tagsHint(LIMITS.tagsMax, this.localize.fmt)}</p>
      <div part="tags" class="tags" data-invalid=${this.errors.tags ? 'true' : 'false'}>
        ${this.tags.length > 0
          ? html`<ul class="chips" aria-label=${msg.tags}>
              ${this.tags.map(
                (tag) => html`<li part="tag" class="chip">
                  <span dir="auto">${tag}</span>
                  <button
                    part="tag-remove-button"
                    class="chip-remove"
                    type="button"
                    aria-label=${msg.removeTag(tag)}
                    ?disabled=${this.submitting}
                    @click=${() => this.removeTag(tag)}
                  >
                    <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" aria-hidden="true">
                      <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" />
                    </svg>
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing}
        <input
          id="tag-input"
          part="tag-input"
          class="tag-input"
          type="text"
          autocomplete="off"
          enterkeyhint=${full ? 'done' : 'enter'}
          dir="auto"
          .value=${live(this.tagText)}
          ?readonly=${this.submitting}
          aria-invalid=${this.errors.tags ? 'true' : 'false'}
          aria-describedby=${this.describedBy('tags', 'tags-hint')}
          @input=${this.onTagInput}
          @keydown=${this.onTagKeydown}
          @blur=${this.onTagBlur}
        />
      </div>
      ${this.renderMessage('tags')}
    </div>`;
  }

  /** The shipped languages, plus the selected one (a restored draft's) when not among them. */
  private languageOptions(selected: string): string[] {
    const tags: string[] = [...SUPPORTED_LOCALES];
    return tags.some((tag) => tag.toLowerCase() === selected.toLowerCase()) ? tags : [...tags, selected];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-ask-form': MajlisAskForm;
  }
}
