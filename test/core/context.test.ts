import { expect } from '../helpers/fixture.js';
import { endpointStore, setEndpointAdapterFactory } from '../../src/core/context.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';

// Imports core alone, as a page importing single element modules (not src/index.ts) would.
describe('endpointStore', () => {
  it('fails (instead of throwing) while no endpoint adapter is registered', async () => {
    const entry = endpointStore('https://none.example/api');
    await entry.ready;
    expect(entry.failed).to.equal(true);
    expect(entry.store).to.equal(undefined);
  });

  it('asks the registered factory, once per endpoint URL', async () => {
    const asked: string[] = [];
    const adapter = {} as CommunityAdapter;
    setEndpointAdapterFactory((endpoint) => {
      asked.push(endpoint);
      return Promise.resolve(adapter);
    });
    const first = endpointStore('https://community.example/api/');
    const same = endpointStore('https://community.example/api');
    await first.ready;
    expect(same).to.equal(first);
    expect(asked).to.deep.equal(['https://community.example/api/']);
    expect(first.failed).to.equal(false);
    expect(first.store?.adapter).to.equal(adapter);
  });

  it('fails when the factory cannot create the adapter (its chunk did not load)', async () => {
    setEndpointAdapterFactory(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const entry = endpointStore('https://offline.example/api');
    await entry.ready;
    expect(entry.failed).to.equal(true);
  });
});
