// One error channel: the store reports a failed mutation (after its rollback) and MutationFeedback shows and fires
// the reports of the mutations its own host started.
import { LitElement, html as litHtml } from 'lit';
import { expect, fixture, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import '../helpers/provider.js';
import { MajlisError } from '../../src/core/adapter.js';
import { MutationFeedback } from '../../src/core/controllers/mutation-feedback.js';
import { LocalizeController } from '../../src/core/controllers/localize-controller.js';
import { StoreController } from '../../src/core/controllers/store-controller.js';
import { MajlisErrorEvent } from '../../src/core/events.js';
import { storeFor } from '../../src/core/store.js';
import type { StoreErrorEvent } from '../../src/core/store.js';
import { acceptAnswer } from '../../src/core/accepting.js';
import { vote } from '../../src/core/voting.js';

class MutatingHost extends LitElement {
  readonly data = new StoreController(this);
  readonly localize = new LocalizeController(this);
  readonly feedback = new MutationFeedback(this, this.data);
  override render() {
    return litHtml`${this.feedback.render(this.localize, 'vote-error')}`;
  }
}
customElements.define('test-mutating-host', MutatingHost);

async function mountHosts(adapter: FakeAdapter): Promise<MutatingHost[]> {
  const store = storeFor(adapter);
  await store.loadViewer();
  await store.loadQuestion('q-1');
  await store.listAnswers('q-1');
  const wrapper = await fixture<HTMLElement>(
    html`<majlis-test-provider .adapter=${adapter}><test-mutating-host></test-mutating-host><test-mutating-host></test-mutating-host></majlis-test-provider>`,
  );
  const hosts = [...wrapper.querySelectorAll<MutatingHost>('test-mutating-host')];
  await waitUntil(() => hosts.every((host) => host.data.store), 'no store');
  return hosts;
}

const shown = (host: MutatingHost) => host.shadowRoot!.querySelector('[part="vote-error"]')!.textContent.trim();

describe('MutationFeedback and the store’s error channel', () => {
  it('shows and fires the very report the store made of its host’s failed mutation', async () => {
    const adapter = new FakeAdapter();
    adapter.failWith = new MajlisError('rate-limited', 'Slow down');
    const [host] = await mountHosts(adapter);
    const reports: StoreErrorEvent[] = [];
    storeFor(adapter).addEventListener('error', (event) => reports.push(event as StoreErrorEvent));
    const fired = oneEvent<MajlisErrorEvent>(host, MajlisErrorEvent.type);
    const result = await host.feedback.run((store) => vote(store, 'answer', 'a-1', true));
    expect(result).to.equal(undefined);
    const event = await fired;
    expect(reports).to.have.length(1);
    expect(event.detail.error).to.equal(reports[0].error);
    expect(event.detail.operation).to.equal('vote');
    expect(host.feedback.error).to.equal(reports[0].error);
    await host.updateComplete;
    expect(shown(host)).to.equal(host.localize.error(reports[0].error));
    expect(storeFor(adapter).answer('a-1')?.voteCount, 'rolled back').to.equal(5);
  });

  it('keeps each host to its own failure when two fail at once', async () => {
    const adapter = new FakeAdapter();
    adapter.autoResolve = false;
    const [first, second] = await mountHosts(adapter);
    const one = first.feedback.run((store) => vote(store, 'answer', 'a-1', true));
    const two = second.feedback.run((store) => vote(store, 'question', 'q-1', true));
    await waitUntil(() => adapter.waiting === 2, 'both votes should reach the adapter');
    adapter.release(new MajlisError('conflict', 'changed meanwhile'));
    adapter.release(new MajlisError('network', 'offline'));
    await Promise.all([one, two]);
    expect(first.feedback.error?.code).to.equal('conflict');
    expect(second.feedback.error?.code).to.equal('network');
  });

  it('clears the failure on the next success', async () => {
    const adapter = new FakeAdapter();
    adapter.failWith = new MajlisError('network', 'offline');
    const [host] = await mountHosts(adapter);
    await host.feedback.run((store) => vote(store, 'answer', 'a-1', true));
    expect(host.feedback.error?.code).to.equal('network');
    adapter.failWith = null;
    expect(await host.feedback.run((store) => vote(store, 'answer', 'a-1', true))).to.include({ id: 'a-1' });
    expect(host.feedback.error).to.equal(undefined);
    await host.updateComplete;
    expect(shown(host)).to.equal('');
  });

  it('lets a failure the store did not report surface instead of showing it to the viewer', async () => {
    const [host] = await mountHosts(new FakeAdapter());
    const bug = new TypeError('not a store failure');
    const error = await host.feedback.run(() => Promise.reject(bug)).catch((e: unknown) => e);
    expect(error).to.equal(bug);
    expect(host.feedback.error).to.equal(undefined);
  });

  it('hears about an accept of an answer the store has not loaded, like any other refused accept', async () => {
    const adapter = new FakeAdapter();
    const [host] = await mountHosts(adapter);
    const fired = oneEvent<MajlisErrorEvent>(host, MajlisErrorEvent.type);
    await host.feedback.run((store) => acceptAnswer(store, 'a-404', true));
    const event = await fired;
    expect(event.detail.operation).to.equal('accept');
    expect(event.detail.error.code).to.equal('not-found');
  });
});
