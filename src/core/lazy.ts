import { defineOnce } from './define.js';

/**
 * Elements whose code loads on first use: the tag is registered with a loader, and the module is fetched
 * (as a chunk beside the bundle) the first time such a tag appears in the page or inside a Majlis element.
 */
const loaders = new Map<string, () => Promise<CustomElementConstructor>>();
const loading = new Map<string, Promise<void>>();
let observer: MutationObserver | undefined;

/** Registers a tag whose class is imported on first use. */
export function defineLazy(tag: string, load: () => Promise<CustomElementConstructor>): void {
  if (!customElements.get(tag)) loaders.set(tag, load);
}

/** Loads and defines a lazy tag now (resolves at once for tags already defined). */
export function loadElement(tag: string): Promise<void> {
  const load = loaders.get(tag);
  if (!load) return Promise.resolve();
  let pending = loading.get(tag);
  if (!pending) {
    pending = load().then(
      (element) => {
        loaders.delete(tag);
        loading.delete(tag);
        defineOnce(tag, element);
      },
      (error: unknown) => {
        loading.delete(tag); // a failed chunk (offline) is tried again next time the tag is seen
        throw error;
      },
    );
    loading.set(tag, pending);
  }
  return pending;
}

/**
 * Starts loading lazy tags a view is about to render (while its data loads, so code and data arrive together).
 * A failure is not reported here: a failed chunk is tried again when its tag renders.
 */
export function preloadElements(tags: readonly string[]): void {
  for (const tag of tags) loadElement(tag).catch(() => undefined);
}

/**
 * Loads every lazy element used inside `root` (a document, element or shadow root). Every Majlis element runs
 * this after each of its renders while tags wait: one query for all of them, not one per tag (issue 11).
 */
export function loadElementsWithin(root: ParentNode): void {
  const waiting = [...loaders.keys()].filter((tag) => !loading.has(tag));
  if (waiting.length === 0) return;
  const found = new Set<string>();
  for (const element of root.querySelectorAll(waiting.join())) found.add(element.localName);
  for (const tag of found) {
    loadElement(tag).catch((error: unknown) => console.error(`[majlis] could not load <${tag}>`, error));
  }
}

/** Whether any lazy element is still waiting for first use (lets callers skip the DOM scan). */
export function hasLazyElements(): boolean {
  return loaders.size > loading.size; // every tag in `loading` is still in `loaders` until it is defined
}

/** Watches the page's own DOM for lazy tags a host adds later. */
export function watchDocument(): void {
  if (observer || typeof document === 'undefined') return;
  loadElementsWithin(document);
  observer = new MutationObserver(() => {
    if (hasLazyElements()) loadElementsWithin(document);
    else observer?.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
