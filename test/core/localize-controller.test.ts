import { LitElement, html as litHtml } from 'lit';
import { expect, fixture, html, nextFrame, waitUntil } from '../helpers/fixture.js';
import { LocalizeController } from '../../src/core/controllers/localize-controller.js';
import { en, loadMessages, registerMessages } from '../../src/core/i18n/index.js';

const TAG = 'localize-controller-test-probe';

class LocalizeProbe extends LitElement {
  readonly l10n = new LocalizeController(this);
  renders = 0;

  override render() {
    this.renders++;
    return litHtml`<p>${this.l10n.msg.common.retry}</p><span>${this.l10n.count('answers', 2)}</span>`;
  }
}
if (!customElements.get(TAG)) customElements.define(TAG, LocalizeProbe);

function text(probe: LocalizeProbe): string {
  return probe.shadowRoot?.querySelector('p')?.textContent ?? '';
}

/** Lets mutation observers, catalog loads and the resulting updates run. */
async function settle(probe: LocalizeProbe): Promise<void> {
  await nextFrame();
  await nextFrame();
  await probe.updateComplete;
}

async function mount(lang: string): Promise<{ wrapper: HTMLElement; probe: LocalizeProbe }> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><localize-controller-test-probe></localize-controller-test-probe></div>`);
  const probe = wrapper.querySelector<LocalizeProbe>(TAG)!;
  await settle(probe);
  return { wrapper, probe };
}

describe('LocalizeController', () => {
  it('renders English', async () => {
    const { probe } = await mount('en');
    expect(text(probe)).to.equal('Try again');
    expect(probe.shadowRoot!.querySelector('span')!.textContent).to.equal('2 answers');
    expect(probe.l10n).to.include({ locale: 'en', lang: 'en', dir: 'ltr' });
    expect(probe.l10n.msg).to.equal(en);
  });

  it('switches to Arabic, right to left, when an ancestor’s lang changes', async () => {
    const { wrapper, probe } = await mount('en-GB');
    wrapper.setAttribute('lang', 'ar-AE');
    await waitUntil(() => text(probe) === 'إعادة المحاولة', 'Arabic catalog did not arrive');
    expect(probe.l10n).to.include({ locale: 'ar-AE', lang: 'ar', dir: 'rtl' });
    expect(probe.shadowRoot!.querySelector('span')!.textContent).to.equal('إجابتان');
    expect(probe.l10n.relative('2024-03-04T12:00:00Z', '2024-03-05T12:00:00Z')).to.equal('أمس');
    expect(probe.l10n.number(1234.5)).to.equal(new Intl.NumberFormat('ar-AE').format(1234.5));
  });

  it('follows <html lang> and <html dir>', async () => {
    const html = document.documentElement;
    const saved = ['lang', 'dir'].map((name) => [name, html.getAttribute(name)] as const);
    const probe = await fixture<LocalizeProbe>(litHtml`<localize-controller-test-probe></localize-controller-test-probe>`);
    try {
      html.setAttribute('lang', 'nl');
      await waitUntil(() => text(probe) === 'Opnieuw proberen', 'Dutch catalog did not arrive');
      html.setAttribute('dir', 'rtl');
      await waitUntil(() => probe.l10n.dir === 'rtl', '<html dir> was not followed');
    } finally {
      for (const [name, value] of saved) {
        if (value === null) html.removeAttribute(name);
        else html.setAttribute(name, value);
      }
    }
  });

  it('lets the host’s own lang win over its ancestor’s', async () => {
    const { probe } = await mount('ar');
    await waitUntil(() => probe.l10n.lang === 'ar' && text(probe) === 'إعادة المحاولة');
    probe.setAttribute('lang', 'fr-BE');
    await waitUntil(() => text(probe) === 'Réessayer', 'French catalog did not arrive');
    expect(probe.l10n).to.include({ locale: 'fr-BE', lang: 'fr', dir: 'ltr' });
    probe.removeAttribute('lang');
    await waitUntil(() => text(probe) === 'إعادة المحاولة');
    expect(probe.l10n.dir).to.equal('rtl');
  });

  it('follows lang and dir changes inside shadow roots', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const section = document.createElement('section');
    section.lang = 'nl';
    const probe = document.createElement(TAG) as LocalizeProbe;
    section.append(probe);
    outer.attachShadow({ mode: 'open' }).append(section);
    await waitUntil(() => text(probe) === 'Opnieuw proberen');
    section.lang = 'vi';
    await waitUntil(() => text(probe) === 'Thử lại', 'a lang change in a shadow root was missed');
    probe.dir = 'rtl';
    await waitUntil(() => probe.l10n.dir === 'rtl', 'the host’s own dir in a shadow root was missed');
    probe.lang = 'ar';
    await waitUntil(() => text(probe) === 'إعادة المحاولة', 'the host’s own lang in a shadow root was missed');
  });

  it('stops while disconnected and catches up on reconnection', async () => {
    const { wrapper, probe } = await mount('en');
    await loadMessages('fr');
    probe.remove();
    const renders = probe.renders;
    wrapper.setAttribute('lang', 'fr');
    await settle(probe);
    expect(probe.renders).to.equal(renders);
    expect(probe.l10n.lang).to.equal('en');
    wrapper.append(probe);
    await settle(probe);
    expect(text(probe)).to.equal('Réessayer');
    expect(probe.renders).to.equal(renders + 1);
  });

  it('does not update when nothing it shows changed', async () => {
    const { wrapper, probe } = await mount('nl');
    await waitUntil(() => text(probe) === 'Opnieuw proberen');
    await settle(probe);
    const renders = probe.renders;
    wrapper.setAttribute('lang', 'nl');
    wrapper.setAttribute('dir', 'ltr');
    document.body.setAttribute('data-unrelated', '');
    const elsewhere = await fixture<HTMLElement>(html`<p lang="ar"></p>`);
    elsewhere.setAttribute('lang', 'vi');
    registerMessages('sw', { common: { retry: 'Jaribu tena' } });
    await settle(probe);
    document.body.removeAttribute('data-unrelated');
    expect(probe.renders).to.equal(renders);
  });

  it('re-renders when the host page registers messages', async () => {
    const { probe } = await mount('en');
    registerMessages('en', { common: { retry: 'Retry now' } });
    try {
      await settle(probe);
      expect(text(probe)).to.equal('Retry now');
    } finally {
      registerMessages('en', { common: { retry: en.common.retry } });
    }
    await settle(probe);
    expect(text(probe)).to.equal('Try again');
  });

  it('shares one MutationObserver among all connected controllers', async () => {
    const Original = window.MutationObserver;
    let created = 0;
    window.MutationObserver = class extends Original {
      constructor(callback: MutationCallback) {
        super(callback);
        created++;
      }
    };
    try {
      const list = await fixture<HTMLElement>(html`<div lang="en">
        ${Array.from({ length: 20 }, () => html`<localize-controller-test-probe></localize-controller-test-probe>`)}
      </div>`);
      expect(created).to.equal(1);
      const probes = [...list.children];
      for (const probe of probes) probe.remove();
      list.append(...probes);
      expect(created, 'a new observer after the last controller left').to.equal(2);
    } finally {
      window.MutationObserver = Original;
    }
  });
});
