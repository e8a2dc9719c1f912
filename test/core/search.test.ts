import { expect } from '../helpers/fixture.js';
import { SearchQuery, normalizeText, tokenize } from '../../src/core/search.js';

const marked = (query: string, text: string) =>
  new SearchQuery(query)
    .segments(text)
    .filter((segment) => segment.match)
    .map((segment) => segment.text);

describe('normalizeText()', () => {
  it('folds case, Latin accents and compatibility forms', () => {
    expect(normalizeText('Réseau ÉLECTRIQUE')).to.equal('reseau electrique');
    expect(normalizeText('ＡＰＮ ﬁbre')).to.equal('apn fibre');
    expect(normalizeText('Straße')).to.equal('strasse');
  });

  it('drops Vietnamese tones and vowel marks, and folds đ', () => {
    expect(normalizeText('Tiếp nhận được Đà Nẵng')).to.equal('tiep nhan duoc da nang');
  });

  it('drops Arabic harakat, shadda and tatweel, and unifies alef, hamza, ya and teh marbuta variants', () => {
    expect(normalizeText('أَفعّل')).to.equal('افعل');
    expect(normalizeText('إشارة')).to.equal('اشاره');
    expect(normalizeText('آخر ٱلتـجـوال')).to.equal('اخر التجوال');
    expect(normalizeText('مؤقت شاطئ مستشفى')).to.equal('موقت شاطي مستشفي');
    expect(normalizeText('٤ جيجا ۵')).to.equal('4 جيجا 5');
  });
});

describe('tokenize()', () => {
  it('splits on anything but letters and digits', () => {
    expect(tokenize('Wi-Fi calling, 5G/4G (iPhone 15)?')).to.deep.equal(['wi', 'fi', 'calling', '5g', '4g', 'iphone', '15']);
    expect(tokenize('كيف أفعّل التجوال؟')).to.deep.equal(['كيف', 'افعل', 'التجوال']);
  });
});

describe('SearchQuery', () => {
  it('is blank for empty, whitespace and punctuation-only text, and then matches everything', () => {
    for (const text of ['', '   ', ' ?! ']) {
      const query = new SearchQuery(text);
      expect(query.blank).to.equal(true);
      expect(query.matches('anything')).to.equal(true);
      expect(query.ranges('anything')).to.deep.equal([]);
    }
  });

  it('matches when every word starts a word of one of the texts', () => {
    const query = new SearchQuery('apn sett');
    expect(query.matches('Which APN', 'settings for Android?')).to.equal(true);
    expect(query.matches('Which APN for Android?')).to.equal(false);
    expect(new SearchQuery('pn').matches('APN')).to.equal(false);
  });

  it('finds Vietnamese typed without tones and Arabic without marks or the article', () => {
    expect(new SearchQuery('tiep').matches('Tiếp nhận hồ sơ')).to.equal(true);
    expect(new SearchQuery('dung duoc').matches('Không dùng được dữ liệu')).to.equal(true);
    expect(new SearchQuery('تجوال').matches('كيف أفعّل التجوال؟')).to.equal(true);
    expect(new SearchQuery('تجوال').matches('مشكلة بالتجوال')).to.equal(true);
    expect(new SearchQuery('افعل').matches('كيف أفعّل التجوال؟')).to.equal(true);
  });

  it('counts the query words a text has', () => {
    const query = new SearchQuery('roaming turkey pass');
    expect(query.hits('Charged for roaming in Turkey')).to.equal(2);
    expect(query.hits('Nothing here')).to.equal(0);
  });

  it('ignores a query word that starts another one', () => {
    expect(new SearchQuery('ap APN').tokens).to.deep.equal(['apn']);
  });

  it('marks the matched start of each word in the original text, keeping its diacritics', () => {
    expect(marked('apn', 'Which APN settings? apns')).to.deep.equal(['APN', 'apn']);
    expect(marked('tiep nh', 'Tiếp nhận')).to.deep.equal(['Tiếp', 'nh']);
    expect(marked('duoc', 'không dùng được.')).to.deep.equal(['được']);
    expect(marked('afe', 'Café')).to.deep.equal([]);
    expect(marked('cafe', 'Café crème')).to.deep.equal(['Café']);
  });

  it('marks whole Arabic words, with their harakat and tatweel', () => {
    expect(marked('تجوال', 'كيف أفعّل التجوال؟')).to.deep.equal(['التجوال']);
    expect(marked('افعل', 'كيف أفعّل التجوال؟')).to.deep.equal(['أفعّل']);
    expect(marked('شبك', 'الشـبـكة')).to.deep.equal(['الشـبـكة']);
  });

  it('cuts text into segments that add up to the original', () => {
    const text = 'No 4G indoors since the mast upgrade, 4g outdoors';
    const segments = new SearchQuery('4g').segments(text);
    expect(segments.map((segment) => segment.text).join('')).to.equal(text);
    expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).to.deep.equal(['4G', '4g']);
    expect(new SearchQuery('x').segments('')).to.deep.equal([{ text: '', match: false }]);
  });
});
