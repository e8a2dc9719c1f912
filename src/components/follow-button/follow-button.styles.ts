import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-flex;
    vertical-align: middle;
  }
  .follow {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 2rem;
    padding-block: 0;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 1rem;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.875rem;
    line-height: 1;
    cursor: pointer;
  }
  .toggle:hover:not(:disabled) {
    background: var(--_subtle);
  }
  .toggle[aria-pressed='true'] {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
    color: var(--_accent);
  }
  .toggle[aria-pressed='true'] .icon {
    fill: currentColor;
  }
  .toggle[aria-busy='true'] {
    cursor: progress;
  }
  .toggle:disabled {
    cursor: default;
    border-style: dashed;
    color: var(--_muted);
  }
  .icon {
    flex: none;
    inline-size: 1.2em;
    block-size: 1.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linejoin: round;
  }
  @media (forced-colors: active) {
    .toggle[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
`;
