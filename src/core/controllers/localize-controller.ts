import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  availableLocales,
  errorMessage,
  formatDate,
  formatList,
  formatNumber,
  formatRelativeTime,
  formattersFor,
  loadMessages,
  matchSupportedLocale,
  messagesFor,
  onMessagesChange,
  resolveLanguage,
  withOverrides,
} from '../i18n/index.js';
import type { DeepPartial, Direction, ErrorContext, Formatters, Messages } from '../i18n/index.js';

type Host = ReactiveControllerHost & HTMLElement;
type CountKey = keyof Messages['count'];

/*
 * All connected controllers share one MutationObserver and one catalog subscription, created with the
 * first connection and dropped with the last. The observer watches `lang`/`dir` on the whole light DOM
 * (from <html>) and on every shadow root that contains a host, since light-DOM observation does not
 * reach into shadow trees.
 */
const connected = new Set<LocalizeController>();
let observer: MutationObserver | undefined;
let observedRoots = new WeakSet<Node>();
let unsubscribe: (() => void) | undefined;

const OBSERVE: MutationObserverInit = { subtree: true, attributeFilter: ['lang', 'dir'] };

function syncAll(): void {
  for (const controller of connected) controller.sync();
}

function observe(root: Node): void {
  if (!observer || observedRoots.has(root)) return;
  observedRoots.add(root);
  observer.observe(root, OBSERVE);
}

function watch(controller: LocalizeController, host: Host): void {
  if (!observer) {
    observer = new MutationObserver(syncAll);
    unsubscribe = onMessagesChange(syncAll);
    observe(document.documentElement);
  }
  connected.add(controller);
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observe(root);
}

function unwatch(controller: LocalizeController): void {
  connected.delete(controller);
  if (connected.size > 0) return;
  observer?.disconnect();
  observer = undefined;
  observedRoots = new WeakSet();
  unsubscribe?.();
  unsubscribe = undefined;
}

/** The `messages` of the Majlis elements from the outermost to `el`, through shadow roots. */
function ownMessages(el: Element): DeepPartial<Messages>[] {
  const found: DeepPartial<Messages>[] = [];
  for (let node: Element | null = el; node; ) {
    const messages = node.localName.startsWith('majlis-') ? (node as { messages?: DeepPartial<Messages> }).messages : undefined;
    if (messages) found.unshift(messages);
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : node.parentElement;
  }
  return found;
}

/**
 * The language, direction and strings of an element, kept current: re-resolved when a `lang`/`dir`
 * attribute changes on the element, an ancestor (through shadow roots) or `<html>`, and when a catalog
 * loads or a host registers messages; the `messages` of the element and of the Majlis elements around it apply. The host re-renders only when something it shows changed.
 *
 * ```ts
 * private readonly l10n = new LocalizeController(this);
 * render() { return html`<span dir=${this.l10n.dir}>${this.l10n.count('kudos', 12)}</span>`; }
 * ```
 */
export class LocalizeController implements ReactiveController {
  /** The resolved BCP-47 tag, e.g. `ar-AE`; numbers and dates are formatted for it. */
  locale = 'en';
  /** The catalog in use: `ar` for `ar-AE`, unless a host registered messages for `ar-AE` itself. */
  lang = 'en';
  dir: Direction = 'ltr';
  /** The strings for {@link lang}; English until that catalog has loaded. */
  msg: Messages = messagesFor('en');

  private readonly host: Host;
  private requested?: string;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /**
   * Resolves once the catalog of {@link lang} is loaded (at once for English or a loaded one; also when the
   * load fails, English staying). Views await it with their first data, so they never paint English first.
   */
  loaded(): Promise<void> {
    return loadMessages(this.lang).then(
      () => undefined,
      () => undefined,
    );
  }

  /** Number and plural formatting bound to {@link locale}, as catalog functions take it. */
  get fmt(): Formatters {
    return formattersFor(this.locale);
  }

  hostConnected(): void {
    watch(this, this.host);
    this.sync();
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /** Re-resolves locale, direction and strings; requests a host update only if one changed. */
  sync(): void {
    const { locale, dir } = resolveLanguage(this.host);
    const lang = matchSupportedLocale(locale, availableLocales());
    if (lang !== this.requested) {
      this.requested = lang;
      // A failed load (offline, missing chunk) keeps English; the next sync tries again.
      loadMessages(lang).catch(() => {
        if (this.requested === lang) this.requested = undefined;
      });
    }
    const msg = withOverrides(messagesFor(lang), ownMessages(this.host));
    if (locale === this.locale && lang === this.lang && dir === this.dir && msg === this.msg) return;
    this.locale = locale;
    this.lang = lang;
    this.dir = dir;
    this.msg = msg;
    this.host.requestUpdate();
  }

  number(n: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.locale, n, options);
  }

  date(value: string | number | Date, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this.locale, value, options);
  }

  /** "5 minutes ago", "yesterday"… */
  relative(value: string | number | Date, now?: string | number | Date): string {
    return formatRelativeTime(this.locale, value, now);
  }

  list(items: Iterable<string>, options?: Intl.ListFormatOptions): string {
    return formatList(this.locale, items, options);
  }

  /** A count with its noun in the right plural form: `count('answers', 3)` → "3 answers". */
  count(key: CountKey, n: number): string {
    return this.msg.count[key](n, this.fmt);
  }

  /** The localized message for anything an adapter call threw (`context`: e.g. when the viewer's suspension ends). */
  error(error: unknown, context?: ErrorContext): string {
    return errorMessage(this.msg, error, this.fmt, context);
  }
}
