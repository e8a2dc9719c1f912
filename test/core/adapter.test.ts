import { expect } from '../helpers/fixture.js';
import { MajlisError, isMajlisError, supports, toMajlisError } from '../../src/core/adapter.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';

describe('MajlisError', () => {
  it('carries a code, a field and whether retrying can help', () => {
    const error = new MajlisError('invalid', 'title is too short', { field: 'title' });
    expect(error).to.be.instanceOf(Error);
    expect(error.code).to.equal('invalid');
    expect(error.field).to.equal('title');
    expect(error.retryable).to.equal(false);
    expect(new MajlisError('network', 'offline').retryable).to.equal(true);
  });

  it('turns anything an adapter throws into a MajlisError', () => {
    expect(toMajlisError(new TypeError('Failed to fetch')).code).to.equal('network');
    expect(toMajlisError('boom').code).to.equal('unavailable');
    expect(toMajlisError({ weird: true }).message).to.contain('object');
    const original = new MajlisError('forbidden', 'no');
    expect(toMajlisError(original)).to.equal(original);
    expect(isMajlisError(new Error('plain'))).to.equal(false);
  });
});

describe('supports()', () => {
  it('discovers optional capabilities by method', () => {
    const adapter = { flag: () => Promise.resolve() } as unknown as CommunityAdapter;
    expect(supports(adapter, 'flag')).to.equal(true);
    expect(supports(adapter, 'leaderboard')).to.equal(false);
  });
});
