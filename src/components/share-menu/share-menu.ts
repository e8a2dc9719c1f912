import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { MajlisElement } from '../../core/element.js';
import { SHARE_NETWORKS, shareLink } from '../../core/share.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { styles } from './share-menu.styles.js';

/**
 * @tag majlis-share-menu
 * @summary Shares a question or an answer where the browser cannot share itself (no Web Share API): links that open
 * X's, WhatsApp's and Facebook's own share dialogs (with the hashtag, when there is one) and "Copy link". The thread
 * renders it right after the "Share" button that was pressed (its code loads on that first press) and it takes focus;
 * Escape gives focus back to that button and fires `close`.
 *
 * @csspart share-menu - The group of links.
 * @csspart share-link - A network's link.
 * @csspart copy-button - "Copy link".
 * @csspart share-status - Says whether the link was copied.
 *
 * @fires close - Escape was pressed: the thread closes the menu (not bubbling).
 */
export class MajlisShareMenu extends MajlisElement {
  static override styles = [hostStyles, buttonStyles, styles];
  static override properties = {
    url: {},
    text: {},
    hashtag: {},
    status: { state: true },
  };

  /** The address shared. */
  url = '';
  /** The text with it (the question's title). */
  text = '';
  /** A hashtag (with or without `#`), or empty. */
  hashtag = '';

  private status = '';

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('a, button')?.focus(options);
  }

  protected override firstUpdated(): void {
    this.focus();
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    (this.previousElementSibling as HTMLElement | null)?.focus();
    this.dispatchEvent(new Event('close'));
  };

  private async copy(): Promise<void> {
    const { msg } = this.localize;
    try {
      await navigator.clipboard.writeText(this.url);
      this.status = msg.share.copied;
    } catch {
      this.status = msg.share.notCopied;
    }
  }

  override render(): TemplateResult {
    const { msg } = this.localize;
    const data = { url: this.url, text: this.text, hashtag: this.hashtag };
    return html`<div part="share-menu" class="menu" role="group" aria-label=${msg.share.menu} @keydown=${this.onKeydown}>
      ${SHARE_NETWORKS.map(
        (network) => html`<a part="share-link" class="button button--quiet" href=${shareLink(network, data)} target="_blank"
          rel="noopener noreferrer" aria-label=${msg.share.on(network)}>${network}</a>`,
      )}
      <button part="copy-button" class="button button--quiet" type="button" @click=${() => void this.copy()}>${msg.share.copy}</button>
      <span part="share-status" class="status" role="status">${this.status}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-share-menu': MajlisShareMenu;
  }
}
