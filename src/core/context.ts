import { createContext } from '@lit/context';
import type { CommunityAdapter } from './adapter.js';
import { registerMessages } from './i18n/index.js';
import type { DeepPartial, Messages } from './i18n/index.js';
import { storeFor } from './store.js';
import type { MajlisStore } from './store.js';

/**
 * The store an ancestor (such as `<majlis-community>`) provides to every Majlis element inside it.
 * The key is a unique symbol, so a second copy of Majlis on the page never receives a store of another version.
 */
export const storeContext = createContext<MajlisStore | undefined>(Symbol('majlis-store'));

export interface MajlisConfig {
  /** The page-wide adapter for elements that are not inside a provider. */
  adapter?: CommunityAdapter;
  /**
   * Strings to use instead of the catalogs', by language tag (`en`, `ar`, `nl-BE`…): each is merged over that
   * language's catalog, as {@link registerMessages} does; a tag Majlis does not ship adds that language.
   */
  messages?: Record<string, DeepPartial<Messages>>;
}

let pageStore: MajlisStore | undefined;

/**
 * Sets the page default adapter and strings; returns the adapter's store. Elements find their data source in this
 * order:
 * 1. an ancestor providing a store through context (`<majlis-community>`);
 * 2. this page default;
 * 3. their own `endpoint` attribute, through the endpoint adapter (the REST adapter, see
 *    {@link setEndpointAdapterFactory}).
 */
export function configure(config: MajlisConfig & { adapter: CommunityAdapter }): MajlisStore;
export function configure(config: MajlisConfig): MajlisStore | undefined;
export function configure({ adapter, messages = {} }: MajlisConfig): MajlisStore | undefined {
  for (const [locale, strings] of Object.entries(messages)) registerMessages(locale, strings);
  if (adapter) {
    pageStore = storeFor(adapter);
    for (const listener of [...configListeners]) listener(pageStore);
  }
  return adapter && pageStore;
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

/** Creates the adapter behind an `endpoint` attribute, loading its code if needed. */
export type EndpointAdapterFactory = (endpoint: string) => Promise<CommunityAdapter>;

let endpointAdapter: EndpointAdapterFactory | undefined;

/**
 * Sets how `endpoint` attributes get their adapter. `src/index.ts` registers the REST adapter, imported on first
 * use: core never depends on a concrete adapter, and pages that never use `endpoint` never load one.
 */
export function setEndpointAdapterFactory(factory: EndpointAdapterFactory): void {
  endpointAdapter = factory;
}

/** The store behind an `endpoint` attribute: absent while its adapter loads, `failed` if it cannot. */
export interface EndpointStore {
  store: MajlisStore | undefined;
  /** The adapter could not be created (its module failed to load on an offline page, or none is registered). */
  failed: boolean;
  /** Settles once the store exists (or the adapter could not be created); never rejects. */
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

/** The store for an `endpoint` attribute: one adapter per endpoint URL, shared by every element using it. */
export function endpointStore(endpoint: string): EndpointStore {
  const key = endpointKey(endpoint);
  const known = endpointStores.get(key);
  if (known) return known;
  const entry: EndpointStore = { store: undefined, failed: !endpointAdapter, ready: Promise.resolve() };
  if (endpointAdapter) {
    entry.ready = endpointAdapter(endpoint).then(
      (adapter) => {
        entry.store = storeFor(adapter);
      },
      () => {
        entry.failed = true;
      },
    );
  }
  endpointStores.set(key, entry);
  return entry;
}
