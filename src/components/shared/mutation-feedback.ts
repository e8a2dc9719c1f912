import { css, html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { toMajlisError } from '../../core/adapter.js';
import type { MajlisError } from '../../core/adapter.js';
import type { LocalizeController } from '../../core/controllers/localize-controller.js';
import { MajlisErrorEvent } from '../../core/events.js';
import type { ErrorOperation } from '../../core/events.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Runs the viewer's store mutations of one kind (kudos, accept) and keeps their failure in view: the store
 * rolls the optimistic change back, this shows why next to the control and fires `majlis-error`.
 */
export class MutationFeedback {
  /** The last failure, until the next attempt, a success or {@link clear}. */
  error: MajlisError | undefined;

  constructor(
    private readonly host: Host,
    private readonly operation: ErrorOperation,
  ) {}

  /** Runs `mutation`; resolves to its result, or to undefined once its failure is shown and fired. */
  async run<R>(mutation: () => Promise<R>): Promise<R | undefined> {
    this.clear();
    try {
      const result = await mutation();
      this.clear();
      return result;
    } catch (error) {
      this.error = toMajlisError(error);
      this.host.requestUpdate();
      this.host.dispatchEvent(new MajlisErrorEvent({ error: this.error, operation: this.operation }));
      return undefined;
    }
  }

  clear(): void {
    if (!this.error) return;
    this.error = undefined;
    this.host.requestUpdate();
  }

  /**
   * The message next to the control. The alert region stays rendered (empty) as long as the control is,
   * because screen readers announce text added to an existing region more reliably than a new region.
   */
  render(localize: LocalizeController, part: string): TemplateResult {
    return html`<span part=${part} class="mutation-error" role="alert"
      >${this.error ? localize.error(this.error) : nothing}</span
    >`;
  }
}

/** The mutation error, and the shared load error (`renderError`) made compact to sit where a small control would. */
export const mutationFeedbackStyles = css`
  .mutation-error {
    color: var(--_danger);
    font-size: 0.875em;
  }
  .mutation-error:not(:empty) {
    margin-inline-start: calc(var(--_space) * 0.5);
  }
  .feedback {
    padding-block: calc(var(--_space) * 0.25);
    padding-inline: calc(var(--_space) * 0.5);
    font-size: 0.875em;
  }
`;
