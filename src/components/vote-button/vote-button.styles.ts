import { css } from 'lit';

export const styles = css`
  :host {
    --_size: var(--majlis-vote-button-size, 2rem);
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    vertical-align: middle;
  }
  .vote {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: var(--_size);
    min-inline-size: var(--_size);
    padding-block: 0;
    padding-inline: calc(var(--_size) * 0.35);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_size) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: calc(var(--_size) * 0.4375);
    font-variant-numeric: tabular-nums;
    line-height: 1;
    cursor: pointer;
    transition:
      background-color 120ms ease,
      border-color 120ms ease,
      color 120ms ease;
  }
  .icon {
    flex: none;
    inline-size: 1.3em;
    block-size: 1.3em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linejoin: round;
    transition: transform 120ms ease;
  }
  .vote:hover:not(:disabled, [aria-disabled='true']) {
    background: var(--_subtle);
    border-color: color-mix(in srgb, var(--_text) 30%, var(--_surface));
  }
  .vote:active:not(:disabled, [aria-disabled='true']) .icon {
    transform: scale(0.85);
  }
  .vote[aria-pressed='true'] {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
    color: var(--_accent);
  }
  .vote[aria-pressed='true']:hover:not([aria-disabled='true']) {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 22%, var(--_surface));
  }
  .vote[aria-pressed='true'] .icon {
    fill: currentColor;
  }
  .vote[aria-busy='true'] {
    cursor: progress;
  }
  .vote[aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--_muted);
  }
  .vote:disabled {
    cursor: default;
    border-style: dashed;
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    .vote,
    .icon {
      transition: none;
    }
    .vote:active:not(:disabled, [aria-disabled='true']) .icon {
      transform: none;
    }
  }
  @media (forced-colors: active) {
    .vote[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
`;
