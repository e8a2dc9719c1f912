import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { checkAdapterConformance, conformanceIdeas, conformanceSeed } from '#majlis/testing/conformance.js';
import type { CommunitySeed } from '#majlis/core/seed.js';
import { call, errorOf } from './helpers.js';
import { serverConformance, startTestServer, testDatabaseKinds } from './testing.js';
import type { TestServer } from './testing.js';

const idea = {
  title: 'Show 4G and 5G coverage per street in the app',
  body: 'Before moving house I would like to check the indoor coverage of my new street in the app.',
  categoryId: 'network',
  language: 'en',
  topic: 'network',
};

const seeded = (): CommunitySeed => ({ ...structuredClone(conformanceSeed), ideas: structuredClone([...conformanceIdeas]) });

for (const kind of testDatabaseKinds()) {
  describe(`ideas on the server (${kind})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ kind });
    });
    after(() => server.close());

    it('passes the ideas checks of the adapter conformance suite', async () => {
      const report = await checkAdapterConformance({
        ...serverConformance(server, `RestAdapter + server (${kind}), ideas`),
        only: (rule) => rule.startsWith('ideas:'),
      });
      const failures = report.results.filter((result) => !result.ok).map((result) => `- ${result.rule}: ${result.error?.message}`);
      assert.equal(report.failed, 0, `${report.failed} of ${report.results.length} rules broken:\n${failures.join('\n')}`);
      assert.ok(report.passed >= 10, `expected every ideas check to run, got ${report.passed}`);
    });

    describe('with a seed', () => {
      beforeEach(() => server.reset(seeded()));

      it('loads seeded ideas, evaluations and wins; the winner badge; lists of questions leave ideas out', async () => {
        const got = await call(server, 'GET', '/ideas/q-esim');
        assert.equal(got.status, 200, 'the seeded idea is read');
        const body = got.body as { status: string; evaluation: unknown; winnerOf: string[]; statusChangedBy: { id: string } };
        assert.equal(body.status, 'planned');
        assert.deepEqual(body.evaluation, { constructive: 4.5, creative: 3.5, feasible: 4.5, effective: 4, evaluators: 2 });
        assert.deepEqual(body.winnerOf, ['2026-01']);
        assert.equal(body.statusChangedBy.id, 'staff');
        const questions = (await call(server, 'GET', '/questions?limit=100')).body as { items: { id: string }[] };
        const ids = questions.items.map((question) => question.id);
        assert.ok(!ids.includes('q-esim') && !ids.includes('q-nl'), 'questions lists leave ideas out');
        const author = ((await call(server, 'GET', '/questions/q-esim')).body as { author: { id: string } }).author.id;
        const profile = (await call(server, 'GET', `/users/${author}`)).body as { badges: { id: string }[] };
        assert.ok(profile.badges.some((badge) => badge.id === 'idea-of-the-month'), 'the winner badge is in the profile');
        const merged = (await call(server, 'GET', '/ideas?status=duplicate')).body as { items: { mergedInto: string }[] };
        assert.deepEqual(merged.items.map((item) => item.mergedInto), ['q-nl']);
      });

      it('refuses bad requests with the field: a topic, a status, a score, a period, the evaluated filter', async () => {
        const evaluated = await call(server, 'GET', '/ideas?evaluated=maybe');
        assert.equal(evaluated.status, 400);
        assert.equal(errorOf(evaluated).field, 'evaluated');
        const notYet = (await call(server, 'GET', '/ideas?evaluated=false&sort=evaluation')).body as { items: { id: string; evaluation: unknown }[] };
        assert.ok(notYet.items.length > 0 && notYet.items.every((item) => item.evaluation === null), 'evaluated=false lists the ideas not evaluated yet');
        const topic = await call(server, 'POST', '/ideas', { as: 'member', body: { ...idea, topic: 'pricing' } });
        assert.equal(topic.status, 400);
        assert.equal(errorOf(topic).field, 'topic');
        const status = await call(server, 'PUT', '/ideas/q-esim/status', { as: 'staff', body: { status: 'duplicate' } });
        assert.equal(errorOf(status).field, 'status');
        const score = await call(server, 'PUT', '/ideas/q-esim/evaluation', {
          as: 'staff',
          body: { constructive: 6, creative: 1, feasible: 1, effective: 1 },
        });
        assert.equal(errorOf(score).field, 'constructive');
        const period = await call(server, 'PUT', '/ideas/q-esim/winner', { as: 'staff', body: { period: '2027-3' } });
        assert.equal(errorOf(period).field, 'period');
        const member = await call(server, 'PUT', '/ideas/q-esim/status', { as: 'member', body: { status: 'declined' } });
        assert.equal(member.status, 403);
      });

      it('serves a changed status at once although reads are cached', async () => {
        assert.equal(((await call(server, 'GET', '/ideas/q-esim')).body as { status: string }).status, 'planned');
        const changed = await call(server, 'PUT', '/ideas/q-esim/status', { as: 'staff', body: { status: 'in-progress', note: 'Testing with 200 customers.' } });
        assert.equal(changed.status, 200);
        const read = (await call(server, 'GET', '/ideas/q-esim')).body as { status: string; statusNote: string };
        assert.deepEqual([read.status, read.statusNote], ['in-progress', 'Testing with 200 customers.']);
      });
    });
  });
}
