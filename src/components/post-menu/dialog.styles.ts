import { css } from 'lit';

/** The modal dialogs of a post's actions (flag, delete, history): a card over a dimmed page. */
export const dialogStyles = css`
  dialog {
    inline-size: min(34rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    text-align: start;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-title {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.2em;
    font-weight: var(--_weight-strong);
  }
  dialog p {
    margin-block: 0 calc(var(--_space) * 0.75);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-block-start: var(--_space);
  }
  .message {
    margin: 0.25rem 0 0;
    color: var(--_danger);
    font-size: var(--_font-size-small);
  }
`;
