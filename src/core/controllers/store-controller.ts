import { ContextConsumer, ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultStore, endpointStore, onConfigure, storeContext } from '../context.js';
import type { MajlisStore, StoreChange } from '../store.js';

/** Why an element has no data source; shown as a visible, explained configuration error. */
export type ConfigurationProblem = 'no-adapter' | 'rest-unavailable';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Connects an element to its store (context provider → `configure()` default → `endpoint` attribute)
 * and re-renders it whenever the store changes. A store that comes from the host's own `endpoint` is also
 * provided to the elements the host renders (posts, kudos buttons, composer …), which have no endpoint.
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

  hostDisconnected(): void {
    this.attributeObserver.disconnect();
    this.loadingEndpoint = undefined;
    this.attach(undefined);
    this.stopWaiting?.();
    this.stopWaiting = undefined;
  }

  /**
   * Re-runs the resolution (also done when the host's `endpoint` attribute changes). While the REST adapter
   * for an `endpoint` loads there is neither a store nor a problem, so the element shows its loading state.
   */
  resolve(): void {
    const endpoint = this.host.getAttribute('endpoint')?.trim() ?? '';
    const fromEndpoint = !this.provided && !defaultStore() && endpoint ? endpointStore(endpoint) : undefined;
    const store = this.provided ?? defaultStore() ?? fromEndpoint?.store;
    this.problem = store ? undefined : fromEndpoint ? (fromEndpoint.failed ? 'rest-unavailable' : undefined) : 'no-adapter';
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
        this.host.requestUpdate();
      });
    }
    this.host.requestUpdate();
  }
}
