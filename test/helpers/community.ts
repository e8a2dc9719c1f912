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
