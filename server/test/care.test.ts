import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkAdapterConformance } from '#majlis/testing/conformance.js';
import { serverConformance, startTestServer, testDatabaseKinds } from './testing.js';
import type { TestServer } from './testing.js';

for (const kind of testDatabaseKinds()) {
  describe(`customer care on ${kind}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ kind });
    });
    after(() => server.close());

    it('passes the careStats checks of the conformance suite', async () => {
      const report = await checkAdapterConformance({
        ...serverConformance(server, `RestAdapter + server (${kind})`),
        only: (rule) => rule.startsWith('careStats:'),
      });
      const failures = report.results.filter((result) => !result.ok).map((result) => `- ${result.error?.message}`);
      assert.equal(report.failed, 0, `${report.failed} of ${report.results.length} rules broken:\n${failures.join('\n')}`);
      assert.equal(report.passed, 3, `expected the three careStats checks to run, got ${report.passed}`);
    });

    it('serves GET /care/stats to anonymous readers', async () => {
      const response = await fetch(`${server.endpoint}/care/stats`);
      assert.equal(response.status, 200, 'GET /care/stats answers 200');
      assert.deepEqual(await response.json(), { days: 30, answered: 0, medianFirstReplySeconds: null });
    });
  });
}
