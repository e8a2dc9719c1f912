import { expect } from '../helpers/fixture.js';
import { diffWords, tokenize } from '../../src/core/diff.js';
import type { DiffPart } from '../../src/core/diff.js';

const joined = (parts: DiffPart[], keep: 'before' | 'after') =>
  parts
    .filter((p) => p.kind === 'same' || p.kind === (keep === 'before' ? 'removed' : 'added'))
    .map((p) => p.text)
    .join('');

describe('diffWords()', () => {
  it('gives one kept run for equal texts, and nothing for two empty ones', () => {
    expect(diffWords('Reset the APN.', 'Reset the APN.')).to.deep.equal([{ kind: 'same', text: 'Reset the APN.' }]);
    expect(diffWords('', '')).to.deep.equal([]);
  });

  it('marks a replaced word as removed then added, keeping the rest', () => {
    expect(diffWords('Reset the APN to internet.nuvo', 'Reset the APN to web.nuvo')).to.deep.equal([
      { kind: 'same', text: 'Reset the APN to ' },
      { kind: 'removed', text: 'internet' },
      { kind: 'added', text: 'web' },
      { kind: 'same', text: '.nuvo' },
    ]);
  });

  it('finds words added and removed in the middle', () => {
    const parts = diffWords('Switch data roaming off', 'Switch mobile data roaming on now');
    expect(parts).to.deep.equal([
      { kind: 'same', text: 'Switch ' },
      { kind: 'added', text: 'mobile ' },
      { kind: 'same', text: 'data roaming ' },
      { kind: 'removed', text: 'off' },
      { kind: 'added', text: 'on now' },
    ]);
  });

  it('joins changes separated only by white space into one run', () => {
    expect(diffWords('one two three four', 'one 2 3 four')).to.deep.equal([
      { kind: 'same', text: 'one ' },
      { kind: 'removed', text: 'two three' },
      { kind: 'added', text: '2 3' },
      { kind: 'same', text: ' four' },
    ]);
  });

  it('rebuilds both texts from its parts', () => {
    const before = 'Since I came back from **Paris** my 4G does not connect.\n\nI tried restarting.';
    const after = 'Since I came back from **Lyon** my 4G and 5G do not connect.\n\nI tried restarting twice.';
    const parts = diffWords(before, after);
    expect(joined(parts, 'before')).to.equal(before);
    expect(joined(parts, 'after')).to.equal(after);
  });

  it('treats Markdown marks and punctuation as tokens of their own', () => {
    const parts = diffWords('Use **APN** now', 'Use *APN* now');
    expect(parts.filter((p) => p.kind !== 'same')).to.deep.equal([
      { kind: 'removed', text: '*' },
      { kind: 'removed', text: '*' },
    ]);
    expect(joined(parts, 'after')).to.equal('Use *APN* now');
  });

  it('keeps Arabic words with their diacritics whole', () => {
    expect(tokenize('أعد تشغيلَ الهاتف')).to.deep.equal(['أعد', ' ', 'تشغيلَ', ' ', 'الهاتف']);
    expect(diffWords('أعد تشغيل الهاتف ثم جرّب', 'أعد تشغيل الجهاز ثم جرّب')).to.deep.equal([
      { kind: 'same', text: 'أعد تشغيل ' },
      { kind: 'removed', text: 'الهاتف' },
      { kind: 'added', text: 'الجهاز' },
      { kind: 'same', text: ' ثم جرّب' },
    ]);
  });

  it('compares Vietnamese words by meaning, whatever the Unicode form of their tone marks', () => {
    const precomposed = 'Tôi không kết nối được mạng';
    const decomposed = precomposed.normalize('NFD');
    expect(tokenize(decomposed)).to.have.length(11);
    expect(diffWords(precomposed, decomposed)).to.deep.equal([{ kind: 'same', text: precomposed }]);
    expect(diffWords('Tôi không kết nối được mạng', 'Tôi đã kết nối được mạng')).to.deep.equal([
      { kind: 'same', text: 'Tôi ' },
      { kind: 'removed', text: 'không' },
      { kind: 'added', text: 'đã' },
      { kind: 'same', text: ' kết nối được mạng' },
    ]);
  });

  it('shows a very large change whole rather than spending seconds on it', () => {
    const before = Array.from({ length: 2500 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: 2500 }, (_, i) => `b${i}`).join(' ');
    const started = performance.now();
    const parts = diffWords(before, after);
    expect(performance.now() - started).to.be.below(1000);
    expect(joined(parts, 'before')).to.equal(before);
    expect(joined(parts, 'after')).to.equal(after);
  });
});
