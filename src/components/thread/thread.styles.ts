import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-size: var(--_font-size);
    line-height: var(--_line-height);
  }
  .thread {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 1.25);
  }
  .answers-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    padding-block-end: 0.5rem;
    border-block-end: 1px solid var(--_border);
  }
  .answers-heading {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: var(--_weight-heading);
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  select {
    min-block-size: 2.25rem;
    padding-inline: 0.5em;
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  ol {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /*
   * An answer off screen is laid out and painted only when it comes near the viewport (issue 11): its place
   * is held at its last rendered height, or an estimate before its first. It stays in the DOM, in the
   * accessibility tree and in find-in-page; engines without content-visibility render it as before.
   */
  ol > li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 14rem;
  }
  ol.laid-out > li {
    content-visibility: visible;
  }
  .empty {
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    text-align: center;
  }
  .answer-link {
    margin-inline-start: auto;
    color: var(--_muted);
    text-decoration: none;
    font-size: var(--_font-size-small);
  }
  .answer-link:focus-visible {
    outline: var(--_focus-ring);
  }
  .answer-link svg {
    inline-size: 1em;
    block-size: 1em;
  }
  .more {
    display: flex;
    justify-content: center;
  }
  .skeleton {
    display: grid;
    gap: 0.75rem;
  }
  .skeleton span {
    block-size: 1em;
  }
  .skeleton .title {
    block-size: 1.6em;
    inline-size: 70%;
  }
  .skeleton .short {
    inline-size: 35%;
  }
  .skeleton .block {
    block-size: 5em;
  }
`;
