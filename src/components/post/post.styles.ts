import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-size: var(--_font-size);
    line-height: 1.55;
  }
  article {
    display: grid;
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
    align-items: center;
    gap: 0.35em;
    padding-block: 0.15em;
    padding-inline: 0.6em;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
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
  h4 {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem 0.75rem;
    color: var(--_muted);
    font-size: 0.875em;
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
  [part='body'] {
    overflow-wrap: anywhere;
  }
  [part='body'] > :first-child {
    margin-block-start: 0;
  }
  [part='body'] > :last-child {
    margin-block-end: 0;
  }
  [part='body'] pre {
    overflow-x: auto;
    padding: 0.75em;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_subtle);
    font-size: 0.875em;
  }
  [part='body'] code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  [part='body'] :not(pre) > code {
    padding: 0.1em 0.3em;
    border-radius: 0.25em;
    background: var(--_subtle);
  }
  [part='body'] table {
    display: block;
    overflow-x: auto;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  [part='body'] th,
  [part='body'] td {
    padding: 0.35em 0.6em;
    border: 1px solid var(--_border);
    text-align: start;
  }
  [part='body'] blockquote {
    margin-inline: 0;
    padding-inline-start: 0.85em;
    border-inline-start: 3px solid var(--_border);
    color: var(--_muted);
  }
  [part='body'] img {
    max-inline-size: 100%;
    block-size: auto;
  }
  [part='body'] a {
    color: var(--_accent);
  }
  [part='body'] ul,
  [part='body'] ol {
    padding-inline-start: 1.4em;
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
