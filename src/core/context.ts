import { createContext } from '@lit/context';
import type { CommunityAdapter } from './adapter.js';
import { storeFor } from './store.js';
import type { MajlisStore } from './store.js';

/**
 * The store an ancestor (such as `<majlis-community>`) provides to every Majlis element inside it.
 * The key is a unique symbol, so a second copy of Majlis on the page never receives a store of another version.
 */
export const storeContext = createContext<MajlisStore | undefined>(Symbol('majlis-store'));

export interface MajlisConfig {
  /** The page-wide adapter for elements that are not inside a provider. */
  adapter: CommunityAdapter;
}

let pageStore: MajlisStore | undefined;

/**
 * Sets the page default adapter. Elements find their data source in this order:
 * 1. an ancestor providing a store through context (`<majlis-community>`);
 * 2. this page default;
 * 3. their own `endpoint` attribute, which creates a REST adapter.
 */
export function configure(config: MajlisConfig): MajlisStore {
  pageStore = storeFor(config.adapter);
  for (const listener of [...configListeners]) listener(pageStore);
  return pageStore;
}

/** The store set by {@link configure}, if any. */
export function defaultStore(): MajlisStore | undefined {
  return pageStore;
}

const configListeners = new Set<(store: MajlisStore) => void>();

/** Elements waiting for a data source hear when `configure()` is called after they rendered. */
export function onConfigure(listener: (store: MajlisStore) => void): () => void {
  configListeners.add(listener);
  return () => configListeners.delete(listener);
}
