import { aTimeout, expect, loadDemoSeed } from '../helpers/fixture.js';
import { parseMarkdown } from '../../src/core/markdown-parse.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import type { MemoryAdapterOptions } from '../../src/adapters/memory.js';
import { MajlisError, isAbortError } from '../../src/core/adapter.js';
import type { CommunitySeed } from '../../src/core/seed.js';
import { REPUTATION } from '../../src/core/recognition.js';
import { runAdapterConformance } from '../../src/testing/conformance.js';

runAdapterConformance({
  name: 'MemoryAdapter',
  create: ({ seed, viewerId, now, moderation }) => new MemoryAdapter({ seed, viewerId, now, moderation }),
  clock: true,
  moderationSettings: true,
  viewAs: (adapter, viewerId) => {
    (adapter as MemoryAdapter).setViewer(viewerId);
    return adapter;
  },
});

/** A small Belgian fibre community; ids skip q-3 so new ids must avoid q-4. */
function fibreSeed(): CommunitySeed {
  return {
    users: [
      { id: 'u-amina', name: 'Amina El Idrissi', role: 'member', joinedAt: '2023-04-02T10:00:00Z', reputationBase: 30 },
      { id: 'u-jan', name: 'Jan Vermeulen', role: 'expert', joinedAt: '2021-01-15T08:00:00Z' },
      { id: 'u-karim', name: 'Karim Bouzid', role: 'member', joinedAt: '2024-02-10T19:30:00Z' },
      { id: 'u-sofie', name: 'Sofie Claes', role: 'staff', joinedAt: '2020-06-01T07:00:00Z', reputationBase: 10 },
    ],
    categories: [{ id: 'internet', name: 'Internet & TV', names: { nl: 'Internet & tv' } }],
    questions: [
      {
        id: 'q-1',
        authorId: 'u-amina',
        categoryId: 'internet',
        title: 'Fibre box blinks red after the storm',
        body: 'Since the storm on Sunday the LOS light on my fibre box blinks red. Rebooting does not help.',
        language: 'en',
        tags: ['fibre', 'outage'],
        createdAt: '2024-03-01T10:00:00+01:00',
        acceptedAnswerId: 'a-1',
        acceptedAt: '2024-03-02T08:00:00Z',
      },
      {
        id: 'q-2',
        authorId: 'u-karim',
        categoryId: 'internet',
        title: 'Decoder zegt "geen signaal" na verhuis',
        body: 'Na onze verhuis naar Gent toont de decoder enkel "geen signaal".',
        language: 'nl-BE',
        createdAt: '2024-03-05T18:00:00Z',
      },
      {
        id: 'q-4',
        authorId: 'u-karim',
        categoryId: 'internet',
        title: 'Upload speed far below my plan',
        body: 'My plan promises 50 Mbps up but speed tests show 12 Mbps over cable.',
        language: 'en',
        createdAt: '2024-03-06T09:00:00Z',
      },
    ],
    answers: [
      {
        id: 'a-1',
        questionId: 'q-1',
        authorId: 'u-jan',
        body: 'A red LOS light means the fibre signal is lost: the street cabinet was probably hit. Report it in the app.',
        language: 'en',
        createdAt: '2024-03-01T11:00:00Z',
      },
      {
        id: 'a-2',
        questionId: 'q-1',
        authorId: 'u-karim',
        body: 'Same street here, ours came back on Tuesday.',
        language: 'en',
        createdAt: '2024-03-03T16:20:00Z',
      },
      {
        id: 'a-3',
        questionId: 'q-2',
        authorId: 'u-jan',
        body: 'Laat de decoder opnieuw zoeken via Instellingen > Installatie > Kanalen zoeken.',
        language: 'nl',
        createdAt: '2024-03-05T19:00:00Z',
      },
    ],
    votes: [
      { userId: 'u-jan', target: 'question', targetId: 'q-1' },
      { userId: 'u-karim', target: 'question', targetId: 'q-1' },
      { userId: 'u-amina', target: 'answer', targetId: 'a-1' },
      { userId: 'u-sofie', target: 'answer', targetId: 'a-1' },
      { userId: 'u-amina', target: 'answer', targetId: 'a-2' },
    ],
  };
}

function adapterFor(viewerId: string | null, options: Partial<MemoryAdapterOptions> = {}): MemoryAdapter {
  return new MemoryAdapter({ seed: fibreSeed(), viewerId, ...options });
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected the call to fail'),
    (error: unknown) => error,
  );
}

describe('MemoryAdapter', () => {
  describe('derived data', () => {
    it('derives kudos, answer counts, the accepted answer and activity from the seed', async () => {
      const adapter = adapterFor('u-karim');
      const question = await adapter.getQuestion('q-1');
      expect(question).to.include({ voteCount: 2, viewerHasVoted: true, answerCount: 2, acceptedAnswerId: 'a-1' });
      expect(question.lastActivityAt).to.equal('2024-03-03T16:20:00.000Z');
      expect(question.createdAt, 'normalized to UTC').to.equal('2024-03-01T09:00:00.000Z');
      const [accepted, other] = (await adapter.listAnswers('q-1')).items;
      expect(accepted).to.include({ id: 'a-1', accepted: true, voteCount: 2, acceptedAt: '2024-03-02T08:00:00.000Z' });
      expect(accepted.acceptedBy?.id, 'the asker accepted by default').to.equal('u-amina');
      expect(other).to.include({ id: 'a-2', accepted: false, acceptedBy: null, acceptedAt: null });
    });

    it('sends each body parsed (bodyHtml), so pages on it never load the Markdown parser', async () => {
      const adapter = adapterFor('u-karim');
      const question = await adapter.getQuestion('q-1');
      expect(question.bodyHtml).to.equal(parseMarkdown(question.body));
      const [answer] = (await adapter.listAnswers('q-1')).items;
      expect(answer.bodyHtml).to.equal(parseMarkdown(answer.body));
      expect(answer.bodyHtml).to.match(/^<p>/);
      const posted = await adapter.postAnswer({ questionId: 'q-1', body: 'Use **APN** `internet`, then restart.', language: 'en' });
      expect(posted.bodyHtml).to.equal('<p>Use <strong>APN</strong> <code>internet</code>, then restart.</p>\n');
    });

    it('computes reputation, stats and a rank with ties broken by id', async () => {
      const adapter = adapterFor(null);
      const amina = await adapter.getUser('u-amina');
      expect(amina.reputation).to.equal(30 + 2 * REPUTATION.questionKudos);
      expect(amina.stats).to.deep.equal({ questions: 1, answers: 0, acceptedAnswers: 0, kudosReceived: 2 });
      const jan = await adapter.getUser('u-jan');
      expect(jan.reputation).to.equal(2 * REPUTATION.answerKudos + REPUTATION.acceptedAnswer);
      expect(jan.stats).to.deep.equal({ questions: 0, answers: 2, acceptedAnswers: 1, kudosReceived: 2 });
      const karim = await adapter.getUser('u-karim');
      const sofie = await adapter.getUser('u-sofie');
      expect([karim.reputation, sofie.reputation]).to.deep.equal([10, 10]);
      expect([amina.rank, jan.rank, karim.rank, sofie.rank]).to.deep.equal([1, 2, 3, 4]);
    });

    it('recomputes reputation when kudos and accepts change', async () => {
      const adapter = adapterFor('u-amina');
      await adapter.vote({ target: 'answer', id: 'a-3', voted: true });
      expect((await adapter.getUser('u-jan')).reputation).to.equal(
        3 * REPUTATION.answerKudos + REPUTATION.acceptedAnswer,
      );
      await adapter.acceptAnswer({ answerId: 'a-2', accepted: true });
      expect((await adapter.getUser('u-jan')).reputation).to.equal(3 * REPUTATION.answerKudos);
      expect((await adapter.getUser('u-karim')).reputation).to.equal(
        REPUTATION.answerKudos + REPUTATION.acceptedAnswer,
      );
    });
  });

  describe('seed validation', () => {
    const cases: [string, (seed: CommunitySeed) => void, RegExp][] = [
      [
        'a question by an unknown author',
        (seed) => (seed.questions[0].authorId = 'u-ghost'),
        /questions\[0\] \(id "q-1"\) has an unknown authorId "u-ghost"/,
      ],
      [
        'a question in an unknown category',
        (seed) => (seed.questions[1].categoryId = 'mobile'),
        /questions\[1\] \(id "q-2"\) has an unknown categoryId "mobile"/,
      ],
      [
        'an answer to an unknown question',
        (seed) => (seed.answers[2].questionId = 'q-404'),
        /answers\[2\] \(id "a-3"\) has an unknown questionId "q-404"/,
      ],
      [
        'kudos on an unknown answer',
        (seed) => (seed.votes[2].targetId = 'a-404'),
        /votes\[2\] has an unknown targetId "a-404"/,
      ],
      [
        'kudos by an unknown user',
        (seed) => (seed.votes[0].userId = 'u-ghost'),
        /votes\[0\] has an unknown userId "u-ghost"/,
      ],
      [
        'a duplicate user id',
        (seed) => (seed.users[1].id = 'u-amina'),
        /users\[1\] \(id "u-amina"\) repeats the id "u-amina"/,
      ],
      [
        'a duplicate answer id',
        (seed) => (seed.answers[1].id = 'a-1'),
        /answers\[1\] \(id "a-1"\) repeats the id "a-1"/,
      ],
      [
        'a self vote',
        (seed) => seed.votes.push({ userId: 'u-jan', target: 'answer', targetId: 'a-3' }),
        /votes\[5\] is a self vote: "u-jan" wrote answer "a-3"/,
      ],
      [
        'a duplicate vote',
        (seed) => seed.votes.push({ userId: 'u-karim', target: 'question', targetId: 'q-1' }),
        /votes\[5\] repeats the kudos of "u-karim" on question "q-1"/,
      ],
      [
        'an accepted answer of another question',
        (seed) => (seed.questions[0].acceptedAnswerId = 'a-3'),
        /questions\[0\] \(id "q-1"\) accepts answer "a-3", which answers question "q-2" instead/,
      ],
      [
        'an unknown accepted answer',
        (seed) => (seed.questions[0].acceptedAnswerId = 'a-404'),
        /questions\[0\] \(id "q-1"\) accepts the unknown answer "a-404"/,
      ],
      [
        'an unreadable time',
        (seed) => (seed.answers[0].createdAt = 'last Tuesday'),
        /answers\[0\] \(id "a-1"\) has an invalid createdAt "last Tuesday"/,
      ],
      [
        'an unknown role',
        (seed) => Object.assign(seed.users[2], { role: 'admin' }),
        /users\[2\] \(id "u-karim"\) has an unknown role "admin"/,
      ],
      ['a missing list', (seed) => Reflect.deleteProperty(seed, 'votes'), /"votes" must be an array/],
    ];
    for (const [what, spoil, message] of cases) {
      it(`rejects ${what}, naming the record`, () => {
        const seed = fibreSeed();
        spoil(seed);
        expect(() => new MemoryAdapter({ seed })).to.throw(Error, message);
      });
    }
  });

  describe('persistence in localStorage', () => {
    const storageKey = 'memory-test';
    const savedKey = `majlis:memory:${storageKey}`;
    const persistent = (seed = fibreSeed(), viewerId: string | null = 'u-karim') =>
      new MemoryAdapter({ seed, viewerId, persist: 'local-storage', storageKey });

    afterEach(() => {
      localStorage.removeItem(savedKey);
      localStorage.removeItem('majlis:memory:memory-test-other');
    });

    it('keeps questions, answers, kudos and accepts for the next instance with the same key', async () => {
      const first = persistent(fibreSeed(), 'u-amina');
      const asked = await first.askQuestion({
        title: 'Wi-Fi extender keeps disconnecting',
        body: 'The extender in the attic drops every hour.',
        categoryId: 'internet',
        language: 'en',
      });
      await first.postAnswer({ questionId: 'q-2', body: 'Controleer ook de coaxkabel.', language: 'nl' });
      await first.vote({ target: 'answer', id: 'a-3', voted: true });
      await first.acceptAnswer({ answerId: 'a-2', accepted: true });
      expect(localStorage.getItem(savedKey)).to.be.a('string');

      const second = persistent();
      expect((await second.getQuestion(asked.id)).title).to.equal('Wi-Fi extender keeps disconnecting');
      expect((await second.getQuestion('q-2')).answerCount).to.equal(2);
      expect((await second.listAnswers('q-2')).items.find((answer) => answer.id === 'a-3')?.voteCount).to.equal(1);
      expect((await second.getQuestion('q-1')).acceptedAnswerId).to.equal('a-2');

      const elsewhere = new MemoryAdapter({
        seed: fibreSeed(),
        persist: 'local-storage',
        storageKey: 'memory-test-other',
      });
      expect((await elsewhere.listQuestions()).total).to.equal(3);
    });

    it('discards the saved state when the seed changed', async () => {
      await persistent(fibreSeed(), 'u-amina').vote({ target: 'question', id: 'q-4', voted: true });
      expect((await persistent().getQuestion('q-4')).voteCount).to.equal(1);
      const changed = fibreSeed();
      changed.questions[2].title = 'Upload speed far below my plan (cable)';
      const fresh = persistent(changed);
      expect((await fresh.getQuestion('q-4')).voteCount).to.equal(0);
    });

    it('ignores unreadable or inconsistent saved state and starts from the seed', async () => {
      localStorage.setItem(savedKey, '{"fingerprint": "abc", "questions": [');
      expect((await persistent().listQuestions()).total).to.equal(3);

      await persistent(fibreSeed(), 'u-amina').vote({ target: 'answer', id: 'a-3', voted: true });
      const saved = JSON.parse(localStorage.getItem(savedKey)!) as { answers: { authorId: string }[] };
      saved.answers[0].authorId = 'u-ghost';
      localStorage.setItem(savedKey, JSON.stringify(saved));
      const adapter = persistent();
      expect((await adapter.listAnswers('q-2')).items[0].voteCount).to.equal(0);
    });

    it('reset() forgets the saved state and goes back to the seed', async () => {
      const adapter = persistent(fibreSeed(), 'u-amina');
      await adapter.vote({ target: 'answer', id: 'a-3', voted: true });
      adapter.reset();
      expect(localStorage.getItem(savedKey)).to.equal(null);
      expect((await adapter.listAnswers('q-2')).items[0].voteCount).to.equal(0);
      expect((await persistent().listAnswers('q-2')).items[0].voteCount).to.equal(0);
    });

    it('leaves localStorage alone without persist', async () => {
      const before = JSON.stringify(localStorage);
      await adapterFor('u-amina').vote({ target: 'answer', id: 'a-3', voted: true });
      expect(JSON.stringify(localStorage)).to.equal(before);
    });
  });

  describe('latency and abort', () => {
    it('waits latencyMs before answering', async () => {
      const adapter = adapterFor(null, { latencyMs: 80 });
      const start = performance.now();
      await adapter.listCategories();
      expect(performance.now() - start).to.be.at.least(75);
    });

    it('rejects with an AbortError when aborted during the wait, and the mutation does not happen', async () => {
      const adapter = adapterFor('u-amina', { latencyMs: 200 });
      const controller = new AbortController();
      const vote = adapter.vote({ target: 'answer', id: 'a-3', voted: true }, { signal: controller.signal });
      await aTimeout(20);
      controller.abort();
      const error = await rejectionOf(vote);
      expect(isAbortError(error), String(error)).to.equal(true);
      expect((error as DOMException).message).to.equal('Aborted');
      expect((await adapter.listAnswers('q-2')).items[0].voteCount).to.equal(0);
    });
  });

  describe('simulated network (simulate)', () => {
    const codeOf = (error: unknown) => (error instanceof MajlisError ? error.code : String(error));

    it('fails the named call with its error code, changing nothing, while other calls work', async () => {
      const adapter = adapterFor('u-amina', { simulate: { failures: { vote: 'network' } } });
      const error = await rejectionOf(adapter.vote({ target: 'answer', id: 'a-3', voted: true }));
      expect(codeOf(error)).to.equal('network');
      expect((error as Error).message).to.equal('Simulated network failure of vote (MemoryAdapter simulate.failures)');
      expect((await adapter.listAnswers('q-2')).items[0].voteCount, 'the failed kudos was counted').to.equal(0);
      expect((await adapter.postAnswer({ questionId: 'q-2', body: 'Zoek de kanalen opnieuw.', language: 'nl' })).body).to.contain('kanalen');
    });

    it('fails every read or every mutation by group; a named call wins over its group', async () => {
      const adapter = adapterFor('u-amina', { simulate: { failures: { mutations: 'unavailable', postAnswer: 'rate-limited' } } });
      expect(codeOf(await rejectionOf(adapter.askQuestion({ title: 'Decoder loses channels every night', body: 'Every night at three the decoder forgets all channels.', categoryId: 'internet', language: 'en' })))).to.equal('unavailable');
      const limited = await rejectionOf(adapter.postAnswer({ questionId: 'q-2', body: 'Zoek de kanalen opnieuw.', language: 'nl' }));
      expect([codeOf(limited), (limited as MajlisError).retryAfter]).to.deep.equal(['rate-limited', 5]);
      expect(codeOf(await rejectionOf(adapter.acceptAnswer({ answerId: 'a-2', accepted: true })))).to.equal('unavailable');
      expect((await adapter.listQuestions()).items.length, 'reads still work').to.equal(3);
      const offline = adapterFor(null, { simulate: { failures: { reads: 'network' } } });
      for (const call of [offline.listQuestions(), offline.getQuestion('q-1'), offline.getUser('u-jan'), offline.listCategories()]) {
        expect(codeOf(await rejectionOf(call))).to.equal('network');
      }
    });

    it('fails a share of calls at random with a network error (failRate)', async () => {
      const draws = [0.05, 0.9, 0.2, 0.6];
      const adapter = adapterFor(null, { simulate: { failRate: 0.25, random: () => draws.shift() ?? 1 } });
      const outcomes = [];
      for (let i = 0; i < 4; i++) outcomes.push(await adapter.listCategories().then(() => 'ok', codeOf));
      expect(outcomes).to.deep.equal(['network', 'ok', 'network', 'ok']);
    });

    it('switches at run time with setSimulation(), and refuses impossible settings', async () => {
      const adapter = adapterFor(null);
      adapter.setSimulation({ failures: { listQuestions: 'unavailable' } });
      expect(codeOf(await rejectionOf(adapter.listQuestions()))).to.equal('unavailable');
      adapter.setSimulation({});
      expect((await adapter.listQuestions()).items.length).to.equal(3);
      expect(() => adapter.setSimulation({ failRate: 1.5 })).to.throw(RangeError, /failRate/);
      expect(() => adapterFor(null, { simulate: { latency: [500, 100] } })).to.throw(RangeError, /latency/);
      expect(() => adapterFor(null, { simulate: { latency: -1 } })).to.throw(RangeError, /latency/);
    });

    it('still aborts during a simulated delay, before any failure', async () => {
      const adapter = adapterFor(null, { simulate: { latency: [150, 150], failures: { reads: 'network' } } });
      const controller = new AbortController();
      const read = adapter.listQuestions({}, { signal: controller.signal });
      controller.abort();
      expect(isAbortError(await rejectionOf(read))).to.equal(true);
    });
  });

  describe('returned data', () => {
    it('are fresh copies, and the seed is copied on load', async () => {
      const seed = fibreSeed();
      const adapter = new MemoryAdapter({ seed, viewerId: 'u-amina' });
      seed.questions[0].title = 'Changed after loading';
      seed.questions[0].tags!.push('changed');
      const viewer = await adapter.getViewer();
      viewer.user!.name = 'Someone else';
      const result = await adapter.acceptAnswer({ answerId: 'a-2', accepted: true });
      result.answer.acceptedBy!.name = 'Someone else';
      result.question.tags.push('changed');
      expect((await adapter.getViewer()).user!.name).to.equal('Amina El Idrissi');
      const question = await adapter.getQuestion('q-1');
      expect([question.title, question.tags]).to.deep.equal([
        'Fibre box blinks red after the storm',
        ['fibre', 'outage'],
      ]);
      expect((await adapter.listAnswers('q-1')).items[0].acceptedBy!.name).to.equal('Amina El Idrissi');
    });
  });

  describe('setViewer()', () => {
    it('switches who is signed in, including to an anonymous reader', async () => {
      const adapter = adapterFor(null);
      expect((await adapter.getViewer()).user).to.equal(null);
      adapter.setViewer('u-sofie');
      expect((await adapter.getViewer()).user).to.include({ id: 'u-sofie', role: 'staff' });
      expect((await adapter.getQuestion('q-2')).viewerCan).to.deep.equal({
        vote: true,
        edit: true,
        moderate: true,
        flag: true,
        delete: true,
        answer: true,
      });
      adapter.setViewer(null);
      expect((await adapter.getQuestion('q-2')).viewerCan.answer).to.equal(false);
    });

    it('refuses an unknown user, as the constructor does', () => {
      const adapter = adapterFor(null);
      expect(() => adapter.setViewer('u-ghost'))
        .to.throw(MajlisError, 'u-ghost')
        .with.property('code', 'not-found');
      expect(() => adapterFor('u-ghost'))
        .to.throw(MajlisError)
        .with.property('code', 'not-found');
    });
  });

  describe('new posts', () => {
    const now = () => new Date('2024-04-01T12:30:00Z');

    it('get ids that avoid the seed ids and a createdAt from now()', async () => {
      const adapter = adapterFor('u-amina', { now });
      const question = await adapter.askQuestion({
        title: '  Internet drops when the microwave runs  ',
        body: '  Every time we heat something up, the Wi-Fi goes away.  ',
        categoryId: 'internet',
        language: 'nl-be',
      });
      expect(question).to.include({
        id: 'q-5',
        createdAt: '2024-04-01T12:30:00.000Z',
        lastActivityAt: '2024-04-01T12:30:00.000Z',
      });
      expect(question).to.include({ title: 'Internet drops when the microwave runs', language: 'nl-BE' });
      expect(question.body).to.equal('Every time we heat something up, the Wi-Fi goes away.');
      const answer = await adapter.postAnswer({
        questionId: question.id,
        body: 'Switch your router to 5 GHz.',
        language: 'en',
      });
      expect(answer).to.include({ id: 'a-4', createdAt: '2024-04-01T12:30:00.000Z' });
    });
  });

  describe('listing', () => {
    it('refuses a cursor from another sort order', async () => {
      const adapter = adapterFor(null);
      const { nextCursor } = await adapter.listQuestions({ sort: 'votes', limit: 1 });
      const error = await rejectionOf(adapter.listQuestions({ sort: 'newest', cursor: nextCursor }));
      expect(error).to.be.instanceOf(MajlisError).and.include({ code: 'invalid', field: 'cursor' });
    });

    it('refuses an unknown sort or status, naming the field', async () => {
      const adapter = adapterFor(null);
      const query = { sort: 'random' } as unknown as Parameters<MemoryAdapter['listQuestions']>[0];
      expect(await rejectionOf(adapter.listQuestions(query))).to.include({ code: 'invalid', field: 'sort' });
      const answers = adapter.listAnswers('q-1', { sort: 'best' } as unknown as Parameters<
        MemoryAdapter['listAnswers']
      >[1]);
      expect(await rejectionOf(answers)).to.include({ code: 'invalid', field: 'sort' });
      const status = { status: 'closed' } as unknown as Parameters<MemoryAdapter['listQuestions']>[0];
      expect(await rejectionOf(adapter.listQuestions(status))).to.include({ code: 'invalid', field: 'status' });
    });
  });

  describe('search', () => {
    const searchIds = async (adapter: MemoryAdapter, search: string, extra: object = {}) =>
      (await adapter.listQuestions({ search, limit: 100, ...extra })).items.map((question) => question.id);

    it('finds Arabic questions without hamza, shadda or the article, and with tatweel', async () => {
      const adapter = new MemoryAdapter({ seed: await loadDemoSeed() });
      expect(await searchIds(adapter, 'افعل')).to.include('q-7'); // أفعّل
      expect(await searchIds(adapter, 'تجوال')).to.include.members(['q-2', 'q-7']); // التجوال
      expect(await searchIds(adapter, 'الـتـجـوال')).to.include.members(['q-2', 'q-7']);
      expect(await searchIds(adapter, 'اشارة')).to.include('q-25'); // إشارة
    });

    it('finds Vietnamese questions typed without tones', async () => {
      const adapter = new MemoryAdapter({ seed: await loadDemoSeed() });
      expect(await searchIds(adapter, 'kiem tra dung luong')).to.deep.equal(['q-9']);
      expect(await searchIds(adapter, 'KHONG NHAN DUOC OTP')).to.deep.equal(['q-19']);
    });

    it('ranks title matches before body matches, whatever the activity', async () => {
      const adapter = new MemoryAdapter({ seed: await loadDemoSeed() });
      const { items } = await adapter.listQuestions({ search: 'data', limit: 100 });
      const inTitle = items.map((question) => /\bdata/i.test(question.title));
      expect(inTitle.indexOf(false)).to.be.greaterThan(0);
      expect(inTitle.slice(inTitle.indexOf(false))).to.not.include(true);
    });

    it('pages search results by relevance with keyset cursors, even when a matching question is asked meanwhile', async () => {
      const seed = await loadDemoSeed();
      const adapter = new MemoryAdapter({ seed, viewerId: seed.users[0]?.id ?? null });
      const all = await searchIds(adapter, 'data');
      expect(all.length).to.be.greaterThan(4);
      const first = await adapter.listQuestions({ search: 'data', limit: 2 });
      await adapter.askQuestion({
        title: 'Roaming data stopped in Spain after one day',
        body: 'The roaming bundle shows 3 GB left but data stopped.',
        categoryId: seed.categories[0]?.id ?? '',
        language: 'en',
      });
      const walked = first.items.map((question) => question.id);
      let cursor = first.nextCursor;
      while (cursor) {
        const page = await adapter.listQuestions({ search: 'data', limit: 2, cursor });
        walked.push(...page.items.map((question) => question.id));
        cursor = page.nextCursor;
      }
      expect(walked.filter((id) => all.includes(id))).to.deep.equal(all);
      expect(new Set(walked).size).to.equal(walked.length);
    });

    it('treats sort "relevance" without a search as latest activity', async () => {
      const adapter = adapterFor(null);
      const relevance = await adapter.listQuestions({ sort: 'relevance' });
      const activity = await adapter.listQuestions({ sort: 'activity' });
      expect(relevance.items.map((q) => q.id)).to.deep.equal(activity.items.map((q) => q.id));
    });

    it('refuses a search that is not text, naming the field', async () => {
      const query = { search: ['apn'] } as unknown as Parameters<MemoryAdapter['listQuestions']>[0];
      expect(await rejectionOf(adapterFor(null).listQuestions(query))).to.include({ code: 'invalid', field: 'search' });
    });
  });

  describe('the demo seed', () => {
    it('loads demo/seed.json and lists its questions', async () => {
      const seed = await loadDemoSeed();
      const adapter = new MemoryAdapter({ seed, viewerId: seed.users[0]?.id ?? null });
      const page = await adapter.listQuestions({ limit: 100 });
      // Ideas are questions too, listed by listIdeas only.
      const questions = seed.questions.length - (seed.ideas?.length ?? 0);
      expect(page.total).to.equal(questions);
      expect(page.items.length).to.be.greaterThan(0);
      expect(page.items.length).to.equal(Math.min(100, questions));
      expect((await adapter.listIdeas({ limit: 100 })).total).to.equal(seed.ideas?.length);
      const [first] = page.items;
      expect((await adapter.listAnswers(first.id)).items.length).to.equal(first.answerCount);
    });
  });
});
