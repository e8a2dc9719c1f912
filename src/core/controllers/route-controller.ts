import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NavigateDetail } from '../events.js';

/** `#/questions/q-42` ↔ `{ view: 'question', questionId: 'q-42' }`; anything unknown is the list. */
export function parseRoute(hash: string): NavigateDetail {
  const path = hash.replace(/^#/, '');
  const question = /^\/questions\/([^/?#]+)$/.exec(path);
  if (question) return { view: 'question', questionId: decodeURIComponent(question[1]) };
  if (path === '/ask') return { view: 'ask' };
  return { view: 'list' };
}

export function formatRoute(route: NavigateDetail): string {
  switch (route.view) {
    case 'question':
      return `#/questions/${encodeURIComponent(route.questionId)}`;
    case 'ask':
      return '#/ask';
    default:
      return '#/questions';
  }
}

/**
 * Keeps a view in step with `location.hash`, so links, reloads and the back button work. `go()` pushes a
 * history entry; `onRoute` hears every route, including the initial one and back/forward. Back and forward
 * fire `popstate`, and `hashchange` only when the entries differ in nothing but the hash (not after a host
 * page's `replaceState` of the query string): both are heard, and a route is handled once however many fire.
 */
export class HashRouteController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly onRoute: (route: NavigateDetail, initial: boolean) => void,
    private readonly enabled: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onLocationChange);
    window.addEventListener('popstate', this.onLocationChange);
    this.shownHash = location.hash;
    if (this.enabled()) this.onRoute(parseRoute(location.hash), true);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onLocationChange);
    window.removeEventListener('popstate', this.onLocationChange);
  }

  /** The hash last routed, so the `hashchange` after a `popstate` for the same step does not route again. */
  private shownHash = '';

  go(route: NavigateDetail): void {
    const hash = formatRoute(route);
    if (location.hash === hash) this.onRoute(route, false);
    else location.hash = hash; // fires hashchange (and popstate), which routes
  }

  private readonly onLocationChange = (): void => {
    if (location.hash === this.shownHash) return;
    this.shownHash = location.hash;
    if (this.enabled()) this.onRoute(parseRoute(location.hash), false);
  };
}
