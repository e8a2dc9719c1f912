import { expect } from '../helpers/fixture.js';
import { controllerHost } from '../helpers/controller-host.js';
import type { ControllerHost } from '../helpers/controller-host.js';
import { deferred } from '../helpers/fake-adapter.js';
import type { Deferred } from '../helpers/fake-adapter.js';
import { MajlisError } from '../../src/core/adapter.js';
import { PagedLoadController } from '../../src/core/controllers/paged-load-controller.js';
import type { MajlisErrorEvent } from '../../src/core/events.js';
import type { Page } from '../../src/core/types.js';

interface Query {
  list: string;
}

interface Request {
  query: Query;
  cursor: string | null;
  signal: AbortSignal;
  reply: Deferred<Page<{ id: string }>>;
}

const page = (ids: string[], nextCursor: string | null = null, total?: number): Page<{ id: string }> => ({
  items: ids.map((id) => ({ id })),
  nextCursor,
  total,
});

/** A controller over a hand-answered fetch: each request waits until the test replies to it. */
function setup(keep?: (shown: Query, next: Query) => boolean) {
  const host: ControllerHost = controllerHost();
  const requests: Request[] = [];
  const refreshes: boolean[] = [];
  let query: Query | undefined = { list: 'a' };
  const loader = new PagedLoadController<Query>(host, {
    query: () => query,
    fetch: (q, cursor, signal) => {
      const reply = deferred<Page<{ id: string }>>();
      requests.push({ query: q, cursor, signal, reply });
      return reply.promise;
    },
    keep,
    loaded: (_page, refreshed) => refreshes.push(refreshed),
  });
  const errors: MajlisErrorEvent[] = [];
  host.addEventListener('majlis-error', (event) => errors.push(event));
  host.connect();
  return {
    host,
    loader,
    requests,
    refreshes,
    errors,
    setQuery: (next: Query | undefined) => {
      query = next;
      host.update();
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('PagedLoadController', () => {
  it('loads the first page before the host renders and shows it', async () => {
    const { host, loader, requests } = setup();
    expect(loader.status).to.equal('idle');
    host.update();
    expect(loader.status).to.equal('loading');
    expect(loader.busy).to.equal(true);
    expect(requests).to.have.length(1);
    expect(requests[0].cursor).to.equal(null);
    requests[0].reply.resolve(page(['q-1', 'q-2'], 'c-2', 5));
    await settle();
    expect(loader.status).to.equal('ready');
    expect(loader.busy).to.equal(false);
    expect(loader.ids).to.deep.equal(['q-1', 'q-2']);
    expect(loader.nextCursor).to.equal('c-2');
    expect(loader.total).to.equal(5);
    expect(loader.shown).to.deep.equal({ list: 'a' });
  });

  it('refreshes as many pages as are shown, keeping them on screen meanwhile', async () => {
    const { host, loader, requests } = setup();
    host.update();
    requests[0].reply.resolve(page(['q-1', 'q-2'], 'c-2', 5));
    await settle();
    const more = loader.more();
    requests[1].reply.resolve(page(['q-3', 'q-4'], 'c-4', 5));
    await more;
    const refreshed = loader.refresh();
    expect(loader.status, 'the rows stay').to.equal('ready');
    expect(loader.busy).to.equal(true);
    expect(loader.ids).to.deep.equal(['q-1', 'q-2', 'q-3', 'q-4']);
    expect(requests[2].cursor).to.equal(null);
    requests[2].reply.resolve(page(['q-1', 'q-2'], 'c-2', 6));
    await settle();
    expect(requests[3].cursor).to.equal('c-2');
    requests[3].reply.resolve(page(['q-3', 'q-4'], 'c-4'));
    await refreshed;
    expect(requests, 'no more pages than were shown').to.have.length(4);
    expect(loader.ids).to.deep.equal(['q-1', 'q-2', 'q-3', 'q-4']);
    expect(loader.total).to.equal(6);
    expect(loader.nextCursor).to.equal('c-4');
    expect(loader.busy).to.equal(false);
  });

  it('loads nothing while there is no query, and once per query value', () => {
    const { host, requests, setQuery } = setup();
    setQuery(undefined);
    expect(requests).to.have.length(0);
    setQuery({ list: 'a' });
    host.update();
    setQuery({ list: 'a' });
    expect(requests).to.have.length(1);
  });

  it('aborts the request in flight when the query changes, and ignores its late answer', async () => {
    const { host, loader, requests, setQuery } = setup();
    host.update();
    setQuery({ list: 'b' });
    expect(requests[0].signal.aborted, 'first request aborted').to.equal(true);
    expect(requests[1].query).to.deep.equal({ list: 'b' });
    requests[1].reply.resolve(page(['b-1']));
    requests[0].reply.resolve(page(['a-1']));
    await settle();
    expect(loader.ids).to.deep.equal(['b-1']);
    expect(loader.shown).to.deep.equal({ list: 'b' });
  });

  it('ignores a stale failure: no error shown, no event', async () => {
    const { host, loader, requests, errors, setQuery } = setup();
    host.update();
    setQuery({ list: 'b' });
    requests[0].reply.reject(new MajlisError('unavailable', 'late failure'));
    requests[1].reply.resolve(page(['b-1']));
    await settle();
    expect(loader.status).to.equal('ready');
    expect(errors).to.have.length(0);
  });

  it('surfaces a failure as an error status and a majlis-error event, and loads again on reload()', async () => {
    const { host, loader, requests, errors } = setup();
    host.update();
    requests[0].reply.reject(new MajlisError('rate-limited', 'slow down'));
    await settle();
    expect(loader.status).to.equal('error');
    expect((loader.error as MajlisError).code).to.equal('rate-limited');
    expect(errors).to.have.length(1);
    expect(errors[0].detail.operation).to.equal('load');
    expect(errors[0].detail.error.code).to.equal('rate-limited');
    const updates = host.updates;
    loader.reload();
    expect(host.updates, 'reload asks for an update').to.be.greaterThan(updates);
    host.update();
    expect(loader.status).to.equal('loading');
    requests[1].reply.resolve(page(['q-1']));
    await settle();
    expect(loader.status).to.equal('ready');
    expect(loader.error).to.equal(undefined);
  });

  it('keeps shown results on screen while a new query loads, unless keep() says otherwise', async () => {
    const kept = setup();
    kept.host.update();
    kept.requests[0].reply.resolve(page(['a-1']));
    await settle();
    kept.setQuery({ list: 'b' });
    expect(kept.loader.status).to.equal('ready');
    expect(kept.loader.busy).to.equal(true);
    expect(kept.loader.ids).to.deep.equal(['a-1']);
    kept.requests[1].reply.resolve(page(['b-1']));
    await settle();
    expect(kept.refreshes).to.deep.equal([false, true]);

    const replaced = setup((shown, next) => shown.list === next.list);
    replaced.host.update();
    replaced.requests[0].reply.resolve(page(['a-1']));
    await settle();
    replaced.setQuery({ list: 'b' });
    expect(replaced.loader.status).to.equal('loading');
  });

  it('pages on with the cursor of the shown results and adds only new ids', async () => {
    const { host, loader, requests } = setup();
    host.update();
    requests[0].reply.resolve(page(['q-1', 'q-2'], 'c-2', 4));
    await settle();
    const more = loader.more();
    expect(loader.loadingMore).to.equal(true);
    expect(await loader.more(), 'a second click while loading does nothing').to.equal(undefined);
    expect(requests).to.have.length(2);
    expect(requests[1].cursor).to.equal('c-2');
    expect(requests[1].query).to.deep.equal({ list: 'a' });
    requests[1].reply.resolve(page(['q-2', 'q-3', 'q-4'], null));
    expect(await more).to.deep.equal(['q-3', 'q-4']);
    expect(loader.ids).to.deep.equal(['q-1', 'q-2', 'q-3', 'q-4']);
    expect(loader.nextCursor).to.equal(null);
    expect(loader.total, 'a page without total keeps the known one').to.equal(4);
    expect(loader.loadingMore).to.equal(false);
    expect(await loader.more(), 'no next page').to.equal(undefined);
  });

  it('surfaces a failed next page without losing the shown results', async () => {
    const { host, loader, requests, errors } = setup();
    host.update();
    requests[0].reply.resolve(page(['q-1'], 'c-2'));
    await settle();
    const more = loader.more();
    requests[1].reply.reject(new MajlisError('network', 'offline'));
    expect(await more).to.equal(undefined);
    expect(loader.status).to.equal('ready');
    expect(loader.ids).to.deep.equal(['q-1']);
    expect((loader.moreError as MajlisError).code).to.equal('network');
    expect(errors.map((e) => e.detail.error.code)).to.deep.equal(['network']);
  });

  it('drops a next page that arrives after the query changed', async () => {
    const { host, loader, requests, errors, setQuery } = setup();
    host.update();
    requests[0].reply.resolve(page(['a-1'], 'c-2'));
    await settle();
    const more = loader.more();
    setQuery({ list: 'b' });
    expect(requests[1].signal.aborted).to.equal(true);
    requests[1].reply.resolve(page(['a-2']));
    expect(await more).to.equal(undefined);
    expect(loader.ids).to.deep.equal(['a-1']);
    expect(errors).to.have.length(0);
  });

  it('aborts on disconnect and loads again after reconnecting', async () => {
    const { host, loader, requests } = setup();
    host.update();
    host.disconnect();
    expect(requests[0].signal.aborted).to.equal(true);
    requests[0].reply.resolve(page(['a-1']));
    await settle();
    expect(loader.ids).to.deep.equal([]);
    host.connect();
    host.update();
    expect(requests).to.have.length(2);
  });

  it('adds an id learned elsewhere once, at the start or the end, and counts it', async () => {
    const { host, loader, requests } = setup();
    host.update();
    requests[0].reply.resolve(page(['a-1'], null, 1));
    await settle();
    loader.add('a-2');
    loader.add('a-0', true);
    loader.add('a-2');
    expect(loader.ids).to.deep.equal(['a-0', 'a-1', 'a-2']);
    expect(loader.total).to.equal(3);
  });
});
