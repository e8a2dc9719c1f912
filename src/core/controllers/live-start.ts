import type { MajlisStore } from '../store.js';
import type * as liveController from './live-controller.js';

export type LiveModule = typeof liveController;

const started = new WeakSet<object>();

/**
 * Loads the live-update code for `host` (once) when it has shown its data (`ready`) and its store's adapter can
 * `subscribe`, a moment later (see {@link whenIdle}), then hands the module to `attach`: the first render never waits for it, nor pays
 * for it.
 */
export function startLive(host: object, ready: boolean, store: MajlisStore | undefined, attach: (live: LiveModule) => void): void {
  if (!ready || !store?.adapter.subscribe || started.has(host)) return;
  started.add(host);
  whenIdle(() => void import('./live-controller.js').then(attach));
}

/** Live updates start this long after the host showed its data: what a reader sees first never waits for them. */
export const LIVE_START_DELAY_MS = 1000;

/**
 * {@link LIVE_START_DELAY_MS} after the host showed its data, when the page is idle. An event of that moment is not
 * shown live; the next read of the thread or list shows it.
 */
function whenIdle(work: () => void): void {
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 500 }) : work());
  setTimeout(idle, LIVE_START_DELAY_MS);
}
