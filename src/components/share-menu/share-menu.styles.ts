import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    flex-basis: 100%;
  }
  .menu {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .status {
    color: var(--_muted);
    font-size: 0.875rem;
  }
`;
