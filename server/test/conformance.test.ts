import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkAdapterConformance } from '#majlis/testing/conformance.js';
import { serverConformance, startTestServer, testDatabaseKinds } from './testing.js';
import type { TestServer } from './testing.js';

for (const kind of testDatabaseKinds()) {
  describe(`RestAdapter against the server on ${kind}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ kind });
    });
    after(() => server.close());

    it('passes every check of the adapter conformance suite', async () => {
      const report = await checkAdapterConformance(serverConformance(server, `RestAdapter + server (${kind})`));
      const failures = report.results.filter((result) => !result.ok).map((result) => `- ${result.error?.message}`);
      assert.equal(report.failed, 0, `${report.failed} of ${report.results.length} rules broken:\n${failures.join('\n')}`);
      assert.ok(report.passed >= 50, `expected the whole suite to run, got ${report.passed} checks`);
    });
  });
}
