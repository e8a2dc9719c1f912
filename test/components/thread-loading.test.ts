// What a thread page fetches, and when: the composer only for a viewer who may answer, the author card's
// popover on the first hover of an author, and nothing popping in or shifting when they arrive. Each test file
// runs in a page of its own, so the first test here sees a page that has loaded no composer yet.
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import { expect, fixture, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { demoAdapter, textOf } from '../helpers/community.js';
import { ACCEPT_CODE, BOARD_CODE, COMPOSER_CODE, POPOVER_CODE, fetched, fetchedAt, firstAuthorChip, openCard, watchFrames } from '../helpers/loading.js';
import '../helpers/provider.js';
import type { MemoryAdapter } from '../../src/adapters/memory.js';
import { storeFor } from '../../src/core/store.js';
import type { MajlisThread } from '../../src/components/thread/thread.js';

async function renderThread(adapter: MemoryAdapter, questionId = 'q-1') {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en" dir="ltr">
    <majlis-test-provider .adapter=${adapter}><majlis-thread question-id=${questionId}></majlis-thread></majlis-test-provider>
    <p id="next">After the thread</p>
  </div>`);
  const thread = wrapper.querySelector('majlis-thread')!;
  const watch = watchFrames(thread, wrapper.querySelector('#next')!);
  return { thread, watch };
}

/** Waits until every post shows its article and the answer area below them is filled. */
async function readable(thread: MajlisThread): Promise<void> {
  await waitUntil(() => {
    const posts = [...thread.shadowRoot!.querySelectorAll('majlis-post')];
    const area = thread.shadowRoot!.querySelector('[part="notice"]') ?? thread.shadowRoot!.querySelector('majlis-composer')?.shadowRoot?.querySelector('form');
    return posts.length > 1 && posts.every((post) => post.shadowRoot?.querySelector('article')) && area;
  }, 'the thread did not render', { timeout: 5000 });
}

const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('<majlis-thread> loads only what the viewer can use', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('an anonymous reader gets the sign-in prompt without the composer’s code, and the composer once signed in', async () => {
    const adapter = await demoAdapter(null);
    const { thread, watch } = await renderThread(adapter);
    await readable(thread);
    await settle();
    const notice = thread.shadowRoot!.querySelector('[part="notice"]')!;
    expect(textOf(notice)).to.contain('Sign in to answer');
    expect(customElements.get('majlis-composer'), '<majlis-composer> was defined').to.equal(undefined);
    expect(fetched(COMPOSER_CODE), 'the composer’s code was fetched').to.equal(false);
    expect(fetched(ACCEPT_CODE), 'the accept button’s code was fetched').to.equal(false);
    expect(fetched(BOARD_CODE), 'the board’s code was fetched').to.equal(false);
    expect(watch.popIns(), 'frames showed the answers before the sign-in prompt').to.deep.equal([]);

    setTimeout(() => thread.shadowRoot!.querySelector<HTMLButtonElement>('[part="sign-in-button"]')!.click());
    const request = await oneEvent(thread, 'majlis-login-request');
    expect(request.detail.reason).to.equal('answer');

    adapter.setViewer('u-omar'); // a member: may answer, not accept
    storeFor(adapter).reset();
    await waitUntil(() => thread.shadowRoot!.querySelector('majlis-composer')?.shadowRoot?.querySelector('textarea'), 'no composer after sign-in', {
      timeout: 5000,
    });
    expect(fetched(COMPOSER_CODE), 'the composer’s code was not fetched').to.equal(true);
    expect(thread.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    expect(watch.frames.filter((frame) => frame.answerArea === 'empty'), 'the composer showed empty').to.deep.equal([]);
    watch.stop();
  });

  it('fetches the author card’s code on the first hover of an author, opens it, and nothing moves', async () => {
    expect(fetched(POPOVER_CODE), 'the popover’s code was fetched before any hover').to.equal(false);
    const { thread, watch } = await renderThread(await demoAdapter(null));
    await readable(thread);
    await settle();
    expect(fetched(POPOVER_CODE), 'rendering the thread fetched the popover’s code').to.equal(false);
    const shown = performance.now();
    const before = watch.frames.at(-1)!.nextTop;
    const box = firstAuthorChip(thread).getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await waitUntil(() => openCard(thread), 'the card did not open on hover', { timeout: 5000 });
    await settle();
    expect(fetched(POPOVER_CODE), 'the popover’s code was not fetched on hover').to.equal(true);
    expect(watch.frames.filter((frame) => frame.nextTop !== before), 'the page moved').to.deep.equal([]);
    const shift = watch.layoutShift(shown);
    if (shift !== undefined) expect(shift, 'layout shift (Chromium)').to.equal(0);
    watch.stop();
  });

  it('the asker gets the accept buttons on the thread’s first paint: none pops in', async () => {
    const { thread, watch } = await renderThread(await demoAdapter('u-fatima'), 'q-2');
    await readable(thread);
    await settle();
    const shown = watch.frames.find((frame) => frame.answers)!;
    expect(fetchedAt(ACCEPT_CODE), 'the accept button’s code came after the answers').to.be.at.most(shown.time);
    const answers = [...thread.shadowRoot!.querySelectorAll('majlis-post[type="answer"]')];
    expect(answers.every((post) => post.shadowRoot!.querySelector('majlis-accept-button')?.shadowRoot?.querySelector('button'))).to.equal(true);
    expect(watch.frames.filter((frame) => frame.acceptMissing > 0), 'frames showed answers without their accept button').to.deep.equal([]);
    watch.stop();
  });

  it('a signed-in writer gets the composer on the thread’s first paint: no frame without it, no shift', async () => {
    const { thread, watch } = await renderThread(await demoAdapter('u-sophie'), 'q-2');
    await readable(thread);
    await settle();
    expect(thread.shadowRoot!.querySelector('majlis-composer')!.shadowRoot!.querySelector('textarea')).to.exist;
    expect(watch.popIns(), 'frames showed the answers before the composer').to.deep.equal([]);
    const shown = watch.frames.find((frame) => frame.answers)!;
    expect(watch.frames.filter((frame) => frame.time > shown.time && frame.nextTop !== shown.nextTop), 'the page moved').to.deep.equal([]);
    const shift = watch.layoutShift(shown.time);
    if (shift !== undefined) expect(shift, 'layout shift (Chromium)').to.equal(0);
    watch.stop();
    await expect(thread).to.be.accessible();
  });

});
