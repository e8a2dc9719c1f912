import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-size: var(--_font-size);
    line-height: var(--_line-height);
  }
  nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-block-end: var(--_space);
  }
  .nav-end {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-inline-start: auto;
  }
  .view-heading {
    margin: 0 0 var(--_space);
    font-size: var(--_font-size-x-large);
    font-weight: var(--_weight-heading);
    line-height: 1.25;
  }
  .view-heading:focus {
    outline: none;
  }
  .view-heading:focus-visible {
    outline: var(--_focus-ring);
  }
  .after-thread {
    margin-block-start: var(--_space);
    padding-block-start: calc(var(--_space) * 0.5);
    border-block-start: 1px solid var(--_border);
  }
  .back::before {
    content: '←';
  }
  :host(:dir(rtl)) .back::before {
    content: '→';
  }
`;
