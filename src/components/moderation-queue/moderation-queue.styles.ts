import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-size: var(--_font-size);
    line-height: var(--_line-height);
  }
  .queue {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }
  .heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: var(--_weight-heading);
  }
  .muted,
  .hint {
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .hint {
    margin: 0;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .notice p {
    margin: 0;
  }
  .button--danger {
    border-color: color-mix(in srgb, var(--_danger) 55%, var(--_surface));
    color: var(--_danger);
  }

  /* ── tabs ── */
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 1px solid var(--_border);
  }
  .tab {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.5rem;
    margin-block-end: -1px;
    padding-inline: 0.85em;
    border: 1px solid transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: transparent;
    color: var(--_muted);
    font: inherit;
    font-size: 0.9375em;
    cursor: pointer;
  }
  .tab:hover {
    color: var(--_text);
  }
  .tab[aria-selected='true'] {
    border-color: var(--_border);
    border-block-end-color: var(--_surface);
    background: var(--_surface);
    color: var(--_text);
    font-weight: var(--_weight-strong);
    box-shadow: inset 0 3px 0 var(--_accent);
  }
  .count {
    min-inline-size: 1.5em;
    padding-inline: 0.4em;
    border-radius: 999px;
    background: var(--_subtle);
    border: 1px solid var(--_border);
    font-size: var(--_font-size-x-small);
    font-weight: var(--_weight-strong);
    text-align: center;
  }
  .panel {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }
  .panel:focus {
    outline: none;
  }

  /* ── bulk bar ── */
  .bulk {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .bulk-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  .bulk-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin-inline-start: auto;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    cursor: pointer;
  }
  .check input,
  .select {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .summary {
    margin: 0;
    font-weight: var(--_weight-strong);
  }

  /* ── items ── */
  .list,
  .audit {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .busy {
    opacity: 0.7;
  }
  .item,
  .entry {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    min-inline-size: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .item:focus-visible,
  .entry:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .item.busy {
    opacity: 0.65;
  }
  .item-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    padding-inline: 0.55em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: var(--_font-size-x-small);
    line-height: 1.6;
  }
  .chip--kind {
    font-weight: var(--_weight-strong);
  }
  .chip--quiet {
    color: var(--_muted);
  }
  .chip--pending {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .chip--hidden,
  .chip--deleted,
  .chip--danger {
    border-color: color-mix(in srgb, var(--_danger) 55%, var(--_surface));
    color: var(--_danger);
  }
  .title {
    margin: 0;
    font-weight: var(--_weight-strong);
    overflow-wrap: anywhere;
  }
  .title-link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .byline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .body {
    min-inline-size: 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .body.collapsed {
    max-block-size: 9em;
    overflow: hidden;
    mask-image: linear-gradient(to bottom, #000 60%, transparent);
  }
  .more {
    justify-self: start;
    min-block-size: 1.75rem;
    padding-inline: 0.25em;
    color: var(--_accent);
  }
  .moderation,
  .reason {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: baseline;
  }
  .flags {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    border-inline-start: 3px solid var(--_danger);
    background: color-mix(in srgb, var(--_danger) 7%, var(--_surface));
  }
  .flags-heading {
    margin: 0 0 0.25rem;
    color: var(--_danger);
    font-weight: var(--_weight-heading);
    font-size: var(--_font-size-small);
  }
  .flags ul {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .flag {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1rem 0.5rem;
    align-items: baseline;
  }
  .flag .note {
    flex-basis: 100%;
    font-size: 0.9375em;
  }
  .quoted {
    font-weight: 500;
  }
  .note {
    padding-inline-start: 0.5em;
    border-inline-start: 2px solid color-mix(in srgb, var(--_danger) 40%, var(--_surface));
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.4rem;
  }
  .chevron {
    inline-size: 1em;
    block-size: 1em;
    transition: transform var(--_duration) var(--_easing);
  }
  [aria-expanded='true'] > .chevron {
    transform: rotate(180deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  .more-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    flex-basis: 100%;
    padding-block-start: 0.25rem;
  }
  a.button {
    text-decoration: none;
  }

  /* ── forms ── */
  .action-form {
    display: grid;
    gap: 0.35rem;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .action-form label:not(.check),
  .action-form legend {
    font-weight: var(--_weight-strong);
    font-size: 0.9375em;
  }
  textarea,
  input[type='text'],
  select {
    inline-size: 100%;
    min-block-size: 2.25rem;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .periods {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .periods legend {
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .field-error {
    margin: 0;
    color: var(--_danger);
    font-size: var(--_font-size-small);
  }
  .field-error:empty {
    display: none;
  }
  .form-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .load-more {
    justify-self: center;
  }

  /* ── audit log ── */
  .audit-filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin: 0;
    font-weight: var(--_weight-strong);
  }
  .audit-filter:focus {
    outline: none;
  }
  .entry p {
    margin: 0;
  }
  .entry-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
  }
  .entry-target {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .details {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    font-size: var(--_font-size-small);
  }
  .details div {
    display: flex;
    gap: 0.35rem;
  }
  .details dt {
    color: var(--_muted);
  }
  .details dd {
    margin: 0;
  }

  /* ── shortcuts ── */
  .shortcuts {
    font-size: var(--_font-size-small);
  }
  .shortcuts summary {
    inline-size: fit-content;
    color: var(--_muted);
    cursor: pointer;
  }
  .shortcuts dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 0;
  }
  .shortcuts dl div {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
  }
  .shortcuts dd {
    margin: 0;
  }
  kbd {
    display: inline-block;
    min-inline-size: 1.6em;
    padding: 0 0.35em;
    border: 1px solid var(--_border);
    border-block-end-width: 2px;
    border-radius: 0.3em;
    background: var(--_subtle);
    font-family: ui-monospace, monospace;
    text-align: center;
  }

  /* ── skeleton ── */
  .skeleton {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .skeleton-item {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .skeleton .short {
    inline-size: 40%;
  }
`;
