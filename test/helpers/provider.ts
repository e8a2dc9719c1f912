import { ContextProvider } from '@lit/context';
import type { TemplateResult } from 'lit';
import { fixture, html } from '@open-wc/testing';
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

/** Renders `content` inside a provider of `adapter`'s store (wrapped in `wrap`, e.g. a lang/dir div) and returns the `tag` element. */
export async function mountWith<T extends Element>(
  adapter: CommunityAdapter,
  content: TemplateResult,
  tag: string,
  wrap: (inner: TemplateResult) => TemplateResult = (inner) => inner,
): Promise<T> {
  const root = await fixture<HTMLElement>(wrap(html`<majlis-test-provider .adapter=${adapter}>${content}</majlis-test-provider>`));
  return root.querySelector<T>(tag) ?? (root.matches(tag) ? (root as unknown as T) : Promise.reject(new Error(`no <${tag}>`)));
}

/** An element's shadow part by name. */
export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}
