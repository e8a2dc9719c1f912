/**
 * Fails the running test when Lit (development build) issues a warning, such as
 * "change-in-update" or a missing `static override styles`. The one-time "dev-mode" notice is ignored.
 * Imported through test/helpers/fixture.ts, so every test file that renders gets it.
 */
const issued: string[] = [];
const originalWarn = console.warn.bind(console);
const marker = '__majlisLitWarningsHooked';
const globals = globalThis as unknown as Record<string, unknown>;

if (!globals[marker]) {
  globals[marker] = true;
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode')) issued.push(text);
    originalWarn(...args);
  };
  afterEach(() => {
    if (issued.length === 0) return;
    const warnings = issued.splice(0);
    throw new Error(`Lit warned during this test:\n${warnings.join('\n')}`);
  });
}

export {};
