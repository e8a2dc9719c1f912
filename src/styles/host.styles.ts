import { css } from 'lit';
import { tokenStyles } from './tokens.styles.js';

/** The reset every element starts from: its tokens, box sizing, `[hidden]`, focus ring, visually-hidden text. */
export const hostStyles = [
  tokenStyles,
  css`
    :host {
      box-sizing: border-box;
      font-family: var(--_font-family);
      color: var(--_text);
    }
    /* An explicit theme paints its own surface: the page around may have the other scheme. Majlis elements inside
       inherit the scheme (color-scheme inherits), so a theme on <majlis-community> themes everything in it. */
    :host([theme='light']) {
      color-scheme: light;
    }
    :host([theme='dark']) {
      color-scheme: dark;
    }
    :host([theme='auto']) {
      color-scheme: light dark;
    }
    :host([theme]) {
      background: var(--_surface);
    }
    :host([hidden]),
    [hidden] {
      display: none !important;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    :focus-visible {
      outline: var(--_focus-ring);
      outline-offset: 2px;
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
  `,
];
