import { css } from 'lit';

/** The element around the chip. */
export const styles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    max-inline-size: 100%;
  }
`;

/**
 * The author chip, wherever it is rendered (`<majlis-user-card>`, `<majlis-post>`): class names of its own, as a
 * post's styles share its shadow root. The card's styles load with its code (`user-card-popover.styles.ts`).
 */
export const authorChipStyles = css`
  .user-chip {
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
    transition: background-color var(--_duration) var(--_easing);
  }
  .user-chip:hover,
  .user-chip[aria-expanded='true'] {
    background: var(--_subtle);
    border-color: var(--_border);
  }
  .user-name {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: var(--_weight-strong);
  }
  .user-placeholder {
    display: inline-block;
    inline-size: 6em;
    block-size: 0.75em;
    border-radius: var(--_radius-small);
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
  .initials {
    --_hue: 0; /* set per member from the id */
    display: inline-grid;
    place-items: center;
    /* Dark text on a light tint in dark schemes, white on a deep tone in light ones: >= 7:1 either way. */
    background: light-dark(oklch(45% 0.12 var(--_hue)), oklch(82% 0.09 var(--_hue)));
    color: light-dark(#fff, #111);
    font-weight: var(--_weight-strong);
    line-height: 1;
    letter-spacing: 0.02em;
    user-select: none;
  }

  /* ── role badge ── */
  .role-badge {
    --_badge: var(--_accent);
    flex: none;
    padding-block: 0.1em;
    padding-inline: 0.5em;
    border: 1px solid color-mix(in srgb, var(--_badge) 45%, transparent);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_badge) 10%, var(--_surface));
    color: color-mix(in srgb, var(--_badge) 85%, var(--_text));
    font-size: 0.75em;
    font-weight: var(--_weight-strong);
    line-height: 1.4;
    white-space: nowrap;
  }
  .role-badge--expert {
    --_badge: var(--_success);
  }
  .role-badge--moderator {
    --_badge: var(--_text);
  }
  .popover .feedback {
    margin-block-start: calc(var(--_space) * 0.75);
  }

  @media (prefers-reduced-motion: reduce) {
    .user-chip {
      transition: none;
    }
  }
`;
