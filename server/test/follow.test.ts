import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { conformanceSeed } from '#majlis/testing/conformance.js';
import { OutboxMailer } from '../src/mail/mailer.js';
import type { MailMessage } from '../src/mail/mailer.js';
import { MailWorker } from '../src/mail/worker.js';
import { TEST_TOKEN_SECRET, startTestServer, testDatabaseKinds } from './testing.js';
import type { TestServer } from './testing.js';

const answer = { questionId: 'q-open', body: 'Switching 4G off and on again brought the data back for me.', language: 'en' };

for (const kind of testDatabaseKinds()) {
  describe(`following over HTTP on ${kind}`, () => {
    let server: TestServer;
    let dir: string;
    before(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'majlis-outbox-'));
      server = await startTestServer({
        kind,
        config: {
          mail: {
            transport: 'outbox',
            smtpUrl: null,
            outboxDir: dir,
            from: 'Community <community@example.test>',
            language: 'en',
            siteUrl: 'https://support.example.test/community',
            apiUrl: 'https://support.example.test/api',
            intervalMs: 1000,
            maxAttempts: 3,
            backoffMs: 1000,
          },
        },
      });
    });
    after(async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    });
    beforeEach(() => server.reset(structuredClone(conformanceSeed)));

    const call = (method: string, url: string, userId: string | null, body?: unknown, email?: string) => {
      const token = server.tokenFor(userId, email === undefined ? {} : { email });
      return fetch(`${server.endpoint}${url}`, {
        method,
        headers: {
          ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    };

    it('follows, unfollows and auto-follows through the routes; anonymous callers are refused', async () => {
      let response = await call('PUT', '/questions/q-open/follow', 'member', { following: true });
      assert.equal(response.status, 200);
      assert.deepEqual(
        ((await response.json()) as { following: boolean }).following,
        true,
      );
      response = await call('GET', '/viewer/follows', 'member');
      assert.deepEqual(((await response.json()) as { items: { id: string }[] }).items.map((item) => item.id), ['q-open']);
      assert.equal((await call('PUT', '/categories/network/follow', null, { following: true })).status, 401);
      assert.equal((await call('PUT', '/categories/nowhere/follow', 'member', { following: true })).status, 404);
      assert.equal((await call('PUT', '/questions/q-open/follow', 'member', { following: 'yes' })).status, 400);
      response = await call('PUT', '/viewer/notifications', 'member', { delivery: 'daily', language: 'nl-be' });
      assert.deepEqual(await response.json(), { delivery: 'daily', language: 'nl-BE' });
      await server.adapter('other').postAnswer(answer);
      assert.equal((await server.adapter('other').getQuestion('q-open')).viewerFollows, true, 'answering follows the question');
    });

    it('follows a live session through PUT /live-sessions/{id}/follow, and a seed may follow one', async () => {
      await server.reset({
        ...structuredClone(conformanceSeed),
        liveSessions: [
          { id: 'ls-net', title: 'Ask the network team', hashtag: 'AskNetwork', hostIds: ['expert'], startsAt: '2026-03-02T08:00:00.000Z', endsAt: '2026-03-02T10:00:00.000Z' },
        ],
        follows: [{ userId: 'other', target: 'session', targetId: 'ls-net' }],
      });
      let response = await call('PUT', '/live-sessions/ls-net/follow', 'member', { following: true });
      assert.equal(response.status, 200);
      assert.deepEqual(
        Object.values((await response.json()) as Record<string, unknown>).slice(0, 3),
        ['session', 'ls-net', true],
        'target, id, following',
      );
      response = await call('GET', '/viewer/follows?target=session', 'member');
      assert.deepEqual(((await response.json()) as { items: { id: string; name: string }[] }).items.map((item) => [item.id, item.name]), [['ls-net', 'Ask the network team']]);
      assert.equal((await server.adapter('other').getLiveSession('ls-net')).viewerFollows, true, 'the seeded follow');
      assert.equal((await call('PUT', '/live-sessions/ls-net/follow', null, { following: true })).status, 401);
      assert.equal((await call('PUT', '/live-sessions/nowhere/follow', 'member', { following: true })).status, 404);
      response = await call('PUT', '/live-sessions/ls-net/follow', 'member', { following: false });
      assert.equal(((await response.json()) as { following: boolean }).following, false, 'unfollowed');
    });

    it('mails go to the address of the token, the outbox lists them, and the one-click link unsubscribes without signing in', async () => {
      await call('PUT', '/questions/q-open/follow', 'member', { following: true }, 'tom@example.test');
      await server.adapter('expert').postAnswer(answer);
      const worker = new MailWorker({
        db: server.db,
        mailer: new OutboxMailer(dir),
        secret: TEST_TOKEN_SECRET,
        siteUrl: 'https://support.example.test/community',
        apiUrl: server.endpoint,
        from: 'Community <community@example.test>',
        language: 'en',
      });
      assert.equal(await worker.runOnce(), 1, 'one mail');
      const listed = (await (await call('GET', '/dev/outbox', null)).json()) as { items: MailMessage[] };
      const mail = listed.items.at(-1);
      assert.ok(mail !== undefined && mail.to === 'tom@example.test', `expected a mail to tom@example.test, got ${JSON.stringify(listed.items.map((item) => item.to))}`);
      const link = /<([^>]+)>/.exec(mail.headers['List-Unsubscribe'] ?? '')?.[1] ?? '';
      const tampered = link.replace(/token=([^&]+)/, (_all, token: string) => `token=x${token.slice(1)}`);
      const refused = await fetch(tampered);
      assert.equal(refused.status, 400, 'a tampered token is refused');
      const oneClick = await fetch(link, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      assert.equal(oneClick.status, 200);
      assert.ok((await oneClick.text()).includes('no more mails'), 'the page says it is done');
      const settings = (await (await call('GET', '/viewer/notifications', 'member')).json()) as { delivery: string };
      assert.equal(settings.delivery, 'off', 'the member is unsubscribed');
      assert.equal((await fetch(link)).status, 200, 'the GET link works too');
    });
  });
}

describe('the development outbox', () => {
  it('is not served without the outbox mailer (production)', async () => {
    const server = await startTestServer({ config: { production: true, devLogin: false } });
    try {
      const response = await fetch(`${server.endpoint}/dev/outbox`);
      assert.equal(response.status, 404);
    } finally {
      await server.close();
    }
  });
});
