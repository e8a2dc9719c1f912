import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { MutationFeedback, mutationFeedbackStyles } from '../../core/controllers/mutation-feedback.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { toggleState } from '../../core/custom-states.js';
import { MajlisElement } from '../../core/element.js';
import { MajlisVoteEvent } from '../../core/events.js';
import { requestSignIn } from '../../core/controllers/sign-in.js';
import type { MajlisStore } from '../../core/store.js';
import type { Post, PostType, Viewer } from '../../core/types.js';
import { hostStyles } from '../../styles/host.styles.js';
import { feedbackStyles, renderError, renderProblem } from '../shared/feedback.js';
import { PostLoader } from '../../core/controllers/post-loader-controller.js';
import { styles } from './vote-button.styles.js';

const thumbIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M3 11a1 1 0 0 1 1-1h3v11H4a1 1 0 0 1-1-1z" />
  <path d="M7 10l3.6-7.2A1.5 1.5 0 0 1 12 2a2.5 2.5 0 0 1 2.5 2.5V9h5a2 2 0 0 1 2 2.3l-1.3 8A2 2 0 0 1 18.2 21H7" />
</svg>`;

/**
 * @tag majlis-vote-button
 * @summary A thumbs-up ("kudos") toggle with the post's count. The count changes at once and rolls back if
 * the adapter refuses. Anonymous viewers get a sign-in request; on their own post (or where kudos are not
 * allowed) the button stays focusable and says why.
 *
 * @csspart vote-button - The toggle button.
 * @csspart vote-count - The number of kudos inside the button.
 * @csspart vote-error - Why the last kudos could not be saved; empty otherwise.
 * @csspart error - Shown instead of the button when the post could not be loaded.
 * @csspart retry-button - Loads the post again after an error.
 *
 * @cssprop [--majlis-vote-button-size=2rem] - Height of the button; its text, icon and padding follow.
 * @cssprop [--majlis-color-accent=light-dark(#0b57d0, #8ab4f8)] - Border, tint and text of the button once kudos are given.
 * @cssprop [--majlis-color-danger=light-dark(#b3261e, #f2b8b5)] - Colour of the error message.
 *
 * @cssstate voted - The viewer has given kudos to this post.
 * @cssstate pending - A kudos change is waiting for the adapter.
 *
 * @fires {MajlisVoteEvent} majlis-vote - Kudos given or taken back, once the adapter confirmed it.
 * @fires {MajlisLoginRequestEvent} majlis-login-request - An anonymous viewer pressed the button; the page should offer its
 * sign-in and then call `detail.signedIn()` (the kudos is then given) or `detail.cancelled()`.
 * @fires {MajlisErrorEvent} majlis-error - Loading the post (`operation: 'load'`) or saving kudos (`'vote'`) failed.
 */
export class MajlisVoteButton extends MajlisElement {
  static override styles = [hostStyles, feedbackStyles, mutationFeedbackStyles, styles];
  static override properties = {
    target: {},
    targetId: { attribute: 'target-id' },
  };

  private readonly data = new StoreController(this);
  private readonly loader = new PostLoader(this, this.data, () => ({ target: this.target, id: this.targetId }));
  private readonly feedback = new MutationFeedback(this, this.data);
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();

  /** Whether the kudos are for a `question` or an `answer`. */
  target: PostType = 'answer';

  /** Id of the question or answer (read from the shared store, loaded if needed). */
  targetId = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('target') || changed.has('targetId')) this.feedback.clear();
  }

  protected override updated(): void {
    const view = this.loader.view;
    const ready = view.status === 'ready';
    toggleState(this.internals, 'voted', ready && view.post.viewerHasVoted);
    toggleState(this.internals, 'pending', ready && view.store.isVotePending(view.post.type, view.post.id));
  }

  private readonly onClick = async (): Promise<void> => {
    const view = this.loader.view;
    if (view.status !== 'ready') return;
    const { post, viewer, store } = view;
    if (!viewer.user) {
      const { type: target, id } = post;
      requestSignIn(this, store, 'vote', { resume: () => this.resumeVote(store, target, id), control: () => this.button });
      return;
    }
    await this.vote(post, !post.viewerHasVoted);
  };

  private get button(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('button[part~="vote-button"]');
  }

  private async vote(post: Post, voted: boolean): Promise<void> {
    if (!post.viewerCan.vote) return;
    const { type: target, id } = post;
    const saved = await this.feedback.run((store) => store.vote(target, id, voted));
    if (saved) {
      this.dispatchEvent(new MajlisVoteEvent({ target, id, voted: saved.viewerHasVoted, voteCount: saved.voteCount }));
    }
  }

  /** After the sign-in asked for by a kudos: give it, if the member may and has not already; focus stays here. */
  private async resumeVote(store: MajlisStore, target: PostType, id: string): Promise<void> {
    const post = await store.loadPost(target, id).catch(() => undefined);
    if (post && !post.viewerHasVoted) await this.vote(post, true);
    await this.updateComplete;
    if (this.isConnected) this.button?.focus({ preventScroll: true });
  }

  /** Why a signed-in viewer cannot give kudos here, or undefined when they can (or are anonymous). */
  private unavailableReason(post: Post, viewer: Viewer): string | undefined {
    if (!viewer.user || post.viewerCan.vote) return undefined;
    const { msg } = this.localize;
    return viewer.user.id === post.author.id ? msg.vote.ownPost : msg.vote.notAllowed;
  }

  override render() {
    if (this.data.problem) return renderProblem(this.localize, this.data.problem);
    const view = this.loader.view;
    switch (view.status) {
      case 'idle':
        return nothing;
      case 'loading':
        return this.renderPlaceholder();
      case 'error':
        return renderError(this.localize, view.error, this.loader.retry);
      case 'ready':
        return this.renderButton(view.store, view.post, view.viewer);
    }
  }

  private renderPlaceholder(): TemplateResult {
    return html`<button part="vote-button" class="vote" type="button" disabled>
      ${thumbIcon}<span class="visually-hidden">${this.localize.msg.common.loading}</span>
    </button>`;
  }

  private renderButton(store: MajlisStore, post: Post, viewer: Viewer): TemplateResult {
    const reason = this.unavailableReason(post, viewer);
    return html`<button
        part="vote-button"
        class="vote"
        type="button"
        aria-pressed=${post.viewerHasVoted ? 'true' : 'false'}
        aria-label=${this.localize.msg.vote.label(post.voteCount, this.localize.fmt)}
        aria-busy=${store.isVotePending(post.type, post.id) ? 'true' : nothing}
        aria-disabled=${reason ? 'true' : nothing}
        aria-describedby=${reason ? 'reason' : nothing}
        title=${reason ?? nothing}
        @click=${this.onClick}
      >
        ${thumbIcon}<span part="vote-count">${this.localize.number(post.voteCount)}</span>
      </button>
      ${reason ? html`<span id="reason" class="visually-hidden">${reason}</span>` : nothing}
      ${this.feedback.render(this.localize, 'vote-error')}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-vote-button': MajlisVoteButton;
  }
}
