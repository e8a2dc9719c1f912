import { expect } from '../helpers/fixture.js';
import { SearchQuery, normalizeText, tokenize } from '../../src/core/search.js';
import {
  RANKING,
  analyzeText,
  inverseDocumentFrequency,
  rankScore,
  rankStatistics,
  rankTerms,
  termFrequency,
} from '../../src/core/ranking.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import { rankingPairs, rankingSeed } from '../fixtures/ranking-seed.js';
import type { RankingPair } from '../fixtures/ranking-seed.js';

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

describe('ranking (BM25F over normalised words, src/core/ranking.ts)', () => {
  const firstFor = async (pair: RankingPair) => {
    const adapter = new MemoryAdapter({ seed: structuredClone(rankingSeed) });
    const { match, language } = pair;
    const page = await adapter.listQuestions({ search: pair.search, limit: 3, ...(match && { match }), ...(language && { language }) });
    return page.items.map((question) => question.id);
  };

  for (const pair of rankingPairs) {
    it(`ranks ${pair.first} first for "${pair.search}"`, async () => {
      expect((await firstFor(pair))[0]).to.equal(pair.first);
    });
  }

  it('drops stop words and cuts plurals, Arabic articles and teh marbuta from query words', () => {
    const terms = (search: string, language?: string) => rankTerms(search, language).map((term) => term.term);
    expect(terms('My eSIM QR codes do not work on the new phone')).to.deep.equal(['esim', 'qr', 'code', 'work', 'new', 'phone']);
    expect(terms('les réseaux sont saturés')).to.deep.equal(['reseau', 'sature']);
    expect(terms('abonnementen opzeggen', 'nl')).to.deep.equal(['abonnement', 'opzegg']);
    expect(terms('abonnementen opzeggen')).to.deep.equal(['abonnementen', 'opzeggen']);
    expect(terms('اشارة ضعيفة في البيت')).to.deep.equal(['اشار', 'ضعيف', 'بيت']);
    expect(terms('access status sms')).to.deep.equal(['access', 'status', 'sms']);
    expect(terms('the')).to.deep.equal(['the']);
  });

  it('drops the function words of German, Urdu and Hindi questions', () => {
    const terms = (search: string) => rankTerms(search).map((term) => term.mark ?? term.term);
    expect(terms('Wie kann ich meine eSIM auf dem neuen Handy aktivieren')).to.deep.equal(['esim', 'neuen', 'handy', 'aktivieren']);
    // ئ folds to ي, as everywhere.
    expect(terms('میرا موبائل ڈیٹا کیوں نہیں چل رہا ہے')).to.deep.equal(['موبايل', 'ڈیٹا', 'چل', 'رہا']);
    expect(terms('मेरा मोबाइल डेटा क्यों नहीं चल रहा है')).to.deep.equal(['मोबाइल', 'डेटा', 'चल', 'रहा']);
    // Arabic's own words are untouched by the Urdu list, though they share a script.
    expect(terms('لماذا لا يعمل الانترنت')).to.deep.equal(['يعمل', 'انترنت']);
  });

  it('keeps the vowel signs, virama and nasal marks that spell a Hindi word, and folds its nukta', () => {
    expect(tokenize('मेरा मोबाइल डेटा क्यों नहीं चल रहा')).to.deep.equal(['मेरा', 'मोबाइल', 'डेटा', 'क्यों', 'नहीं', 'चल', 'रहा']);
    expect(normalizeText('डेटा')).not.to.equal(normalizeText('डाटा'));
    expect(normalizeText('दिन')).not.to.equal(normalizeText('दान'));
    expect(normalizeText('फ़ोन')).to.equal('फोन'); // the nukta, precomposed or not
    expect(normalizeText('\u095e\u094b\u0928')).to.equal('फोन');
    expect(analyzeText('डेटा फ़ोन')).to.deep.equal({ terms: ['डेटा', 'फोन'], marks: ['डेटा', 'फोन'] });
    // Other scripts fold as before: Vietnamese tones, Arabic harakat.
    expect(tokenize('Mạng chậm إِنْتَرْنِت')).to.deep.equal(['mang', 'cham', 'انترنت']);
  });

  it('counts a word spelled with other accents than the query word at half weight, and unaccented queries fully', () => {
    const text = analyzeText('Mạng chậm, mang máy ra ngoài');
    const [accented] = rankTerms('mạng');
    const [plain] = rankTerms('mang');
    expect(accented && termFrequency(accented, text)).to.equal(1 + RANKING.accentMismatch);
    expect(plain && termFrequency(plain, text)).to.equal(2);
  });

  it('weighs title words above body words, and rare words above common ones', () => {
    const corpus = [
      { title: analyzeText('Roaming in Spain'), body: analyzeText('My phone shows no data') },
      { title: analyzeText('Data stopped'), body: analyzeText('Roaming in Spain stopped on my phone') },
      { title: analyzeText('New phone'), body: analyzeText('Which phone should I buy') },
    ];
    const terms = rankTerms('roaming');
    const statistics = rankStatistics(terms, corpus);
    const [inTitle = {} as never, inBody = {} as never] = corpus;
    expect(rankScore(terms, inTitle, statistics)).to.be.greaterThan(rankScore(terms, inBody, statistics));
    const phone = rankTerms('phone roaming');
    const both = rankStatistics(phone, corpus);
    expect(inverseDocumentFrequency(both.documentFrequencies[1] ?? 0, 3)).to.be.greaterThan(
      inverseDocumentFrequency(both.documentFrequencies[0] ?? 0, 3),
    );
  });
});
