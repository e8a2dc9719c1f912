import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CommunityAdapter } from '#majlis/core/adapter.js';
import { checkAdapterConformance } from '#majlis/testing/conformance.js';
import { startTestServer, testDatabaseKinds } from './testing.js';
import type { TestServer } from './testing.js';

for (const kind of testDatabaseKinds()) {
  describe(`RestAdapter against the server on ${kind}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ kind });
    });
    after(() => server.close());

    it('passes every check of the adapter conformance suite', async () => {
      const viewers = new WeakMap<CommunityAdapter, string | null>();
      const adapterFor = (viewerId: string | null) => {
        const adapter = server.adapter(viewerId);
        viewers.set(adapter, viewerId);
        return adapter;
      };
      const report = await checkAdapterConformance({
        name: `RestAdapter + server (${kind})`,
        // Every adapter starts from exactly the given seed: the database is reset to it.
        create: async ({ seed, viewerId, now, moderation }) => {
          await server.reset(seed);
          server.setClock(now);
          server.setModeration(moderation);
          return adapterFor(viewerId);
        },
        clock: true,
        moderationSettings: true,
        viewAs: (adapter, viewerId) => {
          if (!viewers.has(adapter)) throw new Error('viewAs() got an adapter that create() did not make');
          return adapterFor(viewerId);
        },
      });
      const failures = report.results.filter((result) => !result.ok).map((result) => `- ${result.error?.message}`);
      assert.equal(report.failed, 0, `${report.failed} of ${report.results.length} rules broken:\n${failures.join('\n')}`);
      assert.ok(report.passed >= 50, `expected the whole suite to run, got ${report.passed} checks`);
    });
  });
}
