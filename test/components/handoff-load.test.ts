import '../../src/index.js';
import { expect, waitUntil } from '../helpers/fixture.js';
import { textOf } from '../helpers/community.js';
import { ModerationFakeAdapter } from '../helpers/moderation-adapter.js';
import { probeWhenShown } from '../helpers/loading.js';
import { part } from '../helpers/provider.js';
import type { MajlisPost } from '../../src/components/post/post.js';

/*
 * The notice of a question handed to customer care (<majlis-handoff-notice>) is fetched only by a page with such a
 * question, and then with the thread's data, so it is whole when the question first appears. Its own file: the
 * notice, once fetched, stays for the page.
 */

const noticeFetched = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/handoff-notice/handoff-notice.'));
const noticeReady = () => Boolean(customElements.get('majlis-handoff-notice'));

/** Renders a thread and records, at the moment its question first appears, whether the notice's code was in by then. */
async function renderThread(adapter: ModerationFakeAdapter) {
  const { thread, seen } = await probeWhenShown(adapter, 'majlis-post[type="question"]', noticeReady);
  return { thread, readyWhenShown: seen };
}

describe('the notice of a question handed to customer care', () => {
  it('is not fetched for a thread whose question was not handed over', async () => {
    const adapter = new ModerationFakeAdapter();
    adapter.viewer = null;
    const { readyWhenShown } = await renderThread(adapter);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([readyWhenShown, noticeReady(), noticeFetched()]).to.deep.equal([false, false, false]);
  });

  it('comes with the data of a thread whose question was handed over, whole when the question appears', async () => {
    const adapter = new ModerationFakeAdapter();
    adapter.viewer = null;
    adapter.question.handoff = { note: 'Our care team will call you today.', by: adapter.question.author, at: '2026-11-03T09:00:00Z' };
    const { thread, readyWhenShown } = await renderThread(adapter);
    expect(readyWhenShown, 'the notice was defined, with its texts, before the question was shown').to.equal(true);
    const post = thread.shadowRoot!.querySelector<MajlisPost>('majlis-post[type="question"]')!;
    await waitUntil(() => post.shadowRoot?.querySelector('majlis-handoff-notice')?.shadowRoot, 'no notice');
    const notice = post.shadowRoot!.querySelector('majlis-handoff-notice')!;
    expect(textOf(part(notice, 'handoff-notice'))).to.contain('Handed to customer care').and.to.contain('Our care team will call you today.');
    await expect(thread).to.be.accessible();
  });
});
