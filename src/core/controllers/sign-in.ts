import { MajlisLoginRequestEvent } from '../events.js';
import type { LoginReason } from '../events.js';
import type { MajlisStore } from '../store.js';

export interface SignInRequest {
  /** What to do once the viewer is a member (the element's data has been read again by then or is on its way). */
  resume(): Promise<void> | void;
  /** The control that asked, focused again when the sign-in is cancelled. */
  control(): HTMLElement | null | undefined;
}

/**
 * Fires `majlis-login-request` from `host` and resumes the viewer's action after the host's sign-in: the
 * event's `signedIn()` reads the viewer again in place (`store.refreshViewer()`, which runs `resume` for a
 * member; a host may call that itself), `cancelled()` forgets the action and focuses the control again.
 */
export function requestSignIn(host: HTMLElement, store: MajlisStore, reason: LoginReason, request: SignInRequest): void {
  let settled = false;
  const forget = store.awaitSignIn(() => request.resume());
  host.dispatchEvent(
    new MajlisLoginRequestEvent(reason, {
      signedIn: async () => {
        if (settled) return;
        settled = true;
        await store.refreshViewer();
      },
      cancelled: () => {
        if (settled) return;
        settled = true;
        forget();
        request.control()?.focus();
      },
    }),
  );
}
