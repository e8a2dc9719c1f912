import { expect } from '../helpers/fixture.js';
import { controllerHost } from '../helpers/controller-host.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { PostLoader } from '../../src/core/controllers/post-loader-controller.js';
import type { PostRef } from '../../src/core/controllers/post-loader-controller.js';
import type { MajlisErrorEvent } from '../../src/core/events.js';
import { MajlisStore } from '../../src/core/store.js';

const settle = () => new Promise((resolve) => setTimeout(resolve));

function setup(ref: PostRef = { target: 'answer', id: 'a-1' }) {
  const adapter = new FakeAdapter();
  const data = { store: new MajlisStore(adapter) as MajlisStore | undefined };
  const host = controllerHost();
  let current = ref;
  const loader = new PostLoader(host, data, () => current);
  const errors: MajlisErrorEvent[] = [];
  host.addEventListener('majlis-error', (event) => errors.push(event));
  host.connect();
  return {
    adapter,
    data,
    host,
    loader,
    errors,
    show: (next: PostRef) => {
      current = next;
      host.update();
    },
  };
}

const loads = (adapter: FakeAdapter) => adapter.calls.filter((c) => c.method === 'getAnswer' || c.method === 'getQuestion');

describe('PostLoader', () => {
  it('is idle without a store or an id', () => {
    const { data, loader, show } = setup({ target: 'answer', id: '' });
    expect(loader.view.status).to.equal('idle');
    data.store = undefined;
    show({ target: 'answer', id: 'a-1' });
    expect(loader.view.status).to.equal('idle');
  });

  it('loads the post and the viewer once, then is ready from the store', async () => {
    const { adapter, host, loader } = setup();
    host.update();
    host.update();
    expect(loader.view.status).to.equal('loading');
    await settle();
    host.update();
    const view = loader.view;
    expect(view.status).to.equal('ready');
    if (view.status !== 'ready') return;
    expect(view.post.id).to.equal('a-1');
    expect(view.viewer.user?.id).to.equal('u-viewer');
    expect(loads(adapter)).to.have.length(1);
  });

  it('surfaces a failure with majlis-error and waits for retry()', async () => {
    const { adapter, host, loader, errors } = setup({ target: 'answer', id: 'a-404' });
    host.update();
    await settle();
    const view = loader.view;
    expect(view.status).to.equal('error');
    if (view.status === 'error') expect(view.error.code).to.equal('not-found');
    expect(errors.map((e) => [e.detail.operation, e.detail.error.code])).to.deep.equal([['load', 'not-found']]);
    host.update();
    await settle();
    expect(loads(adapter), 'no second try on its own').to.have.length(1);
    adapter.answers.push({ ...adapter.answers[0], id: 'a-404' });
    loader.retry();
    expect(loader.view.status).to.equal('loading');
    host.update();
    await settle();
    expect(loader.view.status).to.equal('ready');
  });

  it('ignores the failure of a post it has moved away from', async () => {
    const { host, loader, errors, show } = setup({ target: 'answer', id: 'a-404' });
    host.update();
    show({ target: 'answer', id: 'a-2' });
    await settle();
    expect(errors).to.have.length(0);
    host.update();
    await settle();
    expect(loader.view.status).to.equal('ready');
  });

  it('forgets a failure when it moves to another post', async () => {
    const { host, loader, show } = setup({ target: 'answer', id: 'a-404' });
    host.update();
    await settle();
    expect(loader.view.status).to.equal('error');
    show({ target: 'question', id: 'q-1' });
    expect(loader.view.status).to.equal('loading');
    await settle();
    expect(loader.view.status).to.equal('ready');
  });
});
