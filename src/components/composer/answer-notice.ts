import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../core/controllers/localize-controller.js';
import type { Question, Viewer } from '../../core/types.js';

/**
 * Why the viewer cannot answer a question (the data decides: its status and `viewerCan.answer`), shown
 * instead of the answer form. Kept apart from the composer so a thread shows it without fetching the
 * composer's code: an anonymous reader never downloads an editor it cannot use.
 */
export type AnswerBlock = 'locked' | 'sign-in' | 'forbidden';

/** What stands between the viewer and the answer form, or `undefined` when they may answer. */
export function answerBlock(question: Question, viewer: Viewer): AnswerBlock | undefined {
  if (question.status === 'locked') return 'locked';
  if (!viewer.user) return 'sign-in';
  if (!question.viewerCan.answer) return 'forbidden';
  return undefined;
}

const lockIcon = html`<svg viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.5" aria-hidden="true">
  <rect x="3" y="7" width="10" height="7" rx="1.5" /><path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
</svg>`;

/** A notice (`part="notice"`) in place of the answer form: locked question, sign-in prompt or no permission. */
export function renderAnswerNotice(localize: LocalizeController, block: AnswerBlock, requestLogin: () => void): TemplateResult {
  const msg = localize.msg.composer;
  const notice = (text: TemplateResult | string, action: TemplateResult | typeof nothing = nothing) =>
    html`<div part="notice" class="notice"><p>${text}</p>${action}</div>`;
  if (block === 'locked') return notice(html`${lockIcon}${msg.locked}`);
  if (block === 'forbidden') return notice(msg.cannotAnswer);
  return notice(
    html`<slot name="sign-in-prompt">${msg.signInPrompt}</slot>`,
    html`<button part="sign-in-button" class="button button--primary" type="button" @click=${requestLogin}>
      ${msg.signIn}
    </button>`,
  );
}

/** The look of {@link renderAnswerNotice}; the host also needs `buttonStyles`. */
export const answerNoticeStyles = css`
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
    color: var(--_text);
  }
  .notice p {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0;
  }
  .notice svg {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    color: var(--_muted);
  }
`;
