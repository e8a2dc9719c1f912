import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type {
  Answer,
  AuditEntry,
  ModerationItem,
  ModerationResult,
  Page,
  Question,
  Revision,
  UserProfile,
  Viewer,
} from '#majlis/core/types.js';
import { conformanceSeed } from '#majlis/testing/conformance.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { answer, call, question } from './helpers.js';
import type { HttpResult } from './helpers.js';
import { startTestServer, testDatabaseKinds } from './testing.js';
import type { TestServer } from './testing.js';

const FLAGGERS = 12;

/** The conformance community and members who flag. */
function moderationSeed() {
  const seed = structuredClone(conformanceSeed);
  for (let i = 0; i < FLAGGERS; i++) {
    seed.users.push({ id: `flagger-${i}`, name: `Flagger ${i}`, role: 'member', joinedAt: '2024-01-01T00:00:00Z' });
  }
  return seed;
}

function errorOf(result: HttpResult): { code?: string; field?: string; reason?: string } {
  return (result.body as { error?: { code?: string; field?: string; reason?: string } }).error ?? {};
}

function expectError(result: HttpResult, status: number, code: string, reason?: string, field?: string): void {
  assert.equal(result.status, status, JSON.stringify(result.body));
  const error = errorOf(result);
  assert.equal(error.code, code);
  if (reason !== undefined) assert.equal(error.reason, reason);
  if (field !== undefined) assert.equal(error.field, field);
}

const act = (server: TestServer, as: string | null, body: Record<string, unknown>) =>
  call(server, 'POST', '/moderation/actions', { as, body });

const flag = (server: TestServer, as: string, target: string, body: Record<string, unknown> = { reason: 'spam' }) =>
  call(server, 'PUT', `/${target}/flag`, { as, body });

const auditOf = async (server: TestServer, targetId: string) =>
  ((await call(server, 'GET', `/moderation/audit?targetId=${targetId}`, { as: 'moderator' })).body as Page<AuditEntry>)
    .items;

const reputationOf = async (server: TestServer, id: string) =>
  ((await call(server, 'GET', `/users/${id}`)).body as UserProfile).reputation;

for (const kind of testDatabaseKinds()) {
  describe(`moderation on the server (${kind})`, () => {
    let server: TestServer;
    let time = '2026-12-06T10:00:00.000Z';
    before(async () => {
      server = await startTestServer({ kind, seed: moderationSeed() });
      server.setClock(() => new Date(time));
    });
    after(() => server.close());
    beforeEach(async () => {
      time = '2026-12-06T10:00:00.000Z';
      server.setModeration(null);
      await server.reset(moderationSeed());
    });

    describe('flags', () => {
      it('lets any signed-in member flag a post once, not their own, not anonymously', async () => {
        expectError(await flag(server, 'asker', 'questions/q-open'), 403, 'forbidden');
        expectError(await call(server, 'PUT', '/questions/q-open/flag', { body: { reason: 'spam' } }), 401, 'unauthenticated');
        const flagged = await flag(server, 'member', 'questions/q-open');
        assert.equal(flagged.status, 200);
        const post = flagged.body as Question;
        assert.equal(post.viewerHasFlagged, true);
        assert.equal(post.viewerCan.flag, false);
        assert.equal(post.flagCount, 0, 'members do not see flag counts');
        expectError(await flag(server, 'member', 'questions/q-open'), 409, 'conflict', 'already-flagged');
        for (const role of ['expert', 'staff']) {
          assert.equal((await flag(server, role, 'questions/q-open', { reason: 'off-topic' })).status, 200, role);
        }
        // The third flag (the threshold) hid it: only published posts are flagged.
        expectError(await flag(server, 'moderator', 'questions/q-open'), 409, 'conflict');
        expectError(await flag(server, 'other', 'questions/nope'), 404, 'not-found');
      });

      it('requires a note for "other" and refuses unknown reasons', async () => {
        expectError(await flag(server, 'member', 'answers/a-open-expert', { reason: 'other' }), 400, 'invalid', undefined, 'note');
        expectError(await flag(server, 'member', 'answers/a-open-expert', { reason: 'ugly' }), 400, 'invalid', undefined, 'reason');
        const ok = await flag(server, 'member', 'answers/a-open-expert', { reason: 'other', note: 'Phone number in it' });
        assert.equal(ok.status, 200);
      });

      it('hides a post exactly once when concurrent flags reach the threshold', async () => {
        server.setModeration({ flagThreshold: 5 });
        const results = await Promise.all(
          Array.from({ length: FLAGGERS }, (_, i) => flag(server, `flagger-${i}`, 'answers/a-open-expert')),
        );
        assert.equal(results.filter((result) => result.status === 200).length, 5, 'flags up to the threshold count');
        for (const result of results.filter((r) => r.status !== 200)) expectError(result, 409, 'conflict');
        const [flags] = await server.db.query<{ count: number }>(
          "SELECT count(*)::int AS count FROM flags WHERE post_id = 'a-open-expert'",
        );
        assert.equal(flags?.count, 5);
        const entries = (await auditOf(server, 'a-open-expert')).filter((entry) => entry.action === 'auto-hide');
        assert.equal(entries.length, 1, 'one auto-hide entry');
        assert.equal(entries[0]?.actor, null);
        assert.equal(entries[0]?.details.flags, '5');
        const seen = (await call(server, 'GET', '/answers/a-open-expert', { as: 'moderator' })).body as Answer;
        assert.equal(seen.state, 'hidden');
        assert.equal(seen.flagCount, 5);
        assert.equal(seen.moderation?.by, null);
      });

      it('concurrent flags by one member keep one', async () => {
        const results = await Promise.all(Array.from({ length: 8 }, () => flag(server, 'member', 'questions/q-open')));
        assert.equal(results.filter((result) => result.status === 200).length, 1);
        for (const result of results.filter((r) => r.status !== 200)) expectError(result, 409, 'conflict', 'already-flagged');
      });
    });

    describe('visibility', () => {
      async function hideAnswerAndQuestion() {
        assert.equal((await act(server, 'moderator', { action: 'hide', target: 'question', id: 'q-nl', reason: 'Spam link' })).status, 200);
        assert.equal((await act(server, 'moderator', { action: 'hide', target: 'answer', id: 'a-open-expert', reason: 'Rude' })).status, 200);
      }

      it('shows hidden posts as placeholders to others, as they are to their author and moderators', async () => {
        await hideAnswerAndQuestion();
        const qNl = conformanceSeed.questions.find((q) => q.id === 'q-nl');
        const author = qNl?.authorId as string;
        for (const viewer of [null, 'other', 'asker'].filter((id) => id !== author)) {
          const q = (await call(server, 'GET', '/questions/q-nl', { as: viewer })).body as Question;
          assert.equal(q.state, 'hidden');
          assert.equal(q.title, '');
          assert.equal(q.body, '');
          assert.equal(q.moderation?.reason, 'Spam link');
          assert.equal(q.moderation?.by?.id, 'moderator');
          const list = (await call(server, 'GET', '/questions?limit=100', { as: viewer })).body as Page<Question>;
          assert.ok(!list.items.some((item) => item.id === 'q-nl'), `lists leave q-nl out for ${viewer}`);
          const answers = (await call(server, 'GET', '/questions/q-open/answers', { as: viewer })).body as Page<Answer>;
          const hidden = answers.items.find((item) => item.id === 'a-open-expert');
          assert.equal(hidden?.body, '', 'hidden answers stay in the thread as placeholders');
        }
        for (const viewer of [author, 'moderator', 'staff']) {
          const q = (await call(server, 'GET', '/questions/q-nl', { as: viewer })).body as Question;
          assert.notEqual(q.title, '', viewer);
          const list = (await call(server, 'GET', '/questions?limit=100', { as: viewer })).body as Page<Question>;
          assert.ok(list.items.some((item) => item.id === 'q-nl'), `lists show q-nl to ${viewer}`);
        }
        const expertView = (await call(server, 'GET', '/answers/a-open-expert', { as: 'expert' })).body as Answer;
        assert.notEqual(expertView.body, '', 'the author sees their hidden answer');
      });

      it('keeps pending posts invisible to all but their author and moderators', async () => {
        server.setModeration({ premoderation: 'all' });
        const asked = await call(server, 'POST', '/questions', { as: 'member', body: question });
        assert.equal(asked.status, 201);
        const pending = asked.body as Question;
        assert.equal(pending.state, 'pending');
        const posted = await call(server, 'POST', '/questions/q-open/answers', { as: 'other', body: answer });
        const pendingAnswer = posted.body as Answer;
        assert.equal(pendingAnswer.state, 'pending');
        for (const viewer of [null, 'other', 'expert']) {
          expectError(await call(server, 'GET', `/questions/${pending.id}`, { as: viewer }), 404, 'not-found');
          const list = (await call(server, 'GET', '/questions?limit=100', { as: viewer })).body as Page<Question>;
          assert.ok(!list.items.some((item) => item.id === pending.id), 'the pending question is not listed');
        }
        for (const viewer of [null, 'member', 'expert']) {
          expectError(await call(server, 'GET', `/answers/${pendingAnswer.id}`, { as: viewer }), 404, 'not-found');
          const answers = (await call(server, 'GET', '/questions/q-open/answers', { as: viewer })).body as Page<Answer>;
          assert.ok(!answers.items.some((item) => item.id === pendingAnswer.id), 'the pending answer is not listed');
        }
        for (const viewer of ['member', 'moderator', 'staff']) {
          assert.equal((await call(server, 'GET', `/questions/${pending.id}`, { as: viewer })).status, 200);
        }
        const q = (await call(server, 'GET', '/questions/q-open')).body as Question;
        const before = q.answerCount;
        assert.equal((await act(server, 'staff', { action: 'approve', target: 'answer', id: pendingAnswer.id })).status, 200);
        const approved = (await call(server, 'GET', `/answers/${pendingAnswer.id}`)).body as Answer;
        assert.equal(approved.state, 'published');
        assert.equal(((await call(server, 'GET', '/questions/q-open')).body as Question).answerCount, before + 1);
        // Moderators and staff are never pre-moderated.
        const byStaff = (await call(server, 'POST', '/questions', { as: 'staff', body: question })).body as Question;
        assert.equal(byStaff.state, 'published');
      });

      it('does not serve stale cached reads after moderation', async () => {
        const first = (await call(server, 'GET', '/questions/q-open/answers')).body as Page<Answer>;
        assert.notEqual(first.items.find((item) => item.id === 'a-open-expert')?.body, '');
        await act(server, 'moderator', { action: 'hide', target: 'answer', id: 'a-open-expert', reason: 'Rude' });
        const second = (await call(server, 'GET', '/questions/q-open/answers')).body as Page<Answer>;
        assert.equal(second.items.find((item) => item.id === 'a-open-expert')?.body, '');
        await act(server, 'moderator', { action: 'restore', target: 'answer', id: 'a-open-expert' });
        const third = (await call(server, 'GET', '/questions/q-open/answers')).body as Page<Answer>;
        assert.notEqual(third.items.find((item) => item.id === 'a-open-expert')?.body, '');
      });

      it('sends flag counts to moderators only, and permissions per viewer', async () => {
        await flag(server, 'member', 'answers/a-open-expert');
        const asModerator = (await call(server, 'GET', '/answers/a-open-expert', { as: 'moderator' })).body as Answer;
        assert.equal(asModerator.flagCount, 1);
        assert.equal(asModerator.viewerCan.delete, true);
        const asOther = (await call(server, 'GET', '/answers/a-open-expert', { as: 'other' })).body as Answer;
        assert.equal(asOther.flagCount, 0);
        assert.deepEqual(
          [asOther.viewerCan.flag, asOther.viewerCan.delete, asOther.viewerCan.edit, asOther.viewerHasFlagged],
          [true, false, false, false],
        );
        const asAuthor = (await call(server, 'GET', '/answers/a-open-expert', { as: 'expert' })).body as Answer;
        assert.deepEqual([asAuthor.viewerCan.flag, asAuthor.viewerCan.delete], [false, true]);
        const anonymous = (await call(server, 'GET', '/answers/a-open-expert')).body as Answer;
        assert.deepEqual([anonymous.viewerCan.flag, anonymous.viewerCan.delete], [false, false]);
      });
    });

    describe('moderator actions', () => {
      it('are for moderators and staff only', async () => {
        for (const viewer of ['member', 'expert', 'asker']) {
          expectError(await act(server, viewer, { action: 'lock', target: 'question', id: 'q-open' }), 403, 'forbidden');
          expectError(await call(server, 'GET', '/moderation/queue?tab=reported', { as: viewer }), 403, 'forbidden');
          expectError(await call(server, 'GET', '/moderation/audit', { as: viewer }), 403, 'forbidden');
        }
        expectError(await act(server, null, { action: 'lock', target: 'question', id: 'q-open' }), 401, 'unauthenticated');
        expectError(await call(server, 'GET', '/moderation/queue?tab=reported'), 401, 'unauthenticated');
        for (const viewer of ['staff', 'moderator']) {
          assert.equal((await call(server, 'GET', '/moderation/queue?tab=pending', { as: viewer })).status, 200);
        }
      });

      it('refuses actions that do not fit their target or lack what they need', async () => {
        expectError(await act(server, 'moderator', { action: 'lock', target: 'answer', id: 'a-open-expert' }), 400, 'invalid', undefined, 'target');
        expectError(await act(server, 'moderator', { action: 'suspend', target: 'question', id: 'q-open', reason: 'x' }), 400, 'invalid', undefined, 'target');
        expectError(await act(server, 'moderator', { action: 'hide', target: 'question', id: 'q-open' }), 400, 'invalid', undefined, 'reason');
        expectError(await act(server, 'moderator', { action: 'move', target: 'question', id: 'q-open' }), 400, 'invalid', undefined, 'categoryId');
        expectError(await act(server, 'moderator', { action: 'move', target: 'question', id: 'q-open', categoryId: 'nope' }), 400, 'invalid', undefined, 'categoryId');
        expectError(await act(server, 'moderator', { action: 'mark-duplicate', target: 'question', id: 'q-open', duplicateOf: 'q-open' }), 400, 'invalid', undefined, 'duplicateOf');
        expectError(await act(server, 'moderator', { action: 'suspend', target: 'user', id: 'member', reason: 'Spam', until: '2020-01-01T00:00:00Z' }), 400, 'invalid', undefined, 'until');
        expectError(await act(server, 'moderator', { action: 'approve', target: 'question', id: 'q-open' }), 409, 'conflict');
        expectError(await act(server, 'moderator', { action: 'restore', target: 'question', id: 'q-open' }), 409, 'conflict');
        expectError(await act(server, 'moderator', { action: 'hide', target: 'question', id: 'nope', reason: 'x' }), 404, 'not-found');
        expectError(await act(server, 'moderator', { action: 'suspend', target: 'user', id: 'staff', reason: 'x' }), 403, 'forbidden');
        assert.deepEqual(await auditOf(server, 'q-open'), [], 'refused actions write nothing');
      });

      it('writes one audit entry per action, in the same transaction', async () => {
        const steps: [Record<string, unknown>, (r: ModerationResult) => void][] = [
          [{ action: 'lock', target: 'question', id: 'q-open' }, (r) => assert.equal(r.question?.status, 'locked')],
          [{ action: 'unlock', target: 'question', id: 'q-open' }, (r) => assert.equal(r.question?.status, 'open')],
          [{ action: 'pin', target: 'question', id: 'q-open' }, (r) => assert.equal(r.question?.pinned, true)],
          [{ action: 'unpin', target: 'question', id: 'q-open' }, (r) => assert.equal(r.question?.pinned, false)],
          [{ action: 'move', target: 'question', id: 'q-open', categoryId: 'billing' }, (r) => assert.equal(r.question?.categoryId, 'billing')],
          [{ action: 'mark-duplicate', target: 'question', id: 'q-open', duplicateOf: 'q-solved' }, (r) => assert.equal(r.question?.duplicateOf, 'q-solved')],
          [{ action: 'hide', target: 'question', id: 'q-open', reason: 'Off-topic' }, (r) => assert.equal(r.question?.state, 'hidden')],
          [{ action: 'restore', target: 'question', id: 'q-open' }, (r) => assert.equal(r.question?.state, 'published')],
          [{ action: 'delete', target: 'question', id: 'q-open', reason: 'Spam' }, (r) => assert.equal(r.question?.state, 'deleted')],
          [{ action: 'restore', target: 'question', id: 'q-open' }, (r) => assert.equal(r.question?.state, 'published')],
          [{ action: 'dismiss-flags', target: 'question', id: 'q-open' }, (r) => assert.equal(r.question?.flagCount, 0)],
        ];
        for (const [input, check] of steps) {
          const result = await act(server, 'moderator', input);
          assert.equal(result.status, 200, JSON.stringify(result.body));
          const body = result.body as ModerationResult;
          check(body);
          assert.equal(body.entry.action, input.action);
          assert.equal(body.entry.actor?.id, 'moderator');
          assert.equal(body.entry.targetId, 'q-open');
        }
        const entries = await auditOf(server, 'q-open');
        assert.deepEqual(
          entries.map((entry) => entry.action),
          steps.map(([input]) => input.action).reverse(),
          'newest first',
        );
        const move = entries.find((entry) => entry.action === 'move');
        assert.deepEqual(move?.details, { from: 'network', to: 'billing' });
        // Paging by actor, newest first.
        const page = (await call(server, 'GET', '/moderation/audit?actorId=moderator&limit=4', { as: 'staff' })).body as Page<AuditEntry>;
        assert.equal(page.items.length, 4);
        const next = (await call(server, 'GET', `/moderation/audit?actorId=moderator&limit=4&cursor=${page.nextCursor}`, { as: 'staff' })).body as Page<AuditEntry>;
        assert.equal(next.items[0]?.action, entries[4]?.action);
      });

      it('suspends members: they read but cannot post, vote, flag, accept or edit', async () => {
        const suspended = await act(server, 'moderator', { action: 'suspend', target: 'user', id: 'asker', reason: 'Spamming', until: null });
        assert.equal(suspended.status, 200);
        const viewer = (await call(server, 'GET', '/viewer', { as: 'asker' })).body as Viewer;
        assert.deepEqual(viewer.suspension, { until: null, reason: 'Spamming' });
        const q = (await call(server, 'GET', '/questions/q-open', { as: 'asker' })).body as Question;
        assert.deepEqual(
          [q.viewerCan.answer, q.viewerCan.vote, q.viewerCan.flag, q.viewerCan.edit],
          [false, false, false, false],
        );
        const attempts = [
          call(server, 'POST', '/questions', { as: 'asker', body: question }),
          call(server, 'POST', '/questions/q-open/answers', { as: 'asker', body: answer }),
          call(server, 'PUT', '/answers/a-open-expert/vote', { as: 'asker', body: { voted: true } }),
          flag(server, 'asker', 'answers/a-open-expert'),
          call(server, 'PUT', '/answers/a-open-expert/accepted', { as: 'asker', body: { accepted: true } }),
          call(server, 'PATCH', '/questions/q-open', { as: 'asker', body: { body: 'A new body for my question.' } }),
        ];
        for (const result of await Promise.all(attempts)) expectError(result, 403, 'forbidden', 'suspended');
        // Others do not see it; moderators and the member do.
        assert.equal(((await call(server, 'GET', '/users/asker', { as: 'other' })).body as UserProfile).suspension, null);
        assert.equal(((await call(server, 'GET', '/users/asker', { as: 'staff' })).body as UserProfile).suspension?.reason, 'Spamming');
        await act(server, 'moderator', { action: 'unsuspend', target: 'user', id: 'asker' });
        assert.equal((await call(server, 'POST', '/questions', { as: 'asker', body: question })).status, 201);
        const entries = await auditOf(server, 'asker');
        assert.deepEqual(entries.map((entry) => entry.action), ['unsuspend', 'suspend']);
      });

      it('ends a suspension at its time', async () => {
        await act(server, 'moderator', { action: 'suspend', target: 'user', id: 'member', reason: 'Cool down', until: '2026-12-06T12:00:00.000Z' });
        expectError(await call(server, 'POST', '/questions', { as: 'member', body: question }), 403, 'forbidden', 'suspended');
        time = '2026-12-06T12:00:01.000Z';
        assert.equal((await call(server, 'POST', '/questions', { as: 'member', body: question })).status, 201);
      });

      it('lists pinned questions first in the default order', async () => {
        await act(server, 'moderator', { action: 'pin', target: 'question', id: 'q-esim' });
        const list = (await call(server, 'GET', '/questions?sort=activity')).body as Page<Question>;
        assert.equal(list.items[0]?.id, 'q-esim');
        const newest = (await call(server, 'GET', '/questions?sort=newest')).body as Page<Question>;
        assert.equal(newest.items[0]?.pinned, newest.items[0]?.id === 'q-esim');
      });
    });

    describe('the queue', () => {
      it('lists reported posts by most flags, then oldest flag; pending oldest first; hidden newest first', async () => {
        time = '2026-12-06T10:00:00.000Z';
        await flag(server, 'flagger-0', 'answers/a-solved-other');
        time = '2026-12-06T10:01:00.000Z';
        await flag(server, 'flagger-0', 'questions/q-open');
        await flag(server, 'flagger-1', 'questions/q-open');
        time = '2026-12-06T10:02:00.000Z';
        await flag(server, 'flagger-1', 'answers/a-open-expert', { reason: 'abusive' });
        const reported = (await call(server, 'GET', '/moderation/queue?tab=reported', { as: 'moderator' })).body as Page<ModerationItem>;
        assert.deepEqual(
          reported.items.map((item) => item.answer?.id ?? item.question.id),
          ['q-open', 'a-solved-other', 'a-open-expert'],
        );
        assert.equal(reported.items[0]?.flags.length, 2);
        assert.equal(reported.items[0]?.flags[0]?.by.id, 'flagger-0');
        assert.equal(reported.items[2]?.question.id, 'q-open', 'an answer comes with its thread');
        const inBilling = (await call(server, 'GET', '/moderation/queue?tab=reported&categoryId=billing', { as: 'moderator' })).body as Page<ModerationItem>;
        assert.ok(inBilling.items.every((item) => item.question.categoryId === 'billing'), 'only billing items');
        // Paging
        const first = (await call(server, 'GET', '/moderation/queue?tab=reported&limit=2', { as: 'moderator' })).body as Page<ModerationItem>;
        const second = (await call(server, 'GET', `/moderation/queue?tab=reported&limit=2&cursor=${first.nextCursor}`, { as: 'moderator' })).body as Page<ModerationItem>;
        assert.deepEqual([...first.items, ...second.items].map((item) => item.answer?.id ?? item.question.id), ['q-open', 'a-solved-other', 'a-open-expert']);
        // Dismissing takes a post off the reported tab.
        await act(server, 'moderator', { action: 'dismiss-flags', target: 'question', id: 'q-open' });
        const after = (await call(server, 'GET', '/moderation/queue?tab=reported', { as: 'moderator' })).body as Page<ModerationItem>;
        assert.ok(
          !after.items.some((item) => item.target === 'question' && item.question.id === 'q-open'),
          'the approved question left the queue',
        );

        server.setModeration({ premoderation: 'all' });
        time = '2026-12-06T11:00:00.000Z';
        const one = (await call(server, 'POST', '/questions', { as: 'member', body: question })).body as Question;
        time = '2026-12-06T11:05:00.000Z';
        const two = (await call(server, 'POST', '/questions/q-open/answers', { as: 'other', body: answer })).body as Answer;
        const pending = (await call(server, 'GET', '/moderation/queue?tab=pending', { as: 'staff' })).body as Page<ModerationItem>;
        assert.deepEqual(pending.items.map((item) => item.answer?.id ?? item.question.id), [one.id, two.id]);

        time = '2026-12-06T12:00:00.000Z';
        await act(server, 'moderator', { action: 'hide', target: 'question', id: 'q-nl', reason: 'Spam' });
        time = '2026-12-06T12:05:00.000Z';
        await act(server, 'moderator', { action: 'hide', target: 'answer', id: 'a-open-member', reason: 'Spam' });
        const hidden = (await call(server, 'GET', '/moderation/queue?tab=hidden', { as: 'moderator' })).body as Page<ModerationItem>;
        assert.deepEqual(hidden.items.map((item) => item.answer?.id ?? item.question.id), ['a-open-member', 'q-nl']);
      });
    });

    describe('edits and revisions', () => {
      it('keeps the original as revision 1 and one revision per edit', async () => {
        const never = (await call(server, 'GET', '/answers/a-open-expert/revisions')).body as { items: Revision[] };
        assert.equal(never.items.length, 1);
        assert.equal(never.items[0]?.number, 1);
        const edited = await call(server, 'PATCH', '/questions/q-open', {
          as: 'asker',
          body: { body: 'The new body of my question, clearer.', title: 'A clearer title for my question', reason: 'Typo' },
        });
        assert.equal(edited.status, 200, JSON.stringify(edited.body));
        const q = edited.body as Question;
        assert.equal(q.revisionCount, 1);
        assert.equal(q.title, 'A clearer title for my question');
        assert.notEqual(q.editedAt, null);
        await call(server, 'PATCH', '/questions/q-open', { as: 'moderator', body: { body: 'Tidied by a moderator.' } });
        const revisions = (await call(server, 'GET', '/questions/q-open/revisions')).body as { items: Revision[] };
        assert.deepEqual(revisions.items.map((r) => [r.number, r.editedBy.id, r.reason]), [
          [1, 'asker', null],
          [2, 'asker', 'Typo'],
          [3, 'moderator', null],
        ]);
        assert.equal(revisions.items[2]?.title, 'A clearer title for my question', 'the title is kept when not edited');
        const search = (await call(server, 'GET', '/questions?search=clearer')).body as Page<Question>;
        assert.ok(search.items.some((item) => item.id === 'q-open'), 'search finds the edited words');
        assert.deepEqual((await auditOf(server, 'q-open')).map((entry) => [entry.action, entry.details.revision]), [
          ['edit', '3'],
          ['edit', '2'],
        ]);
      });

      it('lets authors edit within the edit window, moderators any time, nobody else', async () => {
        server.setModeration({ editWindowMinutes: 30 });
        const posted = (await call(server, 'POST', '/questions/q-open/answers', { as: 'other', body: answer })).body as Answer;
        assert.equal(posted.viewerCan.edit, true);
        expectError(await call(server, 'PATCH', `/answers/${posted.id}`, { as: 'member', body: { body: 'Not mine.' } }), 403, 'forbidden');
        expectError(await call(server, 'PATCH', `/answers/${posted.id}`, { as: 'other', body: { body: 'Mine.', title: 'A title for an answer' } }), 400, 'invalid', undefined, 'title');
        assert.equal((await call(server, 'PATCH', `/answers/${posted.id}`, { as: 'other', body: { body: 'Mine, edited.' } })).status, 200);
        time = '2026-12-06T10:30:00.000Z';
        const later = (await call(server, 'GET', `/answers/${posted.id}`, { as: 'other' })).body as Answer;
        assert.equal(later.viewerCan.edit, false, 'the cached read follows the clock');
        expectError(await call(server, 'PATCH', `/answers/${posted.id}`, { as: 'other', body: { body: 'Too late.' } }), 403, 'forbidden', 'edit-window');
        assert.equal((await call(server, 'PATCH', `/answers/${posted.id}`, { as: 'staff', body: { body: 'Staff edit.' } })).status, 200);
        server.setModeration({ editWindowMinutes: 0 });
        expectError(await call(server, 'PATCH', '/answers/a-open-expert', { as: 'expert', body: { body: 'Never.' } }), 403, 'forbidden', 'edit-window');
      });

      it('refuses links from new members in edits', async () => {
        const links = 'See https://a.example and https://b.example and https://c.example';
        expectError(await call(server, 'PATCH', '/answers/a-open-member', { as: 'member', body: { body: links } }), 400, 'invalid', 'too-many-links', 'body');
      });
    });

    describe('deletes', () => {
      it('lets authors delete their post (not an accepted answer), undoing its reputation until restored', async () => {
        const before = await reputationOf(server, 'expert');
        await call(server, 'PUT', '/answers/a-open-expert/vote', { as: 'flagger-0', body: { voted: true } });
        await call(server, 'PUT', '/answers/a-open-expert/vote', { as: 'flagger-1', body: { voted: true } });
        const voted = await reputationOf(server, 'expert');
        assert.equal(voted, before + 20);
        const [earned] = await server.db.query<{ points: number }>(
          "SELECT sum(points)::int AS points FROM reputation_events WHERE answer_id = 'a-open-expert'",
        );
        const postPoints = earned?.points ?? 0;
        assert.ok(postPoints >= 20, 'the seed kudos and the two new ones');
        expectError(await call(server, 'DELETE', '/answers/a-open-expert', { as: 'member' }), 403, 'forbidden');
        const deleted = await call(server, 'DELETE', '/answers/a-open-expert', { as: 'expert' });
        assert.equal(deleted.status, 200);
        assert.equal((deleted.body as Answer).state, 'deleted');
        assert.equal(await reputationOf(server, 'expert'), voted - postPoints, "the post's kudos no longer count");
        const [ledger] = await server.db.query<{ count: number }>(
          "SELECT count(*)::int AS count FROM reputation_events WHERE answer_id = 'a-open-expert'",
        );
        assert.equal(ledger?.count, 0, 'the leaderboard no longer counts them');
        const seen = (await call(server, 'GET', '/answers/a-open-expert', { as: 'other' })).body as Answer;
        assert.equal(seen.body, '');
        expectError(await call(server, 'PUT', '/answers/a-open-expert/vote', { as: 'asker', body: { voted: true } }), 409, 'conflict');
        const entries = await auditOf(server, 'a-open-expert');
        assert.deepEqual(entries.map((entry) => [entry.action, entry.actor?.id]), [['author-delete', 'expert']]);
        // A moderator restores it: the reputation comes back exactly.
        await act(server, 'moderator', { action: 'restore', target: 'answer', id: 'a-open-expert' });
        assert.equal(await reputationOf(server, 'expert'), voted);
        // The accepted answer cannot be deleted by its author.
        const solved = conformanceSeed.questions.find((q) => q.id === 'q-solved');
        const acceptedId = solved?.acceptedAnswerId as string;
        const acceptedAuthor = conformanceSeed.answers.find((a) => a.id === acceptedId)?.authorId as string;
        expectError(await call(server, 'DELETE', `/answers/${acceptedId}`, { as: acceptedAuthor }), 409, 'conflict', 'accepted-answer');
      });

      it('withdrawing kudos from a deleted post does not come back on restore', async () => {
        const before = await reputationOf(server, 'expert');
        await call(server, 'PUT', '/answers/a-open-expert/vote', { as: 'flagger-0', body: { voted: true } });
        await call(server, 'DELETE', '/answers/a-open-expert', { as: 'expert' });
        await server.db.query("DELETE FROM answer_votes WHERE post_id = 'a-open-expert' AND user_id = 'flagger-0'");
        await act(server, 'moderator', { action: 'restore', target: 'answer', id: 'a-open-expert' });
        assert.equal(await reputationOf(server, 'expert'), before);
      });
    });

    describe('flood limits and pre-moderation', () => {
      it('limits posts per hour, counted in the database, with Retry-After', async () => {
        server.setModeration({ flood: { postsPerHour: 3, newMemberLinks: 2, newMemberReputation: 50, duplicateWindowMinutes: 0 } });
        const results = await Promise.all(
          Array.from({ length: 5 }, () => call(server, 'POST', '/questions/q-open/answers', { as: 'member', body: answer })),
        );
        assert.equal(results.filter((result) => result.status === 201).length, 3);
        const refused = results.find((result) => result.status === 429) as HttpResult;
        expectError(refused, 429, 'rate-limited');
        assert.equal(refused.headers.get('Retry-After'), '3600');
        time = '2026-12-06T11:00:01.000Z';
        assert.equal((await call(server, 'POST', '/questions', { as: 'member', body: question })).status, 201);
        // Staff are not limited.
        for (let i = 0; i < 4; i++) {
          assert.equal((await call(server, 'POST', '/questions/q-open/answers', { as: 'staff', body: answer })).status, 201);
        }
      });

      it('refuses the same body again within the window, and many links from new members', async () => {
        server.setModeration({ flood: { postsPerHour: 100, newMemberLinks: 1, newMemberReputation: 1_000_000, duplicateWindowMinutes: 60 } });
        assert.equal((await call(server, 'POST', '/questions/q-open/answers', { as: 'other', body: answer })).status, 201);
        expectError(await call(server, 'POST', '/questions/q-solved/answers', { as: 'other', body: answer }), 409, 'conflict', 'duplicate');
        time = '2026-12-06T11:00:01.000Z';
        assert.equal((await call(server, 'POST', '/questions/q-solved/answers', { as: 'other', body: answer })).status, 201);
        const links = { ...answer, body: 'Try https://one.example or www.two.example' };
        expectError(await call(server, 'POST', '/questions/q-open/answers', { as: 'other', body: links }), 400, 'invalid', 'too-many-links', 'body');
      });

      it('pre-moderates per category: first posts, links', async () => {
        server.setModeration({ premoderation: 'off', premoderationByCategory: { billing: 'links', network: 'first-posts' }, firstPosts: 2 });
        const newcomer = 'newcomer';
        await call(server, 'GET', '/viewer', { as: newcomer });
        const first = (await call(server, 'POST', '/questions', { as: newcomer, body: question })).body as Question;
        const second = (await call(server, 'POST', '/questions', { as: newcomer, body: { ...question, title: 'Another question about voicemail' } })).body as Question;
        const third = (await call(server, 'POST', '/questions', { as: newcomer, body: { ...question, title: 'A third question about voicemail' } })).body as Question;
        assert.deepEqual([first.state, second.state, third.state], ['pending', 'pending', 'pending'], 'posts waiting for approval do not count');
        for (const id of [first.id, second.id]) {
          assert.equal((await act(server, 'moderator', { action: 'approve', target: 'question', id })).status, 200);
        }
        const fourth = (await call(server, 'POST', '/questions', { as: newcomer, body: { ...question, title: 'A fourth question about voicemail' } })).body as Question;
        assert.equal(fourth.state, 'published', 'after two approved posts');
        const plain = (await call(server, 'POST', '/questions', { as: 'member', body: { ...question, categoryId: 'billing' } })).body as Question;
        assert.equal(plain.state, 'published');
        const linked = (await call(server, 'POST', '/questions', { as: 'member', body: { ...question, categoryId: 'billing', body: 'See https://example.com for my bill.' } })).body as Question;
        assert.equal(linked.state, 'pending');
        const roaming = (await call(server, 'POST', '/questions', { as: 'member', body: { ...question, categoryId: 'roaming', body: 'See https://example.com please.' } })).body as Question;
        assert.equal(roaming.state, 'published');
      });
    });
  });
}

describe('seeds with moderation (pglite)', () => {
  it('load states, pins, flags, revisions, suspensions and the audit log; a deleted post earns nothing', async () => {
    const seed = moderationSeed();
    const plain = await startTestServer({ seed });
    const before = ((await call(plain, 'GET', '/users/expert')).body as UserProfile).reputation;
    await plain.close();
    const expertAnswer = seed.answers.find((a) => a.id === 'a-open-expert');
    if (expertAnswer !== undefined) Object.assign(expertAnswer, { state: 'deleted', moderation: { at: '2024-06-01T00:00:00Z' } });
    seed.votes.push({ userId: 'flagger-0', target: 'answer', targetId: 'a-open-expert' });
    const esim = seed.questions.find((q) => q.id === 'q-esim');
    if (esim !== undefined) Object.assign(esim, { pinned: true, state: 'hidden', moderation: { reason: 'Spam', byId: 'moderator' } });
    seed.flags = [{ userId: 'member', target: 'answer', targetId: 'a-open-staff', reason: 'spam', createdAt: '2024-06-01T00:00:00Z' }];
    seed.suspensions = [{ userId: 'other', reason: 'Cool down', byId: 'moderator', createdAt: '2024-06-01T00:00:00Z' }];
    seed.audit = [{ id: 'x', actorId: 'moderator', action: 'hide', target: 'question', targetId: 'q-esim', reason: 'Spam', createdAt: '2024-06-01T00:00:00Z' }];
    const server = await startTestServer({ seed });
    try {
      assert.equal(((await call(server, 'GET', '/users/expert')).body as UserProfile).reputation <= before, true);
      const hidden = (await call(server, 'GET', '/questions/q-esim')).body as Question;
      assert.deepEqual([hidden.state, hidden.title, hidden.pinned, hidden.moderation?.by?.id], ['hidden', '', true, 'moderator']);
      const staffAnswer = (await call(server, 'GET', '/answers/a-open-staff', { as: 'moderator' })).body as Answer;
      assert.equal(staffAnswer.flagCount, 1);
      expectError(await call(server, 'POST', '/questions', { as: 'other', body: question }), 403, 'forbidden', 'suspended');
      assert.equal((await auditOf(server, 'q-esim'))[0]?.action, 'hide');
      const [withheld] = await server.db.query<{ count: number }>(
        "SELECT count(*)::int AS count FROM reputation_events WHERE answer_id = 'a-open-expert'",
      );
      assert.equal(withheld?.count, 0);
      await act(server, 'moderator', { action: 'restore', target: 'answer', id: 'a-open-expert' });
      assert.ok(((await call(server, 'GET', '/users/expert')).body as UserProfile).reputation > before, 'restored with its kudos');
    } finally {
      await server.close();
    }
  });
});

describe('MAJLIS_MODERATION', () => {
  it('defaults, inline JSON over the defaults, and clear errors', () => {
    assert.equal(loadConfig({}).moderation.flagThreshold, 3);
    const config = loadConfig({ MAJLIS_MODERATION: '{"flagThreshold": 5, "flood": {"postsPerHour": 4}, "editWindowMinutes": null}' });
    assert.equal(config.moderation.flagThreshold, 5);
    assert.equal(config.moderation.flood.postsPerHour, 4);
    assert.equal(config.moderation.flood.duplicateWindowMinutes, 60);
    assert.equal(config.moderation.editWindowMinutes, null);
    assert.throws(() => loadConfig({ MAJLIS_MODERATION: '{"flagThreshold": 0}' }), (error: unknown) => error instanceof ConfigError && /MAJLIS_MODERATION.*flagThreshold/.test(error.message));
    assert.throws(() => loadConfig({ MAJLIS_MODERATION: '{"premoderation": "sometimes"}' }), /premoderation/);
    assert.throws(() => loadConfig({ MAJLIS_MODERATION: '{"flagTreshold": 2}' }), /flagTreshold/);
    assert.throws(() => loadConfig({ MAJLIS_MODERATION: '{nope' }), /not valid JSON/);
  });
});
