import { expect, fixture, html, waitUntil } from '../helpers/fixture.js';
import { defineOnce } from '../../src/core/element.js';
import { MajlisRelativeTime } from '../../src/components/relative-time/relative-time.js';

defineOnce('majlis-relative-time', MajlisRelativeTime);

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();
const timeOf = (el: MajlisRelativeTime) => el.shadowRoot!.querySelector('time');

describe('<majlis-relative-time>', () => {
  it('says how long ago in words, with the exact moment in <time datetime> and a title', async () => {
    const at = minutesAgo(180);
    const el = await fixture<MajlisRelativeTime>(html`<majlis-relative-time datetime=${at}></majlis-relative-time>`);
    const time = timeOf(el)!;
    expect(time.textContent).to.equal('3 hours ago');
    expect(time.getAttribute('datetime')).to.equal(at);
    expect(time.getAttribute('title')).to.contain(String(new Date(at).getFullYear()));
  });

  it('follows a new datetime', async () => {
    const el = await fixture<MajlisRelativeTime>(html`<majlis-relative-time datetime=${minutesAgo(5)}></majlis-relative-time>`);
    expect(timeOf(el)!.textContent).to.equal('5 minutes ago');
    el.datetime = new Date(Date.now() - 2 * 86_400_000).toISOString();
    await el.updateComplete;
    expect(timeOf(el)!.textContent).to.equal('2 days ago');
  });

  it('speaks the language of its ancestors, Arabic plurals included', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl">
      <majlis-relative-time datetime=${minutesAgo(120)}></majlis-relative-time>
    </div>`);
    const el = wrapper.querySelector('majlis-relative-time')!;
    await waitUntil(() => /ساعت/.test(timeOf(el)?.textContent ?? ''), `got ${timeOf(el)?.textContent}`);
  });

  it('renders nothing for a missing or invalid date', async () => {
    const el = await fixture<MajlisRelativeTime>(html`<majlis-relative-time datetime="not a date"></majlis-relative-time>`);
    expect(timeOf(el)).to.equal(null);
  });

  it('is accessible in LTR and RTL', async () => {
    const el = await fixture<MajlisRelativeTime>(html`<majlis-relative-time datetime=${minutesAgo(42)}></majlis-relative-time>`);
    await expect(el).to.be.accessible();
    const wrapper = await fixture<HTMLElement>(html`<p lang="ar" dir="rtl">
      <majlis-relative-time datetime=${minutesAgo(42)}></majlis-relative-time>
    </p>`);
    await expect(wrapper.querySelector('majlis-relative-time')!).to.be.accessible();
  });
});
