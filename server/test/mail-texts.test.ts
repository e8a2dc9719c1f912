import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { composeMail, MAIL_LANGUAGES, unsubscribePage } from '../src/mail/messages.js';

const item = { kind: 'answer' as const, questionTitle: 'eSIM <4G>', questionUrl: 'https://nuvo.example/q/1', author: 'Noura', excerpt: 'Restart the phone.' };

describe('mail texts', () => {
  it('are written in every language the elements ship', () => {
    assert.deepEqual(MAIL_LANGUAGES, ['en', 'ar', 'fr', 'nl', 'vi', 'ur', 'de', 'hi'], 'mail languages');
  });

  it('write Urdu right to left, and German and Hindi left to right, in their own words', () => {
    const urdu = composeMail('ur-PK', [item], 'https://nuvo.example/u/t', false);
    assert.equal(urdu.subject, 'نیا جواب: eSIM <4G>', 'the Urdu subject');
    assert.ok(urdu.html.includes('<html lang="ur" dir="rtl">'), 'the Urdu mail is right to left');
    assert.ok(urdu.html.includes('Noura نے ”eSIM &#60;4G&#62;“ کا جواب دیا'), 'the title is escaped inside Urdu quotes');
    const german = composeMail('de-BE', [item, item], 'https://nuvo.example/u/t', true);
    assert.equal(german.subject, 'Heute: 2 neue Antworten in Themen, denen Sie folgen', 'the German digest subject');
    assert.ok(german.html.includes('<html lang="de" dir="ltr">'), 'the German mail is left to right');
    assert.ok(german.text.includes('Noura hat „eSIM <4G>“ beantwortet'), 'the German plain text');
    const hindi = composeMail('hi', [item], 'https://nuvo.example/u/t', true);
    assert.equal(hindi.subject, 'आज: आपकी फ़ॉलो की गई चीज़ों में 1 नया जवाब', 'the Hindi digest subject for one answer');
  });

  it('name an idea’s new status with the words the ideas element shows', () => {
    const idea = { kind: 'idea-status' as const, ideaTitle: 'eSIM', ideaUrl: 'https://nuvo.example/i/1', status: 'planned' as const, by: 'Layla', note: null };
    assert.equal(composeMail('ur', [idea], 'https://nuvo.example/u/t', false).subject, 'آئیڈیا ”eSIM“ کا اسٹیٹس اب: منصوبے میں شامل', 'the Urdu subject');
    assert.equal(composeMail('de', [idea], 'https://nuvo.example/u/t', false).subject, 'Idee „eSIM“: Geplant', 'the German subject');
    assert.equal(composeMail('hi', [idea], 'https://nuvo.example/u/t', false).subject, 'सुझाव “eSIM” की स्थिति अब: योजना में', 'the Hindi subject');
  });

  it('tell a live session’s followers of its hosts’ answers in every language, the first saying it has begun', () => {
    const session = { ...item, kind: 'session-answer' as const, sessionTitle: 'Ask <5G>', first: true };
    const englishStarted = composeMail('en', [session], 'https://nuvo.example/u/t', false);
    for (const language of MAIL_LANGUAGES) {
      const started = composeMail(language, [session], 'https://nuvo.example/u/t', false);
      const later = composeMail(language, [{ ...session, first: false }], 'https://nuvo.example/u/t', false);
      assert.ok(started.subject.includes('Ask <5G>') && !started.subject.includes('eSIM'), `${language}: the first one names the session: ${started.subject}`);
      assert.ok(later.subject.includes('Ask <5G>') && later.subject.includes('eSIM <4G>'), `${language}: a later one names the question: ${later.subject}`);
      assert.ok(started.html.includes('Ask &#60;5G&#62;') && started.html.includes('Noura'), `${language}: the session and the host are in the mail, escaped`);
      if (language !== 'en') assert.notEqual(started.text, englishStarted.text, `${language}: written in its own words`);
    }
    assert.equal(englishStarted.subject, 'Ask <5G> has started: the first answers are in', 'the English subject');
    assert.ok(englishStarted.text.includes('Noura answered “eSIM <4G>” during “Ask <5G>”'), 'the English heading');
    assert.ok(englishStarted.text.includes('You get this mail because you follow this live session.'), 'why, in English');
    assert.equal(composeMail('de', [{ ...session, first: false }], 'https://nuvo.example/u/t', false).subject, 'Ask <5G>: Antwort auf „eSIM <4G>“', 'the German subject');
    assert.ok(composeMail('ar', [session], 'https://nuvo.example/u/t', false).html.includes('dir="rtl"'), 'the Arabic mail is right to left');
  });

  it('answer an unsubscribe link in the member’s language', () => {
    assert.ok(unsubscribePage('ur', true).includes('<html lang="ur" dir="rtl">'), 'the Urdu page is right to left');
    assert.ok(unsubscribePage('ur', true).includes('ہو گیا:'), 'the Urdu page says it is done');
    assert.ok(unsubscribePage('de', false).includes('Dieser Abmeldelink ist ungültig.'), 'the German page refuses a bad link');
    assert.ok(unsubscribePage('hi', true).includes('<title>ये ई-मेल बंद करें</title>'), 'the Hindi page has a Hindi title');
  });
});
