import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../core/controllers/localize-controller.js';
import type { ConfigurationProblem } from '../../core/controllers/store-controller.js';
import { isRefusal } from '../../core/i18n/errors.js';
import type { ErrorContext } from '../../core/i18n/errors.js';

/**
 * Templates every element uses for the states around its content: an adapter error with a retry, and a
 * configuration problem. Both are announced (`role="alert"`) and themable through parts. A refusal that trying
 * again will not change (a suspension, a flood rule: `MajlisError#reason`) says why, without a retry.
 */
export function renderError(
  localize: LocalizeController,
  error: unknown,
  retry?: () => void,
  context?: ErrorContext,
): TemplateResult {
  return html`<div part="error" class="feedback feedback--error" role="alert">
    <span>${localize.error(error, context)}</span>
    ${retry && !isRefusal(error)
      ? html`<button part="retry-button" class="button" type="button" @click=${retry}>${localize.msg.common.retry}</button>`
      : nothing}
  </div>`;
}

export function renderProblem(localize: LocalizeController, problem: ConfigurationProblem): TemplateResult {
  const text = problem === 'rest-unavailable' ? localize.msg.config.restUnavailable : localize.msg.config.noAdapter;
  return html`<div part="error" class="feedback feedback--config" role="alert">${text}</div>`;
}

export const feedbackStyles = css`
  .feedback {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_subtle);
    color: var(--_text);
  }
  .feedback--config {
    border-inline-start-color: var(--_muted);
  }
`;
