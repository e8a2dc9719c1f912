import { css } from 'lit';

export const styles = css`
  .ideas,
  .detail,
  .idea-header,
  .staff {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .header,
  .bar,
  .filters,
  .meta,
  .staff-form,
  .scores {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 0.5);
  }
  .header {
    justify-content: space-between;
    align-items: center;
  }
  .views {
    display: inline-flex;
    padding: 2px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .view {
    min-block-size: 2rem;
    padding-inline: 0.75em;
    border: 0;
    border-radius: calc(var(--_radius) - 2px);
    background: none;
    color: var(--_muted);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }
  .view[aria-pressed='true'] {
    background: var(--_surface);
    color: var(--_text);
    font-weight: 600;
    box-shadow: 0 0 0 1px var(--_border);
  }
  .grow {
    flex: 1 1 16em;
  }
  .by,
  .count {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .idea,
  .winner-card {
    display: flex;
    align-items: start;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card {
    display: grid;
    gap: 0.25em;
    min-inline-size: 0;
  }
  .title,
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .link {
    font-weight: 400;
    text-decoration: underline;
  }
  .meta {
    align-items: center;
    font-size: 0.875em;
  }
  .chip,
  .status,
  .winner {
    padding-inline: 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .status {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .status[data-status='delivered'],
  .winner {
    border-color: var(--_success);
    color: var(--_success);
  }
  .status[data-status='declined'],
  .status[data-status='duplicate'] {
    border-color: var(--_muted);
    color: var(--_muted);
  }
  .note {
    margin: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_accent);
  }
  .note p {
    margin: 0;
  }
  .roadmap {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: calc(var(--_space) * 0.75);
    align-items: start;
  }
  .column {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.5);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .column-heading {
    display: flex;
    justify-content: space-between;
    margin: 0;
    font-size: 1em;
  }
  .winners {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .winner-card {
    display: grid;
    border-color: var(--_success);
  }
  .period {
    margin: 0;
    color: var(--_success);
    font-weight: 700;
  }
  .evaluation dl {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
  }
  .evaluation dd {
    margin: 0;
    font-weight: 600;
  }
  .score dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .staff {
    padding: calc(var(--_space) * 0.75);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .staff-heading {
    margin: 0;
    font-weight: 700;
  }
  .scores {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .scores legend {
    margin-block-end: 0.25em;
    padding: 0;
    font-size: 0.875em;
  }
  .similar-list {
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .back {
    justify-self: start;
  }
  .skeleton-row {
    block-size: 3.5rem;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
`;
