import { css } from 'lit';

/** The ask form's own looks; the details editor (tabs, toolbar, textarea, counter, hint) uses the composer's, the sign-in notice answer-notice.ts's. */
export const styles = css`
  .form {
    gap: var(--_space);
  }
  .field {
    display: grid;
    /* A message under one field of a row must not stretch its neighbour's label and control apart. */
    align-content: start;
    gap: 0.35em;
    min-inline-size: 0;
  }
  .field-hint {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .optional {
    color: var(--_muted);
    font-weight: 400;
  }
  /* Only a field's own message: the details' message sits in the editor's status line, already at this size. */
  .field > .message {
    margin: 0;
    font-size: var(--_font-size-small);
  }

  .input,
  .select,
  .tags {
    inline-size: 100%;
    min-block-size: 2.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .input {
    padding-block: 0.45em;
    padding-inline: 0.75em;
  }
  .input[readonly],
  .tag-input[readonly] {
    background: var(--_subtle);
  }
  .input[aria-invalid='true'],
  .select[aria-invalid='true'],
  .tags[data-invalid='true'] {
    border-color: var(--_danger);
  }

  /* Category and language side by side where there is room, stacked on a phone. */
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: var(--_space);
  }

  .similar {
    display: grid;
    gap: 0.4em;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .similar-heading {
    margin: 0;
    font-weight: var(--_weight-strong);
    font-size: 0.9375em;
  }
  .similar-list {
    display: grid;
    gap: 0.15em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .similar-question {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.2em 0.75em;
    inline-size: 100%;
    padding-block: 0.4em;
    padding-inline: 0.5em;
    border: 0;
    border-radius: calc(var(--_radius) * 0.75);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .similar-question:hover {
    background: var(--_surface);
  }
  .similar-title {
    flex: 1 1 14rem;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  .similar-meta {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.6em;
    color: var(--_muted);
    font-size: var(--_font-size-x-small);
    white-space: nowrap;
  }
  .solved {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    color: var(--_success);
    font-weight: var(--_weight-strong);
  }
  .solved svg {
    inline-size: 1em;
    block-size: 1em;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em;
    padding: 0.3em;
    cursor: text;
  }
  .tags:focus-within {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .chips {
    display: contents;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.15em;
    max-inline-size: 100%;
    padding-block: 0.1em;
    padding-inline: 0.6em 0.15em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_subtle);
    font-size: var(--_font-size-small);
    overflow-wrap: anywhere;
  }
  .chip-remove {
    display: inline-grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_muted);
    cursor: pointer;
  }
  .chip-remove:hover {
    background: var(--_border);
    color: var(--_text);
  }
  .chip-remove svg {
    inline-size: 0.9em;
    block-size: 0.9em;
  }
  .tag-input {
    flex: 1 1 8rem;
    min-inline-size: 0;
    min-block-size: 1.9rem;
    padding-inline: 0.45em;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
  }
  .tag-input:focus-visible {
    outline: none;
  }

  .footer {
    justify-content: flex-end;
  }
`;
