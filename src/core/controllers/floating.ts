/**
 * The parts of @floating-ui/dom that {@link PopoverController} uses, imported by name so the bundler keeps
 * only those. The controller imports this module dynamically: it is a chunk of its own, fetched the first
 * time a popover opens.
 */
export { autoUpdate, computePosition, flip, offset, platform, shift } from '@floating-ui/dom';
