import { LitElement, html as litHtml, css } from 'lit';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { aTimeout, expect, fixture, html, waitUntil } from '../helpers/fixture.js';
import { PopoverController, physicalPlacement } from '../../src/core/controllers/popover-controller.js';
import type { PopoverPlacement } from '../../src/core/controllers/popover-controller.js';
import type { Direction } from '../../src/core/i18n/index.js';

const TAG = 'popover-controller-test-probe';

/** The smallest host: an anchor button and a 200 × 80 floating box, as an element would render them. */
class PopoverProbe extends LitElement {
  static override styles = css`
    .floating {
      inline-size: 200px;
      block-size: 80px;
      background: Canvas;
    }
    [hidden] {
      display: none;
    }
  `;
  direction: Direction = 'ltr';
  readonly controller = new PopoverController(this, {
    anchor: () => this.anchor,
    floating: () => this.floating,
    direction: () => this.direction,
    openDelay: 100,
    closeDelay: 100,
  });

  get anchor(): HTMLButtonElement {
    return this.renderRoot.querySelector('button')!;
  }

  get floating(): HTMLElement {
    return this.renderRoot.querySelector('.floating')!;
  }

  override render() {
    return litHtml`<button type="button" aria-expanded=${this.controller.isOpen ? 'true' : 'false'} @click=${() => this.controller.toggle()}>
        Anchor
      </button>
      <div class="floating" ?hidden=${!this.controller.isOpen}><button type="button">Inside</button></div>`;
  }
}
if (!customElements.get(TAG)) customElements.define(TAG, PopoverProbe);

/** An element whose shadow root holds a button, to click "outside" from inside another shadow tree. */
class OutsideProbe extends LitElement {
  override render() {
    return litHtml`<button type="button">Elsewhere</button>`;
  }
}
if (!customElements.get('popover-outside-probe')) customElements.define('popover-outside-probe', OutsideProbe);

/** A host that adds its controller only later, like one whose popover code loads on the first intent. */
class LatePopoverProbe extends LitElement {
  controller: PopoverController | undefined;

  addPopover(): void {
    this.controller = new PopoverController(this, {
      anchor: () => this.renderRoot.querySelector('button'),
      floating: () => this.renderRoot.querySelector('div'),
      direction: () => 'ltr',
      openDelay: 100,
    });
  }

  override render() {
    return litHtml`<button type="button">Anchor</button>
      <div ?hidden=${!this.controller?.isOpen}>Popover</div>`;
  }
}
if (!customElements.get('popover-late-probe')) customElements.define('popover-late-probe', LatePopoverProbe);

function floatingUiRequested(): boolean {
  return performance.getEntriesByType('resource').some((entry) => /@floating-ui|\/controllers\/floating\./.test(entry.name));
}

async function mount(direction: Direction = 'ltr'): Promise<{ root: HTMLElement; probe: PopoverProbe }> {
  const root = await fixture<HTMLElement>(html`<div style="padding: 40px 200px">
    <button id="before" type="button">Before</button>
    <popover-controller-test-probe></popover-controller-test-probe>
    <popover-outside-probe></popover-outside-probe>
  </div>`);
  const probe = root.querySelector<PopoverProbe>(TAG)!;
  probe.direction = direction;
  await probe.updateComplete;
  return { root, probe };
}

async function placed(probe: PopoverProbe): Promise<void> {
  await waitUntil(() => probe.floating.dataset['placement'], 'the popover was not positioned');
}

function centre(element: Element): [number, number] {
  const r = element.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

describe('PopoverController', () => {
  afterEach(async () => {
    await resetMouse();
  });

  // First in this file: nothing before it has opened a popover on this page.
  it('loads Floating UI only when a popover first opens', async () => {
    const { probe } = await mount();
    expect(floatingUiRequested(), 'requested before any popover opened').to.be.false;
    await probe.controller.open();
    await placed(probe);
    expect(floatingUiRequested()).to.be.true;
  });

  it('maps logical placements to physical ones for each direction', () => {
    const cases: [PopoverPlacement, string, string][] = [
      ['bottom-start', 'bottom-start', 'bottom-end'],
      ['bottom-end', 'bottom-end', 'bottom-start'],
      ['top-start', 'top-start', 'top-end'],
      ['bottom', 'bottom', 'bottom'],
      ['start', 'left', 'right'],
      ['end', 'right', 'left'],
      ['start-top', 'left-start', 'right-start'],
      ['end-bottom', 'right-end', 'left-end'],
    ];
    for (const [logical, ltr, rtl] of cases) {
      expect(physicalPlacement(logical, 'ltr'), `${logical} ltr`).to.equal(ltr);
      expect(physicalPlacement(logical, 'rtl'), `${logical} rtl`).to.equal(rtl);
    }
  });

  it('opens and closes from code, re-rendering the host', async () => {
    const { probe } = await mount();
    expect(probe.controller.isOpen).to.be.false;
    expect(probe.floating.hidden).to.be.true;
    await probe.controller.open();
    expect(probe.controller.isOpen).to.be.true;
    expect(probe.controller.openedBy).to.equal('api');
    expect(probe.anchor.getAttribute('aria-expanded')).to.equal('true');
    probe.controller.close();
    await probe.updateComplete;
    expect(probe.floating.hidden).to.be.true;
    expect(probe.anchor.getAttribute('aria-expanded')).to.equal('false');
  });

  it('places the popover under the anchor’s start edge, mirrored in RTL, with position: fixed', async () => {
    for (const direction of ['ltr', 'rtl'] as const) {
      const { probe } = await mount(direction);
      await probe.controller.open();
      await placed(probe);
      const a = probe.anchor.getBoundingClientRect();
      const f = probe.floating.getBoundingClientRect();
      expect(f.top, direction).to.be.closeTo(a.bottom + 6, 1);
      if (direction === 'ltr') expect(f.left, direction).to.be.closeTo(a.left, 1);
      else expect(f.right, direction).to.be.closeTo(a.right, 1);
      expect(probe.floating.dataset['placement']).to.equal(direction === 'ltr' ? 'bottom-start' : 'bottom-end');
      probe.controller.close();
    }
  });

  it('opens in the top layer, over a later sibling that has a stacking context of its own', async () => {
    const root = await fixture<HTMLElement>(html`<div style="padding: 4px 200px">
      <popover-controller-test-probe style="position: relative; z-index: 1"></popover-controller-test-probe>
      <div class="cover" style="position: relative; z-index: 1; block-size: 200px; background: Canvas"></div>
    </div>`);
    const probe = root.querySelector<PopoverProbe>(TAG)!;
    await probe.controller.open();
    await placed(probe);
    expect(probe.floating.matches(':popover-open'), 'not in the top layer').to.be.true;
    const [x, y] = centre(probe.floating);
    expect(probe.shadowRoot!.elementFromPoint(x, y) === probe.floating, 'the sibling covers the popover').to.be.true;
    probe.controller.close();
    await probe.updateComplete;
    expect(probe.floating.matches(':popover-open')).to.be.false;
    expect(probe.floating.hidden).to.be.true;
  });

  it('escapes a clipping overflow container', async () => {
    const root = await fixture<HTMLElement>(html`<div style="overflow: hidden; block-size: 40px; padding: 4px 200px">
      <popover-controller-test-probe></popover-controller-test-probe>
    </div>`);
    const probe = root.querySelector<PopoverProbe>(TAG)!;
    await probe.controller.open();
    await placed(probe);
    const [x, y] = centre(probe.floating);
    expect(y).to.be.greaterThan(root.getBoundingClientRect().bottom);
    expect(document.elementFromPoint(x, y) === probe, 'the popover is clipped').to.be.true;
  });

  it('stays under the anchor on a scrolled page', async () => {
    const root = await fixture<HTMLElement>(html`<div style="padding: 300px 200px 2000px">
      <popover-controller-test-probe></popover-controller-test-probe>
    </div>`);
    const probe = root.querySelector<PopoverProbe>(TAG)!;
    window.scrollTo(0, 250);
    try {
      await probe.controller.open();
      await placed(probe);
      expect(getComputedStyle(probe.floating).position).to.equal('fixed');
      expect(probe.floating.getBoundingClientRect().top).to.be.closeTo(probe.anchor.getBoundingClientRect().bottom + 6, 1);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('follows the anchor while open (autoUpdate) and stops listening after closing (cleanup)', async () => {
    const { root, probe } = await mount();
    // autoUpdate listens for resize on every overflow ancestor, the window included; cleanup() removes it.
    const listening = new Set<unknown>();
    const add = window.addEventListener.bind(window);
    const remove = window.removeEventListener.bind(window);
    type Listen = (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) => void;
    const spy = (original: Listen, track: (listener: unknown) => void): Listen => (type, listener, options) => {
      if (type === 'resize') track(listener);
      original(type, listener, options);
    };
    window.addEventListener = spy(add, (listener) => listening.add(listener));
    window.removeEventListener = spy(remove, (listener) => listening.delete(listener));
    try {
      await probe.controller.open();
      await placed(probe);
      expect(listening.size, 'autoUpdate is not running').to.be.greaterThan(0);
      const before = probe.floating.style.top;
      root.style.paddingBlockStart = '90px';
      window.dispatchEvent(new Event('resize'));
      await waitUntil(() => probe.floating.style.top !== before, 'did not follow the anchor');
      probe.controller.close();
      expect(listening.size, 'autoUpdate still running after close').to.equal(0);
    } finally {
      // Drop the own properties: the inherited EventTarget methods show through again.
      Reflect.deleteProperty(window, 'addEventListener');
      Reflect.deleteProperty(window, 'removeEventListener');
    }
  });

  it('closes on Escape and gives focus back to the anchor', async () => {
    const { probe } = await mount();
    probe.anchor.click();
    await placed(probe);
    probe.floating.querySelector('button')!.focus();
    await sendKeys({ press: 'Escape' });
    await probe.updateComplete;
    expect(probe.controller.isOpen).to.be.false;
    expect(probe.shadowRoot!.activeElement === probe.anchor, 'focus is not on the anchor').to.be.true;
  });

  it('closes on a pointer-down outside, also inside another shadow root, but not inside the popover', async () => {
    const { root, probe } = await mount();
    probe.anchor.click();
    await placed(probe);
    await sendMouse({ type: 'click', position: centre(probe.floating.querySelector('button')!) });
    expect(probe.controller.isOpen, 'closed by a click inside').to.be.true;
    const elsewhere = root.querySelector('popover-outside-probe')!.shadowRoot!.querySelector('button')!;
    await sendMouse({ type: 'click', position: centre(elsewhere) });
    expect(probe.controller.isOpen).to.be.false;
  });

  it('a click pins a popover opened by focus; the next click closes it', async () => {
    const { probe } = await mount();
    await probe.controller.open('focus');
    probe.anchor.click();
    expect(probe.controller.isOpen).to.be.true;
    expect(probe.controller.openedBy).to.equal('click');
    probe.anchor.click();
    expect(probe.controller.isOpen).to.be.false;
  });

  it('opens on keyboard focus and closes when focus moves on', async () => {
    const { root, probe } = await mount();
    root.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => probe.controller.isOpen, 'keyboard focus did not open it');
    await placed(probe);
    expect(probe.controller.openedBy).to.equal('focus');
    await sendKeys({ press: 'Tab' }); // into the popover: stays open
    expect(probe.controller.isOpen).to.be.true;
    await sendKeys({ press: 'Tab' }); // out of it
    expect(probe.controller.isOpen).to.be.false;
  });

  it('added while the pointer rests on its anchor or the anchor has keyboard focus, opens as if it had seen that', async () => {
    for (const intent of ['hover', 'focus'] as const) {
      const root = await fixture<HTMLElement>(html`<div style="padding: 40px 200px">
        <button id="before" type="button">Before</button>
        <popover-late-probe></popover-late-probe>
      </div>`);
      const probe = root.querySelector<LatePopoverProbe>('popover-late-probe')!;
      await probe.updateComplete;
      const anchor = probe.shadowRoot!.querySelector('button')!;
      if (intent === 'hover') {
        await sendMouse({ type: 'move', position: centre(anchor) });
      } else {
        root.querySelector<HTMLButtonElement>('#before')!.focus();
        await sendKeys({ press: 'Tab' });
      }
      probe.addPopover();
      await waitUntil(() => probe.controller!.openedBy === intent, `${intent} was missed`);
      probe.remove();
      await resetMouse();
    }
  });

  it('a hover-opened popover survives the trip to it and closes once the pointer leaves both', async () => {
    const { probe } = await mount();
    await sendMouse({ type: 'move', position: centre(probe.anchor) });
    await waitUntil(() => probe.controller.isOpen, 'hover did not open it');
    await placed(probe);
    await sendMouse({ type: 'move', position: centre(probe.floating) });
    await aTimeout(250);
    expect(probe.controller.isOpen, 'closed on the way to the popover').to.be.true;
    await sendMouse({ type: 'move', position: [2, 2] });
    await waitUntil(() => !probe.controller.isOpen, 'did not close after the pointer left');
  });

  it('leaving the anchor does not close a popover opened by click', async () => {
    const { probe } = await mount();
    await sendMouse({ type: 'click', position: centre(probe.anchor) });
    expect(probe.controller.openedBy).to.equal('click');
    await sendMouse({ type: 'move', position: [2, 2] });
    await aTimeout(250);
    expect(probe.controller.isOpen).to.be.true;
  });

  it('closes when the host is removed', async () => {
    const { probe } = await mount();
    await probe.controller.open();
    await placed(probe);
    probe.remove();
    expect(probe.controller.isOpen).to.be.false;
  });
});
