import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultStore, onConfigure, storeContext } from '../context.js';
import type { MajlisStore, StoreChange } from '../store.js';

/** Why an element has no data source; shown as a visible, explained configuration error. */
export type ConfigurationProblem = 'no-adapter' | 'rest-unavailable';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Connects an element to its store (context provider → `configure()` default → `endpoint` attribute)
 * and re-renders it whenever the store changes.
 */
export class StoreController implements ReactiveController {
  /** The resolved store, or undefined while there is none (see {@link problem}). */
  store: MajlisStore | undefined;
  problem: ConfigurationProblem | undefined;

  private provided: MajlisStore | undefined;
  private unsubscribe: (() => void) | undefined;
  private stopWaiting: (() => void) | undefined;

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
    this.resolve();
  }

  hostDisconnected(): void {
    this.attach(undefined);
    this.stopWaiting?.();
    this.stopWaiting = undefined;
  }

  /** Re-runs the resolution, e.g. after the host's `endpoint` attribute changed. */
  resolve(): void {
    const store = this.provided ?? defaultStore();
    const endpoint = this.host.getAttribute('endpoint');
    this.problem = store ? undefined : endpoint ? 'rest-unavailable' : 'no-adapter';
    if (!store && !this.stopWaiting) this.stopWaiting = onConfigure(() => this.resolve());
    if (store && this.stopWaiting) {
      this.stopWaiting();
      this.stopWaiting = undefined;
    }
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
