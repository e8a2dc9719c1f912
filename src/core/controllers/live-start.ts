import type { MajlisStore } from '../store.js';
import type * as liveController from './live-controller.js';

export type LiveModule = typeof liveController;

const started = new WeakSet<object>();

/**
 * Loads the live-update code for `host` (once) when it has shown its data (`ready`) and its store's adapter can
 * `subscribe`, once the page is idle, then hands the module to `attach`: the first render never waits for it, nor pays
 * for it.
 */
export function startLive(host: object, ready: boolean, store: MajlisStore | undefined, attach: (live: LiveModule) => void): void {
  if (!ready || !store?.adapter.subscribe || started.has(host)) return;
  started.add(host);
  // After the page has painted and settled: live updates matter from the next event on, not for the first read.
  whenIdle(() => void import('./live-controller.js').then(attach));
}

function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 500 });
  else setTimeout(work, 50);
}
