import { css } from 'lit';

export const styles = css`
  :host {
    display: inline;
    color: var(--_muted);
    font-size: inherit;
  }
`;
