import './lit-warnings.js';
import type { CommunitySeed } from '../../src/core/seed.js';

export { fixture, html, expect, oneEvent, nextFrame, aTimeout, waitUntil, elementUpdated } from '@open-wc/testing';

/** The demo's realistic seed (demo/seed.json), shared by tests as fixtures. A fresh copy each call. */
export async function loadDemoSeed(): Promise<CommunitySeed> {
  const { default: seed } = await import('../../demo/seed.json');
  return structuredClone(seed as unknown as CommunitySeed);
}
