import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Placement } from '@floating-ui/dom';
import type { Direction } from '../i18n/index.js';
import type * as FloatingUiModule from './floating.js';

type Host = ReactiveControllerHost & HTMLElement;
type FloatingUi = typeof FloatingUiModule;

/**
 * Where the popover goes, in logical terms: a side (`top`, `bottom`, or `start`/`end` of the line)
 * and an optional alignment along it. `bottom-start` lines up the popover's start edge with the
 * anchor's: the left edge in left-to-right text, the right edge in right-to-left text.
 */
export type PopoverPlacement =
  | `${'top' | 'bottom'}${'' | '-start' | '-end'}`
  | `${'start' | 'end'}${'' | '-top' | '-bottom'}`;

/** What opened the popover; only a hover-opened popover closes when the pointer leaves. */
export type PopoverReason = 'click' | 'focus' | 'hover' | 'api';

export interface PopoverOptions {
  /** The element the popover is placed against; focus returns to it on Escape. */
  anchor: () => HTMLElement | null | undefined;
  /** The positioned element (`position: fixed`); the host renders it hidden while closed. */
  floating: () => HTMLElement | null | undefined;
  /** The resolved text direction, e.g. `() => this.localize.dir`. */
  direction: () => Direction;
  /** Default `bottom-start`. */
  placement?: PopoverPlacement;
  /** Gap between anchor and popover in px. Default 6. */
  offset?: number;
  /** Minimum distance from the viewport edges in px. Default 8. */
  padding?: number;
  /** How long the pointer rests on the anchor before the popover opens, in ms. Default 300. */
  openDelay?: number;
  /** How long after the pointer left anchor and popover a hover-opened popover closes, in ms. Default 200. */
  closeDelay?: number;
  /** Called after every open and close. */
  onOpenChange?: (open: boolean) => void;
}

let floatingUi: Promise<FloatingUi> | undefined;

/** The Floating UI functions in use, fetched the first time any popover opens, so they stay out of the initial bundle. */
function loadFloatingUi(): Promise<FloatingUi> {
  floatingUi ??= import('./floating.js').catch((error: unknown) => {
    floatingUi = undefined; // let the next open try again
    throw error;
  });
  return floatingUi;
}

type LogicalSide = 'top' | 'bottom' | 'start' | 'end';
type LogicalAlignment = 'start' | 'end' | 'top' | 'bottom';

/**
 * The physical Floating UI placement of a logical one. `start`/`end` sides become `left`/`right`
 * (mirrored in RTL). Above or below the anchor, `start` alignment is the left edge — Floating UI's reading
 * once its own RTL handling is switched off, as {@link PopoverController} does — mirrored in RTL; beside
 * the anchor, alignment runs from `top` (start) to `bottom` (end) in either direction.
 */
export function physicalPlacement(placement: PopoverPlacement, dir: Direction): Placement {
  const [side, align] = placement.split('-') as [LogicalSide, LogicalAlignment | undefined];
  const rtl = dir === 'rtl';
  const beside = side === 'start' || side === 'end';
  const physicalSide = beside ? ((side === 'start') !== rtl ? 'left' : 'right') : side;
  if (!align) return physicalSide;
  const physicalAlign = beside ? (align === 'top' ? 'start' : 'end') : (align === 'start') !== rtl ? 'start' : 'end';
  return `${physicalSide}-${physicalAlign}`;
}

/**
 * Shared popover behaviour: opens on hover (after a delay), keyboard focus, click or from code; positions
 * the floating element against its anchor with Floating UI (loaded lazily; in the top layer as a manual
 * popover where the Popover API exists, else `position: fixed`, so neither overflow containers nor stacking
 * contexts clip or cover it, flipping and shifting at the viewport edges, kept in place by `autoUpdate` while
 * open); closes on Escape, on a pointer-down outside (through shadow roots), when focus moves elsewhere,
 * and — if the pointer opened it — when the pointer leaves both anchor and popover.
 *
 * The host renders the floating element with `?hidden=${!popover.isOpen}` and the anchor with
 * `aria-expanded=${popover.isOpen}`, and calls {@link toggle} from the anchor's click handler. While
 * placed, the floating element carries `data-placement`: the physical placement used, after any flip.
 */
export class PopoverController implements ReactiveController {
  private opened = false;
  private reason: PopoverReason | undefined;
  private cleanup: (() => void) | undefined;
  /** Bumped on every open and close, so a late Floating UI load does not position a closed popover. */
  private generation = 0;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private returningFocus = false;
  private attached: { anchor: HTMLElement | undefined; floating: HTMLElement | undefined } = {
    anchor: undefined,
    floating: undefined,
  };

  constructor(
    private readonly host: Host,
    private readonly options: PopoverOptions,
  ) {
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.opened;
  }

  /** What opened the popover, while it is open. */
  get openedBy(): PopoverReason | undefined {
    return this.reason;
  }

  hostConnected(): void {
    this.host.addEventListener('focusin', this.onFocusIn);
    this.host.addEventListener('focusout', this.onFocusOut);
    // A controller added on the very intent that loaded its code (pointer over the anchor, focus) missed it.
    const anchor = this.options.anchor();
    if (anchor?.matches(':focus-visible')) void this.open('focus');
    else if (anchor?.matches(':hover')) this.openLater();
  }

  hostUpdated(): void {
    this.attach(this.options.anchor() ?? undefined, this.options.floating() ?? undefined);
  }

  hostDisconnected(): void {
    this.close();
    this.attach(undefined, undefined);
    this.host.removeEventListener('focusin', this.onFocusIn);
    this.host.removeEventListener('focusout', this.onFocusOut);
  }

  /**
   * Opens the popover (when already open, a click or a call from code pins one opened by hover or focus).
   * Resolves once it is rendered and Floating UI is tracking it.
   */
  async open(reason: PopoverReason = 'api'): Promise<void> {
    this.clearTimers();
    if (!this.host.isConnected) return;
    if (this.opened) {
      if (reason === 'click' || reason === 'api') this.reason = reason;
      return;
    }
    this.opened = true;
    this.reason = reason;
    const generation = ++this.generation;
    document.addEventListener('keydown', this.onKeyDown);
    document.addEventListener('pointerdown', this.onPointerDown, true);
    this.host.requestUpdate();
    this.options.onOpenChange?.(true);
    await this.host.updateComplete;
    await this.startPositioning(generation);
  }

  /** Closes the popover; with `returnFocus`, focus goes back to the anchor. */
  close({ returnFocus = false }: { returnFocus?: boolean } = {}): void {
    this.clearTimers();
    if (!this.opened) return;
    this.opened = false;
    this.reason = undefined;
    this.generation++;
    this.cleanup?.();
    this.cleanup = undefined;
    document.removeEventListener('keydown', this.onKeyDown);
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    const floating = this.options.floating();
    floating?.removeAttribute('data-placement');
    if (floating) hideFromTopLayer(floating);
    if (returnFocus) this.focusAnchor();
    this.host.requestUpdate();
    this.options.onOpenChange?.(false);
  }

  /**
   * For the anchor's click handler: opens, pins a popover opened by hover or focus (so the click does not
   * take it away from under the pointer), or closes a pinned one.
   */
  toggle(): void {
    if (this.opened && (this.reason === 'click' || this.reason === 'api')) this.close();
    else void this.open('click');
  }

  // ── positioning ──

  private async startPositioning(generation: number): Promise<void> {
    const anchor = this.options.anchor();
    const floating = this.options.floating();
    if (!anchor || !floating) return;
    // Fixed, so overflow containers do not clip it; hidden until placed, so it never flashes at the wrong spot.
    Object.assign(floating.style, { position: 'fixed', visibility: 'hidden' });
    showInTopLayer(floating);
    try {
      const ui = await loadFloatingUi();
      if (generation !== this.generation) return;
      this.cleanup = ui.autoUpdate(anchor, floating, () => void this.position(ui, anchor, floating, generation));
    } catch {
      // Floating UI failed to load (offline): still show the popover, where the browser puts it.
      floating.style.visibility = '';
    }
  }

  private async position(ui: FloatingUi, anchor: HTMLElement, floating: HTMLElement, generation: number): Promise<void> {
    const { offset = 6, padding = 8, placement = 'bottom-start' } = this.options;
    const { x, y, placement: used } = await ui.computePosition(anchor, floating, {
      strategy: 'fixed',
      placement: physicalPlacement(placement, this.options.direction()),
      middleware: [ui.offset(offset), ui.flip({ padding }), ui.shift({ padding })],
      // The placement is already physical; Floating UI must not mirror it again for an RTL floating element.
      platform: { ...ui.platform, isRTL: () => false },
    });
    if (generation !== this.generation) return;
    // Coordinates from Floating UI are physical by nature.
    Object.assign(floating.style, { left: `${x}px`, top: `${y}px`, visibility: '' });
    floating.dataset['placement'] = used;
  }

  // ── listeners ──

  private attach(anchor: HTMLElement | undefined, floating: HTMLElement | undefined): void {
    const previous = this.attached;
    if (previous.anchor !== anchor) {
      previous.anchor?.removeEventListener('pointerenter', this.onAnchorEnter);
      previous.anchor?.removeEventListener('pointerleave', this.onLeave);
      anchor?.addEventListener('pointerenter', this.onAnchorEnter);
      anchor?.addEventListener('pointerleave', this.onLeave);
    }
    if (previous.floating !== floating) {
      previous.floating?.removeEventListener('pointerenter', this.onFloatingEnter);
      previous.floating?.removeEventListener('pointerleave', this.onLeave);
      floating?.addEventListener('pointerenter', this.onFloatingEnter);
      floating?.addEventListener('pointerleave', this.onLeave);
    }
    this.attached = { anchor, floating };
  }

  private readonly onAnchorEnter = (event: PointerEvent): void => {
    clearTimeout(this.closeTimer);
    if (event.pointerType !== 'touch') this.openLater();
  };

  /** Opens after the pointer rested on the anchor for `openDelay`. */
  private openLater(): void {
    if (this.opened) return;
    clearTimeout(this.openTimer);
    this.openTimer = setTimeout(() => void this.open('hover'), this.options.openDelay ?? 300);
  }

  private readonly onFloatingEnter = (): void => {
    clearTimeout(this.closeTimer);
  };

  private readonly onLeave = (): void => {
    clearTimeout(this.openTimer);
    if (this.opened && this.reason === 'hover') {
      clearTimeout(this.closeTimer);
      this.closeTimer = setTimeout(() => this.close(), this.options.closeDelay ?? 200);
    }
  };

  private readonly onFocusIn = (event: FocusEvent): void => {
    if (this.returningFocus) return;
    const path = event.composedPath();
    if (this.opened) {
      // Focus inside keeps a hover-opened popover open when the pointer wanders off.
      if (this.reason === 'hover' && this.isInside(path)) this.reason = 'focus';
      return;
    }
    const anchor = this.options.anchor();
    if (anchor && path.includes(anchor) && anchor.matches(':focus-visible')) void this.open('focus');
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    // Focus leaving the window (relatedTarget null) keeps the popover; moving to another element closes it.
    if (!this.opened || !(next instanceof Node) || this.contains(next)) return;
    this.close();
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Give focus back when it was with the popover or the popover was opened on purpose; a popover the
    // pointer opened while the reader works elsewhere just goes away.
    const returnFocus = this.reason !== 'hover' || this.contains(deepActiveElement());
    this.close({ returnFocus });
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (!this.isInside(event.composedPath())) this.close();
  };

  // ── helpers ──

  private isInside(path: EventTarget[]): boolean {
    const anchor = this.options.anchor();
    const floating = this.options.floating();
    return path.some((target) => target === anchor || target === floating);
  }

  /** Whether `node` is the anchor, the popover or inside either (across shadow roots). */
  private contains(node: Node | null): boolean {
    const anchor = this.options.anchor();
    const floating = this.options.floating();
    for (let current = node; current; current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null)) {
      if (current === anchor || current === floating) return true;
    }
    return false;
  }

  private focusAnchor(): void {
    this.returningFocus = true;
    try {
      this.options.anchor()?.focus();
    } finally {
      this.returningFocus = false;
    }
  }

  private clearTimers(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.openTimer = undefined;
    this.closeTimer = undefined;
  }
}

/** Whether this engine has the Popover API (Chromium 114, Firefox 125, Safari 17 / WebKitGTK 2.42 on). */
const topLayer = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/**
 * Puts the floating element in the top layer (a manual popover: no light dismiss, the controller decides when
 * it closes), above every stacking context of the page — a `z-index` on an ancestor, such as a list row's
 * author chip, can no longer trap it under the next row. Without the Popover API it stays a `position: fixed`
 * element with the host's `z-index`.
 */
function showInTopLayer(floating: HTMLElement): void {
  if (!topLayer || !floating.isConnected) return;
  if (floating.popover !== 'manual') floating.popover = 'manual';
  // The UA centres a [popover] in the viewport (`inset: 0; margin: auto`); Floating UI sets `left` and `top`.
  Object.assign(floating.style, { inset: 'auto', margin: '0' });
  if (!floating.matches(':popover-open')) floating.showPopover();
}

function hideFromTopLayer(floating: HTMLElement): void {
  if (topLayer && floating.popover && floating.matches(':popover-open')) floating.hidePopover();
}

/** The focused element, looking inside open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
