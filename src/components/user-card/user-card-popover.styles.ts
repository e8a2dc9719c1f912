import { css } from 'lit';

/** The profile card, added to the chip's shadow root when its code loads. */
export const styles = css`
  .popover {
    position: fixed;
    overflow: visible; /* not the UA's scrolling box of a [popover] */
    z-index: var(--majlis-user-card-z-index, 1000);
    inline-size: max-content;
    min-inline-size: 14rem;
    max-inline-size: min(20rem, 100vw - 1rem);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
    font-size: 0.9375rem;
    font-weight: normal;
    line-height: 1.45;
    text-align: start;
    white-space: normal;
  }
  .header {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  .identity {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    min-inline-size: 0;
  }
  .identity .user-name {
    white-space: normal;
    overflow-wrap: anywhere;
    font-size: 1.0625em;
  }
  .stats {
    display: grid;
    gap: 0.3rem;
    margin-block: calc(var(--_space) * 0.75) 0;
    margin-inline: 0;
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
  }
  .stat {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 1rem;
  }
  .popover dt {
    color: var(--_muted);
  }
  .popover dd {
    margin: 0;
    font-weight: var(--_weight-strong);
    text-align: end;
  }
  .next-rank {
    display: block;
    color: var(--_muted);
    font-size: var(--_font-size-small);
    font-weight: normal;
  }
  .earned-badges {
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .rules {
    margin-block-start: calc(var(--_space) * 0.75);
    padding-block-start: calc(var(--_space) * 0.5);
    border-block-start: 1px solid var(--_border);
    font-size: var(--_font-size-small);
  }
  .rules summary {
    color: var(--_accent);
    font-weight: var(--_weight-strong);
    cursor: pointer;
  }
  .points {
    margin-block: 0.5em;
    padding-inline-start: 1.25em;
  }
  .note {
    margin-block: 0.5em;
    color: var(--_muted);
  }
  .rules-heading {
    margin-block: 0.75em 0.25em;
    font-weight: var(--_weight-strong);
  }
  .rule-list {
    display: grid;
    gap: 0.2rem;
    margin: 0;
  }
  .rule-list div {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
  }
  .rule-list dd {
    font-weight: normal;
    color: var(--_muted);
  }
  .loading {
    margin-block: calc(var(--_space) * 0.75) 0;
    color: var(--_muted);
  }
  .avatar--card {
    --_avatar-size: 48px;
    font-size: 18px;
  }

  @media (prefers-reduced-motion: no-preference) {
    .popover:not([hidden]) {
      animation: appear var(--_duration) ease-out;
    }
  }
  @keyframes appear {
    from {
      opacity: 0;
    }
  }
`;
