import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-size: var(--_font-size);
    line-height: 1.55;
  }
  article {
    display: grid;
    /* One column that may be narrower than its content: a long code line scrolls inside its block. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  article:focus {
    outline: none;
  }
  article:focus-visible {
    outline: var(--_focus-ring);
  }
  :host(:state(accepted)) article {
    border-color: color-mix(in srgb, var(--_success) 55%, var(--_border));
    box-shadow: inset 4px 0 0 var(--_success);
  }
  :host(:state(accepted):dir(rtl)) article {
    box-shadow: inset -4px 0 0 var(--_success);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .badge {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.1em 0.35em;
    padding-block: 0.2em;
    padding-inline: 0.6em;
    border-radius: calc(var(--_radius) * 0.75);
    font-size: var(--_font-size-x-small);
    font-weight: var(--_weight-strong);
  }
  .badge svg {
    inline-size: 1em;
    block-size: 1em;
  }
  [part='accepted-badge'] {
    background: color-mix(in srgb, var(--_success) 14%, var(--_surface));
    color: var(--_success);
  }
  .badge--helpful {
    background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
    color: var(--_accent);
  }
  .accepted-by {
    font-weight: 400;
    color: var(--_muted);
  }
  h1,
  h2,
  h3,
  h4,
  .title {
    margin: 0;
    font-size: var(--_font-size-x-large);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem 0.75rem;
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .meta {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .chip {
    padding-block: 0.1em;
    padding-inline: 0.55em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_text);
    font-size: 0.9em;
  }
  .edited {
    font-style: italic;
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .skeleton {
    display: grid;
    gap: 0.6rem;
  }
  .skeleton span {
    display: block;
    block-size: 0.9em;
    border-radius: 0.3em;
    background: var(--_subtle);
  }
  .skeleton .short {
    inline-size: 40%;
  }
  .skeleton .long {
    inline-size: 85%;
  }
`;
