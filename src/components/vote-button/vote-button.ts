import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { mutationFeedbackStyles } from '../../core/controllers/mutation-feedback.js';
import { PostLoader } from '../../core/controllers/post-loader-controller.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { toggleState } from '../../core/custom-states.js';
import { MajlisElement } from '../../core/element.js';
import type { PostType } from '../../core/types.js';
import { hostStyles } from '../../styles/host.styles.js';
import { feedbackStyles, renderError, renderProblem } from '../shared/feedback.js';
import { Kudos, kudosStyles, thumbIcon } from './kudos.js';
import { styles } from './vote-button.styles.js';
import { isVotePending } from '../../core/voting.js';

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
  static override styles = [hostStyles, feedbackStyles, mutationFeedbackStyles, kudosStyles, styles];
  static override properties = {
    target: {},
    targetId: { attribute: 'target-id' },
  };

  private readonly data = new StoreController(this);
  private readonly loader = new PostLoader(this, this.data, () => ({ target: this.target, id: this.targetId }));
  private readonly kudos: Kudos = new Kudos(this, this.data, this.localize, () => {
    const view = this.loader.view;
    return view.status === 'ready' ? view : undefined;
  });
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();

  /** Whether the kudos are for a `question` or an `answer`. */
  target: PostType = 'answer';

  /** Id of the question or answer (read from the shared store, loaded if needed). */
  targetId = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('target') || changed.has('targetId')) this.kudos.clear();
  }

  protected override updated(): void {
    const view = this.loader.view;
    const ready = view.status === 'ready';
    toggleState(this.internals, 'voted', ready && view.post.viewerHasVoted);
    toggleState(this.internals, 'pending', ready && isVotePending(view.store, view.post.type, view.post.id));
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
        return this.kudos.render(view);
    }
  }

  private renderPlaceholder(): TemplateResult {
    return html`<span class="kudos"
      ><button part="vote-button" class="vote" type="button" disabled>
        ${thumbIcon}<span class="visually-hidden">${this.localize.msg.common.loading}</span>
      </button></span
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-vote-button': MajlisVoteButton;
  }
}
