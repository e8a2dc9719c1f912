import { css, html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { LocalizeController } from '../../core/controllers/localize-controller.js';
import type { StoreController } from '../../core/controllers/store-controller.js';
import type { Post } from '../../core/types.js';
import type { MajlisThread } from '../thread/thread.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A post's "Share" and its permalink ring, for a post a thread renders (the thread's first render carries none of it):
 * the question's address is the page's; an answer's is the thread's `answer-href-pattern` (no "Share" without one).
 * The browser's own share dialog where there is one, else `<majlis-share-menu>` after the button; the code of both
 * (`src/core/share.ts`, the menu) loads on the first press.
 */
export class PostShare {
  private open = false;

  constructor(
    private readonly host: Host,
    private readonly data: StoreController,
    private readonly localize: LocalizeController,
  ) {}

  /** The thread that rendered the post, if one did. */
  private get thread(): MajlisThread | undefined {
    const root = this.host.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : null;
    return host?.localName === 'majlis-thread' ? (host as MajlisThread) : undefined;
  }

  /** Whether the post is the answer the thread's permalink (`answer-id`) points to. */
  isPermalink(post: Post): boolean {
    return post.type === 'answer' && this.thread?.answerId === post.id;
  }

  render(post: Post): TemplateResult | typeof nothing {
    const thread = this.thread;
    if (!thread || (post.type === 'answer' && !thread.answerHrefPattern)) return nothing;
    const { msg } = this.localize;
    const url = () => (post.type === 'question' ? location.href : new URL(thread.answerHref(post.id), document.baseURI).href);
    const text = (post.type === 'question' ? post : this.data.store?.question(post.questionId))?.title ?? '';
    const hashtag = thread.getAttribute('share-hashtag') ?? '';
    const label = post.type === 'question' ? msg.thread.shareQuestion : msg.thread.shareAnswer(post.author.name);
    return html`<button part="share-button" class="meta link" type="button" aria-label=${label}
        aria-expanded=${this.open} @click=${() => void this.share(url(), text, hashtag)}>${msg.thread.share}</button
      >${this.open
        ? html`<majlis-share-menu exportparts="share-menu, share-link, copy-button, share-status" url=${url()} text=${text}
            hashtag=${hashtag} @close=${() => this.toggle(false)}></majlis-share-menu>`
        : nothing}`;
  }

  private toggle(open: boolean): void {
    this.open = open;
    this.host.requestUpdate();
  }

  private async share(url: string, text: string, hashtag: string): Promise<void> {
    if (this.open) return this.toggle(false);
    const { shareNatively } = await import('../../core/share.js');
    if (!(await shareNatively({ url, text, hashtag }))) this.toggle(true);
  }
}

export const shareStyles = css`
  :host(:state(permalink)) article {
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 45%, transparent);
  }
`;
