import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MajlisError, toMajlisError } from '../adapter.js';
import type { StoreController } from './store-controller.js';
import { MajlisErrorEvent } from '../events.js';
import type { MajlisStore } from '../store.js';
import type { Post, PostType, Viewer } from '../types.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Which post an element acts on; an empty `id` means none yet. */
export interface PostRef {
  target: PostType;
  id: string;
}

/** What an element acting on one post can show. */
export type PostView =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: MajlisError }
  | { status: 'ready'; store: MajlisStore; post: Post; viewer: Viewer };

/**
 * The post (question or answer) an element acts on and the viewer looking at it, read from the store.
 * What is not cached yet is loaded, once; a failed load fires `majlis-error` and waits for {@link retry}.
 * Moving to another post (or store) forgets the failure.
 */
export class PostLoader implements ReactiveController {
  private error: MajlisError | undefined;
  private inFlight = false;
  private store: MajlisStore | undefined;
  private key = '';

  constructor(
    private readonly host: Host,
    private readonly data: Pick<StoreController, 'store'>,
    private readonly ref: () => PostRef,
  ) {
    host.addController(this);
  }

  /** The current state; read it in `render()` (loads start before each update). */
  get view(): PostView {
    const { store } = this.data;
    const { target, id } = this.ref();
    if (!store || !id) return { status: 'idle' };
    const post = store.post(target, id);
    const viewer = store.currentViewer;
    if (post && viewer) return { status: 'ready', store, post, viewer };
    return this.error ? { status: 'error', error: this.error } : { status: 'loading' };
  }

  /** Forgets a failed load and tries again. */
  readonly retry = (): void => {
    this.error = undefined;
    this.host.requestUpdate();
  };

  hostUpdate(): void {
    const { store } = this.data;
    const { target, id } = this.ref();
    const key = `${target}:${id}`;
    if (store !== this.store || key !== this.key) {
      this.store = store;
      this.key = key;
      this.error = undefined;
    }
    if (this.view.status === 'loading' && !this.inFlight && store) void this.load(store, target, id);
  }

  private async load(store: MajlisStore, target: PostType, id: string): Promise<void> {
    const key = this.key;
    this.inFlight = true;
    try {
      const [post] = await Promise.all([store.post(target, id) ?? store.loadPost(target, id), store.loadViewer()]);
      // An adapter answering with another id would otherwise have us ask again and again.
      if (!post) throw new MajlisError('not-found', `The adapter returned no ${target} ${id}`);
    } catch (error) {
      if (store === this.store && key === this.key) {
        this.error = toMajlisError(error);
        this.host.dispatchEvent(new MajlisErrorEvent({ error: this.error, operation: 'load' }));
      }
    } finally {
      this.inFlight = false;
      this.host.requestUpdate();
    }
  }
}
