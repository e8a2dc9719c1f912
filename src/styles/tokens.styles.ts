import { css } from 'lit';

/** The global theme tokens (documented as `@cssprop` on MajlisElement); element knobs are `--majlis-<element>-*`. */
export const THEME_TOKENS = [
  '--majlis-color-accent',
  '--majlis-color-on-accent',
  '--majlis-color-surface',
  '--majlis-color-text',
  '--majlis-color-muted',
  '--majlis-color-border',
  '--majlis-color-control-border',
  '--majlis-color-subtle',
  '--majlis-color-success',
  '--majlis-color-warning',
  '--majlis-color-danger',
  '--majlis-color-focus',
  '--majlis-focus-ring-width',
  '--majlis-radius',
  '--majlis-radius-small',
  '--majlis-space',
  '--majlis-font-family',
  '--majlis-font-size',
  '--majlis-font-size-x-small',
  '--majlis-font-size-small',
  '--majlis-font-size-large',
  '--majlis-font-size-x-large',
  '--majlis-font-weight-strong',
  '--majlis-font-weight-heading',
  '--majlis-line-height',
  '--majlis-shadow',
  '--majlis-duration',
  '--majlis-easing',
] as const;

/**
 * The theme tokens every element reads. Public knobs are `--majlis-*` custom properties (they inherit
 * from any ancestor, so a page themes all elements at once); each resolves into a private `--_*` local
 * with a default that follows the page: its font, and its colour scheme through system colours and
 * `light-dark()`.
 */
export const tokenStyles = css`
  :host {
    --_font-family: var(--majlis-font-family, inherit);
    --_font-size: var(--majlis-font-size, 1rem);
    --_font-size-x-small: var(--majlis-font-size-x-small, 0.8125em);
    --_font-size-small: var(--majlis-font-size-small, 0.875em);
    --_font-size-large: var(--majlis-font-size-large, 1.125em);
    --_font-size-x-large: var(--majlis-font-size-x-large, 1.375em);
    --_weight-strong: var(--majlis-font-weight-strong, 600);
    --_weight-heading: var(--majlis-font-weight-heading, 700);
    --_line-height: var(--majlis-line-height, 1.5);
    --_text: var(--majlis-color-text, CanvasText);
    --_surface: var(--majlis-color-surface, Canvas);
    --_muted: var(--majlis-color-muted, color-mix(in srgb, var(--_text) 70%, var(--_surface)));
    --_border: var(--majlis-color-border, color-mix(in srgb, var(--_text) 16%, var(--_surface)));
    /* Text fields and menus need a boundary of 3:1 against the surface (WCAG 1.4.11); separators do not. */
    --_control-border: var(--majlis-color-control-border, color-mix(in srgb, var(--_text) 50%, var(--_surface)));
    --_subtle: var(--majlis-color-subtle, color-mix(in srgb, var(--_text) 5%, var(--_surface)));
    --_accent: var(--majlis-color-accent, light-dark(#0b57d0, #8ab4f8));
    --_on-accent: var(--majlis-color-on-accent, light-dark(#ffffff, #0b1d3a));
    --_success: var(--majlis-color-success, light-dark(#146c2e, #6dd58c));
    --_warning: var(--majlis-color-warning, light-dark(#8a4b00, #ffb870));
    --_danger: var(--majlis-color-danger, light-dark(#b3261e, #f2b8b5));
    --_focus: var(--majlis-color-focus, var(--_accent));
    --_focus-ring: var(--majlis-focus-ring-width, 2px) solid var(--_focus);
    --_radius: var(--majlis-radius, 0.5rem);
    --_radius-small: var(--majlis-radius-small, 0.25rem);
    --_space: var(--majlis-space, 1rem);
    --_shadow: var(--majlis-shadow, 0 1px 3px rgb(0 0 0 / 0.12), 0 8px 24px rgb(0 0 0 / 0.14));
    --_duration: var(--majlis-duration, 120ms);
    --_easing: var(--majlis-easing, ease);
  }
`;
