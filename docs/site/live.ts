// The documentation site's live examples (built by scripts/docs.mjs into docs-site/assets/live/): every element of
// an example renders on the in-browser adapter over the demo's community, as the member the example names
// (`data-viewer`). The host page's sign-in is a stand-in: a sign-in request signs in as a member of the seed.
import { configure } from '../../src/index.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import type { CommunitySeed } from '../../src/index.js';
import { withLiveSessions } from '../../demo/live.js';

const SIGN_IN_AS = 'u-noura';
const example = document.querySelector<HTMLElement>('[data-majlis-example]');

async function start(): Promise<void> {
  const response = await fetch(new URL('../../demo/seed.json', import.meta.url));
  // The demo's live sessions around today's date, for <majlis-live-session>.
  const seed = withLiveSessions((await response.json()) as CommunitySeed, new Date());
  const adapter = new MemoryAdapter({ seed, viewerId: example?.dataset['viewer'] ?? null });
  configure({ adapter });
  document.addEventListener('majlis-login-request', (event) => {
    adapter.setViewer(SIGN_IN_AS);
    void event.detail.signedIn();
  });
}

void start();
