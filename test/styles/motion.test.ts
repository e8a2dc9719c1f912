// prefers-reduced-motion (WCAG 2.3.3): every transition and animation of every element either runs only under
// `(prefers-reduced-motion: no-preference)` or is turned off under `(prefers-reduced-motion: reduce)`.
import '../../src/index.js';
import type { LitElement } from 'lit';
import { expect } from '../helpers/fixture.js';
import { loadElement } from '../../src/core/lazy.js';

const TAGS = [
  'majlis-thread', 'majlis-post', 'majlis-vote-button', 'majlis-accept-button', 'majlis-relative-time', 'majlis-composer',
  'majlis-user-card', 'majlis-question-list', 'majlis-community', 'majlis-ask-form', 'majlis-moderation-queue',
  'majlis-leaderboard', 'majlis-follow-button', 'majlis-post-editor', 'majlis-revision-history', 'majlis-ideas',
  'majlis-live-session',
];

/** What a rule does to motion: starts some, stops it, or neither. */
function effect(style: CSSStyleDeclaration): 'moves' | 'still' | undefined {
  const animation = style.getPropertyValue('animation-name').trim();
  const transition = style.getPropertyValue('transition-property').trim();
  const durations = style.getPropertyValue('transition-duration').split(',').map((value) => value.trim());
  if (!animation && !transition) return undefined;
  const transitionStill = transition === 'none' || durations.every((value) => value === '0s');
  if ((animation && animation !== 'none') || (transition && !transitionStill)) return 'moves';
  return 'still';
}

/** Selectors that move (outside a no-preference query) and selectors that a reduce query stills. */
function motion(rules: CSSRuleList, media = '', found = { moving: new Set<string>(), stilled: new Set<string>() }) {
  for (const rule of rules) {
    if (rule instanceof CSSMediaRule) motion(rule.cssRules, rule.conditionText, found);
    else if (rule instanceof CSSStyleRule) {
      const does = effect(rule.style);
      const selectors = rule.selectorText.split(',').map((selector) => selector.trim());
      if (does === 'still' && /prefers-reduced-motion:\s*reduce/.test(media)) selectors.forEach((selector) => found.stilled.add(selector));
      if (does === 'moves' && !/prefers-reduced-motion:\s*no-preference/.test(media)) selectors.forEach((selector) => found.moving.add(selector));
    }
  }
  return found;
}

async function sheetsOf(tag: string): Promise<CSSStyleSheet[]> {
  await loadElement(tag);
  const element = customElements.get(tag) as unknown as typeof LitElement;
  return element.elementStyles.flatMap((style) => ('styleSheet' in style && style.styleSheet ? [style.styleSheet] : style instanceof CSSStyleSheet ? [style] : []));
}

describe('reduced motion', () => {
  for (const tag of TAGS) {
    it(`<${tag}> stills every transition and animation when the reader asks for less motion`, async () => {
      const found = { moving: new Set<string>(), stilled: new Set<string>() };
      for (const sheet of await sheetsOf(tag)) motion(sheet.cssRules, '', found);
      expect([...found.moving].filter((selector) => !found.stilled.has(selector))).to.deep.equal([]);
    });
  }

  it('finds a transition left running', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.a { transition: opacity 1s } .b { transition: opacity 1s } @media (prefers-reduced-motion: reduce) { .b { transition: none } }');
    const found = motion(sheet.cssRules);
    expect([...found.moving].filter((selector) => !found.stilled.has(selector))).to.deep.equal(['.a']);
  });
});
