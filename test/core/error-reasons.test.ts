import { expect } from '../helpers/fixture.js';
import { MajlisError } from '../../src/core/adapter.js';
import { en, errorMessage, formattersFor, isRefusal, loadMessages } from '../../src/core/i18n/index.js';

const f = formattersFor('en');

describe('errorMessage() with MajlisError#reason', () => {
  it('explains each known refusal over its code’s message', () => {
    const said = (code: 'invalid' | 'conflict' | 'forbidden', reason: string) => errorMessage(en, new MajlisError(code, 'x', { reason }), f);
    expect(said('invalid', 'too-many-links')).to.equal(en.error.reasons['too-many-links']);
    expect(said('conflict', 'duplicate')).to.equal(en.error.reasons.duplicate);
    expect(said('forbidden', 'edit-window')).to.equal('The time to edit this post has passed.');
    expect(said('conflict', 'accepted-answer')).to.equal(en.error.reasons['accepted-answer']);
    expect(said('conflict', 'already-flagged')).to.equal('You have already flagged this post.');
  });

  it('says until when a suspension lasts, when the viewer’s suspension says', () => {
    const error = new MajlisError('forbidden', 'Suspended', { reason: 'suspended' });
    expect(errorMessage(en, error, f)).to.equal('Your account is suspended: you can read, but not post, vote or flag.');
    expect(errorMessage(en, error, f, { suspendedUntil: '2030-01-15T12:00:00Z' })).to.match(/^Your account is suspended until Jan 15, 2030, /);
    expect(errorMessage(en, error, f, { suspendedUntil: null })).to.contain('suspended:');
  });

  it('falls back to the code’s message for a reason it does not know', () => {
    expect(errorMessage(en, new MajlisError('forbidden', 'x', { reason: 'something-new' }), f)).to.equal(en.error.forbidden);
  });

  it('says a long wait as a time rather than in seconds', () => {
    const wait = (seconds: number) => errorMessage(en, new MajlisError('rate-limited', 'x', { retryAfter: seconds }), f);
    expect(wait(30)).to.contain('try again in 30 seconds');
    expect(wait(2400)).to.equal('You’re doing that too often. Please try again in 40 minutes.');
    expect(wait(7200)).to.equal('You’re doing that too often. Please try again in 2 hours.');
  });

  it('says them in every language', async () => {
    for (const locale of ['ar', 'fr', 'nl', 'vi', 'ur', 'de', 'hi']) {
      const msg = await loadMessages(locale);
      const text = errorMessage(msg, new MajlisError('conflict', 'x', { reason: 'duplicate' }), formattersFor(locale));
      expect(text, locale).to.equal(msg.error.reasons.duplicate);
      expect(text, locale).not.to.equal(en.error.reasons.duplicate);
      const wait = errorMessage(msg, new MajlisError('rate-limited', 'x', { retryAfter: 2400 }), formattersFor(locale));
      expect(wait, locale).to.match(/40|٤٠/);
    }
  });

  it('tells refusals that a retry will not change from passing failures', () => {
    expect(isRefusal(new MajlisError('forbidden', 'x', { reason: 'suspended' }))).to.equal(true);
    expect(isRefusal(new MajlisError('rate-limited', 'x', { retryAfter: 60 }))).to.equal(false);
    expect(isRefusal(new MajlisError('network', 'x'))).to.equal(false);
    expect(isRefusal(new Error('x'))).to.equal(false);
  });
});
