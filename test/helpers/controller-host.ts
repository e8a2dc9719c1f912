import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * An element that hosts reactive controllers without rendering: tests drive the lifecycle by hand
 * (`connect`, `update`, `disconnect`) and count update requests.
 */
export interface ControllerHost extends ReactiveControllerHost, HTMLElement {
  updates: number;
  connect(): void;
  /** Runs `hostUpdate` of every controller, as a Lit element does before it renders. */
  update(): void;
  disconnect(): void;
}

export function controllerHost(): ControllerHost {
  const controllers: ReactiveController[] = [];
  const host = document.createElement('div') as unknown as ControllerHost;
  return Object.assign(host, {
    updates: 0,
    updateComplete: Promise.resolve(true),
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: () => undefined,
    requestUpdate: () => void host.updates++,
    connect: () => controllers.forEach((c) => c.hostConnected?.()),
    update: () => controllers.forEach((c) => c.hostUpdate?.()),
    disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
  });
}
