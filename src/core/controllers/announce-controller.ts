import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

/**
 * A polite live region for the results of async actions ("Kudos given", "Answer posted").
 * The host renders `this.announcer.region()` once; `announce(text)` updates it.
 */
export class AnnounceController implements ReactiveController {
  private text = '';
  private clearTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.clearTimer);
  }

  announce(text: string): void {
    // Clearing first makes screen readers repeat an identical message.
    this.text = '';
    this.host.requestUpdate();
    clearTimeout(this.clearTimer);
    this.clearTimer = setTimeout(() => {
      this.text = text;
      this.host.requestUpdate();
    }, 50);
  }

  /** The message currently announced (for tests and for hosts that mirror it). */
  get current(): string {
    return this.text;
  }

  region(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.text}</div>`;
  }
}
