import { css, html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { MajlisError } from '../adapter.js';
import { MajlisErrorEvent } from '../events.js';
import type { MajlisStore, StoreErrorEvent } from '../store.js';
import type { LocalizeController } from './localize-controller.js';
import type { StoreController } from './store-controller.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Runs the viewer's store mutations (kudos, accept, an answer, a question) for its host and keeps their failure
 * in view. The store's `error` event is the one place a mutation failure is reported (after the rollback): this
 * picks up the reports of the mutations its host started, keeps the last one as {@link error} (the inline
 * {@link render}, or the host's own display) and fires it from the host as `majlis-error`.
 */
export class MutationFeedback {
  /** The last failure, until the next attempt, a success or {@link clear}. */
  error: MajlisError | undefined;

  constructor(
    private readonly host: Host,
    private readonly data: StoreController,
  ) {}

  /** Runs `mutation` on the host's store; resolves to its result, or to undefined once its failure is shown and fired. */
  async run<R>(mutation: (store: MajlisStore) => Promise<R>): Promise<R | undefined> {
    const store = this.data.store;
    if (!store) return undefined;
    this.clear();
    const reports: StoreErrorEvent[] = [];
    const hear = (event: Event) => reports.push(event as StoreErrorEvent);
    store.addEventListener('error', hear);
    try {
      const result = await mutation(store);
      this.clear();
      return result;
    } catch (error) {
      // Only failures the store reported are the viewer's to see; anything else is a bug, left to surface.
      const report = reports.find((r) => r.error === error);
      if (!report) throw error;
      this.error = report.error;
      this.host.requestUpdate();
      this.host.dispatchEvent(new MajlisErrorEvent({ error: report.error, operation: report.operation }));
      return undefined;
    } finally {
      store.removeEventListener('error', hear);
    }
  }

  clear(): void {
    if (!this.error) return;
    this.error = undefined;
    this.host.requestUpdate();
  }

  /**
   * The message next to a small control (kudos, accept). The alert region stays rendered (empty) as long as the
   * control is, because screen readers announce text added to an existing region more reliably than a new region.
   */
  render(localize: LocalizeController, part: string): TemplateResult {
    return html`<span part=${part} class="mutation-error" role="alert"
      >${this.error ? localize.error(this.error) : nothing}</span
    >`;
  }
}

/** The message of {@link MutationFeedback.render}. */
export const mutationErrorStyles = css`
  .mutation-error {
    color: var(--_danger);
    font-size: var(--_font-size-small);
  }
  .mutation-error:not(:empty) {
    margin-inline-start: calc(var(--_space) * 0.5);
  }
`;

/** The mutation error, and the shared load error (`renderError`) made compact to sit where a small control would. */
export const mutationFeedbackStyles = [
  mutationErrorStyles,
  css`
    .feedback {
      padding-block: calc(var(--_space) * 0.25);
      padding-inline: calc(var(--_space) * 0.5);
      font-size: var(--_font-size-small);
    }
  `,
];
