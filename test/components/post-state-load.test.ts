import '../../src/index.js';
import { expect, waitUntil } from '../helpers/fixture.js';
import { textOf } from '../helpers/community.js';
import { ModerationFakeAdapter } from '../helpers/moderation-adapter.js';
import { probeWhenShown } from '../helpers/loading.js';
import { part } from '../helpers/provider.js';
import type { MajlisPost } from '../../src/components/post/post.js';

/*
 * What a post that is not published shows (post-state.ts) is fetched only by a page that has such a post, and then with
 * the thread's data, so its placeholder is whole when the answers appear (issue 11). Its own file: the view, once
 * fetched, stays for the page.
 */

const stateViewFetched = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/post/post-state.'));

/** Renders a thread and records, at the moment its answers first appear, whether the state view was in by then. */
async function renderThread(adapter: ModerationFakeAdapter) {
  const { thread, seen } = await probeWhenShown(adapter, '[part="answers"]', stateViewFetched);
  return { thread, fetchedWhenShown: seen };
}

describe('the state view of posts that are not published', () => {
  it('is not fetched for a thread whose posts are all published', async () => {
    const adapter = new ModerationFakeAdapter();
    adapter.viewer = null;
    const { fetchedWhenShown } = await renderThread(adapter);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([fetchedWhenShown, stateViewFetched()]).to.deep.equal([false, false]);
  });

  it('comes with the data of a thread that has a hidden answer, whose placeholder is whole when the answers appear', async () => {
    const adapter = new ModerationFakeAdapter();
    adapter.viewer = null;
    Object.assign(adapter.answers[0], { state: 'hidden', moderation: { reason: null, by: null, at: '2026-11-03T00:00:00Z' } });
    const { thread, fetchedWhenShown } = await renderThread(adapter);
    expect(fetchedWhenShown, 'the state view was fetched before the answers were shown').to.equal(true);
    const post = thread.shadowRoot!.querySelector<MajlisPost>('majlis-post[post-id="a-1"]')!;
    await waitUntil(() => post.shadowRoot && part(post, 'placeholder'), 'no placeholder');
    expect(textOf(part(post, 'placeholder'))).to.equal('This post is hidden while moderators review it.');
    expect(part(post, 'placeholder')!.hasAttribute('aria-busy')).to.equal(false);
    await expect(thread).to.be.accessible();
  });
});
