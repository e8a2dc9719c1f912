import { expect } from '../helpers/fixture.js';
import { isMajlisError } from '../../src/core/adapter.js';
import { decodeCursor, encodeCursor } from '../../src/core/contract/cursor.js';
import { primaryLanguage } from '../../src/core/contract/language.js';

describe('contract: cursor', () => {
  const order = { name: 'questions/newest', keyLength: 1 };

  it('reads back the position it wrote, ids in any script included', () => {
    const position = { key: [-1_700_000_000_000], id: 'q-سؤال-1' };
    expect(decodeCursor(encodeCursor(order, position), order)).to.deep.equal(position);
  });

  it('is base64 of the JSON { o, k, id }, the format the server reads', () => {
    const cursor = encodeCursor(order, { key: [3], id: 'q-1' });
    expect(JSON.parse(atob(cursor))).to.deep.equal({ o: 'questions/newest', k: [3], id: 'q-1' });
  });

  it('refuses a cursor of another order, another key length, or no cursor at all (invalid, field cursor)', () => {
    const other = encodeCursor({ name: 'questions/votes' }, { key: [3], id: 'q-1' });
    const longer = encodeCursor(order, { key: [3, 4], id: 'q-1' });
    for (const cursor of [other, longer, 'not base64!', btoa('[1]'), 42]) {
      let error: unknown;
      try {
        decodeCursor(cursor, order);
      } catch (caught) {
        error = caught;
      }
      expect(isMajlisError(error) && error.code === 'invalid' && error.field === 'cursor', String(cursor)).to.be.true;
    }
  });
});

describe('contract: language tags', () => {
  it('primaryLanguage is the lower-cased primary subtag', () => {
    expect(['nl-BE', 'nl', 'EN-gb', 'zh-Hant-TW'].map(primaryLanguage)).to.deep.equal(['nl', 'nl', 'en', 'zh']);
  });
});
