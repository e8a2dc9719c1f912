import { ContextProvider } from '@lit/context';
import { storeContext } from '../../src/core/context.js';
import { storeFor } from '../../src/core/store.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import type { MajlisStore } from '../../src/core/store.js';
import { defineOnce } from '../../src/core/element.js';

/**
 * `<majlis-test-provider>`: provides a store to the Majlis elements inside it, as `<majlis-community>`
 * does, so tests never touch the page-wide `configure()` default.
 */
export class MajlisTestProvider extends HTMLElement {
  private readonly provider = new ContextProvider(this, { context: storeContext });

  set store(store: MajlisStore | undefined) {
    this.provider.setValue(store);
  }

  set adapter(adapter: CommunityAdapter) {
    this.store = storeFor(adapter);
  }
}
defineOnce('majlis-test-provider', MajlisTestProvider);

declare global {
  interface HTMLElementTagNameMap {
    'majlis-test-provider': MajlisTestProvider;
  }
}
