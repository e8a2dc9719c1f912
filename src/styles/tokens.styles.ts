import { css } from 'lit';

/** The global theme tokens (documented as `@cssprop` on MajlisElement); element knobs are `--majlis-<element>-*`. */
export const THEME_TOKENS = [
  '--majlis-font-family',
  '--majlis-font-size',
  '--majlis-color-text',
  '--majlis-color-surface',
  '--majlis-color-muted',
  '--majlis-color-border',
  '--majlis-color-subtle',
  '--majlis-color-accent',
  '--majlis-color-on-accent',
  '--majlis-color-success',
  '--majlis-color-danger',
  '--majlis-radius',
  '--majlis-space',
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
    --_text: var(--majlis-color-text, CanvasText);
    --_surface: var(--majlis-color-surface, Canvas);
    --_muted: var(--majlis-color-muted, color-mix(in srgb, var(--_text) 70%, var(--_surface)));
    --_border: var(--majlis-color-border, color-mix(in srgb, var(--_text) 16%, var(--_surface)));
    --_subtle: var(--majlis-color-subtle, color-mix(in srgb, var(--_text) 5%, var(--_surface)));
    --_accent: var(--majlis-color-accent, light-dark(#0b57d0, #8ab4f8));
    --_on-accent: var(--majlis-color-on-accent, light-dark(#ffffff, #0b1d3a));
    --_success: var(--majlis-color-success, light-dark(#146c2e, #6dd58c));
    --_danger: var(--majlis-color-danger, light-dark(#b3261e, #f2b8b5));
    --_radius: var(--majlis-radius, 0.5rem);
    --_space: var(--majlis-space, 1rem);
    --_focus-ring: 2px solid var(--_accent);
  }
`;
