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

  it('answer an unsubscribe link in the member’s language', () => {
    assert.ok(unsubscribePage('ur', true).includes('<html lang="ur" dir="rtl">'), 'the Urdu page is right to left');
    assert.ok(unsubscribePage('ur', true).includes('ہو گیا:'), 'the Urdu page says it is done');
    assert.ok(unsubscribePage('de', false).includes('Dieser Abmeldelink ist ungültig.'), 'the German page refuses a bad link');
    assert.ok(unsubscribePage('hi', true).includes('<title>ये ई-मेल बंद करें</title>'), 'the Hindi page has a Hindi title');
  });
});
