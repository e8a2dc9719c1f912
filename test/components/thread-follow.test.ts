import '../../src/index.js';
import { expect, fixture, html, waitUntil } from '../helpers/fixture.js';
import { demoAdapter } from '../helpers/community.js';
import '../helpers/provider.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import type { MajlisThread } from '../../src/components/thread/thread.js';
import type { MajlisFollowButton } from '../../src/components/follow-button/follow-button.js';

async function renderThread(adapter: CommunityAdapter): Promise<MajlisThread> {
  const wrapper = await fixture<HTMLElement>(html`<div>
    <majlis-test-provider .adapter=${adapter}><majlis-thread question-id="q-1"></majlis-thread></majlis-test-provider>
  </div>`);
  const thread = wrapper.querySelector('majlis-thread')!;
  await waitUntil(() => thread.shadowRoot!.querySelector('majlis-post[type="question"]'), 'question did not render', { timeout: 5000 });
  return thread;
}

const followButton = (thread: MajlisThread) =>
  thread.shadowRoot!.querySelector<MajlisFollowButton>('majlis-post[type="question"] > majlis-follow-button');

describe('<majlis-question-list> and following', () => {
  it('offers to follow the category the list is filtered by', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <majlis-test-provider .adapter=${await demoAdapter('u-fatima')}
        ><majlis-question-list category="network-quality"></majlis-question-list
      ></majlis-test-provider>
    </div>`);
    const list = wrapper.querySelector('majlis-question-list')!;
    await waitUntil(() => list.shadowRoot?.querySelector('majlis-follow-button'), 'no follow button for the category', { timeout: 5000 });
    const follow = list.shadowRoot!.querySelector<MajlisFollowButton>('majlis-follow-button')!;
    expect(follow.getAttribute('target-id')).to.equal('network-quality');
    // The demo seed has u-fatima follow network quality.
    await waitUntil(() => follow.shadowRoot?.querySelector('[aria-pressed="true"]'), 'the seeded follow never showed', { timeout: 5000 });
    await expect(list).to.be.accessible();
  });
});

describe('<majlis-thread> and following', () => {
  it('shows the question’s follow toggle with the viewer’s state (a seeded follow)', async () => {
    const thread = await renderThread(await demoAdapter('u-omar'));
    const follow = followButton(thread)!;
    expect(follow.getAttribute('target')).to.equal('question');
    expect(follow.getAttribute('target-id')).to.equal('q-1');
    await waitUntil(() => follow.shadowRoot?.querySelector('[part~="follow-button"][aria-pressed="true"]'), 'the follow never showed as pressed', { timeout: 5000 });
  });

  it('shows no follow toggle when the adapter cannot follow', async () => {
    const adapter = await demoAdapter('u-omar');
    const withoutFollow = Object.create(adapter, { follow: { value: undefined } }) as CommunityAdapter;
    const thread = await renderThread(withoutFollow);
    expect(followButton(thread)).to.equal(null);
  });
});
