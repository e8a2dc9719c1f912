import { css } from 'lit';

/**
 * What the forms of the ideas and the live session share (their own elements, the idea form and the session's ask
 * form): the stacked form, its rows of fields and actions, labels and hints, the native controls, a notice, a list
 * that dims while it refreshes. Each element's own sheet comes after it and adds or overrides.
 */
export const formStyles = css`
  :host {
    display: block;
    font-size: var(--_font-size);
    line-height: 1.5;
  }
  .form {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .row,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 0.5);
  }
  .heading,
  .subheading {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  .label,
  .hint,
  .field-hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  input,
  textarea,
  select {
    padding-block: 0.375em;
    padding-inline: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  .notice {
    margin: 0;
    color: var(--_muted);
  }
  .list {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list.busy {
    opacity: 0.6;
  }
  .skeleton {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
`;
