/**
 * Turns a custom state (`:state(name)`) on or off. Engines without `CustomStateSet` simply skip it:
 * states are a styling hook, never the only signal (ARIA attributes carry the meaning).
 */
export function toggleState(internals: ElementInternals | undefined, name: string, on: boolean): void {
  const states = internals?.states;
  if (!states) return;
  try {
    if (on) states.add(name);
    else states.delete(name);
  } catch {
    // Older engines only accepted the legacy `--name` form; the state is cosmetic, so ignore it.
  }
}
