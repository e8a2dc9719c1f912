import { css, html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { supports } from '../../core/adapter.js';
import { defineLazy, loadElement } from '../../core/lazy.js';
import type { LocalizeController } from '../../core/controllers/localize-controller.js';
import type { StoreController } from '../../core/controllers/store-controller.js';
import type { MajlisStore } from '../../core/store.js';
import type { Post, Question } from '../../core/types.js';
import type * as PostStateView from './post-state.js';

/**
 * What a post shows of moderation, kept small because every reader's thread loads it: the "Edited" marker as a
 * button to the history, the "More actions" button, and for a post that is not published the placeholder readers see
 * or the status banner of its author and moderators (both fetched only for such a post: post-state.ts). The menu (`<majlis-post-menu>`), the editor
 * (`<majlis-post-editor>`) and the history (`<majlis-revision-history>`) are lazy elements rendered here only
 * once the viewer asks for them; they talk back with the {@link PostActionEvent}s below.
 */

/** Asked of the post by its lazy moderation elements (bubbles within the post's shadow root only). */
export type PostAction = 'edit' | 'editor-closed' | 'menu-closed' | 'history-closed';

/**
 * One of the {@link PostAction}s; `focus` asks the post to put focus back where the action started, `notice` is
 * announced by the post (the element that sent it may be gone by then: the editor after a save).
 */
export class PostActionEvent extends Event {
  static readonly type = 'majlis-post-action';
  constructor(
    readonly action: PostAction,
    readonly focus = true,
    readonly notice = '',
  ) {
    super(PostActionEvent.type, { bubbles: true });
  }
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export type MenuItem = 'edit' | 'delete' | 'flag' | 'hand-to-care' | 'return-from-care';

/**
 * What a post's menu offers this viewer: Edit, Delete (the author's own; kept for their accepted answer, to say why
 * not), Flag; and to staff and moderators, on a question, "Hand to customer care" or "Back to the community".
 */
export function menuItems(post: Post, store: MajlisStore | undefined): MenuItem[] {
  const viewer = store?.currentViewer?.user;
  if (!store || !viewer) return [];
  const can = post.viewerCan;
  const edits = supports(store.adapter, 'editPost');
  const items: MenuItem[] = [];
  if (edits && can.edit) items.push('edit');
  if (edits && post.author.id === viewer.id && (can.delete || (post.type === 'answer' && post.accepted))) items.push('delete');
  if (supports(store.adapter, 'flag') && (can.flag || post.viewerHasFlagged)) items.push('flag');
  if (post.type === 'question' && can.moderate && supports(store.adapter, 'moderate')) items.push(post.handoff ? 'return-from-care' : 'hand-to-care');
  return items;
}

// The notice of a question handed to customer care, with its texts: fetched when a post first renders one. Defined
// here rather than in index.ts, with the post that renders it, to keep its registration out of the core chunk.
defineLazy('majlis-handoff-notice', () => import('../handoff-notice/handoff-notice.js').then((m) => m.loadHandoffNotice()));

/** The notice above a question handed to customer care, for every reader. */
export function handoffNotice(question: Question): TemplateResult | typeof nothing {
  return question.handoff
    ? html`<majlis-handoff-notice .handoff=${question.handoff} exportparts="handoff-notice"></majlis-handoff-notice>`
    : nothing;
}

/** Whether the post shows as it is (published, or to its author or a moderator) rather than as a placeholder. */
function visible(post: Post, viewerId: string | undefined): boolean {
  return !post.state || post.state === 'published' || post.viewerCan.moderate || post.author.id === viewerId;
}

/** Whether a post is not published (pending, hidden, deleted): it needs the state view. */
const unpublished = (post: Post): boolean => Boolean(post.state && post.state !== 'published');

type StateView = typeof PostStateView;
let stateView: StateView | undefined;
let loadingStateView: Promise<void> | undefined;

/**
 * Fetches the placeholder and banner of posts that are not published, with their texts. The thread awaits it with
 * the data of a page that has such a post, so they are there on its first paint; a post that turns up later (a
 * further page, a live update) fetches it itself.
 */
export function loadStateView(): Promise<void> {
  loadingStateView ??= Promise.all([
    import('./post-state.js'),
    import('../../core/i18n/areas/postState.js').then((m) => m.addPostStateTexts()),
  ]).then(
    ([view]) => void (stateView = view),
    (error: unknown) => {
      loadingStateView = undefined; // tried again by the next post that needs it
      throw error;
    },
  );
  return loadingStateView;
}

/**
 * Fetches the code the given posts need to show whole: the state view of a post that is not published, the notice
 * of a question handed to customer care. The thread awaits it with its data, so neither pops in after the posts
 * appear; a page without such a post fetches neither.
 */
export function loadPostParts(posts: readonly Post[]): Promise<unknown> {
  return Promise.all([
    posts.some(unpublished) && loadStateView(),
    posts.some((post) => post.type === 'question' && post.handoff) && loadElement('majlis-handoff-notice'),
  ]);
}

const moreIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
  <circle cx="3" cy="8" r="1.5" /><circle cx="8" cy="8" r="1.5" /><circle cx="13" cy="8" r="1.5" />
</svg>`;

/** The moderation state of one `<majlis-post>`: its menu, edit mode and history, and what it renders of them. */
export class PostModeration implements ReactiveController {
  /** The menu element is rendered (from its first opening on, so its dialogs outlive the menu list). */
  private menu = false;
  private menuOpen = false;
  /** The body is swapped for `<majlis-post-editor>`. */
  editing = false;
  private history = false;
  /** The last {@link PostActionEvent} notice, in a live region beside the body. */
  private notice = '';

  constructor(
    private readonly host: Host,
    private readonly data: StoreController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.renderRoot.addEventListener(PostActionEvent.type, this.onAction);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener(PostActionEvent.type, this.onAction);
  }

  private readonly onAction = (event: Event): void => {
    const { action, focus, notice } = event as PostActionEvent;
    this.notice = notice;
    let target = '[part~="actions-button"]';
    if (action === 'edit') {
      this.editing = true;
      this.menuOpen = false;
      target = '';
    } else if (action === 'editor-closed') this.editing = false;
    else if (action === 'menu-closed') this.menuOpen = false;
    else {
      this.history = false;
      target = '[part~="history-button"]';
    }
    this.host.requestUpdate();
    if (focus && target) {
      void (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete.then(() => {
        const control = this.host.renderRoot.querySelector<HTMLElement>(target);
        if (control) control.focus();
        else this.host.focus();
      });
    }
  };

  /** The viewer's id (the store's viewer is loaded by the thread, the composer, or here on demand). */
  private viewerId(): string | undefined {
    const store = this.data.store;
    const viewer = store?.currentViewer;
    if (store && !viewer) store.loadViewer().catch(() => undefined);
    return viewer?.user?.id;
  }

  /** Whether kudos and accepting are offered: not on a hidden or deleted post. */
  live(post: Post): boolean {
    return post.state !== 'hidden' && post.state !== 'deleted';
  }

  /** For a reader who may not see the post: an article saying why, with a question's placeholder title. */
  placeholder(post: Post, localize: LocalizeController, level: number): TemplateResult | undefined {
    if (visible(post, this.viewerId())) return undefined;
    return this.view()?.placeholder(post, localize, level) ?? html`<article part="post" class="placeholder" aria-busy="true"></article>`;
  }

  /** The status of a post its author or a moderator sees although it is not published. */
  banner(post: Post, localize: LocalizeController): TemplateResult | typeof nothing {
    return unpublished(post) ? (this.view()?.banner(post, localize) ?? nothing) : nothing;
  }

  /** The state view, or undefined while it loads (the post renders again once it is in). */
  private view(): StateView | undefined {
    if (!stateView) {
      loadStateView().then(
        () => this.host.requestUpdate(),
        (error: unknown) => console.error('[majlis] could not load the post state view', error),
      );
    }
    return stateView;
  }

  /** "Edited": a button opening the revision history where the adapter keeps revisions. */
  edited(post: Post, localize: LocalizeController): TemplateResult | typeof nothing {
    if (!post.editedAt) return nothing;
    const { msg } = localize;
    const title = msg.post.editedOn(localize.date(post.editedAt));
    const store = this.data.store;
    if (!post.revisionCount || !store || !supports(store.adapter, 'editPost')) {
      return html`<span class="meta edited" title=${title}>${msg.status.edited}</span>`;
    }
    return html`<button part="history-button" class="meta edited link" type="button" title=${title} aria-label=${msg.post.history}
        aria-haspopup="dialog" @click=${() => this.toggle('history')}>${msg.status.edited}</button
      >${this.history
        ? html`<majlis-revision-history target=${post.type} post-id=${post.id} exportparts="revision-history"></majlis-revision-history>`
        : nothing}`;
  }

  /** The body, or the editor in its place while editing; and the live region of the post's notices. */
  body(post: Post, body: () => TemplateResult): TemplateResult {
    return html`${this.editing
      ? html`<majlis-post-editor target=${post.type} post-id=${post.id} exportparts="post-editor"></majlis-post-editor>`
      : body()}<span class="visually-hidden" role="status">${this.notice}</span>`;
  }

  /**
   * "More actions", for a signed-in viewer whose adapter flags or edits and who may do something with the post
   * (edit, delete, flag, or see that they flagged it), with the menu once opened.
   */
  actions(post: Post, localize: LocalizeController): TemplateResult | typeof nothing {
    this.viewerId(); // loads the viewer if no one has
    if (this.editing || !menuItems(post, this.data.store).length) return nothing;
    return html`<span class="actions">
      <button part="actions-button" class="actions-button" type="button" aria-haspopup="menu" aria-expanded=${this.menuOpen ? 'true' : 'false'}
        aria-label=${localize.msg.post.moreActions} title=${localize.msg.post.moreActions} @click=${() => this.toggle('menu')}
        @keydown=${this.onTriggerKeydown}>${moreIcon}</button>
      ${this.menu
        ? html`<majlis-post-menu target=${post.type} post-id=${post.id} ?open=${this.menuOpen} exportparts="menu, menu-item, flag-dialog, delete-dialog, handoff-dialog, return-dialog"></majlis-post-menu>`
        : nothing}
    </span>`;
  }

  private readonly onTriggerKeydown = (event: KeyboardEvent): void => {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !this.menuOpen) {
      event.preventDefault();
      this.toggle('menu');
    }
  };

  private toggle(what: 'menu' | 'history'): void {
    if (what === 'history') this.history = !this.history;
    else {
      this.menu = true;
      this.menuOpen = !this.menuOpen;
    }
    this.host.requestUpdate();
  }
}

/** The placeholder, the banner, the "Edited" button and "More actions". */
export const moderationStyles = css`
  .placeholder {
    color: var(--_muted);
    font-style: italic;
  }
  .placeholder p,
  .status-banner {
    margin: 0;
  }
  .status-banner {
    padding-block: calc(var(--_space) * 0.4);
    padding-inline: calc(var(--_space) * 0.6);
    border-inline-start: 4px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_subtle);
  }
  .link,
  .actions-button {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .link {
    text-decoration: underline dotted;
  }
  .actions {
    position: relative;
    margin-inline-start: auto;
  }
  .actions-button {
    display: inline-grid;
    place-items: center;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .actions-button:hover {
    background: var(--_subtle);
  }
  .actions-button svg {
    inline-size: 1.1em;
    block-size: 1.1em;
  }
`;
