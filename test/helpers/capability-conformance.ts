import { MemoryAdapter } from '../../src/adapters/memory.js';
import { RestAdapter } from '../../src/adapters/rest.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import { runAdapterConformance } from '../../src/testing/conformance.js';
import { createHttpBackend } from './http-backend.js';
import type { HttpBackend } from './http-backend.js';

/**
 * One capability's conformance checks alone (memory.test.ts runs the whole suite), so a change to it is quick to
 * test: on the MemoryAdapter, and over HTTP (the REST adapter's requests and decoding, against an in-test backend
 * over a MemoryAdapter). `label` names the runs; `prefix` picks the rules (`ideas:`, `live sessions:`).
 */
export function runCapabilityConformance(label: string, prefix: string): void {
  const only = (rule: string) => rule.startsWith(prefix);
  runAdapterConformance({
    name: `MemoryAdapter (${label})`,
    create: ({ seed, viewerId, now, moderation }) => new MemoryAdapter({ seed, viewerId, now, moderation }),
    clock: true,
    moderationSettings: true,
    only,
    viewAs: (adapter, viewerId) => {
      (adapter as MemoryAdapter).setViewer(viewerId);
      return adapter;
    },
  });

  const backends = new WeakMap<CommunityAdapter, HttpBackend>();
  const restOver = (backend: HttpBackend, viewerId: string | null) => {
    const adapter = new RestAdapter({ endpoint: backend.endpoint, fetch: backend.fetch, getToken: () => viewerId });
    backends.set(adapter, backend);
    return adapter;
  };
  runAdapterConformance({
    name: `RestAdapter (${label})`,
    create: ({ seed, viewerId, now, moderation }) => restOver(createHttpBackend(seed, undefined, { now, moderation }), viewerId),
    clock: true,
    moderationSettings: true,
    only,
    viewAs: (adapter, viewerId) => restOver(backends.get(adapter)!, viewerId),
  });
}
