import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../core/controllers/localize-controller.js';

/**
 * A question's tags as compact chips, each a button that lists the questions carrying it (`select(tag)`), for the
 * list's rows and the thread's question. The chips are parts `tag`; the one of the active filter is pressed.
 */
export function renderTags(
  localize: LocalizeController,
  tags: readonly string[],
  select: (tag: string) => void,
  active = '',
): TemplateResult | typeof nothing {
  if (tags.length === 0) return nothing;
  const { msg } = localize;
  return html`<ul part="tags" class="tags" aria-label=${msg.post.tags}>
    ${tags.map(
      (tag) => html`<li>
        <button part="tag" class="tag" type="button" dir="auto" title=${msg.post.tagFilter(tag)}
          aria-pressed=${active !== '' && active.toLowerCase() === tag.toLowerCase() ? 'true' : 'false'}
          @click=${() => select(tag)}>${tag}</button>
      </li>`,
    )}
  </ul>`;
}

export const tagStyles = css`
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tag {
    /* Above a row's stretched title link, as the author chip is. */
    position: relative;
    z-index: 1;
    padding-inline: 0.5em;
    border: 1px solid #0000;
    border-radius: var(--_radius-small);
    background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
    color: var(--_text);
    font: inherit;
    font-size: 0.8125rem;
    cursor: pointer;
  }
  .tag::before {
    content: '#';
  }
  .tag:hover,
  .tag[aria-pressed='true'] {
    border-color: var(--_accent);
  }
  .tag:focus-visible {
    outline: var(--_focus-ring);
  }
`;
