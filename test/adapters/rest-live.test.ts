import { expect, waitUntil } from '../helpers/fixture.js';
import { RestAdapter } from '../../src/adapters/rest.js';
import type { LiveEvent } from '../../src/core/types.js';

const endpoint = 'https://community.test/api';

/** A stream that sends `blocks` and then ends (the connection dropped) or stays open. */
function stream(blocks: string[], { end }: { end: boolean }): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const block of blocks) controller.enqueue(encoder.encode(block));
      if (end) controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream; charset=utf-8' } });
}

const event = (id: string, answerId: string) =>
  `id: ${id}\ndata: ${JSON.stringify({ id, type: 'answer-posted', questionId: 'q-1', categoryId: 'network', answerId })}\n\n`;

describe('RestAdapter live updates', () => {
  it('reads the stream with fetch and the bearer token, and reconnects from the last event id after a drop', async () => {
    const requests: Request[] = [];
    const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      requests.push(request);
      return Promise.resolve(
        requests.length === 1
          ? stream(['id: 40\n\n', ': ping\n\n', event('41', 'a-9')], { end: true })
          : stream([event('42', 'a-10')], { end: false }),
      );
    };
    const adapter = new RestAdapter({ endpoint, fetch, getToken: () => 'token-of-layla', retryDelayMs: 10 });
    const heard: LiveEvent[] = [];
    const opened: string[] = [];
    const errors: unknown[] = [];
    const stop = adapter.subscribe({ kind: 'question', id: 'q-1' }, (e) => heard.push(e), {
      onOpen: () => opened.push('open'),
      onError: (error) => errors.push(error),
    });
    await waitUntil(() => heard.length === 2, 'both events', { timeout: 3000 });
    stop();
    expect(heard.map((e) => e.id)).to.deep.equal(['41', '42']);
    expect(requests).to.have.length(2);
    const [first, second] = requests.map((request) => new URL(request.url));
    expect(first.pathname).to.equal('/api/live');
    expect(first.searchParams.get('topics')).to.equal('question:q-1');
    expect(first.searchParams.has('lastEventId')).to.equal(false);
    expect(second.searchParams.get('lastEventId')).to.equal('41');
    expect(requests[0].headers.get('Authorization')).to.equal('Bearer token-of-layla');
    expect(requests[0].headers.get('Accept')).to.equal('text/event-stream');
    expect(opened).to.deep.equal(['open', 'open']);
    expect(errors).to.have.length(1);
  });

  it('carries every topic of its subscribers on one connection, and stops retrying on a refusal', async () => {
    const requests: Request[] = [];
    const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(new Request(input, init));
      return Promise.resolve(
        new Response(JSON.stringify({ error: { code: 'invalid', message: 'Unknown topics', field: 'topics' } }), {
          status: 400,
          headers: { 'Content-Type': 'application/json' },
        }),
      );
    };
    const adapter = new RestAdapter({ endpoint, fetch, retryDelayMs: 10 });
    const errors: unknown[] = [];
    const stops = [
      adapter.subscribe({ kind: 'question', id: 'q-1' }, () => undefined, { onError: (error) => errors.push(error) }),
      adapter.subscribe({ kind: 'questions', categoryId: 'billing' }, () => undefined),
    ];
    await waitUntil(() => errors.length === 1, 'the refusal', { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    stops.forEach((stop) => stop());
    expect(requests).to.have.length(1);
    expect(new URL(requests[0].url).searchParams.get('topics')).to.equal('question:q-1,questions:billing');
    expect((errors[0] as { code?: string }).code).to.equal('invalid');
  });
});
