import { html, nothing } from 'lit';
import { MajlisElement } from '../../core/element.js';
import { formatDate, formatRelativeTime } from '../../core/i18n/format.js';
import { hostStyles } from '../../styles/host.styles.js';
import { styles } from './relative-time.styles.js';

const TICK_MS = 15_000;
const visible = new Set<MajlisRelativeTime>();
let timer: ReturnType<typeof setInterval> | undefined;
let observer: IntersectionObserver | undefined;

/** One timer for every instance on screen; it stops when none is. */
function tick(): void {
  for (const element of visible) element.requestUpdate();
}

function watch(element: MajlisRelativeTime, isVisible: boolean): void {
  if (isVisible) visible.add(element);
  else visible.delete(element);
  if (visible.size > 0 && !timer) timer = setInterval(tick, TICK_MS);
  if (visible.size === 0 && timer) {
    clearInterval(timer);
    timer = undefined;
  }
}

function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) watch(entry.target as MajlisRelativeTime, entry.isIntersecting);
  });
  return observer;
}

/**
 * @tag majlis-relative-time
 * @summary A time as "3 hours ago" in the element's language, with the full date as `<time datetime>` and a
 * title. It keeps itself current while it is on screen (one shared timer for all instances).
 *
 * @csspart time - The `<time>` element.
 */
export class MajlisRelativeTime extends MajlisElement {
  static override styles = [hostStyles, styles];
  static override properties = {
    datetime: { reflect: true },
  };

  /** The moment to show, as an ISO-8601 date-time. */
  datetime = '';

  override connectedCallback(): void {
    super.connectedCallback();
    sharedObserver().observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    sharedObserver().unobserve(this);
    watch(this, false);
  }

  override render() {
    const locale = this.localize.locale;
    const relative = formatRelativeTime(locale, this.datetime);
    if (!relative) return nothing;
    const full = formatDate(locale, this.datetime, { dateStyle: 'full', timeStyle: 'short' });
    return html`<time part="time" datetime=${this.datetime} title=${full}>${relative}</time>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-relative-time': MajlisRelativeTime;
  }
}
