// WCAG 2.2 AA in every state a reader meets: the thread and the question list loading, empty, failing, signed out,
// signed in, as staff, on a locked question; each left to right on a light page and right to left on a dark one (axe).
import '../../src/index.js';
import type { TemplateResult } from 'lit';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import { loadElement } from '../../src/core/lazy.js';
import { expect, fixture, html, loadDemoSeed, waitUntil } from '../helpers/fixture.js';
import '../helpers/provider.js';

interface State {
  name: string;
  viewer: string | null;
  content: TemplateResult;
  /** A selector inside the element's shadow root that shows the state is reached. */
  shows: string;
  latency?: number;
  failReads?: boolean;
}

const thread = (id: string) => html`<majlis-thread question-id=${id}></majlis-thread>`;
const list = (search = '') => html`<majlis-question-list .filters=${search ? { search } : {}}></majlis-question-list>`;

const STATES: State[] = [
  { name: 'thread loading', viewer: null, content: thread('q-1'), shows: '[aria-busy="true"]', latency: 60_000 },
  { name: 'thread failing', viewer: null, content: thread('q-1'), shows: '[part~="retry-button"]', failReads: true },
  { name: 'thread, signed out', viewer: null, content: thread('q-1'), shows: '[part~="sign-in-button"]' },
  { name: 'thread, a member', viewer: 'u-noura', content: thread('q-1'), shows: 'majlis-composer' },
  { name: 'thread, the asker', viewer: 'u-fatima', content: thread('q-2'), shows: 'majlis-composer' },
  { name: 'thread, staff', viewer: 'u-sophie', content: thread('q-1'), shows: 'majlis-composer' },
  { name: 'thread, locked', viewer: 'u-noura', content: thread('q-10'), shows: '[part~="notice"]' },
  { name: 'thread without answers', viewer: 'u-noura', content: thread('q-34'), shows: '[part~="empty"]' },
  { name: 'list', viewer: 'u-noura', content: list(), shows: '[part~="row"]' },
  { name: 'list loading', viewer: null, content: list(), shows: '[aria-busy="true"]', latency: 60_000 },
  { name: 'list with no results', viewer: null, content: list('zzzqqq'), shows: '[part~="empty"]' },
  { name: 'list failing', viewer: null, content: list(), shows: '[part~="retry-button"]', failReads: true },
];

async function render(state: State, dir: 'ltr' | 'rtl', scheme: 'light' | 'dark'): Promise<HTMLElement> {
  const adapter = new MemoryAdapter({
    seed: await loadDemoSeed(),
    viewerId: state.viewer,
    simulate: { ...(state.latency ? { latency: state.latency } : {}), ...(state.failReads ? { failures: { reads: 'network' } } : {}) },
  });
  const wrapper = await fixture<HTMLElement>(html`<div lang=${dir === 'rtl' ? 'ar' : 'en'} dir=${dir}
    style="color-scheme: ${scheme}; background: Canvas; color: CanvasText; padding: 8px">
    <majlis-test-provider .adapter=${adapter}>${state.content}</majlis-test-provider>
  </div>`);
  const element = wrapper.querySelector<HTMLElement>('majlis-thread, majlis-question-list')!;
  await waitUntil(() => element.shadowRoot?.querySelector(state.shows), `${state.name}: never showed ${state.shows}`, { timeout: 8000 });
  // Entrances that fade in: axe would blend their colours (the skeleton's endless pulse is left running).
  const entrances = element.shadowRoot!.getAnimations().filter((animation) => animation.effect?.getTiming().iterations !== Infinity);
  await Promise.all(entrances.map((animation) => animation.finished.catch(() => undefined)));
  return element;
}

describe('accessible in every state', () => {
  before(() => Promise.all([loadElement('majlis-question-list'), loadElement('majlis-thread')]));

  for (const state of STATES) {
    it(state.name, async function () {
      this.timeout(60_000);
      for (const [dir, scheme] of [['ltr', 'light'], ['rtl', 'dark']] as const) {
        const element = await render(state, dir, scheme);
        try {
          await expect(element).to.be.accessible();
        } catch (error) {
          throw new Error(`${state.name} (${dir}, ${scheme}): ${(error as Error).message}`);
        }
      }
    });
  }
});
