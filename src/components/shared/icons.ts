import { html } from 'lit';

/** The accepted-solution check mark (decorative: the text beside it says what it means). */
export const checkIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
  <path d="M6.2 11.6 2.9 8.3l1.1-1.1 2.2 2.2 5.8-5.8 1.1 1.1z" />
</svg>`;
