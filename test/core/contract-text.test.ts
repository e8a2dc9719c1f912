import { expect } from '../helpers/fixture.js';
import { MajlisError } from '../../src/core/adapter.js';
import {
  SEARCH_LIMITS,
  TEXT_RULES,
  checkNoControlCharacters,
  codePointName,
  findBidiControl,
  findControlCharacter,
  readSearch,
  readTextField,
  stripBidiControls,
  visibleLength,
} from '../../src/core/contract/text.js';

function refusal(run: () => unknown): MajlisError {
  try {
    run();
  } catch (error) {
    if (error instanceof MajlisError) return error;
    throw error;
  }
  throw new Error('expected an invalid MajlisError');
}

describe('contract/text', () => {
  it('finds NUL, C0, DEL and C1 control characters; bodies may have tabs and line breaks', () => {
    expect(findControlCharacter('Roaming\u0000abroad')).to.deep.equal({ index: 7, codePoint: 0 });
    expect(findControlCharacter('a\u007fb')?.codePoint).to.equal(0x7f);
    expect(findControlCharacter('a\u0085b')?.codePoint).to.equal(0x85);
    expect(findControlCharacter('line\nbreak')?.codePoint).to.equal(10);
    expect(findControlCharacter('line\nbreak\tand\r\n', true)).to.equal(null);
    expect(findControlCharacter('bell\u0007', true)?.codePoint).to.equal(7);
    expect(findControlCharacter('كيف أفعّل التجوال؟ Tiếp nhận 📶')).to.equal(null);
  });

  it('counts the characters a reader sees', () => {
    expect(visibleLength('\u200b'.repeat(10))).to.equal(0);
    expect(visibleLength('\u200d\u200d')).to.equal(0);
    expect(visibleLength('\u3164\u3164\u3164')).to.equal(0); // Hangul fillers
    expect(visibleLength('\u200b \u200b \u200b')).to.equal(0);
    expect(visibleLength('a\u200bb c')).to.equal(4);
    expect(visibleLength('eSIM error')).to.equal(10);
    expect(visibleLength('Tiếp nhận')).to.equal(9);
    expect(visibleLength('أَفعّل')).to.equal(4);
    expect(visibleLength('📶 5G?')).to.equal(5);
  });

  it('finds and strips bidi embeddings, overrides and isolates, and keeps bidi marks', () => {
    expect(findBidiControl('invoice\u202efdp.exe')).to.deep.equal({ index: 7, codePoint: 0x202e });
    expect(findBidiControl('\u2067مرحبا\u2069')?.codePoint).to.equal(0x2067);
    expect(findBidiControl('Arabic \u200fمرحبا\u200e mark')).to.equal(null);
    expect(stripBidiControls('Layla\u202e\u2066 Haddad\u202c')).to.equal('Layla Haddad');
    expect(codePointName(0x202e)).to.equal('U+202E');
    expect(codePointName(0)).to.equal('U+0000');
  });

  it('reads a field trimmed, or refuses it naming the field and the reason', () => {
    expect(readTextField('  Roaming in Spain  ', 'title', TEXT_RULES.title)).to.equal('Roaming in Spain');
    expect(readTextField('ok\n\n```\tcode```', 'body', TEXT_RULES.body)).to.equal('ok\n\n```\tcode```');
    const cases: [string, string, keyof typeof TEXT_RULES, RegExp][] = [
      ['\u200b'.repeat(10), 'title', 'title', /10 to 150 characters.*0 visible/],
      ['\u200d\u200d', 'body', 'body', /2 to 10000 characters.*0 visible/],
      ['My invoice \u202efdp.exe', 'title', 'title', /U\+202E/],
      ['Roaming\u0000 in Spain', 'title', 'title', /U\+0000/],
      ['Two\nline title here', 'title', 'title', /U\+000A/],
      ['a\u0000', 'body', 'body', /U\+0000/],
      ['x'.repeat(151), 'title', 'title', /10 to 150/],
      ['\u202etag', 'tags', 'tag', /U\+202E/],
      ['Roaming in Spain\n', 'title', 'title', /U\+000A/], // checked before trimming, as the server checks requests
    ];
    for (const [value, field, rule, message] of cases) {
      const error = refusal(() => readTextField(value, field, TEXT_RULES[rule]));
      expect([error.code, error.field], JSON.stringify(value)).to.deep.equal(['invalid', field]);
      expect(error.message).to.match(message);
    }
  });

  it('refuses control characters in ids and filters', () => {
    expect(() => checkNoControlCharacters('q-1', 'id')).not.to.throw();
    const error = refusal(() => checkNoControlCharacters('q-\u00001', 'id'));
    expect([error.code, error.field]).to.deep.equal(['invalid', 'id']);
  });

  it('parses a search within its limits and refuses longer ones, naming the field', () => {
    expect(readSearch('roaming Spain').tokens).to.deep.equal(['roaming', 'spain']);
    expect(readSearch('a b c d e f g h i j k l').tokens).to.have.length(SEARCH_LIMITS.maxWords);
    const words = Array.from({ length: 1800 }, (_, i) => `w${i}`).join(' ');
    const cases: [string, RegExp][] = [
      [words, /at most 200 characters/],
      ['a b c d e f g h i j k l m', /at most 12 words/],
      ['roam\u0000', /U\+0000/],
    ];
    for (const [text, message] of cases) {
      const error = refusal(() => readSearch(text));
      expect([error.code, error.field]).to.deep.equal(['invalid', 'search']);
      expect(error.message).to.match(message);
    }
  });
});
