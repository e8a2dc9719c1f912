import { MemoryAdapter } from '../../src/adapters/memory.js';
import { loadDemoSeed } from './fixture.js';

/** A MemoryAdapter over the demo's realistic seed, as `viewerId` (null = anonymous). */
export async function demoAdapter(viewerId: string | null = null): Promise<MemoryAdapter> {
  return new MemoryAdapter({ seed: await loadDemoSeed(), viewerId });
}

/** Visible text of an element's shadow content, whitespace collapsed. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The level assistive technology reads for a heading: its `aria-level`, else its `<hN>` tag; undefined if none. */
export function headingLevelOf(element: Element | null | undefined): number | undefined {
  if (!element) return undefined;
  if (element.getAttribute('role') === 'heading') return Number(element.getAttribute('aria-level'));
  const match = /^h([1-6])$/.exec(element.localName);
  return match ? Number(match[1]) : undefined;
}
