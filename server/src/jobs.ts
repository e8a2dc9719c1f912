/**
 * What the server's background queues share (mail, escalation webhooks): a job is taken with `SELECT … FOR UPDATE
 * SKIP LOCKED` and held for a lease, so several workers never work one job twice; a failed job waits
 * {@link backoff} before its next try. This module holds the timing: the repeated run and the backoff.
 */

/** The wait before the next try after `attempts` failed ones: `backoffMs × 2^(attempts − 1)`. */
export function backoff(backoffMs: number, attempts: number): number {
  return backoffMs * 2 ** Math.max(0, attempts - 1);
}

/** Runs `run` every `intervalMs` (one run at a time, a failed run reported and tried again next time) until stopped. */
export class Repeating {
  private timer: ReturnType<typeof setInterval> | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly run: () => Promise<unknown>,
    private readonly onError: ((error: unknown) => void) | undefined,
  ) {}

  start(intervalMs: number): void {
    this.timer ??= setInterval(() => {
      this.running ??= this.run()
        .catch((error: unknown) => this.onError?.(error))
        .finally(() => (this.running = undefined));
    }, intervalMs);
    this.timer.unref?.();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}

/** A queue's worker: {@link runOnce} works due jobs; {@link start} repeats it in the background until {@link stop}. */
export abstract class QueueWorker<Options extends { now?: () => Date; onError?: (error: unknown) => void }> {
  private readonly repeating: Repeating;

  constructor(protected readonly options: Options) {
    this.repeating = new Repeating(() => this.runOnce(), options.onError);
  }

  protected now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** Works up to `limit` due jobs; returns how many succeeded. */
  abstract runOnce(limit?: number): Promise<number>;

  start(intervalMs: number): void {
    this.repeating.start(intervalMs);
  }

  stop(): Promise<void> {
    return this.repeating.stop();
  }
}
