import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError, isMajlisError, toMajlisError } from '../../core/adapter.js';
import { AnnounceController } from '../../core/controllers/announce-controller.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { MajlisElement } from '../../core/element.js';
import { preloadElements } from '../../core/lazy.js';
import { MajlisErrorEvent } from '../../core/events.js';
import type { StoreChange } from '../../core/store.js';
import type { Answer, AnswerSort, Question } from '../../core/types.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { feedbackStyles, renderError, renderProblem } from '../shared/feedback.js';
import type { MajlisPost } from '../post/post.js';
import { styles } from './thread.styles.js';

const SORTS: readonly AnswerSort[] = ['votes', 'newest', 'oldest'];

/** Elements a thread renders, fetched while its data loads rather than after. */
const PARTS = ['majlis-post', 'majlis-vote-button', 'majlis-user-card', 'majlis-relative-time'];

type Status = 'loading' | 'ready' | 'not-found' | 'error';

/**
 * @tag majlis-thread
 * @summary A question and its answers: the accepted solution first (and the most helpful answer flagged
 * when it has more kudos), the rest in the chosen order, paged with "Show more answers", and the answer
 * composer underneath.
 *
 * @csspart thread - The wrapper of the whole thread.
 * @csspart answers - The list of answers.
 * @csspart sort-select - The answer order control.
 * @csspart more-button - "Show more answers".
 * @csspart empty - "No answers yet" message.
 * @csspart post - Forwarded from each `<majlis-post>`.
 * @csspart title - Forwarded: the question's title.
 * @csspart body - Forwarded: a post's rendered Markdown.
 * @csspart accepted-badge - Forwarded: the accepted-solution marker.
 * @csspart helpful-badge - Forwarded: the "Most helpful" marker.
 * @csspart vote-button - Forwarded from every kudos button.
 * @csspart vote-count - Forwarded from every kudos button.
 * @csspart accept-button - Forwarded from every accept button.
 * @csspart accept-error - Forwarded: why an accept failed.
 * @csspart vote-error - Forwarded: why kudos could not be saved.
 * @csspart user-card - Forwarded from every author chip.
 * @csspart composer - Forwarded from `<majlis-composer>`.
 * @csspart error - Error message (load failures).
 * @csspart retry-button - Retry after an error.
 *
 * @fires {MajlisErrorEvent} majlis-error - Loading the question or its answers failed.
 */
export class MajlisThread extends MajlisElement {
  static override styles = [hostStyles, buttonStyles, feedbackStyles, styles];

  /** Id of the question to show; changing it shows the other thread. */
  @property({ attribute: 'question-id', reflect: true }) questionId = '';

  /** Order of the answers after the accepted one: `votes` (most kudos), `newest` or `oldest`. */
  @property({ reflect: true }) sort: AnswerSort = 'votes';

  /** Answers loaded per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** Heading level of the question title; the answers heading is one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private status: Status = 'loading';
  @state() private error: unknown;
  @state() private answerIds: string[] = [];
  @state() private nextCursor: string | null = null;
  @state() private total: number | undefined;
  @state() private loadingMore = false;
  @state() private moreError: unknown;

  private readonly data = new StoreController(this, (change) => this.onStoreChange(change));
  /** Set by {@link focusQuestion}: focus the question as soon as it is shown. */
  private focusPending = false;
  private readonly announcer = new AnnounceController(this);
  private abort: AbortController | undefined;
  private loaded = '';
  private shownQuestion = '';

  override connectedCallback(): void {
    super.connectedCallback();
    preloadElements(PARTS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.loaded = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!SORTS.includes(this.sort)) this.sort = 'votes';
    const key = `${this.questionId}|${this.sort}|${this.pageSize}`;
    if (this.data.store && this.questionId && key !== this.loaded) {
      this.loaded = key;
      void this.load(changed.has('questionId') || this.shownQuestion !== this.questionId);
    }
  }

  /** Moves focus to the question (now, or once it has loaded), e.g. after navigating to this thread. */
  focusQuestion(): void {
    this.focusPending = true;
    void this.applyPendingFocus();
  }

  protected override updated(): void {
    if (this.focusPending) void this.applyPendingFocus();
  }

  private async applyPendingFocus(): Promise<void> {
    const post = this.renderRoot.querySelector<MajlisPost>('majlis-post[type="question"]');
    if (!post || this.status !== 'ready') return;
    await customElements.whenDefined('majlis-post');
    await post.updateComplete;
    if (!post.shadowRoot?.querySelector('article') || !this.focusPending) return;
    this.focusPending = false;
    post.focus();
  }

  private onStoreChange(change: StoreChange): void {
    if (change.type === 'reset') this.loaded = '';
    if (change.type === 'answer-posted' && change.answer.questionId === this.questionId) {
      if (!this.answerIds.includes(change.answer.id)) {
        this.answerIds = this.sort === 'newest' ? [change.answer.id, ...this.answerIds] : [...this.answerIds, change.answer.id];
        if (this.total !== undefined) this.total += 1;
      }
    }
  }

  /** Loads the question (when it changed) and the first page of answers; stale responses are dropped. */
  private async load(questionChanged: boolean): Promise<void> {
    const store = this.data.store!;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const options = { signal: abort.signal };
    const id = this.questionId;
    if (questionChanged) this.status = 'loading';
    this.error = undefined;
    this.moreError = undefined;
    try {
      const [, page] = await Promise.all([
        store.loadQuestion(id, options),
        store.listAnswers(id, { sort: this.sort, limit: this.pageSize }, options),
        store.loadViewer(),
        this.localize.loaded(),
      ]);
      if (abort.signal.aborted) return;
      this.answerIds = page.items.map((a) => a.id);
      this.nextCursor = page.nextCursor;
      this.total = page.total;
      this.shownQuestion = id;
      this.status = 'ready';
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.status = isMajlisError(error) && error.code === 'not-found' ? 'not-found' : 'error';
      this.error = error;
      this.dispatchEvent(new MajlisErrorEvent({ error: toMajlisError(error), operation: 'load' }));
    }
  }

  private async showMore(): Promise<void> {
    const store = this.data.store;
    if (!store || !this.nextCursor || this.loadingMore) return;
    this.loadingMore = true;
    this.moreError = undefined;
    const signal = this.abort?.signal;
    try {
      const page = await store.listAnswers(
        this.questionId,
        { sort: this.sort, limit: this.pageSize, cursor: this.nextCursor },
        { signal },
      );
      if (signal?.aborted) return;
      const fresh = page.items.map((a) => a.id).filter((id) => !this.answerIds.includes(id));
      this.answerIds = [...this.answerIds, ...fresh];
      this.nextCursor = page.nextCursor;
      this.total = page.total ?? this.total;
      await this.updateComplete;
      if (fresh[0]) this.postElement(fresh[0])?.focus();
    } catch (error) {
      if (isAbortError(error)) return;
      this.moreError = error;
      this.dispatchEvent(new MajlisErrorEvent({ error: toMajlisError(error), operation: 'load' }));
    } finally {
      this.loadingMore = false;
    }
  }

  private postElement(answerId: string): MajlisPost | null {
    return this.renderRoot.querySelector<MajlisPost>(`majlis-post[post-id="${CSS.escape(answerId)}"]`);
  }

  private retry = () => {
    this.loaded = '';
    this.requestUpdate();
  };

  private onSortChange = (event: Event) => {
    this.sort = (event.target as HTMLSelectElement).value as AnswerSort;
  };

  /**
   * The answers shown and the one flagged "Most helpful", derived apart from the thread's own reads: a kudos
   * on one answer re-renders the thread only if it changes these (the thread renders nothing else of them).
   */
  private readonly shownAnswers = this.data.derive(
    () => {
      const question = this.data.store?.question(this.questionId);
      const answers = question ? this.orderedAnswers(question) : [];
      return { answers, helpful: this.mostHelpfulId(answers) };
    },
    (a, b) => a.helpful === b.helpful && a.answers.length === b.answers.length && a.answers.every((answer, i) => answer.id === b.answers[i].id),
  );

  /** The accepted answer first; the others keep the order the adapter gave (no jumps while voting). */
  private orderedAnswers(question: Question): Answer[] {
    const store = this.data.store!;
    const answers = this.answerIds.map((id) => store.answer(id)).filter((a): a is Answer => a !== undefined);
    const accepted = answers.find((a) => a.id === question.acceptedAnswerId);
    return accepted ? [accepted, ...answers.filter((a) => a !== accepted)] : answers;
  }

  /** The answer to flag "Most helpful": more kudos than the accepted solution. */
  private mostHelpfulId(answers: Answer[]): string | undefined {
    const accepted = answers.find((a) => a.accepted);
    if (!accepted) return undefined;
    const best = answers.filter((a) => a !== accepted).sort((a, b) => b.voteCount - a.voteCount)[0];
    return best && best.voteCount > accepted.voteCount ? best.id : undefined;
  }

  override render() {
    if (this.data.problem) return renderProblem(this.localize, this.data.problem);
    const question = this.data.store?.question(this.questionId);
    let content: TemplateResult;
    if (this.status === 'not-found') content = html`<p part="empty" class="empty" role="alert">${this.localize.msg.thread.notFound}</p>`;
    else if (this.status === 'error') content = renderError(this.localize, this.error, this.retry);
    else if (this.status === 'loading' || !question) content = this.renderSkeleton();
    else content = this.renderThread(question);
    return html`<div part="thread" class="thread">${content}</div>${this.announcer.region()}`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" aria-busy="true">
      <span class="title"></span><span class="short"></span><span class="block"></span><span class="block"></span>
      <span class="visually-hidden">${this.localize.msg.thread.loading}</span>
    </div>`;
  }

  private renderThread(question: Question): TemplateResult {
    const { msg } = this.localize;
    const { answers, helpful } = this.shownAnswers();
    return html`
      <majlis-post
        type="question"
        post-id=${question.id}
        heading-level=${this.headingLevel}
        exportparts="post, title, header, body, vote-button, vote-count, vote-error, user-card"
      ></majlis-post>
      <section aria-labelledby="answers-heading">
        <div class="answers-bar">
          <div id="answers-heading" class="answers-heading" role="heading" aria-level=${Math.min(6, this.headingLevel + 1)}>
            ${this.localize.count('answers', question.answerCount)}
          </div>
          ${answers.length > 1 || this.nextCursor
            ? html`<label class="sort">
                ${msg.thread.sortLabel}
                <select part="sort-select" .value=${this.sort} @change=${this.onSortChange}>
                  ${SORTS.map((s) => html`<option value=${s} ?selected=${s === this.sort}>${msg.thread.sort[s]}</option>`)}
                </select>
              </label>`
            : nothing}
        </div>
        ${answers.length === 0
          ? html`<p part="empty" class="empty">${msg.thread.noAnswers}</p>`
          : html`<ol part="answers">
              ${answers.map(
                (a) => html`<li>
                  <majlis-post
                    type="answer"
                    post-id=${a.id}
                    ?most-helpful=${a.id === helpful}
                    exportparts="post, header, body, accepted-badge, helpful-badge, vote-button, vote-count, vote-error, accept-button, accept-error, user-card"
                  ></majlis-post>
                </li>`,
              )}
            </ol>`}
        ${this.renderMore()}
      </section>
      <majlis-composer question-id=${question.id} exportparts="composer"></majlis-composer>
    `;
  }

  private renderMore(): TemplateResult | typeof nothing {
    if (this.moreError) return renderError(this.localize, this.moreError, () => void this.showMore());
    if (!this.nextCursor) return nothing;
    const remaining = this.total === undefined ? undefined : Math.max(0, this.total - this.answerIds.length);
    return html`<div class="more">
      <button part="more-button" class="button" type="button" ?disabled=${this.loadingMore} @click=${() => void this.showMore()}>
        ${this.loadingMore ? this.localize.msg.thread.loadingMore : this.localize.msg.thread.showMoreAnswers(remaining, this.localize.fmt)}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-thread': MajlisThread;
  }
}
