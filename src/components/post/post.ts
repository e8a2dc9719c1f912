import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { categoryName } from '../../core/categories.js';
import { primaryLanguage } from '../../core/contract/language.js';
import { PostLoader } from '../../core/controllers/post-loader-controller.js';
import type { PostView } from '../../core/controllers/post-loader-controller.js';
import { RelativeTimeController, relativeTimeStyles } from '../../core/controllers/relative-time-controller.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { toggleState } from '../../core/custom-states.js';
import { MajlisElement } from '../../core/element.js';
import { formatLanguageName } from '../../core/i18n/format.js';
import { directionOf } from '../../core/i18n/locale.js';
import { MajlisNavigateEvent } from '../../core/events.js';
import { markdown } from '../../core/markdown.js';
import type { Answer, Category, Post, PostType, Question } from '../../core/types.js';
import { renderError, renderProblem, feedbackStyles } from '../shared/feedback.js';
import { heading, headingLevel } from '../shared/heading.js';
import { checkIcon } from '../shared/icons.js';
import { renderTags, tagStyles } from '../shared/tags.js';
import { AuthorCard } from '../user-card/author-card.js';
import { authorChipStyles } from '../user-card/user-card.styles.js';
import { Kudos, kudosStyles } from '../vote-button/kudos.js';
import type { KudosTarget } from '../vote-button/kudos.js';
import { hostStyles } from '../../styles/host.styles.js';
import { markdownStyles } from '../../styles/markdown.styles.js';
import { PostModeration, handoffNotice, moderationStyles } from './post-moderation.js';
import { PostShare, shareStyles } from './post-share.js';
import { styles } from './post.styles.js';

/**
 * @tag majlis-post
 * @summary One question or answer: author, time, Markdown body (sanitized), kudos and — for answers —
 * the accepted-solution marker and accept button. Used by `<majlis-thread>`, usable on its own. The author chip
 * (with its profile card), the time and the kudos toggle are rendered in the post's own template (what
 * `<majlis-user-card>`, `<majlis-relative-time>` and `<majlis-vote-button>` render on their own), so a thread
 * costs one element per post rather than four.
 *
 * @slot actions - Extra controls in the footer, after the kudos and accept buttons.
 *
 * @csspart post - The `<article>` around the post.
 * @csspart title - The question's title heading.
 * @csspart header - Author, time, category and language line.
 * @csspart body - The rendered Markdown.
 * @csspart tags - A question's list of tags.
 * @csspart tag - A tag: a button that lists the questions carrying it.
 * @csspart footer - Kudos and accept buttons.
 * @csspart accepted-badge - "Accepted solution" marker of an accepted answer.
 * @csspart helpful-badge - "Most helpful" marker.
 * @csspart user-card - The author chip: a button with avatar, name and role badge that opens the author's card.
 * @csspart avatar - The author's avatar picture, or initials in a coloured circle (chip and card).
 * @csspart name - The author's name (chip and card).
 * @csspart role-badge - "Staff", "Expert" or "Moderator" (members have none).
 * @csspart popover - The author's profile card, with the parts `<majlis-user-card>` documents for it (`stats`,
 * `next-rank`, `badges`, `badge`, `rules`).
 * @csspart time - The `<time>` the post was written (as "3 hours ago", the full date in its title).
 * @csspart vote-button - The kudos toggle.
 * @csspart vote-count - The number of kudos inside the toggle.
 * @csspart accept-button - Forwarded from `<majlis-accept-button>`.
 * @csspart accept-error - Forwarded: why an accept failed.
 * @csspart vote-error - Why kudos could not be saved; empty otherwise.
 * @csspart error - Load error message.
 * @csspart retry-button - Retry after a load error.
 * @csspart placeholder - What readers see of a hidden or deleted post (with `post`).
 * @csspart status-banner - The state of a pending, hidden or deleted post, above it, for its author and moderators.
 * @csspart handoff-notice - A question handed to customer care: the care team's note, who and when (every reader).
 * @csspart history-button - "Edited", where the adapter keeps revisions: opens `<majlis-revision-history>`.
 * @csspart share-button - "Share", in a thread: the browser's share dialog, else `<majlis-share-menu>` after it (its
 * parts `share-menu`, `share-link`, `copy-button`, `share-status` forwarded).
 * @csspart actions-button - "More actions": opens `<majlis-post-menu>` (edit, delete, flag).
 * @csspart menu - Forwarded from `<majlis-post-menu>`; also `menu-item`, `flag-dialog`, `delete-dialog`, `handoff-dialog`,
 * `return-dialog`.
 * @csspart post-editor - Forwarded from `<majlis-post-editor>`, shown in place of the body while editing.
 * @csspart revision-history - Forwarded from `<majlis-revision-history>`.
 *
 * @cssprop [--majlis-vote-button-size=2rem] - Height of the kudos toggle; its text, icon and padding follow.
 *
 * @cssstate accepted - The answer is the accepted solution.
 * @cssstate permalink - The answer the thread's permalink (`answer-id`) points to: ringed.
 *
 * @fires {MajlisErrorEvent} majlis-error - Loading the post (`operation: 'load'`) or saving kudos (`'vote'`) failed (or,
 * from its menu and editor, a flag, edit or delete).
 * @fires {MajlisVoteEvent} majlis-vote - Kudos given or taken back, once the adapter confirmed it.
 * @fires {MajlisLoginRequestEvent} majlis-login-request - An anonymous viewer pressed the kudos toggle; the page
 * should offer its sign-in and then call `detail.signedIn()` (the kudos is then given) or `detail.cancelled()`.
 * @fires {MajlisFlagEvent} majlis-flag - From its menu: the viewer flagged the post.
 * @fires {MajlisPostEditedEvent} majlis-post-edited - From its editor: the post was edited.
 * @fires {MajlisPostDeletedEvent} majlis-post-deleted - From its menu: the viewer deleted their post.
 * @fires {MajlisNavigateEvent} majlis-navigate - A question's tag was chosen (`{ view: 'list', filters: { tag } }`):
 * `<majlis-community>` shows the list filtered by it. Cancelable.
 */
export class MajlisPost extends MajlisElement {
  static override styles = [
    hostStyles,
    feedbackStyles,
    markdownStyles,
    tagStyles,
    authorChipStyles,
    relativeTimeStyles,
    kudosStyles,
    styles,
    moderationStyles,
    shareStyles,
  ];
  static override properties = {
    type: { reflect: true },
    postId: { attribute: 'post-id', reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    mostHelpful: { type: Boolean, attribute: 'most-helpful', reflect: true },
    categories: { state: true, attribute: false },
  };

  /** `question` or `answer`. */
  type: PostType = 'answer';

  /** Id of the post to show (read from the shared store, loaded if needed). */
  postId = '';

  /** Heading level of a question's title (1–6). */
  headingLevel = 2;

  /** Also flag this answer as "Most helpful" (set by the thread when it out-kudos the accepted one). */
  mostHelpful = false;

  private categories: Category[] = [];

  private readonly data = new StoreController(this);
  private readonly loader = new PostLoader(this, this.data, () => ({ target: this.type, id: this.postId }));
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();
  private readonly author: AuthorCard = new AuthorCard(this, this.data, this.localize, () => ({ user: this.post?.author, userId: '' }));
  private readonly time: RelativeTimeController = new RelativeTimeController(this, this.localize);
  private readonly kudos: Kudos = new Kudos(this, this.data, this.localize, () => ready(this.loader.view));
  private readonly moderation = new PostModeration(this, this.data);
  private readonly share = new PostShare(this, this.data, this.localize);

  /** The post as the store has it now (with pending kudos/accept changes applied). */
  get post(): Post | undefined {
    return this.postId ? this.data.store?.post(this.type, this.postId) : undefined;
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('article')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('type') || changed.has('postId')) this.kudos.clear();
    const store = this.data.store;
    if (store && this.type === 'question' && this.categories.length === 0) {
      store.listCategories().then(
        (categories) => (this.categories = categories),
        () => undefined, // the category chip is optional; the post still shows
      );
    }
  }

  protected override updated(): void {
    const post = this.post;
    toggleState(this.internals, 'accepted', post?.type === 'answer' && post.accepted);
    toggleState(this.internals, 'permalink', post !== undefined && this.share.isPermalink(post));
  }

  override render() {
    if (this.data.problem) return renderProblem(this.localize, this.data.problem);
    const view = this.loader.view;
    if (view.status === 'error') return renderError(this.localize, view.error, this.loader.retry);
    if (view.status !== 'ready') return this.renderSkeleton();
    const { post } = view;
    const placeholder = this.moderation.placeholder(post, this.localize, this.headingLevel);
    if (placeholder) return placeholder;
    return post.type === 'question' ? this.renderQuestion(post, view) : this.renderAnswer(post, view);
  }

  private renderSkeleton(): TemplateResult {
    return html`<div part="post" class="skeleton" aria-busy="true">
      <span class="short"></span><span></span><span class="long"></span>
      <span class="visually-hidden">${this.localize.msg.common.loading}</span>
    </div>`;
  }

  private renderQuestion(question: Question, view: KudosTarget): TemplateResult {
    const category = this.categories.find((c) => c.id === question.categoryId);
    return html`<article part="post" tabindex="-1" aria-labelledby="title">
      ${this.renderTitle(question.title)}
      ${this.moderation.banner(question, this.localize)}${handoffNotice(question)}
      <header part="header">
        ${this.renderByline(question)}
        ${category ? html`<span class="chip">${categoryName(category, this.localize.lang)}</span>` : nothing}
        ${question.status === 'locked' ? html`<span class="chip">${this.localize.msg.status.locked}</span>` : nothing}
      </header>
      ${this.moderation.body(question, () => html`${this.renderBody(question)}${renderTags(this.localize, question.tags, this.onTag)}`)}
      <footer part="footer">
        ${this.moderation.live(question) ? this.kudos.render(view) : nothing}
        <slot name="actions"></slot>${this.share.render(question)}${this.moderation.actions(question, this.localize)}
      </footer>
    </article>`;
  }

  private onTag = (tag: string) => {
    this.dispatchEvent(new MajlisNavigateEvent({ view: 'list', filters: { tag } }));
  };

  private renderTitle(title: string): TemplateResult {
    return heading(headingLevel(this.headingLevel, 2), html`<bdi>${title}</bdi>`, { id: 'title', part: 'title', class: 'title', dir: 'auto' });
  }

  private renderAnswer(answer: Answer, view: KudosTarget): TemplateResult {
    const { msg } = this.localize;
    return html`<article part="post" tabindex="-1" aria-label=${msg.post.answerBy(answer.author.name)}>
      ${answer.accepted || this.mostHelpful
        ? html`<div class="badges">
            ${answer.accepted ? this.renderAcceptedBadge(answer) : nothing}
            ${this.mostHelpful
              ? html`<span part="helpful-badge" class="badge badge--helpful">${msg.status.mostHelpful}</span>`
              : nothing}
          </div>`
        : nothing}
      ${this.moderation.banner(answer, this.localize)}
      <header part="header">${this.renderByline(answer)}</header>
      ${this.moderation.body(answer, () => this.renderBody(answer))}
      <footer part="footer">
        ${this.moderation.live(answer) ? this.kudos.render(view) : nothing}
        ${answer.viewerCan.accept && this.moderation.live(answer)
          ? html`<majlis-accept-button answer-id=${answer.id} exportparts="accept-button, accept-error"></majlis-accept-button>`
          : nothing}
        <slot name="actions"></slot>${this.share.render(answer)}${this.moderation.actions(answer, this.localize)}
      </footer>
    </article>`;
  }

  private renderAcceptedBadge(answer: Answer): TemplateResult {
    const { msg } = this.localize;
    const question = this.data.store?.question(answer.questionId);
    const by = answer.acceptedBy;
    const byAsker = !by || (question !== undefined && by.id === question.author.id);
    return html`<span part="accepted-badge" class="badge">
      ${checkIcon}${msg.status.acceptedSolution}
      <span class="accepted-by">· ${byAsker ? msg.post.acceptedByAsker : msg.post.acceptedBy(by.name)}</span>
    </span>`;
  }

  private renderByline(post: Post): TemplateResult {
    const { msg, lang, locale } = this.localize;
    const differentLanguage = primaryLanguage(post.language) !== lang;
    return html`${this.author.render()}
      <span class="meta">${this.time.render(post.createdAt)}</span>
      ${this.moderation.edited(post, this.localize)}
      ${differentLanguage
        ? html`<span class="chip" title=${msg.post.writtenIn(formatLanguageName(locale, post.language))}
            >${formatLanguageName(locale, post.language)}</span
          >`
        : nothing}`;
  }

  private renderBody(post: Post): TemplateResult {
    return html`<div part="body" class="markdown" lang=${post.language} dir=${directionOf(post.language)}>${markdown(post.body, post.bodyHtml)}</div>`;
  }
}

/** The view when the post is ready to show. */
function ready(view: PostView): KudosTarget | undefined {
  return view.status === 'ready' ? view : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-post': MajlisPost;
  }
}
