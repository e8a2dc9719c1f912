import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { AnnounceController } from '../../core/controllers/announce-controller.js';
import { MutationFeedback, mutationFeedbackStyles } from '../../core/controllers/mutation-feedback.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { toggleState } from '../../core/custom-states.js';
import { MajlisElement } from '../../core/element.js';
import { MajlisAcceptEvent } from '../../core/events.js';
import type { MajlisStore } from '../../core/store.js';
import type { Answer } from '../../core/types.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { feedbackStyles, renderError, renderProblem } from '../shared/feedback.js';
import { PostLoader } from '../../core/controllers/post-loader-controller.js';
import { styles } from './accept-button.styles.js';
import { acceptAnswer, isAcceptPending as isAcceptPendingFor } from '../../core/accepting.js';

const checkIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M4.5 12.5l5 5L19.5 6.5" />
</svg>`;

/** An answer the viewer may accept, with the store it lives in. */
interface Acceptable {
  store: MajlisStore;
  answer: Answer;
}

/**
 * @tag majlis-accept-button
 * @summary Marks an answer as the accepted solution, or undoes it: a toggle shown only to viewers the
 * answer's `viewerCan.accept` allows (the asker, staff, moderators); for everyone else the element is
 * `hidden`. The change shows at once and rolls back if the adapter refuses.
 *
 * @csspart accept-button - The toggle button.
 * @csspart accept-error - Why the last change could not be saved; empty otherwise.
 * @csspart error - Shown instead of the button when the answer could not be loaded.
 * @csspart retry-button - Loads the answer again after an error.
 *
 * @cssprop [--majlis-color-success=light-dark(#146c2e, #6dd58c)] - Border, tint and text of the button while the answer is accepted.
 * @cssprop [--majlis-color-danger=light-dark(#b3261e, #f2b8b5)] - Colour of the error message.
 *
 * @cssstate accepted - The answer is the accepted solution.
 * @cssstate pending - An accept or undo is waiting for the adapter.
 *
 * @fires {MajlisAcceptEvent} majlis-accept - The answer was accepted or unaccepted, once the adapter confirmed it.
 * @fires {MajlisErrorEvent} majlis-error - Loading the answer (`operation: 'load'`) or saving the change (`'accept'`) failed.
 */
export class MajlisAcceptButton extends MajlisElement {
  static override styles = [hostStyles, buttonStyles, feedbackStyles, mutationFeedbackStyles, styles];
  static override properties = {
    answerId: { attribute: 'answer-id' },
  };

  private readonly data = new StoreController(this);
  private readonly loader = new PostLoader(this, this.data, () => ({ target: 'answer', id: this.answerId }));
  private readonly feedback = new MutationFeedback(this, this.data);
  private readonly announcer = new AnnounceController(this);
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();

  /** Id of the answer (read from the shared store, loaded if needed). */
  answerId = '';

  /** The answer when it is loaded and the viewer may accept it. */
  private get acceptable(): Acceptable | undefined {
    const view = this.loader.view;
    if (view.status !== 'ready' || view.post.type !== 'answer' || !view.post.viewerCan.accept) return undefined;
    return { store: view.store, answer: view.post };
  }

  /** Focuses the toggle (once it has rendered), e.g. when the thread moves this answer to the top. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('button')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('answerId')) this.feedback.clear();
  }

  protected override updated(): void {
    const acceptable = this.acceptable;
    const status = this.loader.view.status;
    this.hidden = !this.data.problem && status !== 'error' && !acceptable;
    toggleState(this.internals, 'accepted', acceptable?.answer.accepted ?? false);
    toggleState(this.internals, 'pending', acceptable ? isAcceptPending(acceptable) : false);
  }

  private readonly onClick = async (): Promise<void> => {
    const acceptable = this.acceptable;
    if (!acceptable) return;
    const { answer } = acceptable;
    const accepted = !answer.accepted;
    const result = await this.feedback.run((store) => acceptAnswer(store, answer.id, accepted));
    if (!result) return;
    const { msg } = this.localize;
    this.announcer.announce(result.answer.accepted ? msg.accept.marked : msg.accept.unmarked);
    this.dispatchEvent(
      new MajlisAcceptEvent({
        questionId: result.question.id,
        answerId: result.answer.id,
        accepted: result.answer.accepted,
      }),
    );
  };

  override render() {
    if (this.data.problem) return renderProblem(this.localize, this.data.problem);
    const view = this.loader.view;
    if (view.status === 'error') return renderError(this.localize, view.error, this.loader.retry);
    const acceptable = this.acceptable;
    return acceptable ? this.renderButton(acceptable) : nothing;
  }

  private renderButton(acceptable: Acceptable): TemplateResult {
    const { accepted } = acceptable.answer;
    const { msg } = this.localize;
    return html`<button
        part="accept-button"
        class="button accept"
        type="button"
        aria-pressed=${accepted ? 'true' : 'false'}
        aria-busy=${isAcceptPending(acceptable) ? 'true' : nothing}
        @click=${this.onClick}
      >
        ${checkIcon}<span>${accepted ? msg.accept.unmark : msg.accept.mark}</span>
      </button>
      ${this.feedback.render(this.localize, 'accept-error')} ${this.announcer.region()}`;
  }
}

function isAcceptPending({ store, answer }: Acceptable): boolean {
  return isAcceptPendingFor(store, answer.questionId);
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-accept-button': MajlisAcceptButton;
  }
}
