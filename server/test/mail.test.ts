import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { conformanceSeed } from '#majlis/testing/conformance.js';
import type { MailMessage, Mailer } from '../src/mail/mailer.js';
import { OutboxMailer } from '../src/mail/mailer.js';
import { unsubscribe, unsubscribeToken, verifyUnsubscribeToken } from '../src/mail/unsubscribe.js';
import { MailWorker } from '../src/mail/worker.js';
import { TEST_TOKEN_SECRET, startTestServer, testDatabaseKinds } from './testing.js';
import type { TestServer } from './testing.js';

const answer = (body: string) => ({ questionId: 'q-open', body, language: 'en' });

for (const kind of testDatabaseKinds()) {
  describe(`mail notifications on ${kind}`, () => {
    let server: TestServer;
    let dir: string;
    let clock: Date;
    const worker = (mailer: Mailer, extra: Partial<ConstructorParameters<typeof MailWorker>[0]> = {}) =>
      new MailWorker({
        db: server.db,
        mailer,
        secret: TEST_TOKEN_SECRET,
        siteUrl: 'https://support.example.test/community',
        apiUrl: 'https://support.example.test/api',
        from: 'Community <community@example.test>',
        language: 'en',
        backoffMs: 60_000,
        now: () => clock,
        ...extra,
      });
    const jobs = () => server.db.query<{ kind: string; status: string; attempts: number; last_error: string | null; user_id: string }>(
      'SELECT kind, status, attempts, last_error, user_id FROM mail_jobs ORDER BY id',
    );

    before(async () => {
      server = await startTestServer({ kind });
    });
    after(() => server.close());
    beforeEach(async () => {
      await server.reset({
        ...structuredClone(conformanceSeed),
        follows: [
          { userId: 'member', target: 'question', targetId: 'q-open' },
          { userId: 'other', target: 'category', targetId: 'network' },
        ],
      });
      await server.db.query("UPDATE users SET email = id || '@example.test'");
      clock = new Date('2026-03-02T09:00:00.000Z');
      server.setClock(() => clock);
      server.setModeration(null);
      dir = await mkdtemp(path.join(tmpdir(), 'majlis-outbox-'));
    });

    it('mails every follower of the question and of its category once, not the author, with a one-click unsubscribe', async () => {
      await server.db.query("INSERT INTO notification_settings (user_id, delivery, language) VALUES ('other', 'immediate', 'ar')");
      await server.adapter('expert').postAnswer(answer('Zet <b>VoLTE</b> uit & weer aan.'));
      const outbox = new OutboxMailer(dir);
      assert.equal(await worker(outbox).runOnce(), 2, 'two mails sent');
      const mails = await outbox.list();
      assert.deepEqual(mails.map((mail) => mail.to).sort(), ['member@example.test', 'other@example.test']);
      const english = mails.find((mail) => mail.to === 'member@example.test') as MailMessage;
      assert.ok(english.html.includes('Zet &#60;b&#62;VoLTE&#60;/b&#62; uit &#38; weer aan.'), 'user text is escaped in the HTML');
      assert.ok(english.text.includes('Zet <b>VoLTE</b> uit & weer aan.'), 'the plain text keeps the text as written');
      assert.equal(english.headers['List-Unsubscribe-Post'], 'List-Unsubscribe=One-Click');
      const arabic = mails.find((mail) => mail.to === 'other@example.test') as MailMessage;
      assert.ok(arabic.html.includes('dir="rtl"') && arabic.subject.startsWith('إجابة جديدة'), 'the Arabic mail is in Arabic, right to left');
      const link = /<(https:[^>]+)>/.exec(english.headers['List-Unsubscribe'] ?? '')?.[1] ?? '';
      const token = new URL(link).searchParams.get('token') ?? '';
      assert.equal(verifyUnsubscribeToken(token, TEST_TOKEN_SECRET), 'member');
      assert.equal(await unsubscribe(server.db, `${token.slice(0, -2)}xx`, TEST_TOKEN_SECRET), null, 'a tampered token is refused');
      assert.equal(await unsubscribe(server.db, unsubscribeToken('member', 'another secret'), TEST_TOKEN_SECRET), null, 'a token of another secret is refused');
      assert.deepEqual(await unsubscribe(server.db, token, TEST_TOKEN_SECRET), { language: null }, 'the link unsubscribes');
      await server.adapter('staff').postAnswer(answer('Check the APN under mobile network settings.'));
      // The expert answered before, so follows the question now (auto-follow); the unsubscribed member gets nothing.
      assert.deepEqual((await jobs()).filter((job) => job.status === 'queued').map((job) => job.user_id).sort(), ['expert', 'other'], 'no mail for the unsubscribed member');
      await rm(dir, { recursive: true, force: true });
    });

    it('never mails about a pending answer; approving it does', async () => {
      server.setModeration({ premoderation: 'all' });
      const pending = await server.adapter('expert').postAnswer(answer('Een antwoord dat op goedkeuring wacht.'));
      assert.equal(pending.state, 'pending');
      assert.deepEqual(await jobs(), [], 'no job for a pending answer');
      await server.adapter('moderator').moderate({ action: 'approve', target: 'answer', id: pending.id });
      assert.equal((await jobs()).length, 2, 'approving queues the mails');
    });

    it('retries a failing mailer with exponential backoff, recording attempts and the last error', async () => {
      await server.db.query("DELETE FROM follows WHERE user_id = 'other'");
      await server.adapter('expert').postAnswer(answer('Restart in flight mode for a minute.'));
      const failing: Mailer = { send: () => Promise.reject(new Error('SMTP 451 try later')) };
      assert.equal(await worker(failing).runOnce(), 0);
      let [job] = await jobs();
      assert.deepEqual([job?.status, job?.attempts, job?.last_error], ['queued', 1, 'SMTP 451 try later']);
      assert.equal(await worker(failing).runOnce(), 0, 'not due again before the backoff');
      clock = new Date(clock.getTime() + 60_000);
      await worker(failing).runOnce();
      [job] = await jobs();
      assert.equal(job?.attempts, 2, 'tried again after 1 minute');
      clock = new Date(clock.getTime() + 60_000);
      assert.equal(await worker(failing).runOnce(), 0, 'the second wait is 2 minutes');
      clock = new Date(clock.getTime() + 60_000);
      const outbox = new OutboxMailer(dir);
      assert.equal(await worker(outbox).runOnce(), 1, 'sent once the mailer works');
      [job] = await jobs();
      assert.deepEqual([job?.status, job?.attempts], ['done', 3]);
      await rm(dir, { recursive: true, force: true });
    });

    it('groups a daily member’s answers in one digest, sent the next day', async () => {
      await server.db.query("INSERT INTO notification_settings (user_id, delivery) VALUES ('member', 'daily')");
      await server.db.query("DELETE FROM follows WHERE user_id = 'other'");
      await server.adapter('expert').postAnswer(answer('First: restart the phone.'));
      await server.adapter('staff').postAnswer(answer('Second: check the APN.'));
      const memberJobs = (await jobs()).filter((job) => job.user_id === 'member');
      assert.deepEqual(memberJobs.map((job) => job.kind), ['digest'], 'one digest job for the member');
      await server.db.query("DELETE FROM notifications WHERE user_id <> 'member'");
      await server.db.query("DELETE FROM mail_jobs WHERE user_id <> 'member'");
      const outbox = new OutboxMailer(dir);
      assert.equal(await worker(outbox).runOnce(), 0, 'not before the day is over');
      clock = new Date('2026-03-03T00:00:00.000Z');
      assert.equal(await worker(outbox).runOnce(), 1);
      const [mail] = await outbox.list();
      assert.ok(mail !== undefined && mail.text.includes('First: restart') && mail.text.includes('Second: check'), 'the digest lists both answers');
      assert.ok(mail.subject.includes('2 new answers'), `the subject counts them: ${mail.subject}`);
      await rm(dir, { recursive: true, force: true });
    });

    describe('an idea’s status', () => {
      const idea = {
        title: 'Show <4G> coverage per street',
        body: 'Before moving house I would like to check the indoor coverage of my new street.',
        categoryId: 'network',
        language: 'en',
        topic: 'network' as const,
      };

      it('tells its author and its followers in their language, with the team’s note, never the staff member who changed it', async () => {
        await server.db.query("INSERT INTO notification_settings (user_id, delivery, language) VALUES ('expert', 'immediate', 'ar')");
        const submitted = await server.adapter('member').submitIdea(idea);
        await server.adapter('expert').follow({ target: 'question', id: submitted.id, following: true });
        await server.adapter('staff').follow({ target: 'question', id: submitted.id, following: true });
        await server.db.query('DELETE FROM mail_jobs WHERE id NOT IN (SELECT job_id FROM notifications WHERE status_change_id IS NOT NULL)');
        await server.adapter('staff').setIdeaStatus({ ideaId: submitted.id, status: 'planned', note: 'Coming in <b>May</b> & June.' });
        const queued = await jobs();
        assert.deepEqual(queued.map((job) => `${job.user_id} ${job.kind}`).sort(), ['expert idea-status', 'member idea-status'], 'the author and the follower, not staff');
        const outbox = new OutboxMailer(dir);
        assert.equal(await worker(outbox, { ideaUrl: 'https://support.example.test/ideas?idea={id}' }).runOnce(), 2, 'two mails sent');
        const mails = await outbox.list();
        const english = mails.find((mail) => mail.to === 'member@example.test') as MailMessage;
        assert.equal(english.subject, 'Idea “Show <4G> coverage per street” is now: Planned');
        assert.ok(english.html.includes('Coming in &#60;b&#62;May&#60;/b&#62; &#38; June.'), 'the note is escaped in the HTML');
        assert.ok(english.html.includes('Show &#60;4G&#62; coverage'), 'the title is escaped in the HTML');
        assert.ok(english.text.includes(`See the idea: https://support.example.test/ideas?idea=${submitted.id}`), 'the link goes to the idea’s page');
        assert.ok(english.text.includes('because you shared or follow this idea'), 'it says why');
        assert.equal(english.headers['List-Unsubscribe-Post'], 'List-Unsubscribe=One-Click');
        const arabic = mails.find((mail) => mail.to === 'expert@example.test') as MailMessage;
        assert.ok(arabic.html.includes('dir="rtl"') && arabic.subject.includes('مخطط لها'), `the Arabic mail names the status as the page does: ${arabic.subject}`);
        await rm(dir, { recursive: true, force: true });
      });

      it('does not tell an author who unfollowed their idea, nor followers of its category only; a merge tells of the duplicate', async () => {
        const submitted = await server.adapter('member').submitIdea(idea);
        const other = await server.adapter('expert').submitIdea({ ...idea, title: 'Coverage map by street in the app' });
        await server.adapter('member').follow({ target: 'question', id: submitted.id, following: false });
        await server.db.query('DELETE FROM mail_jobs WHERE id NOT IN (SELECT job_id FROM notifications WHERE status_change_id IS NOT NULL)');
        await server.adapter('staff').setIdeaStatus({ ideaId: submitted.id, status: 'under-review', note: null });
        assert.deepEqual(await jobs(), [], 'no one to tell: the author unfollowed, "other" follows the category only');
        await server.adapter('moderator').mergeIdea({ ideaId: other.id, intoId: submitted.id, note: 'Same request' });
        const queued = await jobs();
        assert.deepEqual(queued.map((job) => job.user_id), ['expert'], 'the merged idea’s author is told');
        const outbox = new OutboxMailer(dir);
        assert.equal(await worker(outbox).runOnce(), 1);
        const [mail] = await outbox.list();
        assert.ok(mail !== undefined && mail.subject === 'Idea “Coverage map by street in the app” is now: Already exists', `subject: ${mail?.subject}`);
        assert.ok(mail.text.includes(`#/questions/${other.id}`), 'without MAJLIS_IDEA_URL the link is the idea’s thread');
        const history = await server.db.query<{ status: string }>('SELECT status FROM idea_status_changes ORDER BY id');
        assert.deepEqual(history.map((row) => row.status), ['under-review', 'duplicate'], 'every change is in the history');
        await rm(dir, { recursive: true, force: true });
      });

      it('puts a daily member’s status changes and answers in one digest', async () => {
        await server.db.query("INSERT INTO notification_settings (user_id, delivery) VALUES ('member', 'daily')");
        await server.db.query("DELETE FROM follows WHERE user_id = 'other'");
        const submitted = await server.adapter('member').submitIdea(idea);
        await server.adapter('expert').postAnswer(answer('Restart the phone in flight mode.'));
        await server.adapter('staff').setIdeaStatus({ ideaId: submitted.id, status: 'in-progress', note: 'Our app team started on it.' });
        await server.db.query("DELETE FROM notifications WHERE user_id <> 'member'");
        await server.db.query("DELETE FROM mail_jobs WHERE user_id <> 'member'");
        assert.deepEqual((await jobs()).map((job) => job.kind), ['digest'], 'one digest job');
        clock = new Date('2026-03-03T00:00:00.000Z');
        const outbox = new OutboxMailer(dir);
        assert.equal(await worker(outbox).runOnce(), 1);
        const [mail] = await outbox.list();
        assert.ok(mail !== undefined && mail.subject === 'Today: 2 updates in what you follow', `subject: ${mail?.subject}`);
        assert.ok(mail.text.includes('Restart the phone') && mail.text.includes('is now: In progress') && mail.text.includes('Our app team started'), 'both items');
        await rm(dir, { recursive: true, force: true });
      });
    });

    describe('a live session', () => {
      const HOUR = 3_600_000;
      const startSession = async () => {
        const session = await server.adapter('staff').createLiveSession({
          title: 'Ask the <network> team',
          description: '',
          hashtag: 'AskNetwork',
          hostIds: ['expert', 'staff'],
          startsAt: new Date(clock.getTime() - HOUR).toISOString(),
          endsAt: new Date(clock.getTime() + HOUR).toISOString(),
          categoryId: 'network',
        });
        const asked = await server.adapter('member').askInSession({
          sessionId: session.id,
          title: 'When does 5G reach the Kempen villages?',
          body: 'My village near Geel still has 4G only; is 5G planned this year?',
          language: 'en',
        });
        await clearMail();
        return { session, questionId: asked.question.id };
      };
      const clearMail = async () => {
        await server.db.query('DELETE FROM notifications');
        await server.db.query('DELETE FROM mail_jobs');
      };
      const sessionAnswer = (questionId: string, body: string) => ({ questionId, body, language: 'en' });

      it('mails the followers of the session of a host’s answer, not the host; the first says the session has begun', async () => {
        const { session, questionId } = await startSession();
        await server.db.query("INSERT INTO notification_settings (user_id, delivery, language) VALUES ('moderator', 'immediate', 'ar')");
        for (const member of ['other', 'expert', 'moderator']) {
          const state = await server.adapter(member).follow({ target: 'session', id: session.id, following: true });
          assert.equal(state.following, true, `${member} follows the session`);
        }
        await server.adapter('other').postAnswer(sessionAnswer(questionId, 'Not a host: this is no session news.'));
        assert.deepEqual((await jobs()).map((job) => `${job.user_id} ${job.kind}`).sort(), ['member answer'], 'a member’s answer is no session news');
        await clearMail();
        await server.adapter('expert').postAnswer(sessionAnswer(questionId, 'Geel gets 5G in <b>June</b>.'));
        assert.deepEqual(
          (await jobs()).map((job) => `${job.user_id} ${job.kind}`).sort(),
          ['member answer', 'moderator session-answer', 'other session-answer'],
          'the asker hears as a follower of the question; the followers of the session (and of its category) by the session’s mail; not the answering host',
        );
        const outbox = new OutboxMailer(dir);
        assert.equal(await worker(outbox).runOnce(), 3, 'three mails sent');
        const mails = await outbox.list();
        const english = mails.find((mail) => mail.to === 'other@example.test') as MailMessage;
        assert.equal(english.subject, 'Ask the <network> team has started: the first answers are in');
        assert.ok(english.html.includes('Ask the &#60;network&#62; team') && english.html.includes('Geel gets 5G in &#60;b&#62;June'), 'user text is escaped in the HTML');
        assert.ok(english.text.includes('because you follow this live session'), 'it says why');
        assert.equal(english.headers['List-Unsubscribe-Post'], 'List-Unsubscribe=One-Click');
        const arabic = mails.find((mail) => mail.to === 'moderator@example.test') as MailMessage;
        assert.ok(arabic.html.includes('dir="rtl"') && arabic.subject.startsWith('بدأت الجلسة'), `the Arabic mail is in Arabic: ${arabic.subject}`);
        clock = new Date(clock.getTime() + 60_000);
        await server.adapter('staff').postAnswer(sessionAnswer(questionId, 'And Mol in July.'));
        assert.equal(await worker(outbox).runOnce(), 4, 'the next host answer: the asker, other, moderator and the other host');
        const next = (await outbox.list()).filter((mail) => mail.to === 'other@example.test').map((mail) => mail.subject);
        assert.ok(next.includes('Ask the <network> team: answer to “When does 5G reach the Kempen villages?”'), `a later answer is not the start: ${next.join(' | ')}`);
        await rm(dir, { recursive: true, force: true });
      });

      it('unfollowing the session, or unsubscribing, stops its mails', async () => {
        const { session, questionId } = await startSession();
        await server.db.query("DELETE FROM follows WHERE user_id = 'other'");
        await server.adapter('other').follow({ target: 'session', id: session.id, following: true });
        await server.adapter('moderator').follow({ target: 'session', id: session.id, following: true });
        const off = await server.adapter('other').follow({ target: 'session', id: session.id, following: false });
        assert.equal(off.following, false, 'other unfollowed the session');
        const outbox = new OutboxMailer(dir);
        await server.adapter('expert').postAnswer(sessionAnswer(questionId, 'Geel gets 5G in June.'));
        assert.deepEqual((await jobs()).map((job) => `${job.user_id} ${job.kind}`).sort(), ['member answer', 'moderator session-answer'], 'no mail for who unfollowed');
        assert.equal(await worker(outbox).runOnce(), 2);
        const mail = (await outbox.list()).find((each) => each.to === 'moderator@example.test') as MailMessage;
        const token = new URL(/<(https:[^>]+)>/.exec(mail.headers['List-Unsubscribe'] ?? '')?.[1] ?? 'https://x.invalid').searchParams.get('token') ?? '';
        assert.deepEqual(await unsubscribe(server.db, token, TEST_TOKEN_SECRET), { language: null }, 'the link unsubscribes');
        await server.adapter('staff').postAnswer(sessionAnswer(questionId, 'And Mol in July.'));
        assert.deepEqual(
          (await jobs()).filter((job) => job.status === 'queued').map((job) => job.user_id).sort(),
          ['expert', 'member'],
          'no mail for the unsubscribed member (the answering host’s co-host follows the question by answering it)',
        );
        await rm(dir, { recursive: true, force: true });
      });
    });

    it('two workers never send one mail twice (SKIP LOCKED)', async () => {
      for (let i = 0; i < 6; i++) await server.adapter(i % 2 === 0 ? 'expert' : 'staff').postAnswer(answer(`Answer number ${i} about 4G.`));
      const sent: string[] = [];
      const mailer: Mailer = {
        send: async (message) => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          sent.push(`${message.to} ${message.text}`);
        },
      };
      const queued = (await jobs()).length;
      assert.ok(queued >= 12, `expected at least 12 mails queued (followers and auto-followers), got ${queued}`);
      const total = (await Promise.all([worker(mailer).runOnce(3), worker(mailer).runOnce(3), worker(mailer).runOnce(50)])).reduce((a, b) => a + b, 0);
      assert.equal(total, queued, 'every mail sent');
      assert.equal(new Set(sent).size, sent.length, 'none twice');
      assert.equal(sent.length, queued);
    });
  });
}
