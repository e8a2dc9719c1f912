import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { conformanceSeed } from '#majlis/testing/conformance.js';
import type { EscalationConfig } from '../src/escalation/config.js';
import { signWebhook, verifyWebhook } from '../src/escalation/signature.js';
import { EscalationWorker, escalationHours } from '../src/escalation/worker.js';
import type { EscalationPayload } from '../src/escalation/worker.js';
import { backoff } from '../src/jobs.js';
import { startTestServer, testDatabaseKinds } from './testing.js';
import type { TestServer } from './testing.js';

const SECRET = 'care-desk-shared-secret-0123456789';
/** A week after the conformance seed's last question: every seeded question is past its hours. */
const NOW = Date.parse('2024-05-20T09:00:00.000Z');

const config: EscalationConfig = {
  url: 'https://care.example.test/hooks/majlis',
  secret: SECRET,
  hours: { default: 24, roaming: 4 },
  lookbackHours: 24 * 365,
  siteUrl: 'https://support.example.test/community/',
  intervalMs: 1000,
  maxAttempts: 3,
  backoffMs: 60_000,
  timeoutMs: 1000,
};

/** The seeded questions with no published answer by staff or an expert, published and not locked: what escalates. */
function unansweredByExperts(): string[] {
  const roles = new Map(conformanceSeed.users.map((user) => [user.id, user.role]));
  const answered = new Set(
    conformanceSeed.answers
      .filter((answer) => (answer.state ?? 'published') === 'published' && ['staff', 'expert'].includes(roles.get(answer.authorId) ?? ''))
      .map((answer) => answer.questionId),
  );
  return conformanceSeed.questions
    .filter((question) => !answered.has(question.id) && (question.state ?? 'published') === 'published' && question.status !== 'locked')
    .map((question) => question.id)
    .sort();
}

interface Sent {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A care desk answering each request with the next status (a thrown Error for none), recording what it got. */
function careDesk(statuses: (number | Error)[]) {
  const sent: Sent[] = [];
  const fetcher = ((url: string, init: RequestInit) => {
    sent.push({ url, headers: init.headers as Record<string, string>, body: init.body as string });
    const next = statuses.shift() ?? 200;
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(new Response(null, { status: next }));
  }) as unknown as typeof fetch;
  return { sent, fetcher };
}

describe('escalation webhook signature', () => {
  it('is an HMAC-SHA256 over "timestamp.body", checked for age and tampering', () => {
    const body = '{"type":"question.unanswered","questionId":"q-1"}';
    const signature = signWebhook(SECRET, 1_765_000_000, body);
    assert.match(signature, /^sha256=[0-9a-f]{64}$/, 'sha256=<hex>');
    const now = 1_765_000_000 * 1000 + 10_000;
    assert.equal(verifyWebhook(SECRET, { timestamp: '1765000000', signature, body }, now), true, 'a fresh, intact webhook verifies');
    assert.equal(verifyWebhook(SECRET, { timestamp: '1765000000', signature, body: body.replace('q-1', 'q-2') }, now), false, 'a changed body does not');
    assert.equal(verifyWebhook(SECRET, { timestamp: '1765000001', signature, body }, now), false, 'a changed timestamp does not');
    assert.equal(verifyWebhook('another-secret-of-the-same-kind!!', { timestamp: '1765000000', signature, body }, now), false, 'another secret does not');
    assert.equal(verifyWebhook(SECRET, { timestamp: '1765000000', signature, body }, now + 600_000), false, 'a replay ten minutes later does not');
    assert.equal(backoff(60_000, 1), 60_000, 'the first retry waits backoffMs');
    assert.equal(backoff(60_000, 3), 240_000, 'then doubles');
  });
});

for (const kind of testDatabaseKinds()) {
  describe(`escalation to the care desk on ${kind}`, () => {
    let server: TestServer;
    let time = NOW;
    const worker = (fetcher: typeof fetch, overrides: Partial<EscalationConfig> = {}) =>
      new EscalationWorker({ db: server.db, config: { ...config, ...overrides }, now: () => new Date(time), fetch: fetcher });
    const call = (url: string, userId: string | null) => {
      const token = server.tokenFor(userId);
      return fetch(`${server.endpoint}${url}`, { headers: token === null ? {} : { Authorization: `Bearer ${token}` } });
    };

    before(async () => {
      server = await startTestServer({ kind });
    });
    after(() => server.close());
    beforeEach(async () => {
      time = NOW;
      await server.reset(structuredClone(conformanceSeed));
    });

    it('queues each question without an answer by staff or an expert once, per its category’s hours', async () => {
      const desk = careDesk([]);
      assert.deepEqual((await worker(desk.fetcher).enqueue()).sort(), unansweredByExperts(), 'the unanswered questions escalate');
      assert.deepEqual(await worker(desk.fetcher).enqueue(), [], 'each once');
      assert.equal(escalationHours(config, 'roaming'), 4, 'a category’s own hours');
      assert.equal(escalationHours(config, 'network'), 24, 'else the default');
      assert.equal(escalationHours({ ...config, hours: { roaming: 4 } }, 'network'), null, 'no default: never');
      // Within the hours nothing escalates; outside the lookback neither.
      await server.reset(structuredClone(conformanceSeed));
      assert.deepEqual(await worker(desk.fetcher, { hours: { default: 24 * 365 } }).enqueue(), [], 'not yet due');
      assert.deepEqual(await worker(desk.fetcher, { lookbackHours: 1 }).enqueue(), [], 'too old to escalate now');
    });

    it('delivers a signed webhook, retries with backoff, logs every attempt, and staff read the log', async () => {
      const desk = careDesk([503, new Error('connect ECONNREFUSED'), 204]);
      const escalate = worker(desk.fetcher);
      const [first] = unansweredByExperts();
      assert.ok(first !== undefined, 'the seed has an unanswered question');
      await escalate.enqueue();
      // Only the first is worked here: the others count as delivered already.
      await server.db.query(`UPDATE escalations SET status = 'delivered' WHERE question_id <> $1`, [first]);
      assert.equal(await escalate.runOnce(), 0, 'the care desk answered 503');
      assert.equal(await escalate.runOnce(), 0, 'not due again before the backoff');
      time += backoff(config.backoffMs, 1);
      assert.equal(await escalate.runOnce(), 0, 'the network failed');
      time += backoff(config.backoffMs, 2);
      assert.equal(await escalate.runOnce(), 1, 'delivered at the third attempt');
      assert.equal(desk.sent.length, 3, 'three requests');

      const { url, headers, body } = desk.sent[2];
      assert.equal(url, config.url, 'posted to the care desk');
      assert.equal(headers['content-type'], 'application/json', 'a JSON body');
      assert.ok(verifyWebhook(SECRET, { timestamp: headers['majlis-timestamp'] ?? '', signature: headers['majlis-signature'] ?? '', body }, time), 'signed');
      const payload = JSON.parse(body) as EscalationPayload;
      const question = conformanceSeed.questions.find((item) => item.id === first)!;
      assert.deepEqual(
        { ...payload, escalatedAt: undefined },
        {
          type: 'question.unanswered',
          questionId: first,
          title: question.title,
          categoryId: question.categoryId,
          language: question.language,
          askedAt: new Date(question.createdAt).toISOString(),
          hours: escalationHours(config, question.categoryId),
          url: `https://support.example.test/community#/questions/${first}`,
          escalatedAt: undefined,
        },
      );

      const [state] = await server.db.query<{ status: string; attempts: number }>('SELECT status, attempts FROM escalations WHERE question_id = $1', [first]);
      assert.deepEqual(state, { status: 'delivered', attempts: 3 });
      const response = await call('/escalations/deliveries?limit=2', 'staff');
      assert.equal(response.status, 200, 'staff read the log');
      const page = (await response.json()) as { items: { attempt: number; httpStatus: number | null; outcome: string; error: string | null }[]; nextCursor: string | null };
      assert.deepEqual(page.items.map(({ attempt, httpStatus, outcome }) => [attempt, httpStatus, outcome]), [[3, 204, 'delivered'], [2, null, 'retry']]);
      assert.match(page.items[1].error ?? '', /ECONNREFUSED/, 'the network error is logged');
      assert.ok(page.nextCursor !== null, 'a next page');
      const rest = (await (await call(`/escalations/deliveries?cursor=${page.nextCursor}`, 'staff')).json()) as typeof page;
      assert.deepEqual(rest.items.map(({ attempt, httpStatus, outcome }) => [attempt, httpStatus, outcome]), [[1, 503, 'retry']]);
      assert.equal(rest.nextCursor, null, 'the last page');
      assert.equal((await call('/escalations/deliveries', 'moderator')).status, 403, 'not for moderators');
      assert.equal((await call('/escalations/deliveries', 'member')).status, 403, 'nor members');
      assert.equal((await call('/escalations/deliveries', null)).status, 401, 'nor anonymous readers');
    });

    it('gives up after maxAttempts, and sends nothing for a question staff answered meanwhile', async () => {
      const [first, second] = unansweredByExperts();
      assert.ok(first !== undefined && second !== undefined, 'the seed has two unanswered questions');
      const desk = careDesk([500, 500, 500, 500]);
      const escalate = worker(desk.fetcher);
      await escalate.enqueue();
      await server.db.query(`UPDATE escalations SET status = 'delivered' WHERE question_id NOT IN ($1, $2)`, [first, second]);
      await server.adapter('staff').postAnswer({ questionId: second, body: 'Our team is looking into this for you today.', language: 'en' });
      for (let attempt = 1; attempt <= config.maxAttempts; attempt++) {
        await escalate.runOnce();
        time += backoff(config.backoffMs, attempt);
      }
      await escalate.runOnce();
      assert.equal(desk.sent.length, config.maxAttempts, 'tried maxAttempts times, for the unanswered question only');
      const states = await server.db.query<{ question_id: string; status: string }>(
        'SELECT question_id, status FROM escalations WHERE question_id IN ($1, $2)',
        [first, second],
      );
      assert.deepEqual(
        Object.fromEntries(states.map((row) => [row.question_id, row.status])),
        { [first]: 'failed', [second]: 'answered' },
      );
      const outcomes = await server.db.query<{ outcome: string }>('SELECT outcome FROM escalation_deliveries ORDER BY id');
      assert.deepEqual(outcomes.map((row) => row.outcome), ['retry', 'retry', 'failed']);
    });

    it('skips a question handed to customer care, and ends one handed over after it was queued (handed-off)', async () => {
      const [first, second] = unansweredByExperts();
      assert.ok(first !== undefined && second !== undefined, 'the seed has two unanswered questions');
      const staff = server.adapter('staff');
      const note = 'We passed this to our care team: they will e-mail you within a working day.';
      await staff.moderate({ action: 'hand-to-care', target: 'question', id: first, reason: note });
      const desk = careDesk([]);
      const escalate = worker(desk.fetcher);
      assert.ok(!(await escalate.enqueue()).includes(first), 'a handed-over question is not queued');
      await server.db.query(`UPDATE escalations SET status = 'delivered' WHERE question_id <> $1`, [second]);
      await staff.moderate({ action: 'hand-to-care', target: 'question', id: second, reason: note });
      assert.equal(await escalate.runOnce(), 0, 'nothing delivered');
      assert.equal(desk.sent.length, 0, 'nothing sent');
      const [state] = await server.db.query<{ status: string }>('SELECT status FROM escalations WHERE question_id = $1', [second]);
      assert.equal(state?.status, 'handed-off');
    });
  });
}
