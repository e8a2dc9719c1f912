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

/** The store behind an `endpoint` attribute: absent while the REST adapter module loads, `failed` if it cannot. */
export interface EndpointStore {
  store: MajlisStore | undefined;
  /** The REST adapter module could not be loaded (an offline page, a build without it). */
  failed: boolean;
  /** Settles once the store exists (or the module failed to load); never rejects. */
  ready: Promise<void>;
}

const endpointStores = new Map<string, EndpointStore>();

/** Endpoints count as the same when they resolve to the same URL (`/api/` and `https://host/api` on host). */
function endpointKey(endpoint: string): string {
  try {
    return new URL(endpoint, document.baseURI).href.replace(/\/+$/, '');
  } catch {
    return endpoint;
  }
}

/**
 * The store for an `endpoint` attribute: one REST adapter per endpoint URL, shared by every element using it.
 * The REST adapter module is imported on first use, so pages that never use `endpoint` never load it.
 */
export function endpointStore(endpoint: string): EndpointStore {
  const key = endpointKey(endpoint);
  const known = endpointStores.get(key);
  if (known) return known;
  const entry: EndpointStore = { store: undefined, failed: false, ready: Promise.resolve() };
  entry.ready = import('../adapters/rest.js').then(
    ({ RestAdapter }) => {
      entry.store = storeFor(new RestAdapter({ endpoint }));
    },
    () => {
      entry.failed = true;
    },
  );
  endpointStores.set(key, entry);
  return entry;
}
