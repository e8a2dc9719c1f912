import type { MajlisThread } from '../../src/components/thread/thread.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import { html, waitUntil } from './fixture.js';
import { mountWith } from './provider.js';

/** Whether the page fetched a module whose URL matches `pattern` (what the browser loaded, not what ran). */
export function fetched(pattern: RegExp): boolean {
  return performance.getEntriesByType('resource').some((entry) => pattern.test(entry.name));
}

/** When the page had fetched the first module whose URL matches `pattern` (`performance.now()` time). */
export function fetchedAt(pattern: RegExp): number | undefined {
  const entry = performance.getEntriesByType('resource').find((e) => pattern.test(e.name)) as PerformanceResourceTiming | undefined;
  return entry?.responseEnd;
}

/** The modules of the composer and its editor, and of the author card's popover with Floating UI. */
export const COMPOSER_CODE = /\/src\/components\/composer\/(composer|markdown-editor|markdown-toolbar)\.ts/;
export const ACCEPT_CODE = /\/src\/components\/accept-button\//;
export const BOARD_CODE = /\/src\/components\/(question-list|ask-form|community)\//;
export const POPOVER_CODE = /\/src\/components\/user-card\/user-card-popover\.ts|\/src\/core\/controllers\/floating\.ts|@floating-ui/;

/** What a frame of the thread showed. */
interface Frame {
  /** The answers list (or its "no answers" note) is on screen. */
  answers: boolean;
  /** What stands where the answer form goes: the form, the notice in its place, or nothing yet. */
  answerArea: 'form' | 'notice' | 'empty' | 'none';
  /** Where the element after the thread starts, in px from the top of the viewport. */
  nextTop: number;
  /** Answers on screen whose accept button has not rendered (of those that have one). */
  acceptMissing: number;
  time: number;
}

/**
 * Samples the thread on every animation frame (what the reader sees) until `stop()`: a part that pops in
 * after the rest shows as a frame with answers but an empty answer area; anything that shifts shows in
 * `nextTop`. In Chromium it also sums the `layout-shift` entries from `since()` on.
 */
export function watchFrames(thread: MajlisThread, next: Element) {
  const frames: Frame[] = [];
  let running = true;
  const sample = () => {
    const root = thread.shadowRoot;
    const composer = root?.querySelector('majlis-composer');
    const answerArea = root?.querySelector('[part="notice"]')
      ? 'notice'
      : composer
        ? composer.shadowRoot?.querySelector('form')
          ? 'form'
          : 'empty'
        : 'none';
    frames.push({
      answers: Boolean(root?.querySelector('[part="answers"], [part="empty"]')),
      answerArea,
      nextTop: next.getBoundingClientRect().top,
      acceptMissing: [...(root?.querySelectorAll('majlis-post[type="answer"]') ?? [])].filter((post) => {
        const accept = post.shadowRoot?.querySelector('article') && post.shadowRoot.querySelector('majlis-accept-button');
        return accept && !accept.shadowRoot?.querySelector('button');
      }).length,
      time: performance.now(),
    });
    if (running) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
  const shifts: { value: number; startTime: number }[] = [];
  const supported = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
  const observer = supported
    ? new PerformanceObserver((list) => shifts.push(...(list.getEntries() as unknown as { value: number; startTime: number }[])))
    : undefined;
  observer?.observe({ type: 'layout-shift', buffered: true });
  return {
    frames,
    /** Frames where the answers were on screen without what goes below them. */
    popIns: () => frames.filter((frame) => frame.answers && (frame.answerArea === 'empty' || frame.answerArea === 'none')),
    /** Chromium's layout shift score from `start` (a `performance.now()` time) on; `undefined` elsewhere. */
    layoutShift: (start: number) => (supported ? shifts.filter((s) => s.startTime >= start).reduce((sum, s) => sum + s.value, 0) : undefined),
    stop: () => {
      running = false;
      observer?.disconnect();
    },
  };
}

/** The author chip of the question (the first post), rendered in the post's own template. */
export function firstAuthorChip(thread: MajlisThread): HTMLButtonElement {
  const post = thread.shadowRoot!.querySelector('majlis-post')!;
  return post.shadowRoot!.querySelector<HTMLButtonElement>('[part~="user-card"]')!;
}

/** The popover of the question's author card, once it is open and placed with the member's figures. */
export function openCard(thread: MajlisThread): HTMLElement | null {
  const post = thread.shadowRoot!.querySelector('majlis-post')!;
  const root = post.shadowRoot!;
  const popover = root.querySelector<HTMLElement>('[part~="popover"]');
  return popover && !popover.hidden && popover.dataset['placement'] && root.querySelector('[part~="stats"]') ? popover : null;
}

/**
 * Mounts a thread over `adapter` and reads `probe()` at the moment `selector` first appears in it (what was loaded
 * when the reader first saw it): for the parts a thread awaits with its data.
 */
export async function probeWhenShown<T>(adapter: CommunityAdapter, selector: string, probe: () => T): Promise<{ thread: HTMLElement; seen: T }> {
  let seen: { value: T } | undefined;
  const thread = await mountWith<HTMLElement>(adapter, html`<majlis-thread question-id="q-1"></majlis-thread>`, 'majlis-thread');
  await waitUntil(() => thread.shadowRoot, 'the thread did not start');
  const look = () => {
    if (!seen && thread.shadowRoot!.querySelector(selector)) seen = { value: probe() };
  };
  const observer = new MutationObserver(look);
  observer.observe(thread.shadowRoot!, { childList: true, subtree: true });
  look(); // shown already
  await waitUntil(() => seen, `${selector} did not appear`);
  observer.disconnect();
  return { thread, seen: seen!.value };
}
