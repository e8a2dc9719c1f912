import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NavigateDetail } from '../events.js';
import { filtersFromParams, filtersToParams } from '../list-filters.js';

/**
 * The community's hash routes: `#/questions` (or `#/`) for the list, with its search, filters and order as
 * parameters (`#/questions?q=esim&category=network-quality&status=solved&language=nl&sort=newest`);
 * `#/questions/q-42` for a thread and `#/questions/q-42/answers/a-3` (or `…?answer=a-3`) for one of its
 * answers; `#/ask`. Anything unknown is the list; unknown parameters and invalid values are ignored.
 */
export function parseRoute(hash: string): NavigateDetail {
  const [path, query = ''] = hash.replace(/^#/, '').split(/\?(.*)/s, 2);
  const params = new URLSearchParams(query);
  const question = /^\/questions\/([^/]+)(?:\/answers\/([^/]+))?\/?$/.exec(path);
  if (question) {
    const questionId = safeDecode(question[1]);
    const answerId = question[2] !== undefined ? safeDecode(question[2]) : params.get('answer');
    if (questionId) return answerId ? { view: 'question', questionId, answerId } : { view: 'question', questionId };
  }
  if (path === '/ask') return { view: 'ask' };
  if (path === '' || path === '/' || path === '/questions' || path === '/questions/') {
    const filters = filtersFromParams(params);
    if (Object.keys(filters).length > 0) return { view: 'list', filters };
  }
  return { view: 'list' };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}

export function formatRoute(route: NavigateDetail): string {
  switch (route.view) {
    case 'question': {
      const thread = `#/questions/${encodeURIComponent(route.questionId)}`;
      return route.answerId ? `${thread}/answers/${encodeURIComponent(route.answerId)}` : thread;
    }
    case 'ask':
      return '#/ask';
    default: {
      const params = filtersToParams(route.filters ?? {}).toString();
      return params ? `#/questions?${params}` : '#/questions';
    }
  }
}

/** What the community keeps in a history entry of its own (beside whatever the host page keeps there). */
export interface RouteState {
  /** On a list entry: where the page was scrolled and which question was opened from it. */
  scrollY?: number;
  openedQuestion?: string;
  /** On a thread entry pushed from the list: in-app Back can go back in history rather than forward. */
  fromList?: boolean;
}

const STATE_KEY = 'majlisRoute';

function entryState(): Record<string, unknown> {
  const state: unknown = history.state;
  return state && typeof state === 'object' ? (state as Record<string, unknown>) : {};
}

/**
 * Keeps a view in step with `location.hash`, so links, reloads and the back button work. `go()` pushes a
 * history entry, `replace()` rewrites the current one (the list's filters); `onRoute` hears every route,
 * including the initial one and back/forward. Back and forward fire `popstate`, and `hashchange` only when
 * the entries differ in nothing but the hash (not after a host page's `replaceState` of the query string):
 * both are heard, and a route is handled once however many fire.
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

  /** The community's state in the current history entry. */
  get state(): RouteState {
    const state = entryState()[STATE_KEY];
    return state && typeof state === 'object' ? (state) : {};
  }

  /** Adds to the community's state in the current history entry (the host page's state is kept). */
  remember(state: RouteState): void {
    history.replaceState({ ...entryState(), [STATE_KEY]: { ...this.state, ...state } }, '', location.href);
  }

  go(route: NavigateDetail, state?: RouteState): void {
    const hash = formatRoute(route);
    if (location.hash === hash) return this.onRoute(route, false);
    location.hash = hash; // pushes an entry and fires hashchange (and popstate), which routes
    if (state) this.remember(state);
  }

  /** Shows `route` in the URL without a new history entry and without routing (the view already shows it). */
  replace(route: NavigateDetail): void {
    const hash = formatRoute(route);
    if (location.hash === hash) return;
    history.replaceState(history.state, '', hash);
    this.shownHash = location.hash;
  }

  private readonly onLocationChange = (): void => {
    if (location.hash === this.shownHash) return;
    this.shownHash = location.hash;
    if (this.enabled()) this.onRoute(parseRoute(location.hash), false);
  };
}
