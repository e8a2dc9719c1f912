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
 * history entry; `onRoute` hears every route, including the initial one and back/forward.
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
    window.addEventListener('hashchange', this.onHashChange);
    if (this.enabled()) this.onRoute(parseRoute(location.hash), true);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  go(route: NavigateDetail): void {
    const hash = formatRoute(route);
    if (location.hash === hash) this.onRoute(route, false);
    else location.hash = hash; // fires hashchange, which routes
  }

  private readonly onHashChange = (): void => {
    if (this.enabled()) this.onRoute(parseRoute(location.hash), false);
  };
}
