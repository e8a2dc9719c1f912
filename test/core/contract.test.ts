import { expect } from '../helpers/fixture.js';
import { ERROR_CODES, isMajlisError } from '../../src/core/adapter.js';
import { decodeCursor, encodeCursor } from '../../src/core/contract/cursor.js';
import { STATUS_OF_ERROR, errorCodeOfStatus } from '../../src/core/contract/errors.js';
import { PAGE_SIZE, pageSize, readId, readLanguageTag, readTags } from '../../src/core/contract/input.js';
import { primaryLanguage } from '../../src/core/contract/language.js';
import { Category, User, UserProfile, Viewer } from '../../src/core/contract/entities.js';
import { enumOf, nullable } from '../../src/core/contract/schema.js';
import type { JsonSchema, Schema } from '../../src/core/contract/schema.js';
import { ShapeError, decode } from '../../src/core/shapes.js';

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

describe('contract: input rules', () => {
  function refusal(read: () => unknown): { code: string; field: string | undefined } {
    try {
      read();
    } catch (error) {
      if (isMajlisError(error)) return { code: error.code, field: error.field };
      throw error;
    }
    throw new Error('expected a refusal');
  }

  it('stores language tags in canonical form and refuses what is not one (field language)', () => {
    expect(['nl-be', ' EN ', 'zh-hant-tw'].map((tag) => readLanguageTag(tag))).to.deep.equal(['nl-BE', 'en', 'zh-Hant-TW']);
    for (const tag of ['english please', 'nl_BE', '']) {
      expect(refusal(() => readLanguageTag(tag)), tag).to.deep.equal({ code: 'invalid', field: 'language' });
    }
  });

  it('reads tags trimmed and refuses too many, empty, bidi-disguised or NUL ones (field tags)', () => {
    expect(readTags([' roaming ', 'esim'])).to.deep.equal(['roaming', 'esim']);
    for (const tags of [['a', 'b', 'c', 'd', 'e', 'f'], [''], ['\u202etag'], ['ro\u0000am']]) {
      expect(refusal(() => readTags(tags)), JSON.stringify(tags)).to.deep.equal({ code: 'invalid', field: 'tags' });
    }
  });

  it('refuses an empty id or one with a control character, naming the field', () => {
    expect(readId('q-1', 'questionId')).to.equal('q-1');
    for (const id of ['', 'q-\u00001']) {
      expect(refusal(() => readId(id, 'questionId')), JSON.stringify(id)).to.deep.equal({ code: 'invalid', field: 'questionId' });
    }
  });

  it('sizes pages: the default unless asked, clamped to min…max, fractions rounded down', () => {
    expect([undefined, 0, 1, 7.9, 100, 1000].map(pageSize)).to.deep.equal([PAGE_SIZE.default, 1, 1, 7, 100, PAGE_SIZE.max]);
  });
});

describe('contract: entity schemas and the decoder', () => {
  const author = { id: 'u-1', name: 'Lan Nguyễn', role: 'expert', reputation: 120, joinedAt: '2025-03-01T09:00:00Z' };

  function problem(schema: Schema<unknown>, value: unknown): string {
    try {
      decode(schema, value, '');
    } catch (error) {
      if (error instanceof ShapeError) return error.message;
      throw error;
    }
    return 'no problem';
  }

  it('builds fresh data with the unknown fields dropped at every depth, and leaves absent optional fields absent', () => {
    const value = { user: { ...author, sessionToken: 'secret' }, internal: true };
    const decoded = decode(Viewer, value, '');
    expect(decoded).to.deep.equal({ user: author });
    expect(decoded.user).to.not.equal(value.user);
    expect(decoded.user).to.not.have.property('avatarUrl');
    expect(decode(User, { ...author, avatarUrl: null }, '')).to.have.property('avatarUrl', null);
  });

  it('names the path and what the schema expected, from the schema itself', () => {
    const profile = { ...author, stats: { questions: 1, answers: 2, acceptedAnswers: 0, kudosReceived: 4 }, rank: 3 };
    expect(problem(UserProfile, { ...profile, rank: 0 })).to.equal('rank: expected a positive integer, got 0');
    expect(problem(UserProfile, { ...profile, stats: { ...profile.stats, answers: -1 } })).to.equal(
      'stats.answers: expected a non-negative integer, got -1',
    );
    expect(problem(UserProfile, { ...profile, id: '' })).to.equal('id: expected a non-empty string, got ""');
    expect(problem(Category, { id: 'roaming', name: 'Roaming', names: { ar: 7 } })).to.equal(
      'names.ar: expected a string, got 7',
    );
    expect(problem(Viewer, { user: { ...author, joinedAt: 'last spring' } })).to.equal(
      'user.joinedAt: expected an ISO-8601 time, got "last spring"',
    );
    expect(problem(User, author)).to.equal('no problem');
  });

  it('are plain JSON Schemas: exact objects whose required fields are the non-optional ones, with descriptions', () => {
    expect(JSON.parse(JSON.stringify(Category))).to.deep.equal(Category);
    expect(Category).to.include({ type: 'object', additionalProperties: false });
    expect(Category.required).to.deep.equal(['id', 'name']);
    expect(User.required).to.deep.equal(['id', 'name', 'role', 'reputation', 'joinedAt']);
    expect((User.properties as Record<string, JsonSchema>).avatarUrl).to.deep.include({ type: ['string', 'null'] });
    expect(nullable(enumOf(['open', 'locked']))).to.deep.equal({
      anyOf: [{ type: 'string', enum: ['open', 'locked'] }, { type: 'null' }],
    });
    expect((User.properties as Record<string, JsonSchema>).name).to.deep.equal({
      type: 'string',
      description: 'Display name; may be in any script.',
    });
  });
});
