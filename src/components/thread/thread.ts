import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { isMajlisError, supports } from '../../core/adapter.js';
import { AnnounceController } from '../../core/controllers/announce-controller.js';
import { PagedLoadController } from '../../core/controllers/paged-load-controller.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { MajlisElement } from '../../core/element.js';
import { loadElement, preloadElements } from '../../core/lazy.js';
import { requestSignIn } from '../../core/controllers/sign-in.js';
import type { LiveThreadController } from '../../core/controllers/live-controller.js';
import { startLive } from '../../core/controllers/live-start.js';
import type { StoreChange } from '../../core/store.js';
import type { Answer, AnswerSort, Post, Question } from '../../core/types.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { skeletonStyles } from '../../styles/skeleton.styles.js';
import { feedbackStyles, renderError, renderProblem } from '../shared/feedback.js';
import { heading, headingLevel } from '../shared/heading.js';
import { answerBlock, answerNoticeStyles, renderAnswerNotice } from '../composer/answer-notice.js';
import type { MajlisAcceptButton } from '../accept-button/accept-button.js';
import type { MajlisPost } from '../post/post.js';
import { styles } from './thread.styles.js';

const SORTS: readonly AnswerSort[] = ['votes', 'newest', 'oldest'];

const linkIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round">
  <path d="M6.7 9.3a3 3 0 0 0 4.2 0l2.1-2.1a3 3 0 0 0-4.2-4.2l-.9.9M9.3 6.7a3 3 0 0 0-4.2 0L3 8.8a3 3 0 0 0 4.2 4.2l.9-.9" />
</svg>`;

/** Elements a thread renders, fetched while its data loads rather than after. */
const PARTS = ['majlis-post'];

/** What the thread lists: one page of a question's answers in one order. */
interface AnswersQuery {
  questionId: string;
  sort: AnswerSort;
  limit: number;
}

/**
 * Fetches the code of a part only this viewer gets (the composer for one who may answer, accept buttons for
 * one who may accept, the placeholder of a post that is not published), awaited with the data so it is there on the
 * thread's first paint: nothing pops in. A failed fetch is tried again when the part renders.
 */
async function loadPartIf(needed: boolean, load: () => Promise<unknown>): Promise<void> {
  if (needed) await load().catch(() => undefined);
}

/** What a post not published (placeholder, banner) or a question handed to care (its notice) needs: post-moderation.ts. */
const loadPostParts = (posts: readonly Post[]) =>
  loadPartIf(
    posts.some((post) => (post.state && post.state !== 'published') || (post as Question).handoff),
    () => import('../post/post-moderation.js').then((m) => m.loadPostParts(posts)),
  );

/**
 * @tag majlis-thread
 * @summary A question and its answers: the accepted solution first (and the most helpful answer flagged
 * when it has more kudos), the rest in the chosen order, paged with "Show more answers", and the answer
 * composer underneath — or, for a viewer who may not answer, why not (sign-in prompt, locked question): the
 * composer's code is fetched only for a viewer who may answer.
 *
 * @csspart thread - The wrapper of the whole thread.
 * @csspart answers - The list of answers.
 * @csspart sort-select - The answer order control.
 * @csspart follow-button - Forwarded from the question's `<majlis-follow-button>` (when the adapter can follow).
 * @csspart more-button - "Show more answers".
 * @csspart empty - "No answers yet" message.
 * @csspart post - Forwarded from each `<majlis-post>`.
 * @csspart title - Forwarded: the question's title.
 * @csspart body - Forwarded: a post's rendered Markdown.
 * @csspart tags - Forwarded: the question's list of tags.
 * @csspart tag - Forwarded: a tag of the question, a button that lists the questions carrying it.
 * @csspart accepted-badge - Forwarded: the accepted-solution marker.
 * @csspart helpful-badge - Forwarded: the "Most helpful" marker.
 * @csspart vote-button - Forwarded: every post's kudos toggle.
 * @csspart vote-count - Forwarded: the number in every kudos toggle.
 * @csspart accept-button - Forwarded from every accept button.
 * @csspart accept-error - Forwarded: why an accept failed.
 * @csspart vote-error - Forwarded: why kudos could not be saved.
 * @csspart user-card - Forwarded from every author chip.
 * @csspart placeholder - Forwarded: what readers see of a hidden or deleted post.
 * @csspart status-banner - Forwarded: the state of a pending, hidden or deleted post, for its author and moderators.
 * @csspart composer - Forwarded from `<majlis-composer>`.
 * @csspart notice - In place of the composer: sign-in prompt, locked question, no permission to answer.
 * @slot care - Above the composer (or the notice in its place): a `<majlis-care-status>` saying when experts answer.
 * @slot composer-footer - Under the answer form (the composer's `footer`): community rules, what happens next.
 * @slot sign-in-prompt - The text beside "Sign in to answer" for anonymous readers (default: "Know the answer? …").
 * @attr share-hashtag - A hashtag (with or without `#`, a live session's) that shares of the question and its answers
 * carry. Each post has a "Share" (an answer's with `answer-href-pattern`): the browser's own share dialog, else a
 * `<majlis-share-menu>`; the answer `answer-id` points to is ringed.
 * @csspart sign-in-button - "Sign in to answer", for anonymous viewers.
 * @csspart answer-link - An answer's "Link" (with `answer-href-pattern`): a link to the answer that copies its
 * address on a plain click.
 * @csspart error - Error message (load failures).
 * @csspart retry-button - Retry after an error.
 * @csspart live-bar - With an adapter that has live updates (`subscribe`): "2 new answers", answers posted
 * since the thread was shown, which are not inserted under the reader's eyes.
 * @csspart live-show-button - The bar's "Show": shows them and focuses the first.
 *
 * @fires {MajlisErrorEvent} majlis-error - Loading the question or its answers failed.
 * @fires {MajlisLoginRequestEvent} majlis-login-request - An anonymous viewer chose "Sign in to answer"
 * (`detail.reason` is `answer`); the host page opens its sign-in, then calls `detail.signedIn()` (the composer
 * opens, focused) or `detail.cancelled()`.
 */
export class MajlisThread extends MajlisElement {
  static override styles = [hostStyles, buttonStyles, feedbackStyles, skeletonStyles, answerNoticeStyles, styles];
  static override properties = {
    questionId: { attribute: 'question-id', reflect: true },
    sort: { reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    answerId: { attribute: 'answer-id', reflect: true },
    answerHrefPattern: { attribute: 'answer-href-pattern' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    copiedId: { state: true, attribute: false },
  };

  /** Id of the question to show; changing it shows the other thread. */
  questionId = '';

  /** Order of the answers after the accepted one: `votes` (most kudos), `newest` or `oldest`. */
  sort: AnswerSort = 'votes';

  /** Answers loaded per page. */
  pageSize = 10;

  /** Heading level of the question title; the answers heading is one level below. */
  headingLevel = 2;

  /**
   * An answer to bring into view and focus once shown (a permalink), loading further pages of answers until it
   * is; an answer the question does not have leaves the thread at its top.
   */
  answerId = '';

  /**
   * The address of one answer, `{questionId}` and `{answerId}` standing for the ids (e.g.
   * `#/questions/{questionId}/answers/{answerId}`): each answer gets a "Link" to it, which copies it.
   */
  answerHrefPattern = '';

  /**
   * Writes the schema.org `QAPage` JSON-LD of the question and the answers shown into the host page, for search
   * engines: one `<script type="application/ld+json">` child of this element (see README, "Search engines").
   */
  structuredData = false;
  /** Whether the structured data's code was loaded (it then also removes what it wrote). */
  private structuredDataLoaded = false;

  /** The answer whose link was just copied (its "Link" says so until the pointer or focus leaves). */
  private copiedId = '';
  /** The answer {@link answerId} asked for, until it is shown and focused. */
  private revealPending = '';
  private revealing = false;

  private readonly data = new StoreController(this, (change) => this.onStoreChange(change));
  /** The question (when it changed) and a page of its answers; another question shows the skeleton meanwhile. */
  private readonly answers = new PagedLoadController<AnswersQuery>(this, {
    query: () => (this.data.store && this.questionId ? { questionId: this.questionId, sort: this.sort, limit: this.pageSize } : undefined),
    fetch: async ({ questionId, sort, limit }, cursor, signal) => {
      const store = this.data.store!;
      const answers = store.listAnswers(questionId, cursor ? { sort, limit, cursor } : { sort, limit }, { signal });
      const states = answers.then((p) => loadPostParts(p.items));
      if (cursor) return (await Promise.all([answers, states]))[0];
      const question = store.loadQuestion(questionId, { signal });
      const viewer = store.loadViewer();
      const [page] = await Promise.all([
        answers,
        question,
        viewer,
        this.localize.loaded(),
        states,
        question.then((q) => loadPostParts([q])),
        Promise.all([question, viewer]).then(([q, v]) => loadPartIf(!answerBlock(q, v), () => loadElement('majlis-composer'))),
        answers.then((p) => loadPartIf(p.items.some((a) => a.viewerCan.accept), () => loadElement('majlis-accept-button'))),
      ]);
      return page;
    },
    keep: (shown, next) => shown.questionId === next.questionId,
  });
  /** Set by {@link focusQuestion}: focus the question as soon as it is shown. */
  private focusPending = false;
  private readonly announcer = new AnnounceController(this);
  /** Live updates, loaded after the first complete render when the adapter has them (see {@link startLive}). */
  private live: LiveThreadController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    preloadElements(PARTS);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('answerId') || changed.has('questionId')) this.revealPending = this.answerId;
    if (!SORTS.includes(this.sort)) this.sort = 'votes';
    this.focusedAnswer = this.findFocusedAnswer();
  }

  /**
   * The answer holding focus before a render. Answer elements are reused by position, so when accepting moves
   * an answer to the top its element shows another answer: focus is handed to the moved one after the render,
   * else a second Enter on the same Accept button would accept the wrong answer.
   */
  private focusedAnswer: { id: string; onAccept: boolean } | undefined;

  private findFocusedAnswer(): { id: string; onAccept: boolean } | undefined {
    const active = this.activeChild();
    if (!active || active.localName !== 'majlis-post') return undefined;
    const post = active as MajlisPost;
    if (post.type !== 'answer' || !post.postId) return undefined;
    return { id: post.postId, onAccept: post.shadowRoot?.activeElement?.localName === 'majlis-accept-button' };
  }

  private activeChild(): Element | null {
    return this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
  }

  private async followFocusedAnswer(): Promise<void> {
    const focused = this.focusedAnswer;
    this.focusedAnswer = undefined;
    const post = focused && this.postElement(focused.id);
    if (!focused || !post || this.activeChild() === post) return;
    await post.updateComplete;
    const accept = focused.onAccept ? post.shadowRoot?.querySelector<MajlisAcceptButton>('majlis-accept-button') : null;
    if (accept) {
      await accept.updateComplete;
      accept.focus();
    } else post.focus();
  }

  /** Moves focus to the question (now, or once it has loaded), e.g. after navigating to this thread. */
  focusQuestion(): void {
    this.focusPending = true;
    void this.applyPendingFocus();
  }

  protected override updated(): void {
    startLive(this, this.answers.status === 'ready', this.data.store, ({ liveThread }) => {
      this.live = liveThread({ host: this, data: this.data, list: this.answers, localize: this.localize, announcer: this.announcer });
      this.requestUpdate();
    });
    if (this.revealPending) void this.reveal();
    if (this.focusPending) void this.applyPendingFocus();
    if (this.focusedAnswer) void this.followFocusedAnswer();
    if (this.structuredData || this.structuredDataLoaded) {
      this.structuredDataLoaded = true;
      void import('./thread-structured-data.js').then((m) => m.writeStructuredData(this, this.answers.status === 'ready' ? this.data.store?.question(this.questionId) : undefined, this.shownAnswers().answers));
    }
  }

  private async applyPendingFocus(): Promise<void> {
    const post = this.renderRoot.querySelector<MajlisPost>('majlis-post[type="question"]');
    if (!post || this.answers.status !== 'ready') return;
    await customElements.whenDefined('majlis-post');
    await post.updateComplete;
    if (!post.shadowRoot?.querySelector('article') || !this.focusPending) return;
    this.focusPending = false;
    post.focus();
  }

  /** Scrolls to and focuses the answer a permalink named, loading further pages until it is there. */
  private async reveal(): Promise<void> {
    const { status, busy, nextCursor, moreError } = this.answers;
    if (this.revealing || status !== 'ready' || busy) return;
    const id = this.revealPending;
    const post = this.postElement(id);
    if (post) {
      this.revealPending = '';
      this.focusPending = false; // the answer, not the question
      await customElements.whenDefined('majlis-post');
      await post.updateComplete;
      // Answers off screen are not laid out (content-visibility), so the target's place is an estimate until they
      // are; engines without scroll anchoring (WebKit, and Firefox here) would land off it. Lay them all out for
      // the jump: afterwards each keeps its real height as its placeholder size.
      const list = this.renderRoot.querySelector<HTMLElement>('[part="answers"]');
      list?.classList.add('laid-out');
      post.scrollIntoView({ block: 'start' });
      post.focus({ preventScroll: true });
      requestAnimationFrame(() => list?.classList.remove('laid-out'));
    } else if (nextCursor && !moreError) {
      this.revealing = true;
      await this.updateComplete; // not from within this update
      // Page on only for an answer of this question (a wrong or deleted permalink would load them all).
      const answer = await this.data.store?.loadAnswer(id).catch(() => undefined);
      if (answer?.questionId === this.questionId && this.revealPending === id) await this.answers.more();
      else if (this.revealPending === id) this.revealPending = '';
      this.revealing = false;
      this.requestUpdate();
    } else this.revealPending = ''; // not an answer of this question (any more)
  }

  /** The address of an answer by {@link answerHrefPattern} (relative as the pattern is); its posts share it. */
  answerHref(answerId: string): string {
    return this.answerHrefPattern
      .replaceAll('{questionId}', encodeURIComponent(this.questionId))
      .replaceAll('{answerId}', encodeURIComponent(answerId));
  }

  /**
   * A plain click on an answer's "Link" copies its address and says so; without the Clipboard API the link is
   * followed (the address bar then shows it), and a refused copy follows it too. Other clicks open it as asked.
   */
  private async copyLink(event: MouseEvent, answerId: string): Promise<void> {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (!navigator.clipboard?.writeText) return;
    event.preventDefault();
    const link = event.currentTarget as HTMLAnchorElement;
    const { msg } = this.localize;
    try {
      await navigator.clipboard.writeText(link.href);
      this.copiedId = answerId;
      this.announcer.announce(msg.thread.linkCopied);
    } catch {
      this.announcer.announce(msg.thread.linkNotCopied);
      location.assign(link.href);
    }
  }

  private onStoreChange(change: StoreChange): void {
    // After a sign-in or sign-out everything reloads, the composer's code too when the viewer may now answer:
    // the thread comes back whole rather than piece by piece.
    if (change.type === 'reset') this.answers.reload({ fresh: true });
    // After a sign-in through `majlis-login-request`: the same thread, read again in place (scroll and focus stay).
    if (change.type === 'refresh') this.refreshed = this.answers.refresh();
    if (change.type === 'answer-posted' && change.answer.questionId === this.questionId) {
      this.answers.add(change.answer.id, this.sort === 'newest');
    }
  }

  /** The thread read again after a sign-in (see {@link onStoreChange}). */
  private refreshed: Promise<void> = Promise.resolve();

  private readonly requestLogin = (): void => {
    const store = this.data.store;
    if (!store) return;
    requestSignIn(this, store, 'answer', {
      resume: () => this.resumeAnswer(),
      control: () => this.renderRoot.querySelector<HTMLElement>('[part~="sign-in-button"]'),
    });
  };

  /** After the sign-in asked for by "Sign in to answer": the composer, focused, where the notice was. */
  private async resumeAnswer(): Promise<void> {
    await this.refreshed;
    await this.updateComplete;
    const composer = this.renderRoot.querySelector<HTMLElement>('majlis-composer');
    if (!composer) return void this.renderRoot.querySelector<HTMLElement>('[part~="notice"] button')?.focus();
    await customElements.whenDefined('majlis-composer');
    composer.focus({ preventScroll: false });
  }

  private async showMore(): Promise<void> {
    const [first] = (await this.answers.more()) ?? [];
    await this.updateComplete;
    if (first) this.postElement(first)?.focus();
  }

  private postElement(answerId: string): MajlisPost | null {
    return this.renderRoot.querySelector<MajlisPost>(`majlis-post[post-id="${CSS.escape(answerId)}"]`);
  }

  private retry = () => this.answers.reload();

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
    const answers = this.answers.ids.map((id) => store.answer(id)).filter((a): a is Answer => a !== undefined);
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
    const { status, error } = this.answers;
    let content: TemplateResult;
    if (status === 'error' && isMajlisError(error) && error.code === 'not-found') {
      content = html`<p part="empty" class="empty" role="alert">${this.localize.msg.thread.notFound}</p>`;
    } else if (status === 'error') content = renderError(this.localize, error, this.retry);
    else if (status !== 'ready' || !question) content = this.renderSkeleton();
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
        exportparts="post, title, header, body, tags, tag, vote-button, vote-count, vote-error, user-card, placeholder, status-banner"
      >${this.data.store && supports(this.data.store.adapter, 'follow')
        ? html`<majlis-follow-button slot="actions" target="question" target-id=${question.id} exportparts="follow-button, follow-error"></majlis-follow-button>`
        : nothing}</majlis-post>
      <section aria-labelledby="answers-heading">
        <div class="answers-bar">
          ${heading(headingLevel(this.headingLevel, 2, 1), this.localize.count('answers', question.answerCount), {
            id: 'answers-heading',
            class: 'answers-heading',
          })}
          ${answers.length > 1 || this.answers.nextCursor
            ? html`<label class="sort">
                ${msg.thread.sortLabel}
                <select part="sort-select" .value=${this.sort} @change=${this.onSortChange}>
                  ${SORTS.map((s) => html`<option value=${s} ?selected=${s === this.sort}>${msg.thread.sort[s]}</option>`)}
                </select>
              </label>`
            : nothing}
        </div>
        ${this.live?.render() ?? nothing}
        ${answers.length === 0
          ? html`<p part="empty" class="empty">${msg.thread.noAnswers}</p>`
          : html`<ol part="answers">
              ${answers.map(
                (a) => html`<li>
                  <majlis-post
                    type="answer"
                    post-id=${a.id}
                    ?most-helpful=${a.id === helpful}
                    exportparts="post, header, body, accepted-badge, helpful-badge, vote-button, vote-count, vote-error, accept-button, accept-error, user-card, placeholder, status-banner"
                  >${this.renderAnswerLink(a)}</majlis-post>
                </li>`,
              )}
            </ol>`}
        ${this.renderMore()}
      </section>
      <slot name="care"></slot>
      ${this.renderAnswering(question)}
    `;
  }

  private renderAnswerLink(answer: Answer): TemplateResult | typeof nothing {
    if (!this.answerHrefPattern) return nothing;
    const { msg } = this.localize;
    const copied = this.copiedId === answer.id;
    const reset = () => (this.copiedId = '');
    return html`<a slot="actions" part="answer-link" class="button button--quiet answer-link" href=${this.answerHref(answer.id)}
      aria-label=${copied ? msg.thread.linkCopied : msg.thread.answerLink(answer.author.name)}
      @click=${(event: MouseEvent) => void this.copyLink(event, answer.id)} @blur=${reset} @mouseleave=${reset}
      >${linkIcon}${copied ? msg.thread.linkCopied : msg.thread.link}</a>`;
  }

  /** The composer for a viewer who may answer, else a notice saying why not (without the composer's code). */
  private renderAnswering(question: Question): TemplateResult | typeof nothing {
    const viewer = this.data.store?.currentViewer;
    if (!viewer) return nothing;
    const block = answerBlock(question, viewer);
    if (block) return renderAnswerNotice(this.localize, block, this.requestLogin);
    return html`<majlis-composer question-id=${question.id} exportparts="composer"><slot name="composer-footer" slot="footer"></slot></majlis-composer>`;
  }

  private renderMore(): TemplateResult | typeof nothing {
    const { moreError, nextCursor, total, ids, loadingMore } = this.answers;
    if (moreError) return renderError(this.localize, moreError, () => void this.showMore());
    if (!nextCursor) return nothing;
    const remaining = total === undefined ? undefined : Math.max(0, total - ids.length);
    return html`<div class="more">
      <button part="more-button" class="button" type="button" ?disabled=${loadingMore} @click=${() => void this.showMore()}>
        ${loadingMore ? this.localize.msg.thread.loadingMore : this.localize.msg.thread.showMoreAnswers(remaining, this.localize.fmt)}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-thread': MajlisThread;
  }
}
