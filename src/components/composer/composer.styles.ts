import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-size: var(--_font-size);
    line-height: var(--_line-height);
  }
  .card {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    min-inline-size: 0;
  }
  .label {
    font-weight: var(--_weight-strong);
  }

  /* Tabs and toolbar share a row, underlined by the tabs' baseline. */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.25) calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_border);
  }
  .tabs,
  .toolbar {
    display: flex;
    flex-wrap: wrap;
  }
  .tab {
    margin-block-end: -1px;
    padding-block: 0.45em;
    padding-inline: 0.85em;
    border: 0;
    border-block-end: 2px solid transparent;
    background: none;
    color: var(--_muted);
    font: inherit;
    font-size: 0.9375em;
    cursor: pointer;
  }
  .tab:hover {
    color: var(--_text);
  }
  .tab[aria-selected='true'] {
    border-block-end-color: var(--_accent);
    color: var(--_text);
    font-weight: var(--_weight-strong);
  }
  .toolbar {
    gap: 2px;
    padding-block-end: 4px;
  }
  .tool {
    min-inline-size: 2.25rem;
    padding-inline: 0.4em;
  }
  .tool svg {
    inline-size: 1.1em;
    block-size: 1.1em;
  }
  .tool .letter {
    font-size: 1.05em;
    line-height: 1;
  }
  .tool .letter--bold {
    font-weight: var(--_weight-heading);
  }
  .tool .letter--italic {
    font-family: Georgia, 'Times New Roman', serif;
    font-style: italic;
  }
  .tool .letter--code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.85em;
  }
  /* The list icon's bullets sit where lines start. */
  [dir='rtl'] .mirror {
    transform: scaleX(-1);
  }

  textarea,
  .preview {
    display: block;
    inline-size: 100%;
    min-block-size: calc(6lh + 1.2em);
    padding-block: 0.6em;
    padding-inline: 0.75em;
    border: 1px solid var(--_control-border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    line-height: var(--_line-height);
  }
  textarea {
    resize: vertical;
  }
  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  textarea[readonly] {
    background: var(--_subtle);
  }
  .preview {
    overflow: auto;
    max-block-size: 70vh;
    overflow-wrap: anywhere;
  }
  .empty {
    margin: 0;
    color: var(--_muted);
  }

  .status {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.25) var(--_space);
    font-size: var(--_font-size-small);
  }
  .status p {
    margin: 0;
  }
  .message {
    color: var(--_danger);
  }
  .count {
    margin-inline-start: auto;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .count[data-level='near'] {
    color: var(--_text);
    font-weight: var(--_weight-strong);
  }
  .count[data-level='over'] {
    color: var(--_danger);
    font-weight: var(--_weight-strong);
  }

  /* The language hint, and the personal-data guard's warning (src/core/controllers/personal-data-warning.ts). */
  .hint,
  .guard {
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.6);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .hint {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }
  .hint p {
    flex: 1 1 16rem;
    margin: 0;
  }

  .guard {
    display: grid;
    border-inline-start-color: var(--_warning);
  }
  .guard:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .guard p,
  .guard-list {
    margin: 0;
  }
  .guard-heading {
    font-weight: var(--_weight-strong);
  }
  .guard-list {
    padding-inline-start: 1.25em;
  }
  .guard-kind {
    font-weight: var(--_weight-strong);
    margin-inline-end: 0.5em;
  }
  .guard-value {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    unicode-bidi: isolate;
  }
  .guard-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5);
  }
  .language {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    font-size: 0.9375em;
  }
  select {
    min-block-size: 2.25rem;
    max-inline-size: 100%;
    padding-inline: 0.5em;
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  [part='submit-button'] {
    margin-inline-start: auto;
  }
  [part='submit-button'][aria-disabled='true'] {
    cursor: progress;
  }

  .loading {
    margin: 0;
    color: var(--_muted);
  }
  .pending-notice {
    margin: 0;
    padding-block: calc(var(--_space) * 0.4);
    padding-inline: calc(var(--_space) * 0.6);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_subtle);
  }
`;
