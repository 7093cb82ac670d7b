import { css } from 'lit';

/** Transition: the child's enter animation. */
export const transitionStyles = css`
  .transition-child {
    animation: cw-enter var(--cw-duration-normal) ease-out;
  }
  @keyframes cw-enter {
    from {
      opacity: 0;
      transform: translateY(4px);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .transition-child {
      animation: none;
    }
  }
`;
