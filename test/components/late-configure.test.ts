// A page that configures Majlis after an await (a sign-in token fetched first, say) never shows its readers a
// "no data source" alert: until the page has loaded and had a second, an element without one is loading.
import '../../src/index.js';
import { configure } from '../../src/index.js';
import { expect, fixture, html, waitUntil } from '../helpers/fixture.js';
import { demoAdapter } from '../helpers/community.js';
import type { MajlisThread } from '../../src/components/thread/thread.js';

describe('configure() after an await', () => {
  it('shows the thread loading, then the thread, and never the configuration alert', async () => {
    const thread = await fixture<MajlisThread>(html`<majlis-thread question-id="q-1" lang="ar" dir="rtl"></majlis-thread>`);
    const alerting = () => Boolean(thread.shadowRoot!.querySelector('[part~="error"]'));
    let alerted = alerting();
    const watch = new MutationObserver(() => (alerted ||= alerting()));
    watch.observe(thread.shadowRoot!, { subtree: true, childList: true });
    expect(thread.shadowRoot!.querySelector('[aria-busy="true"]'), 'the loading state').to.not.equal(null);

    const adapter = await demoAdapter();
    await new Promise((resolve) => setTimeout(resolve, 400)); // the page's own await
    configure({ adapter });
    await waitUntil(() => thread.shadowRoot!.querySelector('majlis-post[type="question"]'), 'the question never rendered', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 1200)); // past the moment a missing source would be told
    watch.disconnect();
    expect(alerted, 'a configuration alert flashed').to.equal(false);
    await expect(thread).to.be.accessible();
  });
});
