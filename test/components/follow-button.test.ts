import type { TemplateResult } from 'lit';
import { aTimeout, expect, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { mountWith, part } from '../helpers/provider.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import { defineOnce } from '../../src/core/element.js';
import { MajlisErrorEvent, MajlisFollowEvent, MajlisLoginRequestEvent } from '../../src/core/events.js';
import { conformanceSeed } from '../../src/testing/conformance.js';
import { MajlisFollowButton } from '../../src/components/follow-button/follow-button.js';

defineOnce('majlis-follow-button', MajlisFollowButton);

const followButton = (target = 'question', id = 'q-open') =>
  html`<majlis-follow-button target=${target} target-id=${id}></majlis-follow-button>`;

function memory(viewerId: string | null = 'member', simulate: ConstructorParameters<typeof MemoryAdapter>[0]['simulate'] = {}): MemoryAdapter {
  return new MemoryAdapter({ seed: structuredClone(conformanceSeed), viewerId, simulate });
}

const button = (el: MajlisFollowButton) => part(el, 'follow-button') as HTMLButtonElement;

async function mount(adapter: CommunityAdapter, content: TemplateResult = followButton(), wrap?: (inner: TemplateResult) => TemplateResult) {
  const el = await mountWith<MajlisFollowButton>(adapter, content, 'majlis-follow-button', wrap);
  await waitUntil(() => part(el, 'follow-button') && !button(el).disabled, 'the follow button never became ready');
  return el;
}

describe('<majlis-follow-button>', () => {
  it('follows a question at once, then fires majlis-follow; pressing again unfollows', async () => {
    const adapter = memory();
    const el = await mount(adapter);
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(button(el).textContent?.trim()).to.equal('Follow');
    expect(part(el, 'follow-button')!.getAttribute('aria-describedby')).to.equal('follow-what');
    expect(el.shadowRoot!.getElementById('follow-what')!.textContent).to.equal('Get news of new answers to this question');

    const followed = oneEvent<MajlisFollowEvent>(el, MajlisFollowEvent.type);
    button(el).click();
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    expect(button(el).textContent?.trim()).to.equal('Following');
    expect((await followed).detail).to.deep.equal({ target: 'question', id: 'q-open', following: true });
    expect(el.matches(':state(following)')).to.equal(true);
    expect((await adapter.getQuestion('q-open')).viewerFollows).to.equal(true);

    const unfollowed = oneEvent<MajlisFollowEvent>(el, MajlisFollowEvent.type);
    button(el).click();
    expect((await unfollowed).detail.following).to.equal(false);
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect((await adapter.getQuestion('q-open')).viewerFollows).to.equal(false);
  });

  it('follows a category', async () => {
    const adapter = memory();
    const el = await mount(adapter, followButton('category', 'roaming'));
    expect(el.shadowRoot!.getElementById('follow-what')!.textContent).to.equal('Get news of new answers in this category');
    const followed = oneEvent<MajlisFollowEvent>(el, MajlisFollowEvent.type);
    button(el).click();
    expect((await followed).detail).to.deep.equal({ target: 'category', id: 'roaming', following: true });
    const categories = await adapter.listCategories();
    expect(categories.find((category) => category.id === 'roaming')?.viewerFollows).to.equal(true);
  });

  it('rolls back and says why when the adapter refuses', async () => {
    const adapter = memory('member', { failures: { follow: 'network' } });
    const errors: MajlisErrorEvent[] = [];
    const el = await mount(adapter);
    el.addEventListener(MajlisErrorEvent.type, (event) => errors.push(event));
    button(el).click();
    await waitUntil(() => part(el, 'follow-error')?.textContent?.trim(), 'no error was shown');
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(errors.map((event) => [event.detail.operation, event.detail.error.code])).to.deep.equal([['follow', 'network']]);
    await expect(el).to.be.accessible();
  });

  it('asks an anonymous viewer to sign in, follows nothing, and follows once they did', async () => {
    const adapter = memory(null);
    const el = await mount(adapter);
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    const requested = oneEvent<MajlisLoginRequestEvent>(el, MajlisLoginRequestEvent.type);
    button(el).click();
    const event = await requested;
    expect(event.detail.reason).to.equal('follow');
    await aTimeout(20);
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');

    adapter.setViewer('member');
    const followed = oneEvent<MajlisFollowEvent>(el, MajlisFollowEvent.type);
    await event.detail.signedIn();
    expect((await followed).detail.following).to.equal(true);
    expect((await adapter.getQuestion('q-open')).viewerFollows).to.equal(true);
  });

  it('reads a category’s state again once an anonymous reader signed in', async () => {
    const adapter = memory(null);
    adapter.setViewer('member');
    await adapter.follow({ target: 'category', id: 'roaming', following: true });
    adapter.setViewer(null);
    const el = await mount(adapter, followButton('category', 'roaming'));
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    const requested = oneEvent<MajlisLoginRequestEvent>(el, MajlisLoginRequestEvent.type);
    button(el).click();
    const event = await requested;
    adapter.setViewer('member');
    await event.detail.signedIn();
    await waitUntil(() => button(el).getAttribute('aria-pressed') === 'true', 'the member’s follow never showed');
    expect(button(el).disabled).to.equal(false);
    expect((await adapter.listCategories()).find((category) => category.id === 'roaming')?.viewerFollows).to.equal(true);
  });

  it('is hidden when the adapter cannot follow', async () => {
    const adapter = memory();
    const withoutFollow = Object.create(adapter, { follow: { value: undefined } }) as CommunityAdapter;
    const el = await mountWith<MajlisFollowButton>(withoutFollow, followButton(), 'majlis-follow-button');
    await el.updateComplete;
    expect(el.hidden).to.equal(true);
    expect(part(el, 'follow-button')).to.equal(null);
  });

  it('shows a load error with a retry', async () => {
    const adapter = memory('member', { failures: { getQuestion: 'unavailable' } });
    const el = await mountWith<MajlisFollowButton>(adapter, followButton(), 'majlis-follow-button');
    await waitUntil(() => part(el, 'error'), 'no load error was shown');
    adapter.setSimulation({});
    part(el, 'retry-button')!.click();
    await waitUntil(() => part(el, 'follow-button') && !button(el).disabled, 'retry did not load the state');
  });

  for (const [lang, dir, text] of [
    ['en', 'ltr', 'Follow'],
    ['ar', 'rtl', 'متابعة'],
  ] as const) {
    it(`is accessible in ${dir} (${lang})`, async () => {
      const el = await mount(memory(), followButton(), (inner) => html`<div lang=${lang} dir=${dir}>${inner}</div>`);
      await waitUntil(() => button(el).textContent?.trim() === text, `the button never read ${text}`);
      await expect(el).to.be.accessible();
      button(el).click();
      await waitUntil(() => button(el).getAttribute('aria-pressed') === 'true', 'never followed');
      await expect(el).to.be.accessible();
    });
  }
});
