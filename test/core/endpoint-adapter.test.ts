import '../../src/index.js';
import { expect } from '../helpers/fixture.js';
import { endpointStore } from '../../src/core/context.js';

const restModuleLoaded = () =>
  performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname === '/src/adapters/rest.ts');

describe('the endpoint adapter registered by src/index.ts', () => {
  it('is the REST adapter, whose module loads only once an endpoint is used', async () => {
    expect(restModuleLoaded(), 'rest.ts loaded before any endpoint was used').to.equal(false);
    const entry = endpointStore('https://community.example/api');
    await entry.ready;
    expect(restModuleLoaded()).to.equal(true);
    const { RestAdapter } = await import('../../src/adapters/rest.js');
    expect(entry.store?.adapter).to.be.instanceOf(RestAdapter);
  });
});
