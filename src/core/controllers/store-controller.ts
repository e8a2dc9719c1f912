import { ContextConsumer, ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultStore, endpointStore, onConfigure, storeContext } from '../context.js';
import { recordReads } from '../store.js';
import type { MajlisStore, StoreChange, StoreKey } from '../store.js';

/** Why an element has no data source; shown as a visible, explained configuration error. */
export type ConfigurationProblem = 'no-adapter' | 'rest-unavailable';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Set once a page that configures late (after an `await`) has had its chance, the page loaded and a second
 * passed, and the texts of configuration problems have arrived: only then does an element call a missing data
 * source a problem. Until then it shows its loading state.
 */
let settled = false;
let settling: Promise<void> | undefined;

function settle(): Promise<void> {
  return (settling ??= new Promise<void>((resolve) => {
    const wait = () => setTimeout(resolve, 1000);
    if (document.readyState === 'complete') wait();
    else addEventListener('load', wait, { once: true });
  })
    .then(() => import('../i18n/areas/config.js'))
    .then((m) => m.addConfigTexts())
    .finally(() => {
      settled = true;
    }));
}

function touches(change: StoreChange, read: ReadonlySet<StoreKey>): boolean {
  if (change.type === 'reset' || change.type === 'refresh') return true;
  for (const key of change.keys) if (read.has(key)) return true;
  return false;
}

/**
 * Connects an element to its store (context provider → `configure()` default → `endpoint` attribute)
 * and re-renders it when the store changes what it read. A store that comes from the host's own `endpoint`
 * is also provided to the elements the host renders (posts, kudos buttons, composer …), which have no endpoint.
 *
 * Selective re-rendering: every store read between this controller's `hostUpdate` and `hostUpdated` (the
 * host's `update()`/`render()`, and controllers added after this one) is recorded, and a store change re-renders
 * the host only if it names one of those keys (or is a `reset`). So read the store while rendering, not only in
 * `willUpdate` or event handlers; a value computed from many entities that rarely changes belongs in
 * {@link derive}.
 */
export class StoreController implements ReactiveController {
  /** The resolved store, or undefined while there is none (see {@link problem}). */
  store: MajlisStore | undefined;
  problem: ConfigurationProblem | undefined;

  private provided: MajlisStore | undefined;
  private unsubscribe: (() => void) | undefined;
  private stopWaiting: (() => void) | undefined;
  /** The endpoint whose REST adapter is loading, so one load re-resolves once. */
  private loadingEndpoint: string | undefined;
  private readonly attributeObserver = new MutationObserver(() => this.resolve());
  /** Created the first time the host's store comes from its `endpoint`, before the host renders with it. */
  private provider: ContextProvider<typeof storeContext> | undefined;
  /** What the host read during its last update. */
  private readonly reads = new Set<StoreKey>();
  private stopReading: (() => void) | undefined;
  /** Each {@link derive}d value: whether a change alters it. */
  private readonly derived: ((change: StoreChange) => boolean)[] = [];

  /**
   * @param onChange Called on every store change, before the host re-renders (if it does): a host reacting
   * to a change it did not read (say `answer-posted`) updates its reactive state or calls `requestUpdate()`.
   */
  constructor(
    private readonly host: Host,
    private readonly onChange?: (change: StoreChange) => void,
  ) {
    new ContextConsumer(host, {
      context: storeContext,
      subscribe: true,
      callback: (store) => {
        this.provided = store;
        this.resolve();
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.attributeObserver.observe(this.host, { attributes: true, attributeFilter: ['endpoint'] });
    this.resolve();
  }

  hostUpdate(): void {
    this.hostUpdated(); // in case the last update threw before finishing
    this.reads.clear();
    this.stopReading = recordReads(this.reads);
  }

  hostUpdated(): void {
    this.stopReading?.();
    this.stopReading = undefined;
  }

  /**
   * A value computed from the store (and the host's own state) whose reads are kept apart from the host's:
   * when a change names one of them, the value is computed again and re-renders the host only if it differs
   * by `equals`. Call the returned function while rendering; it computes afresh each time.
   * E.g. the thread derives the order of its answers, which a kudos on one answer rarely changes.
   */
  derive<T>(compute: () => T, equals: (a: T, b: T) => boolean = Object.is): () => T {
    const reads = new Set<StoreKey>();
    let value: T;
    const get = (): T => {
      reads.clear();
      const stop = recordReads(reads);
      try {
        return (value = compute());
      } finally {
        stop();
      }
    };
    // `value` is read before `get()` replaces it.
    this.derived.push((change) => touches(change, reads) && !equals(value, get()));
    return get;
  }

  hostDisconnected(): void {
    this.attributeObserver.disconnect();
    this.loadingEndpoint = undefined;
    this.attach(undefined);
    this.stopWaiting?.();
    this.stopWaiting = undefined;
  }

  /**
   * Re-runs the resolution (also done when the host's `endpoint` attribute changes). While the REST adapter
   * for an `endpoint` loads, or the page may still configure, there is neither a store nor a problem, so the
   * element shows its loading state.
   */
  resolve(): void {
    const endpoint = this.host.getAttribute('endpoint')?.trim() ?? '';
    const fromEndpoint = !this.provided && !defaultStore() && endpoint ? endpointStore(endpoint) : undefined;
    const store = this.provided ?? defaultStore() ?? fromEndpoint?.store;
    const problem = store ? undefined : fromEndpoint ? (fromEndpoint.failed ? 'rest-unavailable' : undefined) : 'no-adapter';
    this.problem = settled ? problem : undefined;
    if (problem && !settled) {
      void settle().then(() => {
        if (!this.host.isConnected) return;
        this.resolve();
        this.host.requestUpdate();
      });
    }
    if (fromEndpoint && !store && !fromEndpoint.failed && this.loadingEndpoint !== endpoint) {
      this.loadingEndpoint = endpoint;
      void fromEndpoint.ready.then(() => {
        if (this.loadingEndpoint !== endpoint) return;
        this.loadingEndpoint = undefined;
        if (this.host.isConnected) this.resolve();
      });
    }
    if (!store && !this.stopWaiting) this.stopWaiting = onConfigure(() => this.resolve());
    if (store && this.stopWaiting) {
      this.stopWaiting();
      this.stopWaiting = undefined;
    }
    if (store && store === fromEndpoint?.store) this.provider ??= new ContextProvider(this.host, { context: storeContext });
    this.provider?.setValue(store);
    this.attach(store);
  }

  private attach(store: MajlisStore | undefined): void {
    if (store === this.store && (store === undefined || this.unsubscribe)) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = store;
    if (store && this.host.isConnected) {
      this.unsubscribe = store.subscribe((change) => {
        this.onChange?.(change);
        if (touches(change, this.reads) || this.derived.some((changes) => changes(change))) this.host.requestUpdate();
      });
    }
    this.host.requestUpdate();
  }
}
