import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../core/controllers/localize-controller.js';
import type { Post } from '../../core/types.js';
import { heading, headingLevel } from '../shared/heading.js';

/**
 * What a post that is not published shows (pending, hidden, deleted): readers a placeholder saying why, its author and
 * moderators a banner above it. Few pages have such a post, so this view and its texts (`postState.*`) are a chunk of
 * their own, fetched with the data of a page that has one (see `loadStateView` in post-moderation.ts).
 */

/** Why a post that is not published is not, or undefined. */
function stateText(post: Post, localize: LocalizeController): string | undefined {
  const msg = localize.msg.postState;
  const reason = post.moderation?.reason ?? null;
  const byModerator = Boolean(post.moderation?.by);
  switch (post.state) {
    case 'pending':
      return msg.pending;
    case 'hidden':
      return byModerator || reason ? msg.hidden(reason) : msg.review;
    case 'deleted':
      return byModerator || reason ? msg.deleted(reason) : msg.deletedByAuthor;
    default:
      return undefined;
  }
}

/** For a reader who may not see the post: an article saying why, with a question's placeholder title. */
export function placeholder(post: Post, localize: LocalizeController, level: number): TemplateResult {
  const text = stateText(post, localize) ?? '';
  if (post.type === 'question') {
    return html`<article part="post placeholder" class="placeholder" tabindex="-1" aria-labelledby="title">
      ${heading(headingLevel(level, 2), text, { id: 'title', part: 'title', class: 'title' })}
    </article>`;
  }
  return html`<article part="post placeholder" class="placeholder" tabindex="-1" aria-label=${localize.msg.post.answerBy(post.author.name)}>
    <p>${text}</p>
  </article>`;
}

/** The status of a post its author or a moderator sees although it is not published. */
export function banner(post: Post, localize: LocalizeController): TemplateResult | typeof nothing {
  const text = stateText(post, localize);
  return text
    ? html`<p part="status-banner" class="status-banner" data-state=${post.state!}>
        <strong>${text}</strong> ${localize.msg.postState.visibleTo}
      </p>`
    : nothing;
}
