import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { toMajlisError } from '../../core/adapter.js';
import { AnnounceController } from '../../core/controllers/announce-controller.js';
import { DraftController } from '../../core/controllers/draft-controller.js';
import { LanguageHintController } from '../../core/controllers/language-hint-controller.js';
import { MutationFeedback } from '../../core/controllers/mutation-feedback.js';
import { PersonalDataController } from '../../core/controllers/personal-data-controller.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { toggleState } from '../../core/custom-states.js';
import { MajlisElement } from '../../core/element.js';
import { MajlisAnswerPostedEvent, MajlisErrorEvent } from '../../core/events.js';
import { requestSignIn } from '../../core/controllers/sign-in.js';
import { capitalize, formatLanguageName } from '../../core/i18n/format.js';
import { SUPPORTED_LOCALES, canonicalLocale } from '../../core/i18n/locale.js';
import { markdownStyles } from '../../styles/markdown.styles.js';
import type { StoreChange, MajlisStore } from '../../core/store.js';
import { LIMITS } from '../../core/types.js';
import type { Question } from '../../core/types.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { feedbackStyles, renderError, renderProblem } from '../shared/feedback.js';
import { primaryLanguage } from '../../core/contract/language.js';
import { answerBlock, answerNoticeStyles, renderAnswerNotice } from './answer-notice.js';
import { MarkdownEditor, lengthLevel, renderCount, renderPreviewPanel } from './markdown-editor.js';
import type { LengthLevel } from './markdown-editor.js';
import { styles } from './composer.styles.js';
import { postAnswer } from '../../core/writing.js';

/** What the draft keeps: the text and the chosen answer language (`''`: the question's). */
interface AnswerDraft {
  body: string;
  language: string;
}

function toAnswerDraft(stored: unknown): AnswerDraft | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { body, language } = stored as Partial<Record<keyof AnswerDraft, unknown>>;
  return typeof body === 'string' && typeof language === 'string' ? { body, language } : undefined;
}

/**
 * @tag majlis-composer
 * @summary The answer form under a question: Markdown with a formatting toolbar and a preview, a character
 * count, the answer language (with a hint when the text is in another language), and drafts that survive a
 * reload or a failed post. Anonymous viewers get a sign-in prompt, locked questions a notice.
 *
 * @csspart composer - The form (the card around everything).
 * @csspart label - The label of the answer field.
 * @csspart tabs - The Write/Preview tab list.
 * @csspart tab - Each of the Write and Preview tabs.
 * @csspart toolbar - The formatting toolbar.
 * @csspart toolbar-button - Each formatting button.
 * @csspart textarea - The Markdown text field.
 * @csspart preview - The rendered preview panel.
 * @csspart count - The character count ("123 / 10,000").
 * @csspart message - A validation message (too short, too long).
 * @csspart language-select - The answer language select.
 * @csspart language-hint - The hint offering to switch the answer language.
 * @csspart personal-data-warning - The warning shown when the answer seems to hold personal data (phone numbers,
 * e-mail addresses, IBANs, IMEIs, ICCIDs).
 * @csspart personal-data-heading - Its heading.
 * @csspart personal-data-list - Its list of what was found, masked.
 * @csspart personal-data-item - Each finding in that list.
 * @csspart personal-data-mask-button - "Mask them": replaces each finding with its mask.
 * @csspart personal-data-keep-button - "Post anyway": posts with the data as written.
 * @csspart submit-button - "Post answer".
 * @csspart notice - What is shown instead of the form: sign-in prompt, locked question, no permission.
 * @slot footer - Under the form: your own words for writers (community rules, what happens next).
 * @slot sign-in-prompt - The text beside "Sign in to answer" for anonymous readers (default: "Know the answer? …").
 * @csspart sign-in-button - "Sign in to answer", for anonymous viewers.
 * @csspart pending-notice - Said after posting an answer that awaits a moderator's approval.
 * @csspart error - Load or post error message, or why the answer was refused (posting too often, too many links,
 * the same text again, a suspension); the text stays.
 * @csspart retry-button - Retry after an error.
 *
 * @cssprop --majlis-color-accent - Selected tab, primary button, focus ring, language hint.
 * @cssprop --majlis-color-on-accent - Text on the primary button.
 * @cssprop --majlis-color-surface - Card and field background.
 * @cssprop --majlis-color-text - Text colour.
 * @cssprop --majlis-color-muted - Secondary text: counter, inactive tabs.
 * @cssprop --majlis-color-border - Card, field and toolbar borders.
 * @cssprop --majlis-color-subtle - Notice, hint and code backgrounds.
 * @cssprop --majlis-color-danger - Validation messages, the over-limit counter, the personal-data warning's edge.
 * @cssprop --majlis-radius - Corner radius.
 * @cssprop --majlis-space - Spacing unit.
 * @cssprop --majlis-font-family - Font.
 * @cssprop --majlis-font-size - Base font size.
 *
 * @cssstate posting - The answer is being sent.
 * @cssstate preview - The Preview tab is shown.
 * @cssstate over-limit - The text is longer than the limit.
 *
 * @fires {MajlisAnswerPostedEvent} majlis-answer-posted - The adapter stored the answer (`detail.answer`).
 * @fires {MajlisLoginRequestEvent} majlis-login-request - An anonymous viewer chose "Sign in to answer"
 * (`detail.reason` is `answer`); the host page opens its sign-in.
 * @fires {MajlisErrorEvent} majlis-error - Loading the question or viewer (`load`) or posting (`post-answer`) failed.
 */
export class MajlisComposer extends MajlisElement {
  static override styles = [hostStyles, buttonStyles, feedbackStyles, markdownStyles, answerNoticeStyles, styles];
  static override properties = {
    questionId: { attribute: 'question-id', reflect: true },
    text: { state: true, attribute: false },
    language: { state: true, attribute: false },
    posting: { state: true, attribute: false },
    loadError: { state: true, attribute: false },
    showTooShort: { state: true, attribute: false },
    awaiting: { state: true, attribute: false },
  };

  private readonly data = new StoreController(this, (change) => this.onStoreChange(change));
  private readonly feedback = new MutationFeedback(this, this.data);
  private readonly announcer = new AnnounceController(this);
  private readonly draft = new DraftController<AnswerDraft>(this, { parse: toAnswerDraft });
  private readonly editor = new MarkdownEditor(this, {
    textareaId: 'body',
    busy: () => this.posting,
    setText: (text) => this.setText(text),
    submit: () => void this.submit(),
    direction: () => this.localize.dir,
    messages: () => this.localize.msg.composer,
  });
  private readonly hint = new LanguageHintController(this, {
    text: () => this.text,
    selected: () => {
      const question = this.question;
      const viewer = this.data.store?.currentViewer;
      return question && viewer && !answerBlock(question, viewer) ? this.selectedLanguage(question) : undefined;
    },
    readerLanguage: () => this.localize.lang,
    // The question's regional tag (nl-BE) beats the bare language.
    prefer: (language) => (this.question && primaryLanguage(this.question.language) === language ? this.question.language : language),
    describe: (selected, suggestion) => this.hintText(this.question!, selected, suggestion),
    languageName: (tag) => this.languageName(tag),
    messages: () => this.localize.msg.composer,
    shown: (text) => this.announcer.announce(text),
    // Back to writing: the hint, holding focus, goes away.
    resolved: (suggestion, accepted) => {
      if (accepted) this.setLanguage(suggestion);
      this.textarea?.focus();
    },
  });
  private readonly guard = new PersonalDataController(this, {
    texts: () => ({ body: this.text }),
    replace: (_field, text) => {
      this.editor.show('write');
      this.setText(text);
    },
    control: () => this.textarea,
    messages: () => this.localize.msg.personalData,
    locale: () => this.localize.locale,
    fmt: () => this.localize.fmt,
    announce: (text) => this.announcer.announce(text),
    postAnyway: () => void this.submit(),
  });
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();

  /** Id of the question to answer; each question keeps its own draft. */
  questionId = '';

  private text = '';
  /** The answer language the viewer chose; `''` follows the question's. */
  private language = '';
  private posting = false;
  private loadError: unknown;
  private showTooShort = false;
  /** The answer just posted awaits a moderator's approval (pre-moderation): said until the viewer writes again. */
  private awaiting = false;

  private get textarea(): HTMLTextAreaElement | null {
    return this.renderRoot?.querySelector('textarea') ?? null;
  }

  private loadedStore: MajlisStore | undefined;
  private loadedFor = '';
  private level: LengthLevel = 'ok';

  private get question(): Question | undefined {
    return this.questionId ? this.data.store?.question(this.questionId) : undefined;
  }

  private get length(): number {
    return this.text.trim().length;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('questionId')) this.openDraft();
    if (this.data.store !== this.loadedStore || this.questionId !== this.loadedFor) this.load();
    const level = lengthLevel(this.length);
    if (level !== this.level) {
      this.level = level;
      if (level !== 'ok') this.announceLevel(level);
    }
  }

  /** Focuses the text field, now or as soon as the composer has loaded (e.g. after a sign-in to answer). */
  override focus(options?: FocusOptions): void {
    this.focusPending = options ?? {};
    if (this.textarea) this.applyFocus();
    else this.requestUpdate();
  }

  private focusPending: FocusOptions | undefined;

  private applyFocus(): void {
    const options = this.focusPending;
    this.focusPending = undefined;
    this.textarea?.focus(options);
  }

  protected override updated(): void {
    if (this.focusPending && this.textarea) this.applyFocus();
    toggleState(this.internals, 'posting', this.posting);
    toggleState(this.internals, 'preview', this.editor.previewing);
    toggleState(this.internals, 'over-limit', this.level === 'over');
  }

  // ── data ──

  private openDraft(): void {
    const draft = this.draft.open(this.questionId ? `answer:${this.questionId}` : undefined);
    this.text = draft?.body ?? '';
    this.language = draft?.language ?? '';
    this.level = lengthLevel(this.length);
    this.editor.show('write');
    this.feedback.clear();
    this.showTooShort = false;
    this.hint.reset();
    this.guard.reset();
  }

  /** Loads the question (unless cached) and the viewer; results arrive through the store subscription. */
  private load(): void {
    const store = this.data.store;
    const id = this.questionId;
    this.loadedStore = store;
    this.loadedFor = id;
    this.loadError = undefined;
    if (!store || !id) return;
    Promise.all([store.question(id) ?? store.loadQuestion(id), store.currentViewer ?? store.loadViewer()]).catch(
      (error: unknown) => {
        if (store !== this.loadedStore || id !== this.loadedFor) return;
        this.loadError = error;
        this.dispatchEvent(new MajlisErrorEvent({ error: toMajlisError(error), operation: 'load' }));
      },
    );
  }

  private onStoreChange(change: StoreChange): void {
    // After a sign-in or sign-out the store forgets everything: load again on the next update.
    if (change.type === 'reset' || change.type === 'refresh') this.loadedStore = undefined;
  }

  /** The answer language: the viewer's choice, else the question's. */
  private selectedLanguage(question: Question): string {
    return this.language || (canonicalLocale(question.language) ?? question.language);
  }

  private setText(text: string): void {
    this.text = text;
    this.awaiting = false;
    if (this.length >= LIMITS.bodyMin) this.showTooShort = false;
    this.saveDraft();
  }

  private setLanguage(language: string): void {
    this.language = language;
    this.saveDraft();
  }

  private saveDraft(): void {
    this.draft.save(this.text.trim() ? { body: this.text, language: this.language } : null);
  }

  // ── language hint and announcements ──

  private languageName(tag: string): string {
    return formatLanguageName(this.localize.locale, tag);
  }

  private hintText(question: Question, selected: string, suggestion: string): string {
    const msg = this.localize.msg.composer;
    const writing = this.languageName(suggestion);
    return selected === (canonicalLocale(question.language) ?? question.language)
      ? msg.languageHint(this.languageName(question.language), writing)
      : msg.languageHintChosen(this.languageName(selected), writing);
  }

  private announceLevel(level: Exclude<LengthLevel, 'ok'>): void {
    const { composer } = this.localize.msg;
    const fmt = this.localize.fmt;
    this.announcer.announce(
      level === 'over'
        ? composer.tooLong(this.length - LIMITS.bodyMax, fmt)
        : composer.charactersLeft(LIMITS.bodyMax - this.length, fmt),
    );
  }

  // ── handlers ──

  private readonly onInput = (event: Event): void => {
    this.setText((event.target as HTMLTextAreaElement).value);
  };

  private readonly onLanguageChange = (event: Event): void => {
    this.setLanguage((event.target as HTMLSelectElement).value);
  };

  private readonly requestLogin = (): void => {
    const store = this.data.store;
    if (!store) return;
    requestSignIn(this, store, 'answer', {
      resume: () => this.focus(),
      control: () => this.renderRoot.querySelector<HTMLElement>('[part~="sign-in-button"]'),
    });
  };

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  /** Validates and posts the answer; the draft is cleared only once the adapter accepted it. */
  private async submit(): Promise<void> {
    const store = this.data.store;
    const question = this.question;
    if (!store || !question || this.posting) return;
    if (this.length < LIMITS.bodyMin) {
      this.showTooShort = true;
      this.textarea?.focus();
      return;
    }
    if (this.length > LIMITS.bodyMax) return;
    // Personal data the writer has neither masked nor kept: the warning takes focus instead.
    const clear = this.guard.check();
    if (clear !== true && (!(await clear) || this.posting || this.questionId !== question.id)) return;
    const questionId = question.id;
    const draftName = this.draft.name;
    const hadFocus = this.matches(':focus-within');
    this.posting = true;
    try {
      const language = this.selectedLanguage(question);
      const input = { questionId, body: this.text.trim(), language, ...(this.guard.allowed && { allowPersonalData: true }) };
      const answer = await this.feedback.run((store) => postAnswer(store, input));
      if (!answer) {
        if (this.questionId !== questionId) this.feedback.clear(); // the viewer moved on to another question
        // Refused for personal data the guard did not catch in time: its warning explains, the text stays.
        else if (this.feedback.error?.code === 'invalid' && (await this.guard.refused(this.feedback.error.field))) this.feedback.clear();
        return;
      }
      this.draft.clear(draftName);
      if (this.questionId === questionId) {
        this.text = '';
        this.language = '';
        this.editor.show('write');
        this.hint.reset();
        this.guard.reset();
      }
      this.awaiting = answer.state === 'pending';
      this.announcer.announce(this.awaiting ? this.localize.msg.composer.pending : this.localize.msg.composer.posted);
      this.dispatchEvent(new MajlisAnswerPostedEvent(answer));
    } finally {
      this.posting = false;
      await this.restoreFocus(hadFocus);
    }
  }

  private async restoreFocus(hadFocus: boolean): Promise<void> {
    // A retry button that disappeared took focus with it: give it back to the text.
    if (!hadFocus) return;
    await this.updateComplete;
    if (!this.matches(':focus-within')) this.textarea?.focus();
  }

  // ── rendering ──

  override render() {
    return html`<div dir=${this.localize.dir}>${this.renderContent()}${this.announcer.region()}</div>`;
  }

  private renderContent(): TemplateResult | typeof nothing {
    const { problem, store } = this.data;
    const msg = this.localize.msg;
    if (problem) return renderProblem(this.localize, problem);
    if (this.loadError) return renderError(this.localize, this.loadError, () => this.load());
    if (!this.questionId) return nothing;
    const question = this.question;
    const viewer = store?.currentViewer;
    if (!question || !viewer) return html`<p class="loading">${msg.common.loading}</p>`;
    const block = answerBlock(question, viewer);
    return block ? renderAnswerNotice(this.localize, block, this.requestLogin) : this.renderForm(question);
  }

  private renderForm(question: Question): TemplateResult {
    const msg = this.localize.msg.composer;
    const fmt = this.localize.fmt;
    const selected = this.selectedLanguage(question);
    const preview = this.editor.previewing;
    const message =
      this.level === 'over'
        ? msg.tooLong(this.length - LIMITS.bodyMax, fmt)
        : this.showTooShort
          ? msg.tooShort(LIMITS.bodyMin, fmt)
          : undefined;
    return html`
      <form part="composer" class="card" novalidate aria-busy=${this.posting ? 'true' : 'false'} @submit=${this.onSubmit}>
        <label part="label" class="label" for="body">${msg.label}</label>
        <div class="header">${this.editor.tabs()}${this.editor.toolbar()}</div>
        <div role="tabpanel" id="panel-write" aria-labelledby="tab-write" ?hidden=${preview}>
          <textarea
            id="body"
            part="textarea"
            rows="6"
            dir="auto"
            lang=${selected}
            .value=${live(this.text)}
            ?readonly=${this.posting}
            aria-invalid=${message ? 'true' : 'false'}
            aria-describedby=${[message ? 'message' : '', this.guard.describes('body')].filter(Boolean).join(' ') || nothing}
            @input=${this.onInput}
            @keydown=${this.editor.onTextareaKeydown}
          ></textarea>
        </div>
        ${renderPreviewPanel(msg, preview, this.text, selected)}
        <div class="status">
          ${message
            ? html`<p id="message" part="message" class="message" role=${this.showTooShort ? 'alert' : nothing}>${message}</p>`
            : nothing}
          ${renderCount(msg, this.length, this.level, fmt)}
        </div>
        ${this.hint.render()} ${this.guard.render()}
        ${this.awaiting ? html`<p part="pending-notice" class="pending-notice">${msg.pending}</p>` : nothing}
        ${this.feedback.error
          ? renderError(this.localize, this.feedback.error, () => void this.submit(), {
              suspendedUntil: this.data.store?.currentViewer?.suspension?.until ?? null,
            })
          : nothing}
        <div class="footer">
          <div class="language">
            <label for="language">${msg.language}</label>
            <select id="language" part="language-select" ?disabled=${this.posting} @change=${this.onLanguageChange}>
              ${this.languageOptions(question, selected).map(
                (tag) =>
                  html`<option value=${tag} .selected=${live(tag === selected)}>
                    ${capitalize(this.languageName(tag), this.localize.locale)}
                  </option>`,
              )}
            </select>
          </div>
          <button
            part="submit-button"
            class="button button--primary"
            type="submit"
            ?disabled=${this.level === 'over'}
            aria-disabled=${this.posting ? 'true' : nothing}
          >
            ${this.posting ? msg.posting : msg.submit}
          </button>
        </div>
        <slot name="footer"></slot>
      </form>
    `;
  }

  /** The shipped languages, plus the question's own tag (`nl-BE`) and the selected one when not among them. */
  private languageOptions(question: Question, selected: string): string[] {
    const tags = [...SUPPORTED_LOCALES, canonicalLocale(question.language) ?? question.language, selected];
    return tags.filter((tag, index) => tags.findIndex((other) => other.toLowerCase() === tag.toLowerCase()) === index);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-composer': MajlisComposer;
  }
}
