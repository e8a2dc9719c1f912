import '../../src/index.js';
import { LitElement, html } from 'lit';
import { aTimeout, expect, fixture, waitUntil } from '../helpers/fixture.js';
import { textOf } from '../helpers/community.js';
import { createHttpBackend } from '../helpers/http-backend.js';
import type { FetchFunction, HttpBackend } from '../helpers/http-backend.js';
import { RestAdapter } from '../../src/adapters/rest.js';
import type { RestAdapterOptions } from '../../src/adapters/rest.js';
import type { MajlisThread } from '../../src/components/thread/thread.js';
import { MajlisError, isAbortError } from '../../src/core/adapter.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import { endpointStore } from '../../src/core/context.js';
import { fr } from '../../src/core/i18n/messages/fr.js';
import { StoreController } from '../../src/core/controllers/store-controller.js';
import { conformanceSeed, runAdapterConformance } from '../../src/testing/conformance.js';

const backends = new WeakMap<CommunityAdapter, HttpBackend>();

function restOver(backend: HttpBackend, viewerId: string | null): RestAdapter {
  const adapter = new RestAdapter({ endpoint: backend.endpoint, fetch: backend.fetch, getToken: () => viewerId });
  backends.set(adapter, backend);
  return adapter;
}

runAdapterConformance({
  name: 'RestAdapter over an HTTP backend',
  create: ({ seed, viewerId, now, moderation }) => restOver(createHttpBackend(seed, undefined, { now, moderation }), viewerId),
  clock: true,
  moderationSettings: true,
  viewAs: (adapter, viewerId) => {
    const backend = backends.get(adapter);
    if (!backend) throw new Error('viewAs() got an adapter that create() did not make');
    return restOver(backend, viewerId);
  },
});

const endpoint = 'https://community.test/api';

/** A fetch that records each request and answers with `respond(request, callNumber)`. */
function stubFetch(respond: (request: Request, call: number) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetch: FetchFunction = async (input, init) => {
    const request = new Request(input, init);
    requests.push(request);
    return respond(request, requests.length);
  };
  return { fetch, requests };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** Replaces the page's global fetch until the returned function is called. */
function stubGlobalFetch(fetch: FetchFunction): () => void {
  const original = Object.getOwnPropertyDescriptor(window, 'fetch');
  Object.defineProperty(window, 'fetch', { value: fetch, configurable: true, writable: true });
  return () => {
    if (original) Object.defineProperty(window, 'fetch', original);
    else Reflect.deleteProperty(window, 'fetch');
  };
}

/** A bare element with a StoreController, to watch how it resolves its store. */
class EndpointProbe extends LitElement {
  readonly data = new StoreController(this);

  override render() {
    return html`${this.data.problem ?? (this.data.store ? 'ready' : 'loading')}`;
  }
}
customElements.define('majlis-endpoint-probe', EndpointProbe);

function probe(endpoint: string | null): EndpointProbe {
  const element = document.createElement('majlis-endpoint-probe') as EndpointProbe;
  if (endpoint !== null) element.setAttribute('endpoint', endpoint);
  document.body.append(element);
  return element;
}

function restWith(fetch: FetchFunction, options: Partial<RestAdapterOptions> = {}): RestAdapter {
  return new RestAdapter({ endpoint, fetch, retryDelayMs: 5, ...options });
}

/** Records the texts of `console.warn` until `restore()`. */
function watchWarnings(): string[] & { restore(): void } {
  const original = console.warn;
  const texts = Object.assign([] as string[], { restore: () => void (console.warn = original) });
  console.warn = (...args: unknown[]) => void texts.push(args.map(String).join(' '));
  return texts;
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected the call to fail'),
    (error: unknown) => error,
  );
}

async function majlisErrorOf(promise: Promise<unknown>): Promise<MajlisError> {
  const error = await rejectionOf(promise);
  expect(error).to.be.instanceOf(MajlisError);
  return error as MajlisError;
}

const validQuestion = {
  title: 'Voicemail calls me back every night at 2 am',
  body: 'Since Tuesday my phone rings at 2 am: the voicemail reminder.',
  categoryId: 'network',
  language: 'en',
};

/** A question exactly as the backend sends it, to spoil one field at a time. */
async function realQuestionJson(): Promise<Record<string, unknown>> {
  const backend = createHttpBackend(structuredClone(conformanceSeed));
  const response = await backend.fetch(`${backend.endpoint}/questions/q-open`);
  return (await response.json()) as Record<string, unknown>;
}

describe('RestAdapter', () => {
  describe('HTTP statuses', () => {
    const cases: [status: number, code: string][] = [
      [400, 'invalid'],
      [401, 'unauthenticated'],
      [403, 'forbidden'],
      [404, 'not-found'],
      [409, 'conflict'],
      [422, 'invalid'],
      [429, 'rate-limited'],
      [500, 'unavailable'],
      [502, 'unavailable'],
      [503, 'unavailable'],
    ];
    for (const [status, code] of cases) {
      it(`maps ${status} to "${code}", keeping the message of the error body`, async () => {
        const { fetch } = stubFetch(() => json(status, { error: { code: 'conflict', message: `Server said ${status}` } }));
        const error = await majlisErrorOf(restWith(fetch).askQuestion(validQuestion));
        expect(error.code).to.equal(code);
        expect(error.message).to.equal(`Server said ${status}`);
      });
    }

    it('takes the field of an invalid request from the body', async () => {
      const body = { error: { code: 'invalid', message: 'title is too short', field: 'title' } };
      for (const status of [400, 422]) {
        const { fetch } = stubFetch(() => json(status, body));
        const error = await majlisErrorOf(restWith(fetch).askQuestion(validQuestion));
        expect(error).to.include({ code: 'invalid', field: 'title', message: 'title is too short' });
      }
    });

    it('reads Retry-After in seconds or as an HTTP date into retryAfter', async () => {
      const seconds = stubFetch(() => json(429, { error: { code: 'rate-limited', message: 'Slow down' } }, { 'Retry-After': '30' }));
      expect(await majlisErrorOf(restWith(seconds.fetch).getViewer())).to.include({ code: 'rate-limited', retryAfter: 30 });
      const date = new Date(Date.now() + 120_000).toUTCString();
      const dated = stubFetch(() => json(429, {}, { 'Retry-After': date }));
      const error = await majlisErrorOf(restWith(dated.fetch).getViewer());
      expect(error.retryAfter).to.be.within(115, 121);
      const none = stubFetch(() => json(429, {}));
      expect((await majlisErrorOf(restWith(none.fetch).getViewer())).retryAfter).to.equal(undefined);
    });

    it('uses a known code of the body for other statuses, else "unavailable", and names the request without a body', async () => {
      const teapot = stubFetch(() => json(418, { error: { code: 'conflict', message: 'I am a teapot' } }));
      expect((await majlisErrorOf(restWith(teapot.fetch).getViewer())).code).to.equal('conflict');
      const html = stubFetch(() => new Response('<h1>Bad gateway</h1>', { status: 405, headers: { 'Content-Type': 'text/html' } }));
      const error = await majlisErrorOf(restWith(html.fetch).getQuestion('q-1'));
      expect(error.code).to.equal('unavailable');
      expect(error.message).to.equal('GET /questions/q-1 failed with HTTP 405');
    });

    it('says the endpoint does not answer as an API for a 404 without the contract’s error body, and warns', async () => {
      const warnings = watchWarnings();
      try {
        const page = stubFetch(() => new Response('<h1>Not Found</h1>', { status: 404, headers: { 'Content-Type': 'text/html' } }));
        const html = await majlisErrorOf(restWith(page.fetch).getQuestion('q-1'));
        expect(html).to.include({ code: 'unavailable', endpoint });
        expect(html.message).to.equal('GET /questions/q-1 failed with HTTP 404 and no Majlis error body');
        // Another server's own 404 (Fastify's, say) is not the contract's either.
        const other = stubFetch(() => json(404, { statusCode: 404, error: 'Not Found', message: 'Route GET:/questions not found' }));
        expect(await majlisErrorOf(restWith(other.fetch).listQuestions({}))).to.include({ code: 'unavailable', endpoint });
        const contract = stubFetch(() => json(404, { error: { code: 'not-found', message: 'No question q-1' } }));
        const missing = await majlisErrorOf(restWith(contract.fetch).getQuestion('q-1'));
        expect(missing.code).to.equal('not-found');
        expect(missing.endpoint).to.equal(undefined);
        expect(warnings.some((text) => text.includes(endpoint) && text.includes('does not answer as a Majlis API'))).to.equal(true);
      } finally {
        warnings.restore();
      }
    });

    it('turns a fetch TypeError into "network"', async () => {
      const { fetch } = stubFetch(() => {
        throw new TypeError('Failed to fetch');
      });
      const error = await majlisErrorOf(restWith(fetch, { retries: 0 }).getViewer());
      expect(error.code).to.equal('network');
      expect(error.message).to.contain('GET /viewer').and.contain('Failed to fetch');
      expect(error.retryable).to.equal(true);
    });
  });

  describe('retries', () => {
    it('retries a GET after 503s with exponential backoff, then succeeds', async () => {
      const backend = createHttpBackend(structuredClone(conformanceSeed));
      const { fetch, requests } = stubFetch((request, call) =>
        call <= 2 ? json(503, { error: { code: 'unavailable', message: 'Starting up' } }) : backend.fetch(request),
      );
      const start = performance.now();
      const question = await restWith(fetch, { retryDelayMs: 30 }).getQuestion('q-open');
      expect(question.id).to.equal('q-open');
      expect(requests.length).to.equal(3);
      expect(performance.now() - start, 'waited 30 ms then 60 ms').to.be.at.least(85);
    });

    it('retries a GET after a network failure', async () => {
      const backend = createHttpBackend(structuredClone(conformanceSeed));
      const { fetch, requests } = stubFetch((request, call) => {
        if (call === 1) throw new TypeError('NetworkError when attempting to fetch resource.');
        return backend.fetch(request);
      });
      expect((await restWith(fetch).listCategories()).length).to.be.greaterThan(0);
      expect(requests.length).to.equal(2);
    });

    it('gives up after `retries` retries with the last error', async () => {
      const { fetch, requests } = stubFetch(() => json(503, { error: { code: 'unavailable', message: 'Down' } }));
      expect((await majlisErrorOf(restWith(fetch, { retries: 3 }).getViewer())).code).to.equal('unavailable');
      expect(requests.length).to.equal(4);
      const once = stubFetch(() => json(500, {}));
      await majlisErrorOf(restWith(once.fetch).getViewer());
      expect(once.requests.length, 'default: 2 retries').to.equal(3);
    });

    it('does not retry 4xx answers or junk', async () => {
      for (const status of [404, 429]) {
        const { fetch, requests } = stubFetch(() => json(status, {}));
        await majlisErrorOf(restWith(fetch).getViewer());
        expect(requests.length, `after ${status}`).to.equal(1);
      }
      const junk = stubFetch(() => json(200, { user: 'nobody' }));
      await majlisErrorOf(restWith(junk.fetch).getViewer());
      expect(junk.requests.length).to.equal(1);
    });

    it('never retries a mutation, after a 5xx or a network failure', async () => {
      const failed = stubFetch(() => json(503, {}));
      const adapter = restWith(failed.fetch);
      expect((await majlisErrorOf(adapter.askQuestion(validQuestion))).code).to.equal('unavailable');
      expect((await majlisErrorOf(adapter.vote({ target: 'answer', id: 'a-1', voted: true }))).code).to.equal(
        'unavailable',
      );
      expect(failed.requests.map((request) => request.method)).to.deep.equal(['POST', 'PUT']);
      const offline = stubFetch(() => {
        throw new TypeError('Failed to fetch');
      });
      expect((await majlisErrorOf(restWith(offline.fetch).acceptAnswer({ answerId: 'a-1', accepted: true }))).code).to.equal(
        'network',
      );
      expect(offline.requests.length).to.equal(1);
    });

    it('stops waiting for a retry when aborted, with an AbortError', async () => {
      const { fetch, requests } = stubFetch(() => json(503, {}));
      const controller = new AbortController();
      const start = performance.now();
      const call = restWith(fetch, { retryDelayMs: 2000 }).listQuestions({}, { signal: controller.signal });
      await aTimeout(30);
      controller.abort();
      const error = await rejectionOf(call);
      expect(isAbortError(error), String(error)).to.equal(true);
      expect(performance.now() - start).to.be.below(1000);
      expect(requests.length).to.equal(1);
    });
  });

  describe('cancellation', () => {
    it('forwards the signal to fetch and rejects with an AbortError when aborted in flight', async () => {
      const signals: (AbortSignal | null | undefined)[] = [];
      const fetch: FetchFunction = (_input, init) => {
        signals.push(init?.signal);
        return new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('The user aborted.', 'AbortError')));
        });
      };
      const controller = new AbortController();
      const call = restWith(fetch).getQuestion('q-open', { signal: controller.signal });
      await aTimeout(10);
      controller.abort(new Error('a custom reason'));
      const error = await rejectionOf(call);
      expect(isAbortError(error), String(error)).to.equal(true);
      expect(signals).to.deep.equal([controller.signal]);
    });

    it('does not call fetch when the signal is already aborted', async () => {
      const { fetch, requests } = stubFetch(() => json(200, {}));
      const controller = new AbortController();
      controller.abort();
      expect(isAbortError(await rejectionOf(restWith(fetch).askQuestion(validQuestion, controller))), 'ask').to.equal(true);
      expect(requests.length).to.equal(0);
    });
  });

  describe('response shapes', () => {
    it('refuses a page whose item has a wrong type, naming the request and the path', async () => {
      const question = await realQuestionJson();
      const { fetch } = stubFetch(() => json(200, { items: [{ ...question, voteCount: '2' }], nextCursor: null }));
      const error = await majlisErrorOf(restWith(fetch).listQuestions({ limit: 5 }));
      expect(error.code).to.equal('unavailable');
      expect(error.message).to.equal(
        'GET /questions: items[0].voteCount: expected a non-negative integer, got "2"',
      );
    });

    it('refuses missing fields, bad enums and times, and nested junk', async () => {
      const question = await realQuestionJson();
      const { author: _author, ...withoutAuthor } = question;
      const cases: [unknown, string][] = [
        [withoutAuthor, 'author: expected an object, got nothing'],
        [{ ...question, status: 'closed' }, 'status: expected one of "open", "locked", got "closed"'],
        [{ ...question, createdAt: 'yesterday' }, 'createdAt: expected an ISO-8601 time, got "yesterday"'],
        [{ ...question, tags: ['ok', 7] }, 'tags[1]: expected a string, got 7'],
        [{ ...question, viewerCan: { vote: 'yes' } }, 'viewerCan.vote: expected a boolean, got "yes"'],
        [{ ...question, author: { ...(question.author as object), role: 'admin' } }, 'author.role: expected one of'],
        [{ ...question, type: 'answer' }, 'type: expected one of "question", got "answer"'],
        [[question], 'the response: expected an object, got an array'],
        [null, 'the response: expected an object, got null'],
      ];
      for (const [body, problem] of cases) {
        const { fetch } = stubFetch(() => json(200, body));
        const error = await majlisErrorOf(restWith(fetch).getQuestion('q-open'));
        expect(error.code).to.equal('unavailable');
        expect(error.message).to.contain(`GET /questions/q-open: ${problem}`);
      }
    });

    it('refuses a success that is not JSON', async () => {
      const { fetch } = stubFetch(() => new Response('<html>Welcome to the hotel Wi-Fi</html>', { headers: { 'Content-Type': 'text/html' } }));
      const error = await majlisErrorOf(restWith(fetch).listCategories());
      expect(error).to.include({ code: 'unavailable', message: 'GET /categories: expected a JSON response, got text/html' });
      expect(error.endpoint, 'likely the wrong address').to.equal(endpoint);
    });

    it('checks the shape of mutation results too, and drops unknown fields', async () => {
      const question = await realQuestionJson();
      const junk = stubFetch(() => json(200, { question, answer: { id: 'a-1' }, previous: null }));
      const error = await majlisErrorOf(restWith(junk.fetch).acceptAnswer({ answerId: 'a-1', accepted: true }));
      expect(error.message).to.equal('PUT /answers/a-1/accepted: answer.body: expected a string, got nothing');
      const extra = stubFetch(() => json(200, { ...question, internalScore: 0.93 }));
      expect(await restWith(extra.fetch).getQuestion('q-open')).to.not.have.property('internalScore');
    });
  });

  describe('requests', () => {
    it('asks getToken() on every request for a fresh bearer token, and sends none for null', async () => {
      const { fetch, requests } = stubFetch(() => json(200, { user: null }));
      const tokens = ['token-1', 'token-2', null];
      const adapter = restWith(fetch, { getToken: () => Promise.resolve(tokens.shift() ?? null) });
      await adapter.getViewer();
      await adapter.getViewer();
      await adapter.getViewer();
      expect(requests.map((request) => request.headers.get('Authorization'))).to.deep.equal([
        'Bearer token-1',
        'Bearer token-2',
        null,
      ]);
    });

    it('turns a failing getToken() into "unauthenticated"', async () => {
      const { fetch, requests } = stubFetch(() => json(200, { user: null }));
      const adapter = restWith(fetch, { getToken: () => Promise.reject(new Error('session expired')) });
      const error = await majlisErrorOf(adapter.getViewer());
      expect(error).to.include({ code: 'unauthenticated', message: 'getToken() failed: session expired' });
      expect(requests.length).to.equal(0);
    });

    it('passes credentials and extra headers to fetch', async () => {
      const { fetch, requests } = stubFetch(() => json(200, { user: null }));
      await restWith(fetch, { credentials: 'include', headers: { 'X-Tenant': 'be-fibre' } }).getViewer();
      expect(requests[0]?.credentials).to.equal('include');
      expect(requests[0]?.headers.get('X-Tenant')).to.equal('be-fibre');
      expect(requests[0]?.headers.get('Accept')).to.equal('application/json');
    });

    it('uses the global fetch at call time when none is given', async () => {
      const seen: string[] = [];
      const restore = stubGlobalFetch((input) => {
        seen.push(input instanceof Request ? input.url : input.toString());
        return Promise.resolve(json(200, []));
      });
      try {
        await new RestAdapter({ endpoint: '/api/community/' }).listCategories();
      } finally {
        restore();
      }
      expect(seen).to.deep.equal(['/api/community/categories']);
    });

    it('encodes the query and ids, and sends JSON bodies to the documented paths', async () => {
      const backend = createHttpBackend(structuredClone(conformanceSeed));
      const adapter = restOver(backend, 'member');
      await adapter.listQuestions({ search: 'التجوال eSIM', status: 'unsolved', limit: 5, cursor: null });
      await adapter.listAnswers('q-open', { sort: 'newest' });
      await majlisErrorOf(adapter.getUser('a/b?c'));
      await adapter.postAnswer({ questionId: 'q-open', body: 'Try a new SIM card.', language: 'en' });
      await adapter.vote({ target: 'answer', id: 'a-open-expert', voted: true });
      const seen = backend.requests.map((request) => `${request.method} ${request.url.slice(backend.endpoint.length)}`);
      expect(seen).to.deep.equal([
        `GET /questions?status=unsolved&search=${encodeURIComponent('التجوال')}+eSIM&limit=5`,
        'GET /questions/q-open/answers?sort=newest',
        'GET /users/a%2Fb%3Fc',
        'POST /questions/q-open/answers',
        'PUT /answers/a-open-expert/vote',
      ]);
      expect(await backend.requests[3]?.json()).to.deep.equal({ body: 'Try a new SIM card.', language: 'en' });
      expect(backend.requests[3]?.headers.get('Content-Type')).to.equal('application/json');
      expect(await backend.requests[4]?.json()).to.deep.equal({ voted: true });
    });

    it('refuses what it cannot send as invalid, naming the field, without a request', async () => {
      const { fetch, requests } = stubFetch(() => json(200, {}));
      const adapter = restWith(fetch);
      const notText = { search: 42 } as unknown as Parameters<RestAdapter['listQuestions']>[0];
      expect(await majlisErrorOf(adapter.listQuestions(notText))).to.include({ code: 'invalid', field: 'search' });
      const badTarget = { target: 'comment', id: 'c-1', voted: true } as unknown as Parameters<RestAdapter['vote']>[0];
      expect(await majlisErrorOf(adapter.vote(badTarget))).to.include({ code: 'invalid', field: 'target' });
      expect(await majlisErrorOf(adapter.getQuestion(''))).to.include({ code: 'invalid', field: 'id' });
      expect(requests.length).to.equal(0);
    });
  });

  describe('the endpoint attribute', () => {
    const probes: Element[] = [];
    let restore: (() => void) | undefined;

    afterEach(() => {
      probes.splice(0).forEach((element) => element.remove());
      restore?.();
      restore = undefined;
    });

    const track = (element: EndpointProbe) => (probes.push(element), element);

    it('loads the REST adapter lazily: no store and no problem while it loads, then a store', async () => {
      const element = track(probe('https://community.test/lazy-1'));
      expect([element.data.store, element.data.problem], 'while loading').to.deep.equal([undefined, undefined]);
      await waitUntil(() => element.data.store, 'the endpoint store never arrived');
      expect(element.data.problem).to.equal(undefined);
      await element.updateComplete;
      expect(textOf(element.shadowRoot)).to.equal('ready');
    });

    it('shares one adapter per endpoint URL, and follows attribute changes', async () => {
      const first = endpointStore(`${location.origin}/api/shared/`);
      await first.ready;
      expect(endpointStore('/api/shared').store, 'the same URL written another way').to.equal(first.store);
      const element = track(probe('/api/shared'));
      expect(element.data.store, 'already loaded: no loading state').to.equal(first.store);
      element.setAttribute('endpoint', '/api/other');
      await waitUntil(() => element.data.store && element.data.store !== first.store, 'did not follow the attribute');
      element.removeAttribute('endpoint');
      await waitUntil(() => element.data.problem === 'no-adapter', 'no-adapter after removing the endpoint', { timeout: 5000 });
      expect(element.data.store).to.equal(undefined);
    });

    it('tells the reader the community’s address is not answering when the endpoint is wrong', async () => {
      const backend = createHttpBackend(structuredClone(conformanceSeed), 'https://community.test/right-api');
      restore = stubGlobalFetch(backend.fetch);
      const wrong = 'https://community.test/wrong-api';
      const thread = await fixture<MajlisThread>(
        html`<majlis-thread endpoint=${wrong} question-id="q-open" lang="fr"></majlis-thread>`,
      );
      await waitUntil(() => thread.shadowRoot?.querySelector('[part="error"]'), 'no error shown', { timeout: 5000 });
      const shown = textOf(thread.shadowRoot!.querySelector('[part="error"]'));
      expect(shown).to.contain(fr.error.notAnswering);
      expect(shown).not.to.contain(fr.error['not-found']);
    });

    it('lets <majlis-thread endpoint> read a thread over HTTP with no script of the page', async () => {
      const backend = createHttpBackend(structuredClone(conformanceSeed), 'https://community.test/thread-api');
      restore = stubGlobalFetch(backend.fetch);
      const thread = await fixture<MajlisThread>(
        html`<majlis-thread endpoint=${backend.endpoint} question-id="q-open"></majlis-thread>`,
      );
      expect(thread.shadowRoot?.querySelector('[part="error"]'), 'no configuration problem').to.equal(null);
      // Lazy chunks and a backend in the page: generous waits, for a busy machine.
      const patience = { timeout: 5000 };
      await waitUntil(() => thread.shadowRoot?.querySelector('majlis-post[type="question"]'), 'no question rendered', patience);
      // The elements the thread renders have no endpoint of their own: they use the thread's.
      const question = thread.shadowRoot!.querySelector('majlis-post[type="question"]')!;
      await waitUntil(() => question.shadowRoot?.querySelector('[part="title"]'), 'the question post got no data source', patience);
      await waitUntil(() => question.shadowRoot?.querySelector('[part~="vote-count"]'), 'the kudos button got no data source', patience);
      expect(backend.requests.map((request) => new URL(request.url).pathname)).to.include('/thread-api/questions/q-open');
    });
  });
});
