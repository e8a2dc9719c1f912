/**
 * The executable form of the Majlis adapter contract (`majlis/testing`). Adapter authors run it against their
 * adapter from any test framework, or without one. The suite lives in `./conformance/`: the runner, its own
 * assertions, shared helpers, and one file per group of checks in `checks/` (a new capability adds a file there
 * and lists it in `checks.ts`).
 *
 * @example
 * ```ts
 * // With mocha, jasmine, jest or vitest (globals): one test per rule.
 * import { runAdapterConformance } from 'majlis/testing';
 * runAdapterConformance({
 *   name: 'MyRestAdapter',
 *   create: async ({ seed, viewerId }) => {
 *     await resetTestServer(seed);
 *     return new MyRestAdapter({ endpoint: '/api', token: tokenFor(viewerId) });
 *   },
 * });
 * ```
 * @module
 */
export { checkAdapterConformance, runAdapterConformance } from './conformance/runner.js';
export { conformanceChecks } from './conformance/checks.js';
export { conformanceIdeas, conformanceModeration, conformanceSeed } from './conformance/seed.js';
export type {
  ConformanceCheck,
  ConformanceContext,
  ConformanceOptions,
  ConformanceReport,
  ConformanceResult,
} from './conformance/types.js';
