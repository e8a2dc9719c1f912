import { css } from 'lit';

/** The one button look (`.button`, `.button--primary`, `.button--quiet`) shared by every element. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.25rem;
    padding-block: 0.35em;
    padding-inline: 0.85em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.9375em;
    line-height: 1.2;
    cursor: pointer;
    transition: background-color var(--_duration) var(--_easing), border-color var(--_duration) var(--_easing);
  }
  .button:hover:not(:disabled) {
    background: var(--_subtle);
    border-color: color-mix(in srgb, var(--_text) 30%, var(--_surface));
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .button--primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: var(--_weight-strong);
  }
  .button--primary:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_accent) 88%, var(--_text));
    border-color: transparent;
  }
  .button--quiet {
    border-color: transparent;
    background: transparent;
  }
  @media (prefers-reduced-motion: reduce) {
    .button {
      transition: none;
    }
  }
`;
