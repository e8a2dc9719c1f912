import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-size: var(--_font-size);
    line-height: var(--_line-height);
  }
  .leaderboard {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .heading {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: var(--_weight-heading);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 0.5);
  }

  /* ── period: radio buttons drawn as a segmented control (arrow keys move the choice natively) ── */
  .periods {
    display: inline-flex;
    flex-wrap: wrap;
    margin: 0;
    padding: 2px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .period {
    position: relative;
    display: inline-flex;
    align-items: center;
    min-block-size: 2rem;
    padding-inline: 0.75em;
    border-radius: calc(var(--_radius) - 2px);
    color: var(--_muted);
    font-size: var(--_font-size-small);
    cursor: pointer;
  }
  .period input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .period:has(input:checked) {
    background: var(--_surface);
    color: var(--_text);
    font-weight: var(--_weight-strong);
    box-shadow: 0 0 0 1px var(--_border);
  }
  .period:has(input:focus-visible) {
    outline: var(--_focus-ring);
    outline-offset: 1px;
  }
  .field {
    display: grid;
    gap: 0.25em;
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

  /* ── rows ── */
  .list {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
    transition: opacity var(--_duration) var(--_easing);
  }
  .list.busy {
    opacity: 0.7;
  }
  /* Position beside two lines: the member (or answer) on the first, their badges (or the answer's accepted mark
     and author) and the figure on the second, so names keep the whole width even in a narrow sidebar. */
  .row {
    display: grid;
    grid-template-columns: 2rem minmax(0, 1fr) auto;
    grid-template-areas:
      'position main main'
      'position extra value';
    align-items: center;
    gap: 0.25rem calc(var(--_space) * 0.5);
    padding-block: calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_border);
  }
  .row:last-child {
    border-block-end: 0;
  }
  .position {
    grid-area: position;
    display: inline-grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border-radius: 50%;
    color: var(--_muted);
    font-weight: var(--_weight-heading);
    font-variant-numeric: tabular-nums;
  }
  /* A subtle medal for the first three: a tinted disc, the number stays the text colour. */
  .medal {
    --_medal: #c9a227;
    border: 1px solid color-mix(in srgb, var(--_medal) 60%, transparent);
    background: color-mix(in srgb, var(--_medal) 22%, var(--_surface));
    color: var(--_text);
  }
  .medal--2 {
    --_medal: #9aa3ad;
  }
  .medal--3 {
    --_medal: #b87333;
  }
  .who {
    display: contents;
  }
  .who > :first-child {
    grid-area: main;
    justify-self: start;
  }
  .who > :nth-child(2) {
    grid-area: extra;
  }
  /* Long names shorten (the chip ellipsizes them) rather than run under the figure. */
  .who > majlis-user-card {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .value {
    grid-area: value;
    color: var(--_text);
    font-weight: var(--_weight-strong);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .answer-link {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    max-inline-size: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: var(--_weight-strong);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    font-size: var(--_font-size-small);
  }
  .accepted {
    display: inline-flex;
    align-items: center;
    gap: 0.2em;
    color: var(--_success);
    font-weight: var(--_weight-strong);
  }
  .accepted svg {
    inline-size: 1em;
    block-size: 1em;
  }
  .notice {
    margin: 0;
    color: var(--_muted);
  }

  /* ── skeleton ── */
  .skeleton {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .skeleton-row {
    display: grid;
    grid-template-columns: 1.75rem 1fr 4rem;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }
  .skeleton-row .dot {
    block-size: 1.75rem;
    border-radius: 50%;
  }
  @media (prefers-reduced-motion: reduce) {
    .list {
      transition: none;
    }
  }
`;
