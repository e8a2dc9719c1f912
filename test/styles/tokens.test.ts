import '../../src/index.js';
import { expect } from '../helpers/fixture.js';
import type { LitElement } from 'lit';
import { THEME_TOKENS } from '../../src/styles/tokens.styles.js';
import { loadElement } from '../../src/core/lazy.js';

const TAGS = ['majlis-thread', 'majlis-post', 'majlis-vote-button', 'majlis-accept-button', 'majlis-relative-time', 'majlis-composer', 'majlis-user-card', 'majlis-question-list', 'majlis-community', 'majlis-ask-form', 'majlis-moderation-queue'];

/** Elements whose view another renders in its own template: it reads (and documents) their knobs too. */
const RENDERED_INSIDE: Record<string, string[]> = { 'majlis-post': ['majlis-vote-button'] };

async function styleText(tag: string): Promise<string> {
  await loadElement(tag);
  const element = customElements.get(tag) as unknown as typeof LitElement;
  return element.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
}

const read = (css: string, prefix: string) => [...css.matchAll(new RegExp(`var\\((${prefix}[\\w-]+)`, 'g'))].map((m) => m[1]);
const defined = (css: string) => new Set([...css.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));

describe('theme tokens', () => {
  for (const tag of TAGS) {
    it(`<${tag}> defines every private --_ variable it reads`, async () => {
      const css = await styleText(tag);
      const known = defined(css);
      expect(read(css, '--_').filter((name) => !known.has(name))).to.deep.equal([]);
    });

    it(`<${tag}> reads only documented --majlis- properties`, async () => {
      const css = await styleText(tag);
      const knobs = [tag, ...(RENDERED_INSIDE[tag] ?? [])].map((owner) => `--majlis-${owner.slice('majlis-'.length)}-`);
      const undocumented = read(css, '--majlis-').filter(
        (name) => !(THEME_TOKENS as readonly string[]).includes(name) && !knobs.some((knob) => name.startsWith(knob)),
      );
      expect(undocumented).to.deep.equal([]);
    });
  }

  it('every custom property is either public (--majlis-) or private (--_)', async () => {
    const all = (await Promise.all(TAGS.map(styleText))).join('\n');
    const names = [...all.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]);
    expect(names.filter((name) => !name.startsWith('--majlis-') && !name.startsWith('--_'))).to.deep.equal([]);
  });
});

