import { css } from 'lit';

export const styles = css`
  :host {
    --_host: var(--majlis-live-session-host-color, var(--_accent));
    --_live: var(--_danger);
  }
  .session,
  .header,
  .summary,
  .entry,
  .answers {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .bar,
  .meta,
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }
  .heading {
    font-size: 1.375em;
  }
  .phase {
    padding-inline: 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.875em;
    font-weight: 600;
  }
  .phase[data-phase='live'] {
    border-color: var(--_live);
    background: var(--_live);
    color: var(--_on-accent, Canvas);
  }
  .phase[data-phase='live']::before {
    content: '● ';
  }
  .hashtag,
  .muted {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .grow {
    flex: 1 1 14em;
  }
  .form,
  .summary {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .item {
    display: flex;
    align-items: start;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .entry {
    flex: 1;
    min-inline-size: 0;
    gap: 0.25em;
  }
  .title {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  .state {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .state[data-answered] {
    color: var(--_success);
    font-weight: 600;
  }
  .host-answer {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_host);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_host) 8%, var(--_surface));
  }
  .host-answer.fresh {
    box-shadow: 0 0 0 2px var(--_host);
  }
  .host-label {
    display: inline-block;
    margin-inline-end: 0.5em;
    padding-inline: 0.4em;
    border-radius: var(--_radius);
    background: var(--_host);
    color: var(--_on-accent, Canvas);
    font-size: 0.75em;
    font-weight: 700;
    text-transform: uppercase;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
    font-weight: 600;
  }
  .skeleton span {
    block-size: 3.5rem;
  }
  @media (prefers-reduced-motion: no-preference) {
    .host-answer.fresh {
      transition: box-shadow 0.6s;
    }
  }
`;
