// The default tokens are readable on light and dark pages: 4.5:1 for text, 3:1 for the boundaries of controls and
// the focus ring (WCAG 2.2 AA, 1.4.3 and 1.4.11). Colours are read as the browser resolves them (system colours,
// light-dark(), color-mix()) and measured through a canvas, so every engine's colour syntax reads alike.
import { LitElement, css, html } from 'lit';
import { expect, fixture } from '../helpers/fixture.js';
import { tokenStyles } from '../../src/styles/tokens.styles.js';

const TEXT: [string, string][] = [
  ['--_text', '--_surface'],
  ['--_muted', '--_surface'],
  ['--_accent', '--_surface'],
  ['--_success', '--_surface'],
  ['--_warning', '--_surface'],
  ['--_danger', '--_surface'],
  ['--_on-accent', '--_accent'],
  ['--_text', '--_subtle'],
  ['--_muted', '--_subtle'],
  ['--_accent', '--_subtle'],
];
const BOUNDARIES: [string, string][] = [
  ['--_control-border', '--_surface'],
  ['--_focus', '--_surface'],
  ['--_focus', '--_subtle'],
];

class ContrastProbe extends LitElement {
  static override styles = [tokenStyles, css`span { display: block; }`];
  override render() {
    return [...TEXT, ...BOUNDARIES].map(([fg, bg]) => html`<span data-pair="${fg} ${bg}" style="color: var(${fg}); background: var(${bg})">Aa</span>`);
  }
}
customElements.define('contrast-probe', ContrastProbe);

const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** A resolved CSS colour as sRGB 0–255, through a canvas pixel (opaque colours only). */
function rgb(color: string): [number, number, number] {
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

function luminance([r, g, b]: [number, number, number]): number {
  const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

async function ratios(scheme: 'light' | 'dark'): Promise<Map<string, number>> {
  const wrapper = await fixture<HTMLElement>(html`<div style="color-scheme: ${scheme}"><contrast-probe></contrast-probe></div>`);
  const probe = wrapper.querySelector<ContrastProbe>('contrast-probe')!;
  await probe.updateComplete;
  return new Map(
    [...probe.shadowRoot!.querySelectorAll<HTMLElement>('[data-pair]')].map((span) => {
      const style = getComputedStyle(span);
      return [span.dataset['pair']!, contrast(style.color, style.backgroundColor)];
    }),
  );
}

const below = (measured: Map<string, number>, pairs: [string, string][], minimum: number) =>
  pairs.map((pair) => pair.join(' ')).filter((pair) => !(measured.get(pair)! >= minimum)).map((pair) => `${pair}: ${measured.get(pair)!.toFixed(2)}`);

describe('default token contrast', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`on a ${scheme} page: text 4.5:1, control boundaries and the focus ring 3:1`, async () => {
      const measured = await ratios(scheme);
      expect(below(measured, TEXT, 4.5), 'text').to.deep.equal([]);
      expect(below(measured, BOUNDARIES, 3), 'boundaries').to.deep.equal([]);
    });
  }

  it('measures what it should: black on white is 21:1, a pale grey on white fails', () => {
    expect(contrast('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).to.be.closeTo(21, 0.01);
    expect(contrast('color-mix(in srgb, black 16%, white)', 'white')).to.be.below(3);
  });
});
