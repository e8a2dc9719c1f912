/**
 * The in-browser adapter (`majlis/memory`): a whole community in memory, seeded from JSON. Its parts live in
 * `./memory/` by capability (model, seed, input, listing, standings, persistence, the adapter class).
 * @module
 */
export { MemoryAdapter } from './memory/adapter.js';
export type { MemoryAdapterOptions } from './memory/adapter.js';
