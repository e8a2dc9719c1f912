/** The public types of the conformance suite: how it gets adapters, what a check is, what a run reports. */
import type { CommunityAdapter } from '../../core/adapter.js';
import type { ModerationOptions } from '../../core/moderation.js';
import type { CommunitySeed } from '../../core/seed.js';
import type { ModerationSettings } from '../../core/types.js';

/** How the suite gets adapters to check. */
export interface ConformanceOptions {
  /** Names the adapter in test titles and reports. */
  name: string;
  /**
   * A fresh adapter over exactly `seed` (a fresh copy of {@link conformanceSeed}), seen by the user `viewerId`
   * (null: an anonymous reader). Each check creates the adapters it needs, so no state may leak between calls.
   */
  create(ctx: {
    seed: CommunitySeed;
    viewerId: string | null;
    /** The suite's clock: with {@link clock}, the backend must take its time from it (new kudos, periods). */
    now: () => Date;
    /**
     * The moderation settings the backend must apply (with {@link moderationSettings}): complete, validated
     * settings. Checks of other rules get {@link conformanceModeration} (no edit window, flood limits out of
     * the way); moderation checks ask for the settings they test (a flag threshold of 2, pre-moderation …).
     */
    moderation: ModerationSettings;
  }): CommunityAdapter | Promise<CommunityAdapter>;
  /**
   * Whether `create` makes the backend read the time from the `now` it is given. Checks that need to move the
   * clock (the leaderboard's periods) are skipped without it.
   */
  clock?: boolean;
  /**
   * Whether `create` makes the backend apply the `moderation` settings it is given (the memory adapter's
   * `moderation` option, the server's `MAJLIS_MODERATION`). The moderation checks that depend on settings are
   * skipped without it.
   */
  moderationSettings?: boolean;
  /** Runs only the rules it accepts (a backend's own tests of one capability); default: every rule. */
  only?(rule: string): boolean;
  /** Releases an adapter after its check (close connections, stop a test server …). */
  dispose?(adapter: CommunityAdapter): void | Promise<void>;
  /**
   * Optional: an adapter over the same data as `adapter`, seen by another viewer (it may be `adapter` itself,
   * switched over). When given, the suite also checks that one member's kudos are visible to the others.
   */
  viewAs?(adapter: CommunityAdapter, viewerId: string | null): CommunityAdapter | Promise<CommunityAdapter>;
}

/** What a check gets to create adapters with; every adapter is disposed when the check ends. */
export interface ConformanceContext {
  /** A fresh adapter over a fresh copy of {@link conformanceSeed}, seen by `viewerId` (null: anonymous). */
  adapter(viewerId: string | null, options?: { now?: () => Date; moderation?: ModerationOptions }): Promise<CommunityAdapter>;
  // `moderation`: settings over conformanceModeration (and its `flood`), passed complete to `create`.
  /** Whether the adapters honour a check's `now` ({@link ConformanceOptions.clock}). */
  readonly clock: boolean;
  /** Whether the adapters apply a check's `moderation` ({@link ConformanceOptions.moderationSettings}). */
  readonly moderationSettings: boolean;
  /** The data of `adapter` seen by another viewer, or null when the options have no `viewAs`. */
  viewAs(adapter: CommunityAdapter, viewerId: string | null): Promise<CommunityAdapter | null>;
}

/** One rule of the contract and the code that checks it. */
export interface ConformanceCheck {
  rule: string;
  run(ctx: ConformanceContext): Promise<void>;
}

export interface ConformanceResult {
  rule: string;
  ok: boolean;
  /** Why the rule broke: the message starts with the rule, e.g. `giving kudos twice counts once …: expected …`. */
  error?: Error;
}

export interface ConformanceReport {
  name: string;
  passed: number;
  failed: number;
  results: ConformanceResult[];
}
