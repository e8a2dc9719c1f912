// What every bench page shares (bundled with it by bench/run.mjs): waiting for content and its paint, the
// first render's marks, and reporting timings as JSON on window.__bench.

/** The next task: finer than animation frames, and it lets the browser render between two. */
function nextTask(): Promise<void> {
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Waits a task at a time until `check` holds, then until that content is painted. */
export async function until(check: () => boolean): Promise<void> {
  while (!check()) await nextTask();
  await painted();
}

/**
 * Until the browser has styled, laid out and painted what is in the DOM now: the task after the next
 * animation frame runs once that frame's rendering is done. Bench and baseline pages end every figure here.
 */
export async function painted(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await nextTask();
}

/**
 * The first render is marked (`firstRender:start`/`:end`) for bench/run.mjs, which sums the main thread's CPU
 * time between the marks from a trace; with `?profile`, bench/profile.mjs also records it with the console
 * profiler.
 */
const profiling = new URLSearchParams(location.search).has('profile');

export function firstRenderStarts(): void {
  if (profiling) console.profile('firstRender');
  performance.mark('firstRender:start');
}

export function firstRenderEnds(): void {
  performance.mark('firstRender:end');
  if (profiling) console.profileEnd('firstRender');
}

/** Hands the page's timings (ms) to bench/run.mjs. */
export function report(timings: Record<string, number>): void {
  (window as unknown as { __bench: unknown }).__bench = timings;
}
