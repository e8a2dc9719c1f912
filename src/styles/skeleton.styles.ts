import { css } from 'lit';

/** The loading placeholders' bars (`.skeleton span`), pulsing unless the reader asks for reduced motion. */
export const skeletonStyles = css`
  .skeleton span {
    display: block;
    block-size: 0.9em;
    border-radius: 0.3em;
    background: var(--_subtle);
    animation: pulse 1.4s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton span {
      animation: none;
    }
  }
`;
