import { expect } from '../helpers/fixture.js';
import { ERROR_CODES, isMajlisError } from '../../src/core/adapter.js';
import { decodeCursor, encodeCursor } from '../../src/core/contract/cursor.js';
import { STATUS_OF_ERROR, errorCodeOfStatus } from '../../src/core/contract/errors.js';
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

  it('refuses a cursor of another order, another key length, an id with a control character, or no cursor at all (invalid, field cursor)', () => {
    const other = encodeCursor({ name: 'questions/votes' }, { key: [3], id: 'q-1' });
    const longer = encodeCursor(order, { key: [3, 4], id: 'q-1' });
    const hiddenNul = encodeCursor(order, { key: [3], id: 'q-\u0000' });
    for (const cursor of [other, longer, 'not base64!', btoa('[1]'), 42, hiddenNul]) {
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

describe('contract: error table', () => {
  it('reads back the code of every status a backend answers with (network is unavailable once answered)', () => {
    for (const code of ERROR_CODES) {
      expect(errorCodeOfStatus(STATUS_OF_ERROR[code]), code).to.equal(code === 'network' ? 'unavailable' : code);
    }
  });

  it('reads 422 as invalid and every 5xx as unavailable, and names no code for other statuses', () => {
    expect([422, 500, 502, 504].map(errorCodeOfStatus)).to.deep.equal(['invalid', 'unavailable', 'unavailable', 'unavailable']);
    expect([302, 405, 413, 418].map(errorCodeOfStatus)).to.deep.equal([undefined, undefined, undefined, undefined]);
  });
});
