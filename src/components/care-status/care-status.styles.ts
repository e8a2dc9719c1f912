import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .status {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    margin: 0;
  }
  .indicator {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    border: 1px solid var(--_muted);
  }
  .online .indicator {
    border-color: var(--_success);
    background: var(--_success);
  }
`;
