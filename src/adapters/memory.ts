/**
 * The in-browser adapter (`majlis/memory`): a whole community in memory, seeded from JSON. Its parts live in
 * `./memory/` by capability (model, seed, input, listing, standings, persistence, simulation, the adapter class).
 * @module
 */
export { MemoryAdapter } from './memory/adapter.js';
export type { MemoryAdapterOptions } from './memory/adapter.js';
export { SIMULATED_OPERATIONS } from './memory/simulation.js';
export type { SimulatedFailures, SimulatedOperation, SimulationOptions } from './memory/simulation.js';
