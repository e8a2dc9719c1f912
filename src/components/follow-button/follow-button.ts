import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { supports, toMajlisError } from '../../core/adapter.js';
import type { MajlisError } from '../../core/adapter.js';
import { MutationFeedback, mutationFeedbackStyles } from '../../core/controllers/mutation-feedback.js';
import { requestSignIn } from '../../core/controllers/sign-in.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { toggleState } from '../../core/custom-states.js';
import { MajlisElement } from '../../core/element.js';
import { follow, following, isFollowPending, loadFollowing } from '../../core/following.js';
import { MajlisErrorEvent, MajlisFollowEvent } from '../../core/events.js';
import type { MajlisStore } from '../../core/store.js';
import type { FollowTarget } from '../../core/types.js';
import { hostStyles } from '../../styles/host.styles.js';
import { feedbackStyles, renderError, renderProblem } from '../shared/feedback.js';
import { styles } from './follow-button.styles.js';

const bellIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M6 16V11a6 6 0 0 1 12 0v5l1.5 2h-15z" /><path d="M10 20.5a2 2 0 0 0 4 0" />
</svg>`;

/**
 * @tag majlis-follow-button
 * @summary Follows a question or a category, so the member hears about new answers, or a live session (`session`),
 * to hear when its hosts answer (by mail, from a server that sends them). A toggle: "Follow" / "Following", changed at once and rolled back if the adapter refuses. Hidden when
 * the adapter has no `follow` capability. Anonymous viewers get a sign-in request, as with kudos.
 *
 * @csspart follow-button - The toggle button.
 * @csspart follow-error - Why the last change could not be saved; empty otherwise.
 * @csspart error - Shown instead of the button when the state could not be loaded.
 * @csspart retry-button - Loads the state again after an error.
 *
 * @cssprop [--majlis-color-accent=light-dark(#0b57d0, #8ab4f8)] - Border, tint and text of the button while following.
 * @cssprop [--majlis-color-danger=light-dark(#b3261e, #f2b8b5)] - Colour of the error message.
 *
 * @cssstate following - The viewer follows the target.
 * @cssstate pending - A follow change is waiting for the adapter.
 *
 * @fires {MajlisFollowEvent} majlis-follow - Followed or unfollowed, once the adapter confirmed it.
 * @fires {MajlisLoginRequestEvent} majlis-login-request - An anonymous viewer pressed the button (reason `follow`); the
 * page should offer its sign-in and call `detail.signedIn()` (the target is then followed) or `detail.cancelled()`.
 * @fires {MajlisErrorEvent} majlis-error - Loading the state (`operation: 'load'`) or saving it (`'follow'`) failed.
 */
export class MajlisFollowButton extends MajlisElement {
  static override styles = [hostStyles, feedbackStyles, mutationFeedbackStyles, styles];
  static override properties = {
    target: {},
    targetId: { attribute: 'target-id' },
    loadError: { state: true },
  };

  private readonly data = new StoreController(this);
  private readonly feedback = new MutationFeedback(this, this.data);
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();
  private loaded = '';
  private loading = '';
  private loadError: MajlisError | undefined;

  /** What is followed: a `question`, a `category` or a live `session`. */
  target: FollowTarget = 'question';

  /** Id of the question, category or session. */
  targetId = '';

  private get key(): string {
    return `${this.target}:${this.targetId}`;
  }

  /** The store, when its adapter can follow. */
  private get store(): MajlisStore | undefined {
    const { store } = this.data;
    return store && supports(store.adapter, 'follow') ? store : undefined;
  }

  protected override willUpdate(): void {
    const store = this.store;
    this.hidden = this.data.store !== undefined && store === undefined;
    if (!store || !this.targetId || this.loadError || this.loading === this.key) return;
    const viewer = store.currentViewer;
    const known = viewer !== undefined && (viewer.user === null || following(store, this.target, this.targetId) !== undefined);
    // Loaded once per target and viewer: a member signing in reads the state again.
    if (!known && this.loaded !== `${this.key}:${viewer?.user?.id ?? ''}`) void this.load(store);
  }

  protected override updated(): void {
    const state = this.current();
    toggleState(this.internals, 'following', state?.following === true);
    toggleState(this.internals, 'pending', state?.pending === true);
  }

  private async load(store: MajlisStore): Promise<void> {
    const key = this.key;
    this.loading = key;
    try {
      const viewer = await store.loadViewer();
      if (viewer.user) await loadFollowing(store, this.target, this.targetId);
      if (key === this.key) this.loaded = `${key}:${viewer.user?.id ?? ''}`;
    } catch (error) {
      if (key === this.key) {
        this.loadError = toMajlisError(error);
        this.dispatchEvent(new MajlisErrorEvent({ error: this.loadError, operation: 'load' }));
      }
    } finally {
      if (this.loading === key) this.loading = '';
      this.requestUpdate();
    }
  }

  private readonly retry = (): void => {
    this.loadError = undefined;
    this.loaded = '';
  };

  /** What the button shows, or undefined while loading. */
  private current(): { following: boolean; pending: boolean; member: boolean } | undefined {
    const store = this.store;
    const viewer = store?.currentViewer;
    if (!store || !viewer || !this.targetId) return undefined;
    if (!viewer.user) return { following: false, pending: false, member: false };
    const state = following(store, this.target, this.targetId);
    if (state === undefined) return undefined;
    return { following: state, pending: isFollowPending(store, this.target, this.targetId), member: true };
  }

  private readonly onClick = async (): Promise<void> => {
    const store = this.store;
    const state = this.current();
    if (!store || !state) return;
    const { target, targetId: id } = this;
    if (!state.member) {
      requestSignIn(this, store, 'follow', {
        resume: async () => {
          const followed = await loadFollowing(store, target, id).catch(() => undefined);
          if (followed === false) await this.save(store, target, id, true);
          await this.updateComplete;
          this.button?.focus({ preventScroll: true });
        },
        control: () => this.button,
      });
      return;
    }
    await this.save(store, target, id, !state.following);
  };

  private async save(store: MajlisStore, target: FollowTarget, id: string, value: boolean): Promise<void> {
    const saved = await this.feedback.run(() => follow(store, target, id, value));
    if (saved !== undefined) this.dispatchEvent(new MajlisFollowEvent({ target, id, following: saved }));
  }

  private get button(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('button[part~="follow-button"]');
  }

  override render() {
    if (this.data.problem) return renderProblem(this.localize, this.data.problem);
    if (!this.store || !this.targetId) return nothing;
    if (this.loadError) return renderError(this.localize, this.loadError, this.retry);
    return this.renderButton(this.current());
  }

  private renderButton(state: ReturnType<MajlisFollowButton['current']>): TemplateResult {
    const { msg } = this.localize;
    const following = state?.following === true;
    return html`<span class="follow"
      ><button
        part="follow-button"
        class="toggle"
        type="button"
        ?disabled=${state === undefined}
        aria-pressed=${following ? 'true' : 'false'}
        aria-describedby="follow-what"
        aria-busy=${state?.pending ? 'true' : nothing}
        @click=${this.onClick}
      >
        ${bellIcon}<span>${following ? msg.follow.following : this.target === 'session' ? msg.follow.followSession : msg.follow.follow}</span>
      </button>
      <span id="follow-what" class="visually-hidden">${msg.follow[this.target]}</span>
      ${this.feedback.render(this.localize, 'follow-error')}</span
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-follow-button': MajlisFollowButton;
  }
}
