import { aTimeout, expect } from '../helpers/fixture.js';
import { controllerHost } from '../helpers/controller-host.js';
import { deferred, makeQuestion } from '../helpers/fake-adapter.js';
import type { Deferred } from '../helpers/fake-adapter.js';
import { MajlisError } from '../../src/core/adapter.js';
import { SimilarQuestionsController } from '../../src/core/controllers/similar-questions-controller.js';
import type { MajlisStore } from '../../src/core/store.js';
import type { Page, Question, QuestionQuery } from '../../src/core/types.js';

interface Search {
  query: QuestionQuery;
  signal: AbortSignal | undefined;
  reply: Deferred<Page<Question>>;
}

const TITLE = 'APN settings for mobile data';
const DELAY = 20;

/** A controller over a store whose searches wait until the test answers them. */
function setup() {
  const searches: Search[] = [];
  const store = {
    listQuestions(query: QuestionQuery, options?: { signal?: AbortSignal }) {
      const reply = deferred<Page<Question>>();
      searches.push({ query, signal: options?.signal, reply });
      return reply.promise;
    },
  } as unknown as MajlisStore;
  const found: string[][] = [];
  const host = controllerHost();
  const similar = new SimilarQuestionsController(host, {
    store: () => store,
    delay: DELAY,
    found: (questions) => found.push(questions.map((q) => q.id)),
  });
  host.connect();
  return { host, similar, searches, found };
}

const page = (...questions: Question[]): Page<Question> => ({ items: questions, nextCursor: null });
const open = (id: string) => makeQuestion({ id, acceptedAnswerId: null });
const solved = (id: string) => makeQuestion({ id, acceptedAnswerId: `${id}-a` });
const settle = () => aTimeout(0);

describe('SimilarQuestionsController', () => {
  it('waits for the title to be still, then searches any of its words and shows solved questions first', async () => {
    const { similar, searches, found } = setup();
    similar.lookup('APN settings');
    await aTimeout(DELAY / 2);
    similar.lookup(TITLE);
    await aTimeout(DELAY / 2);
    expect(searches, 'still typing').to.have.length(0);
    await aTimeout(DELAY);
    expect(searches).to.have.length(1);
    expect(searches[0]?.query).to.deep.include({ search: TITLE, match: 'any' });
    searches[0]?.reply.resolve(page(open('q-1'), solved('q-2'), open('q-3'), solved('q-4'), open('q-5'), open('q-6')));
    await settle();
    expect(similar.questions.map((q) => q.id)).to.deep.equal(['q-2', 'q-4', 'q-1', 'q-3', 'q-5']);
    expect(found).to.deep.equal([['q-2', 'q-4', 'q-1', 'q-3', 'q-5']]);
  });

  it('does not search a title that says too little, and drops shown suggestions for it', async () => {
    const { similar, searches } = setup();
    similar.lookup(TITLE, true);
    await settle();
    searches[0]?.reply.resolve(page(open('q-1')));
    await settle();
    similar.lookup('APN');
    await aTimeout(DELAY * 2);
    expect(searches).to.have.length(1);
    expect(similar.questions).to.deep.equal([]);
  });

  it('aborts the search in flight for a newer title and ignores its late answer', async () => {
    const { similar, searches, found } = setup();
    similar.lookup(TITLE, true);
    await settle();
    similar.lookup('Roaming in France does not work', true);
    await settle();
    expect(searches[0]?.signal?.aborted).to.equal(true);
    searches[1]?.reply.resolve(page(open('q-roaming')));
    await settle();
    searches[0]?.reply.resolve(page(open('q-apn')));
    await settle();
    expect(similar.questions.map((q) => q.id)).to.deep.equal(['q-roaming']);
    expect(found).to.deep.equal([['q-roaming']]);
  });

  it('does not search the same title twice, unless asked to now', async () => {
    const { similar, searches } = setup();
    similar.lookup(TITLE, true);
    await settle();
    searches[0]?.reply.resolve(page(open('q-1')));
    await settle();
    similar.lookup(`${TITLE} `);
    await aTimeout(DELAY * 2);
    expect(searches).to.have.length(1);
    similar.lookup(TITLE, true);
    await settle();
    expect(searches).to.have.length(2);
  });

  it('shows no suggestions when the search fails, and tries that title again later', async () => {
    const { similar, searches, found } = setup();
    similar.lookup(TITLE, true);
    await settle();
    searches[0]?.reply.resolve(page(open('q-1')));
    await settle();
    similar.lookup('Roaming in France does not work', true);
    await settle();
    searches[1]?.reply.reject(new MajlisError('unavailable', 'search is down'));
    await settle();
    expect(similar.questions).to.deep.equal([]);
    expect(found).to.have.length(1);
    similar.lookup('Roaming in France does not work');
    await aTimeout(DELAY * 2);
    expect(searches).to.have.length(3);
  });

  it('clear() and a disconnect stop a pending or running lookup', async () => {
    const { host, similar, searches } = setup();
    similar.lookup(TITLE);
    similar.clear();
    await aTimeout(DELAY * 2);
    expect(searches, 'pending lookup cancelled').to.have.length(0);
    similar.lookup(TITLE, true);
    await settle();
    host.disconnect();
    expect(searches[0]?.signal?.aborted).to.equal(true);
    searches[0]?.reply.resolve(page(open('q-1')));
    await settle();
    expect(similar.questions).to.deep.equal([]);
  });
});
