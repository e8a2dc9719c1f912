import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { checkAdapterConformance, conformanceSeed } from '#majlis/testing/conformance.js';
import type { CommunitySeed } from '#majlis/core/seed.js';
import { call, errorOf } from './helpers.js';
import { serverConformance, startTestServer, testDatabaseKinds } from './testing.js';
import type { TestServer } from './testing.js';

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

/** The conformance community with a session running now (two questions, one a host answered) and one that ended. */
const seeded = (): CommunitySeed => ({
  ...structuredClone(conformanceSeed),
  liveSessions: [
    {
      id: 'ls-live',
      title: 'Ask the network team: 5G and coverage',
      description: 'Our engineers answer your questions about **5G**.',
      hashtag: 'AskNetwork',
      hostIds: ['expert', 'staff'],
      startsAt: at(-1),
      endsAt: at(1),
      questionIds: ['q-ar', 'q-vi'],
    },
    {
      id: 'ls-ended',
      title: 'Billing questions, answered',
      hashtag: 'AskBilling',
      hostIds: ['expert', 'staff'],
      startsAt: '2026-03-01T09:00:00.000Z',
      endsAt: '2026-03-01T10:00:00.000Z',
      questionIds: ['q-open', 'q-solved'],
    },
  ],
});

for (const kind of testDatabaseKinds()) {
  describe(`live sessions on the server (${kind})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ kind });
    });
    after(() => server.close());

    it('passes the live-session checks of the adapter conformance suite', async () => {
      const report = await checkAdapterConformance({
        ...serverConformance(server, `RestAdapter + server (${kind}), live sessions`),
        only: (rule) => rule.startsWith('live sessions:'),
      });
      const failures = report.results.filter((result) => !result.ok).map((result) => `- ${result.rule}: ${result.error?.message}`);
      assert.equal(report.failed, 0, `${report.failed} of ${report.results.length} rules broken:\n${failures.join('\n')}`);
      assert.ok(report.passed >= 4, `expected every live-session check to run, got ${report.passed}`);
    });

    describe('with a seed', () => {
      beforeEach(() => {
        server.setClock(null);
        return server.reset(seeded());
      });

      it('loads seeded sessions and their questions; lists of questions leave them out; the archive sums up', async () => {
        const live = (await call(server, 'GET', '/live-sessions/ls-live')).body as { phase: string; hosts: { id: string }[]; questionCount: number; answeredCount: number };
        assert.equal(live.phase, 'live', 'a session from an hour ago to an hour from now is live');
        assert.deepEqual(live.hosts.map((host) => host.id), ['expert', 'staff'], 'the hosts in their order');
        assert.deepEqual([live.questionCount, live.answeredCount], [2, 1], 'q-ar has an answer by the expert, q-vi none');
        const questions = (await call(server, 'GET', '/questions?limit=100')).body as { items: { id: string }[] };
        const ids = questions.items.map((question) => question.id);
        assert.ok(!ids.includes('q-ar') && !ids.includes('q-open'), 'questions lists leave session questions out');
        const waiting = (await call(server, 'GET', '/live-sessions/ls-live/questions?filter=waiting')).body as { items: { question: { id: string } }[] };
        assert.deepEqual(waiting.items.map((entry) => entry.question.id), ['q-vi'], 'q-vi waits for a host');
        const summary = (await call(server, 'GET', '/live-sessions/ls-ended/summary')).body as { questionCount: number; answeredCount: number; hostAnswerCount: number; topQuestions: { question: { id: string } }[] };
        assert.deepEqual([summary.questionCount, summary.answeredCount, summary.hostAnswerCount], [2, 2, 3], 'the archive figures');
        assert.deepEqual(summary.topQuestions.map((entry) => entry.question.id), ['q-open', 'q-solved'], 'the most wanted first');
        const ended = (await call(server, 'GET', '/live-sessions?phase=ended')).body as { items: { id: string }[] };
        assert.deepEqual(ended.items.map((session) => session.id), ['ls-ended'], 'the archive lists the ended session');
      });

      it('refuses bad requests with the field, questions after the end with session-ended, members editing', async () => {
        const body = { title: 'Roaming before the holidays', hashtag: 'AskRoaming', hostIds: ['expert'], startsAt: at(24), endsAt: at(23) };
        const backwards = await call(server, 'POST', '/live-sessions', { as: 'staff', body });
        assert.equal(backwards.status, 400, 'an end before the start is refused');
        assert.equal(errorOf(backwards).field, 'endsAt');
        const hashtag = await call(server, 'POST', '/live-sessions', { as: 'staff', body: { ...body, endsAt: at(25), hashtag: 'two words' } });
        assert.equal(errorOf(hashtag).field, 'hashtag');
        const member = await call(server, 'PUT', '/live-sessions/ls-live', { as: 'member', body: { ...body, endsAt: at(25) } });
        assert.equal(member.status, 403, 'members do not edit sessions');
        const late = await call(server, 'POST', '/live-sessions/ls-ended/questions', {
          as: 'member',
          body: { title: 'Is my invoice of March right?', body: 'It shows roaming I did not use.', language: 'en' },
        });
        assert.equal(late.status, 409, 'an ended session takes no questions');
        assert.equal((late.body as { error: { reason?: string } }).error.reason, 'session-ended', 'the reason says why');
      });

      it("names the session in the live events of its questions' answers", async () => {
        const answered = await call(server, 'POST', '/questions/q-vi/answers', {
          as: 'expert',
          body: { body: 'Trong hầm gửi xe, hãy bật gọi qua Wi-Fi.', language: 'vi' },
        });
        assert.equal(answered.status, 201, 'the host answers');
        const rows = await server.db.query<{ event: { type: string; sessionId?: string } }>(
          "SELECT event FROM live_events WHERE question_id = 'q-vi' ORDER BY id",
        );
        assert.deepEqual(rows.map((row) => [row.event.type, row.event.sessionId]), [['answer-posted', 'ls-live']], 'the event names the session');
      });
    });
  });
}
