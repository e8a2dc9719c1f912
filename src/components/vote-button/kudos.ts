import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { AnnounceController } from '../../core/controllers/announce-controller.js';
import { MutationFeedback, mutationErrorStyles } from '../../core/controllers/mutation-feedback.js';
import type { LocalizeController } from '../../core/controllers/localize-controller.js';
import { requestSignIn } from '../../core/controllers/sign-in.js';
import type { StoreController } from '../../core/controllers/store-controller.js';
import type { MajlisElement } from '../../core/element.js';
import { MajlisVoteEvent } from '../../core/events.js';
import type { MajlisStore } from '../../core/store.js';
import type { Post, PostType, Viewer } from '../../core/types.js';
import { isVotePending, vote } from '../../core/voting.js';

export const thumbIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M3 11a1 1 0 0 1 1-1h3v11H4a1 1 0 0 1-1-1z" />
  <path d="M7 10l3.6-7.2A1.5 1.5 0 0 1 12 2a2.5 2.5 0 0 1 2.5 2.5V9h5a2 2 0 0 1 2 2.3l-1.3 8A2 2 0 0 1 18.2 21H7" />
</svg>`;

/** A post ready for kudos: loaded, with the viewer looking at it and the store it lives in. */
export interface KudosTarget {
  store: MajlisStore;
  post: Post;
  viewer: Viewer;
}

/**
 * The kudos toggle of one post: its button (count, `aria-pressed`, why it is unavailable), the click (a sign-in
 * request for an anonymous viewer, resumed after it; an optimistic toggle otherwise, `majlis-vote` once saved)
 * and the last failure. `<majlis-vote-button>` is this on its own; `<majlis-post>` renders its kudos with it,
 * in its own template (no element per post). Events fire from the host.
 */
export class Kudos {
  private readonly feedback: MutationFeedback;
  /** Tells a screen reader the saved result: the button's own change of state does not say the new count. */
  private readonly announcer: AnnounceController;

  constructor(
    private readonly host: MajlisElement,
    data: StoreController,
    private readonly localize: LocalizeController,
    /** The post as it is now, or undefined while it is not loaded. */
    private readonly target: () => KudosTarget | undefined,
  ) {
    this.feedback = new MutationFeedback(host, data);
    this.announcer = new AnnounceController(host);
  }

  /** Forgets the last failure (the host moved to another post). */
  clear(): void {
    this.feedback.clear();
  }

  private readonly onClick = async (): Promise<void> => {
    const target = this.target();
    if (!target) return;
    const { post, viewer, store } = target;
    if (!viewer.user) {
      const { type, id } = post;
      requestSignIn(this.host, store, 'vote', { resume: () => this.resume(store, type, id), control: () => this.button });
      return;
    }
    await this.vote(post, !post.viewerHasVoted);
  };

  private get button(): HTMLButtonElement | null {
    return this.host.renderRoot.querySelector<HTMLButtonElement>('button[part~="vote-button"]');
  }

  private async vote(post: Post, voted: boolean): Promise<void> {
    if (!post.viewerCan.vote) return;
    const { type: target, id } = post;
    const saved = await this.feedback.run((store) => vote(store, target, id, voted));
    if (saved) {
      const { msg, fmt } = this.localize;
      this.announcer.announce((saved.viewerHasVoted ? msg.vote.given : msg.vote.withdrawn)(saved.voteCount, fmt));
      this.host.dispatchEvent(new MajlisVoteEvent({ target, id, voted: saved.viewerHasVoted, voteCount: saved.voteCount }));
    }
  }

  /** After the sign-in asked for by a kudos: give it, if the member may and has not already; focus stays here. */
  private async resume(store: MajlisStore, target: PostType, id: string): Promise<void> {
    const post = await store.loadPost(target, id).catch(() => undefined);
    if (post && !post.viewerHasVoted) await this.vote(post, true);
    await this.host.updateComplete;
    if (this.host.isConnected) this.button?.focus({ preventScroll: true });
  }

  /** Why a signed-in viewer cannot give kudos here, or undefined when they can (or are anonymous). */
  private unavailableReason(post: Post, viewer: Viewer): string | undefined {
    if (!viewer.user || post.viewerCan.vote) return undefined;
    const { msg } = this.localize;
    return viewer.user.id === post.author.id ? msg.vote.ownPost : msg.vote.notAllowed;
  }

  /** The button (parts `vote-button`, `vote-count`), why it is unavailable, and the last failure (`vote-error`). */
  render({ store, post, viewer }: KudosTarget): TemplateResult {
    const reason = this.unavailableReason(post, viewer);
    const { localize } = this;
    return html`<span class="kudos"
      ><button
        part="vote-button"
        class="vote"
        type="button"
        aria-pressed=${post.viewerHasVoted ? 'true' : 'false'}
        aria-label=${localize.msg.vote.label(post.voteCount, localize.fmt)}
        aria-busy=${isVotePending(store, post.type, post.id) ? 'true' : nothing}
        aria-disabled=${reason ? 'true' : nothing}
        aria-describedby=${reason ? 'kudos-reason' : nothing}
        title=${reason ?? nothing}
        @click=${this.onClick}
      >
        ${thumbIcon}<span part="vote-count">${localize.number(post.voteCount)}</span>
      </button>
      ${reason ? html`<span id="kudos-reason" class="visually-hidden">${reason}</span>` : nothing}
      ${this.feedback.render(localize, 'vote-error')}${this.announcer.region()}</span
    >`;
  }
}

/** The kudos toggle's looks, wherever it is rendered. `--majlis-vote-button-size` sets its height. */
export const kudosStyles = [
  mutationErrorStyles,
  css`
    .kudos {
      --_size: var(--majlis-vote-button-size, 2rem);
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      vertical-align: middle;
    }
    .vote {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      min-block-size: var(--_size);
      min-inline-size: var(--_size);
      padding-block: 0;
      padding-inline: calc(var(--_size) * 0.35);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_size) / 2);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
      font-size: calc(var(--_size) * 0.4375);
      font-variant-numeric: tabular-nums;
      line-height: 1;
      cursor: pointer;
      transition:
        background-color var(--_duration) var(--_easing),
        border-color var(--_duration) var(--_easing),
        color var(--_duration) var(--_easing);
    }
    .vote .icon {
      flex: none;
      inline-size: 1.3em;
      block-size: 1.3em;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linejoin: round;
      transition: transform var(--_duration) var(--_easing);
    }
    .vote:hover:not(:disabled, [aria-disabled='true']) {
      background: var(--_subtle);
      border-color: color-mix(in srgb, var(--_text) 30%, var(--_surface));
    }
    .vote:active:not(:disabled, [aria-disabled='true']) .icon {
      transform: scale(0.85);
    }
    .vote[aria-pressed='true'] {
      border-color: var(--_accent);
      background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
      color: var(--_accent);
    }
    .vote[aria-pressed='true']:hover:not([aria-disabled='true']) {
      border-color: var(--_accent);
      background: color-mix(in srgb, var(--_accent) 22%, var(--_surface));
    }
    .vote[aria-pressed='true'] .icon {
      fill: currentColor;
    }
    .vote[aria-busy='true'] {
      cursor: progress;
    }
    .vote[aria-disabled='true'] {
      cursor: not-allowed;
      color: var(--_muted);
    }
    .vote:disabled {
      cursor: default;
      border-style: dashed;
      color: var(--_muted);
    }
    @media (prefers-reduced-motion: reduce) {
      .vote,
      .vote .icon {
        transition: none;
      }
      .vote:active:not(:disabled, [aria-disabled='true']) .icon {
        transform: none;
      }
    }
    @media (forced-colors: active) {
      .vote[aria-pressed='true'] {
        border-color: Highlight;
      }
    }
  `,
];
