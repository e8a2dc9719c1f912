import { expect } from '../helpers/fixture.js';
import { isMajlisError } from '../../src/core/adapter.js';
import { decodeCursor, encodeCursor } from '../../src/core/contract/cursor.js';
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
