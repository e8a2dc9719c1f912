import { LitElement, html as litHtml } from 'lit';
import { expect, fixture, html, waitUntil } from '../helpers/fixture.js';
import { defineOnce } from '../../src/core/define.js';
import { MajlisElement } from '../../src/core/element.js';
import { defineLazy, hasLazyElements, loadElement } from '../../src/core/lazy.js';

let counter = 0;
const uniqueTag = (name: string) => `lazy-${name}-${++counter}-${Math.random().toString(36).slice(2, 7)}`;

function lazyElement(tag: string, loads: string[]) {
  class Lazy extends LitElement {
    override render() {
      return litHtml`<span>${tag}</span>`;
    }
  }
  defineLazy(tag, () => {
    loads.push(tag);
    return Promise.resolve(Lazy);
  });
}

describe('lazy elements', () => {
  it('loads each lazy tag once, the first time it is rendered inside a Majlis element', async () => {
    const loads: string[] = [];
    // Two tags: once the first is defined, one is left to load (the count that once went wrong).
    const [first, second] = [uniqueTag('a'), uniqueTag('b')];
    for (const tag of [first, second]) lazyElement(tag, loads);
    const host = uniqueTag('host');
    let showSecond = false;
    class Host extends MajlisElement {
      override render() {
        const inner = document.createElement(first);
        return litHtml`${inner}${showSecond ? document.createElement(second) : ''}`;
      }
    }
    defineOnce(host, Host);
    const el = await fixture<Host>(html`<div></div>`).then((div) => {
      const created = document.createElement(host) as Host;
      div.append(created);
      return created;
    });
    await waitUntil(() => customElements.get(first), 'the first lazy tag was not loaded');
    expect(customElements.get(second)).to.equal(undefined);
    showSecond = true;
    el.requestUpdate();
    await waitUntil(() => customElements.get(second), 'the second lazy tag was not loaded after the first');
    expect(loads).to.deep.equal([first, second]);
    expect(hasLazyElements()).to.equal(false);
  });

  it('loads a tag the page itself adds later, and on demand', async () => {
    const loads: string[] = [];
    const [inPage, onDemand] = [uniqueTag('page'), uniqueTag('demand')];
    lazyElement(inPage, loads);
    lazyElement(onDemand, loads);
    const { watchDocument } = await import('../../src/core/lazy.js');
    watchDocument();
    document.body.append(document.createElement(inPage));
    await waitUntil(() => customElements.get(inPage), 'a tag added to the page was not loaded');
    await loadElement(onDemand);
    expect(customElements.get(onDemand)).to.exist;
    await loadElement(onDemand);
    expect(loads.filter((t) => t === onDemand)).to.have.length(1);
  });

  it('tries a failed chunk again next time', async () => {
    const tag = uniqueTag('flaky');
    let attempts = 0;
    class Flaky extends LitElement {}
    defineLazy(tag, () => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Flaky)));
    const failed = await loadElement(tag).then(() => false, () => true);
    expect(failed).to.equal(true);
    await loadElement(tag);
    expect(customElements.get(tag)).to.equal(Flaky);
  });
});
