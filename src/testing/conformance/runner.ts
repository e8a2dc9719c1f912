/** Runs the checks: with a test framework's describe/it, or on its own returning a report. */
import type { CommunityAdapter } from '../../core/adapter.js';
import { resolveModerationSettings } from '../../core/moderation.js';
import type { ModerationOptions } from '../../core/moderation.js';
import { Violation, describeError } from './assertions.js';
import { conformanceChecks } from './checks.js';
import { conformanceModeration, conformanceSeed } from './seed.js';
import type {
  ConformanceCheck,
  ConformanceContext,
  ConformanceOptions,
  ConformanceReport,
  ConformanceResult,
} from './types.js';

/**
 * Runs every check against the adapter and reports the outcome; a broken rule never throws.
 *
 * @example
 * ```ts
 * const report = await checkAdapterConformance({
 *   name: 'MyAdapter',
 *   create: ({ seed, viewerId }) => new MyAdapter(seed, viewerId),
 * });
 * for (const { ok, error } of report.results) if (!ok) console.error(error?.message);
 * ```
 */
export async function checkAdapterConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const results: ConformanceResult[] = [];
  for (const check of conformanceChecks.filter((check) => options.only?.(check.rule) ?? true)) {
    const error = await runCheck(check, options);
    results.push(error === null ? { rule: check.rule, ok: true } : { rule: check.rule, ok: false, error });
  }
  const failed = results.filter((result) => !result.ok).length;
  return { name: options.name, passed: results.length - failed, failed, results };
}

/**
 * Registers the suite with the running test framework's `describe`/`it` globals (mocha, jasmine, jest, vitest
 * with `globals: true`): `describe('<name> conforms to the Majlis adapter contract')` with one `it` per rule.
 *
 * @example
 * ```ts
 * runAdapterConformance({
 *   name: 'MemoryAdapter',
 *   create: ({ seed, viewerId }) => new MemoryAdapter({ seed, viewerId }),
 * });
 * ```
 */
export function runAdapterConformance(options: ConformanceOptions): void {
  const { suite, test } = testFrameworkGlobals();
  suite(`${options.name} conforms to the Majlis adapter contract`, () => {
    for (const check of conformanceChecks.filter((check) => options.only?.(check.rule) ?? true)) {
      test(check.rule, async () => {
        const error = await runCheck(check, options);
        if (error !== null) throw error;
      });
    }
  });
}

interface TestFrameworkGlobals {
  suite: (title: string, body: () => void) => void;
  test: (title: string, body: () => Promise<void>) => void;
}

function testFrameworkGlobals(): TestFrameworkGlobals {
  const { describe: suite, it: test } = globalThis as unknown as Partial<Record<'describe' | 'it', unknown>>;
  if (typeof suite !== 'function' || typeof test !== 'function') {
    throw new Error(
      'runAdapterConformance() needs the describe() and it() globals of a test framework ' +
        '(mocha, jasmine, jest, or vitest with globals: true). ' +
        'Without one, call checkAdapterConformance() and inspect the report it returns.',
    );
  }
  return { suite: suite as TestFrameworkGlobals['suite'], test: test as TestFrameworkGlobals['test'] };
}

/** Creates and disposes the adapters of one check. */
class CheckSession implements ConformanceContext {
  private readonly created = new Set<CommunityAdapter>();

  constructor(private readonly options: ConformanceOptions) {}

  get clock(): boolean {
    return this.options.clock === true;
  }

  get moderationSettings(): boolean {
    return this.options.moderationSettings === true;
  }

  async adapter(
    viewerId: string | null,
    { now = () => new Date(), moderation = {} }: { now?: () => Date; moderation?: ModerationOptions } = {},
  ): Promise<CommunityAdapter> {
    const { flood, ...rest } = moderation;
    const settings = resolveModerationSettings({
      ...conformanceModeration,
      ...rest,
      flood: { ...conformanceModeration.flood, ...flood },
    });
    return this.track(await this.options.create({ seed: structuredClone(conformanceSeed), viewerId, now, moderation: settings }));
  }

  async viewAs(adapter: CommunityAdapter, viewerId: string | null): Promise<CommunityAdapter | null> {
    return this.options.viewAs ? this.track(await this.options.viewAs(adapter, viewerId)) : null;
  }

  async dispose(): Promise<void> {
    for (const adapter of this.created) await this.options.dispose?.(adapter);
  }

  private track(adapter: CommunityAdapter): CommunityAdapter {
    this.created.add(adapter);
    return adapter;
  }
}

/** Runs one check; returns null when the rule holds, else an Error whose message starts with the rule. */
async function runCheck(check: ConformanceCheck, options: ConformanceOptions): Promise<Error | null> {
  const session = new CheckSession(options);
  const failures: unknown[] = [];
  await Promise.resolve()
    .then(() => check.run(session))
    .catch((error: unknown) => failures.push(error));
  await session.dispose().catch((error: unknown) => failures.push(error));
  if (failures.length === 0) return null;
  const [failure] = failures;
  const detail = failure instanceof Violation ? failure.message : `unexpected ${describeError(failure)}`;
  return new Error(`${check.rule}: ${detail}`, { cause: failure });
}

