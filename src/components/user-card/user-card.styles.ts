import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    max-inline-size: 100%;
  }

  /* ── chip ── */
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    max-inline-size: 100%;
    min-block-size: 2rem;
    margin: 0;
    padding-block: 0.125rem;
    padding-inline: 0.125rem 0.6em;
    border: 1px solid transparent;
    border-radius: 999px;
    background: transparent;
    color: inherit;
    font: inherit;
    line-height: 1.2;
    text-align: start;
    cursor: pointer;
    transition: background-color 120ms ease;
  }
  .chip:hover,
  .chip[aria-expanded='true'] {
    background: var(--_subtle);
    border-color: var(--_border);
  }
  .name {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: 600;
  }
  .placeholder {
    display: inline-block;
    inline-size: 6em;
    block-size: 0.75em;
    border-radius: 0.25em;
    background: var(--_border);
  }

  /* ── avatar ── */
  .avatar {
    flex: none;
    inline-size: var(--_avatar-size);
    block-size: var(--_avatar-size);
    border-radius: 50%;
    object-fit: cover;
    background: var(--_border);
  }
  .avatar--chip {
    --_avatar-size: 28px;
    font-size: 11px;
  }
  .avatar--card {
    --_avatar-size: 48px;
    font-size: 18px;
  }
  .initials {
    --_hue: 0; /* set per member from the id */
    display: inline-grid;
    place-items: center;
    /* Dark text on a light tint in dark schemes, white on a deep tone in light ones: >= 7:1 either way. */
    background: light-dark(oklch(45% 0.12 var(--_hue)), oklch(82% 0.09 var(--_hue)));
    color: light-dark(#fff, #111);
    font-weight: 600;
    line-height: 1;
    letter-spacing: 0.02em;
    user-select: none;
  }

  /* ── role badge ── */
  .badge {
    --_badge: var(--_accent);
    flex: none;
    padding-block: 0.1em;
    padding-inline: 0.5em;
    border: 1px solid color-mix(in srgb, var(--_badge) 45%, transparent);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_badge) 10%, var(--_surface));
    color: color-mix(in srgb, var(--_badge) 85%, var(--_text));
    font-size: 0.75em;
    font-weight: 600;
    line-height: 1.4;
    white-space: nowrap;
  }
  .badge--expert {
    --_badge: var(--_success);
  }
  .badge--moderator {
    --_badge: var(--_text);
  }

  /* ── popover ── */
  .popover {
    position: fixed;
    z-index: var(--majlis-user-card-z-index, 1000);
    inline-size: max-content;
    min-inline-size: 14rem;
    max-inline-size: min(20rem, 100vw - 1rem);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow:
      0 1px 3px rgb(0 0 0 / 0.12),
      0 8px 24px rgb(0 0 0 / 0.14);
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
  .identity .name {
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
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    font-weight: 600;
    text-align: end;
  }
  .loading {
    margin-block: calc(var(--_space) * 0.75) 0;
    color: var(--_muted);
  }
  .feedback {
    margin-block-start: calc(var(--_space) * 0.75);
  }

  @media (prefers-reduced-motion: no-preference) {
    .popover:not([hidden]) {
      animation: appear 120ms ease-out;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .chip {
      transition: none;
    }
  }
  @keyframes appear {
    from {
      opacity: 0;
    }
  }
`;
