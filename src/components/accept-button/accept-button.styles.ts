import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    vertical-align: middle;
  }
  .accept {
    min-block-size: 2rem;
    border-radius: 999px;
    font-size: var(--_font-size-small);
    transition:
      background-color var(--_duration) var(--_easing),
      border-color var(--_duration) var(--_easing),
      color var(--_duration) var(--_easing);
  }
  .icon {
    flex: none;
    inline-size: 1.2em;
    block-size: 1.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .accept[aria-pressed='true'],
  .accept[aria-pressed='true']:hover {
    border-color: var(--_success);
    background: color-mix(in srgb, var(--_success) 14%, var(--_surface));
    color: var(--_success);
    font-weight: var(--_weight-strong);
  }
  .accept[aria-busy='true'] {
    cursor: progress;
  }
  @media (prefers-reduced-motion: reduce) {
    .accept {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .accept[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
`;
