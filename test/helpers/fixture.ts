import './lit-warnings.js';
import type { CommunitySeed } from '../../src/core/seed.js';

export { fixture, html, expect, oneEvent, nextFrame, aTimeout, waitUntil, elementUpdated } from '@open-wc/testing';

let demoSeed: Promise<CommunitySeed> | undefined;

/** The demo's realistic seed (demo/seed.json), shared by tests as fixtures. A fresh copy each call. */
export async function loadDemoSeed(): Promise<CommunitySeed> {
  demoSeed ??= fetch(new URL('/demo/seed.json', location.origin)).then((r) => {
    if (!r.ok) throw new Error(`demo/seed.json: HTTP ${r.status}`);
    return r.json() as Promise<CommunitySeed>;
  });
  return structuredClone(await demoSeed);
}
