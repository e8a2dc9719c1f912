import { css, html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { formatDate, formatRelativeTime } from '../i18n/format.js';
import type { LocalizeController } from './localize-controller.js';

type Host = ReactiveControllerHost & Element;

const TICK_MS = 15_000;
const visible = new Set<Host>();
let timer: ReturnType<typeof setInterval> | undefined;
let observer: IntersectionObserver | undefined;

/** One timer for every host on screen; it stops when none is. */
function tick(): void {
  for (const host of visible) host.requestUpdate();
}

function watch(host: Host, isVisible: boolean): void {
  if (isVisible) visible.add(host);
  else visible.delete(host);
  if (visible.size > 0 && !timer) timer = setInterval(tick, TICK_MS);
  if (visible.size === 0 && timer) {
    clearInterval(timer);
    timer = undefined;
  }
}

function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) watch(entry.target as unknown as Host, entry.isIntersecting);
  });
  return observer;
}

/**
 * A time as "3 hours ago" in the host's language (`<time datetime>` with the full date as its title), kept
 * current while the host is on screen: one shared IntersectionObserver and one shared timer for every host.
 * `<majlis-relative-time>` is this controller on its own; `<majlis-post>` renders its time with it, in its own
 * template (no element per post).
 */
export class RelativeTimeController implements ReactiveController {
  constructor(
    private readonly host: Host,
    private readonly localize: LocalizeController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    sharedObserver().observe(this.host);
  }

  hostDisconnected(): void {
    sharedObserver().unobserve(this.host);
    watch(this.host, false);
  }

  /** The `<time part="time">` for an ISO-8601 date-time, or nothing for an unparseable one. */
  render(datetime: string): TemplateResult | typeof nothing {
    const locale = this.localize.locale;
    const relative = formatRelativeTime(locale, datetime);
    if (!relative) return nothing;
    const full = formatDate(locale, datetime, { dateStyle: 'full', timeStyle: 'short' });
    return html`<time part="time" datetime=${datetime} title=${full}>${relative}</time>`;
  }
}

export const relativeTimeStyles = css`
  time {
    white-space: nowrap;
  }
`;
