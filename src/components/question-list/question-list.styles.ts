import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-size: var(--_font-size);
    line-height: var(--_line-height);
  }
  /* The filters fold behind one button when the list, not the window, is narrow (see below). The container is
     a wrapper, not :host, so the list keeps its intrinsic width in a host's flex or grid layout. */
  .filters-bar {
    container-type: inline-size;
  }
  .filters-bar > majlis-follow-button {
    margin-block-end: var(--_space);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    margin-block-end: var(--_space);
  }
  .field {
    display: grid;
    flex: 1 1 11rem;
    gap: 0.25em;
    min-inline-size: 0;
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .field--search {
    flex: 2 1 100%;
  }
  /* Wide: the four selects flow in the bar as if the wrapper were not there, and the button is not needed. */
  .filter-fields {
    display: contents;
  }
  .filters-button {
    display: none;
    flex: none;
    min-block-size: 2.5rem;
  }
  .filters-button svg {
    inline-size: 1em;
    block-size: 1em;
  }
  .filters-count {
    min-inline-size: 1.5em;
    padding-inline: 0.4em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: var(--_font-size-x-small);
    font-weight: var(--_weight-strong);
    line-height: var(--_line-height);
    text-align: center;
  }
  /* Narrow: the search box and a "Filters" button on one line; the selects below it only when it is open. */
  @container (inline-size < 36rem) {
    .field--search {
      flex: 1 1 0;
    }
    .filters-button {
      display: inline-flex;
    }
    .filter-fields {
      display: flex;
      flex: 1 1 100%;
      flex-wrap: wrap;
      gap: inherit;
    }
    .filter-fields.collapsed {
      display: none;
    }
  }
  input,
  select {
    inline-size: 100%;
    min-block-size: 2.5rem;
    padding-inline: 0.6em;
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 1rem;
  }
  .summary {
    margin-block: 0 calc(var(--_space) * 0.5);
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .list {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
    border-block-start: 1px solid var(--_border);
    transition: opacity var(--_duration) var(--_easing);
  }
  .list.busy {
    opacity: 0.6;
  }
  .row {
    position: relative;
    display: grid;
    gap: 0.35rem;
    padding-block: calc(var(--_space) * 0.75);
    padding-inline: calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_border);
  }
  .row:hover {
    background: var(--_subtle);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.6rem;
  }
  .title {
    flex: 1 1 14rem;
    min-inline-size: 0;
    font-size: 1.0625em;
    font-weight: var(--_weight-strong);
    overflow-wrap: anywhere;
  }
  .title-link {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  .title-link:hover {
    text-decoration: underline;
  }
  /* The whole row opens the question; the author chip stays reachable above the stretched target. */
  .title-link::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .title-link:focus-visible {
    outline: none;
  }
  .title-link:focus-visible::after {
    outline: var(--_focus-ring);
    outline-offset: -2px;
    border-radius: var(--_radius);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding-block: 0.15em;
    padding-inline: 0.55em;
    border-radius: calc(var(--_radius) * 0.75);
    background: color-mix(in srgb, var(--_success) 14%, var(--_surface));
    color: var(--_success);
    font-size: var(--_font-size-x-small);
    font-weight: var(--_weight-strong);
    white-space: nowrap;
  }
  .badge svg {
    inline-size: 1em;
    block-size: 1em;
  }
  .excerpt {
    margin: 0;
    color: var(--_text);
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  mark {
    padding-inline: 0.1em;
    border-radius: 0.2em;
    background: color-mix(in srgb, var(--_accent) 22%, var(--_surface));
    color: inherit;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    color: var(--_muted);
    font-size: var(--_font-size-x-small);
  }
  .chip {
    padding-block: 0.05em;
    padding-inline: 0.55em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_text);
  }
  .active-tag {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    inline-size: fit-content;
    margin: 0;
    margin-block-end: calc(var(--_space) * 0.5);
    padding-block: 0.1em;
    padding-inline: 0.6em 0.2em;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    font-size: var(--_font-size-small);
  }
  .clear-tag {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.75rem;
    min-block-size: 1.75rem;
    padding: 0;
    border: 0;
    border-radius: 999px;
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: var(--_font-size-large);
    line-height: 1;
    cursor: pointer;
  }
  .clear-tag:hover {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
  }
  .clear-tag:focus-visible {
    outline: var(--_focus-ring);
  }
  .counts {
    display: inline-flex;
    gap: 0.75rem;
  }
  majlis-user-card {
    position: relative;
    z-index: 1;
  }
  /* The card opens in the top layer; an engine without the Popover API still lifts the open one over the rows below. */
  majlis-user-card:state(open) {
    z-index: 2;
  }
  .empty {
    display: grid;
    justify-items: center;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    text-align: center;
  }
  .empty p {
    margin: 0;
  }
  .more {
    display: flex;
    justify-content: center;
    margin-block-start: var(--_space);
  }
  .skeleton {
    display: grid;
    gap: var(--_space);
  }
  .skeleton-row {
    display: grid;
    gap: 0.5rem;
  }
  .skeleton-row .title {
    block-size: 1.3em;
    inline-size: 75%;
  }
  .skeleton-row .short {
    inline-size: 40%;
  }
  @media (prefers-reduced-motion: reduce) {
    .list {
      transition: none;
    }
  }
`;
