import { expect } from '../helpers/fixture.js';
import { suggestLanguage } from '../../src/core/i18n/detect-language.js';

// Posts as customers write them on an operator's community, with the English words they mix in.
const ARABIC = 'هاتفي لا يلتقط شبكة الجيل الرابع منذ التحديث، وأعدت تشغيله مرتين دون فائدة. هل من حل؟';
const GULF_ARABIC = 'شلون أفعّل الشريحة الإلكترونية؟ جربت الكود اللي وصلني بس ما اشتغل، وچم يوم وأنا أحاول';
const URDU = 'میرے فون میں اپڈیٹ کے بعد سے 4G نہیں چل رہا، میں نے دو بار ری اسٹارٹ بھی کیا ہے۔';
const URDU_SHORT = 'ای سم کیسے ایکٹیویٹ کریں؟ کیو آر کوڈ اسکین نہیں ہو رہا';
const HINDI = 'अपडेट के बाद से मेरे फ़ोन में 4G नहीं चल रहा, मैंने दो बार रीस्टार्ट भी किया है।';
const HINDI_MIXED = 'मेरा mobile data चालू है लेकिन इंटरनेट नहीं चल रहा, APN सेटिंग क्या होनी चाहिए?';
const GERMAN = 'Seit dem Update habe ich kein 4G mehr auf meinem Handy. Ich habe es schon zweimal neu gestartet, aber es geht immer noch nicht.';
const GERMAN_SHORT = 'Ich weiß nicht, warum die SIM-Karte gesperrt ist. Muss ich die PUK eingeben?';
const DUTCH = 'Sinds de update heb ik geen 4G meer op mijn telefoon. Ik heb hem al twee keer opnieuw opgestart, maar het werkt nog steeds niet.';
const FLEMISH = 'Als ik in het buitenland ben, is er geen bereik. Moet ik roaming aanzetten voor mijn abonnement?';

describe('suggestLanguage()', () => {
  it('keeps telling Arabic, Gulf dialect included, as before', () => {
    expect(suggestLanguage(ARABIC, 'ar', 'en')).to.equal(undefined);
    expect(suggestLanguage(GULF_ARABIC, 'ar-AE', 'en')).to.equal(undefined);
    expect(suggestLanguage(ARABIC, 'en', 'en')).to.equal('ar');
    expect(suggestLanguage(ARABIC, 'nl', 'nl')).to.equal('ar');
  });

  it('tells Urdu from Arabic by the letters only Urdu writes', () => {
    for (const text of [URDU, URDU_SHORT]) {
      expect(suggestLanguage(text, 'ar', 'en'), text).to.equal('ur');
      expect(suggestLanguage(text, 'ur', 'en'), text).to.equal(undefined);
      expect(suggestLanguage(text, 'ur-PK', 'en'), text).to.equal(undefined);
      expect(suggestLanguage(text, 'en', 'en'), text).to.equal('ur');
    }
    expect(suggestLanguage(ARABIC, 'ur', 'en')).to.equal('ar');
    expect(suggestLanguage(GULF_ARABIC, 'ur', 'en')).to.equal('ar');
  });

  it('knows Devanagari as Hindi, English words mixed in', () => {
    for (const text of [HINDI, HINDI_MIXED]) {
      expect(suggestLanguage(text, 'hi', 'en'), text).to.equal(undefined);
      expect(suggestLanguage(text, 'en', 'en'), text).to.equal('hi');
      expect(suggestLanguage(text, 'ar', 'en'), text).to.equal('hi');
      expect(suggestLanguage(text, 'ur', 'en'), text).to.equal('hi');
    }
    expect(suggestLanguage(URDU, 'hi', 'en'), 'spoken alike, written apart').to.equal('ur');
  });

  it('tells German from Dutch by their words and German’s umlauts and ß', () => {
    for (const text of [GERMAN, GERMAN_SHORT]) {
      expect(suggestLanguage(text, 'de', 'en'), text).to.equal(undefined);
      expect(suggestLanguage(text, 'de-BE', 'en'), text).to.equal(undefined);
      expect(suggestLanguage(text, 'nl', 'en'), text).to.equal('de');
      expect(suggestLanguage(text, 'en', 'en'), text).to.equal('de');
      expect(suggestLanguage(text, 'fr', 'en'), text).to.equal('de');
    }
  });

  it('keeps telling Dutch, Flemish "als" and "er" included, as before', () => {
    for (const text of [DUTCH, FLEMISH]) {
      expect(suggestLanguage(text, 'nl-BE', 'en'), text).to.equal(undefined);
      expect(suggestLanguage(text, 'de', 'en'), text).to.equal('nl');
      expect(suggestLanguage(text, 'fr', 'en'), text).to.equal('nl');
      expect(suggestLanguage(text, 'ar', 'en'), text).to.equal('nl');
    }
  });

  it('says nothing within a script for a language it cannot tell apart (Persian, Marathi)', () => {
    expect(suggestLanguage(URDU, 'fa', 'en')).to.equal(undefined);
    expect(suggestLanguage(HINDI, 'mr', 'en')).to.equal(undefined);
  });
});
