import { expect } from '../helpers/fixture.js';
import { findPersonalData, maskMatch, maskPersonalData } from '../../src/core/personal-data.js';
import type { PersonalDataKind } from '../../src/core/personal-data.js';

/** What `text` holds, as `[kind, text]` pairs. */
function found(text: string): [PersonalDataKind, string][] {
  return findPersonalData(text).map((match) => [match.kind, match.text]);
}

describe('personal-data', () => {
  describe('phones', () => {
    it('finds E.164 numbers with + or 00, grouped in every usual way', () => {
      expect(found('Bel me op +32 470 12 34 12 aub')).to.deep.equal([['phone', '+32 470 12 34 12']]);
      expect(found('tel:+32470123456')).to.deep.equal([['phone', '+32470123456']]);
      expect(found('Mon numéro : 0032 470 12 34 56.')).to.deep.equal([['phone', '0032 470 12 34 56']]);
      expect(found('Bel +31 (0)6 1234 5678 na 18u')).to.deep.equal([['phone', '+31 (0)6 1234 5678']]);
      expect(found('call me on (+44) 20-7946-0958 tonight')).to.deep.equal([['phone', '(+44) 20-7946-0958']]);
      expect(found('My number is +966 55 123 4567')).to.deep.equal([['phone', '+966 55 123 4567']]);
      expect(found('whatsapp 00971501234567')).to.deep.equal([['phone', '00971501234567']]);
    });

    it('finds the local mobile forms of Belgium, the Netherlands, the Gulf and Vietnam', () => {
      const samples: [string, string][] = [
        ['Mijn nummer is 0470 12 34 56, bel me terug.', '0470 12 34 56'],
        ['mon GSM : 0470/12.34.56', '0470/12.34.56'],
        ['0470.12.34.56 werkt niet meer', '0470.12.34.56'],
        ['Ik ben bereikbaar op 06-12345678.', '06-12345678'],
        ['mijn 06 1234 5678 heeft geen bereik', '06 1234 5678'],
        ['My du number 050 123 4567 has no data', '050 123 4567'],
        ['رقمي 055-1234567 لا يستقبل المكالمات', '055-1234567'],
        ['Số của tôi là 0912 345 678, không gọi được', '0912 345 678'],
        ['sđt 091.234.5678 bị khóa', '091.234.5678'],
        ['Liên hệ 0389123456 nhé', '0389123456'],
        ['My Ooredoo number 5512 3456 shows no service', '5512 3456'],
        ['Zain KW 98765432 no roaming', '98765432'],
      ];
      for (const [text, phone] of samples) expect(found(text), text).to.deep.equal([['phone', phone]]);
    });

    it('reads Arabic-Indic and Persian digits', () => {
      expect(found('رقمي ٠٥٠١٢٣٤٥٦٧ شكرا')).to.deep.equal([['phone', '٠٥٠١٢٣٤٥٦٧']]);
      expect(found('اتصل على +٩٧١ ٥٠ ١٢٣ ٤٥٦٧ من فضلك')).to.deep.equal([['phone', '+٩٧١ ٥٠ ١٢٣ ٤٥٦٧']]);
      expect(found('شماره من ۰۹۱۲۳۴۵۶۷۸ است')).to.deep.equal([['phone', '۰۹۱۲۳۴۵۶۷۸']]);
      // An Arabic keyboard's direction marks inside the number.
      expect(found('رقمي \u200e050 123 4567\u200e')).to.deep.equal([['phone', '050 123 4567']]);
    });

    it('finds several numbers, and a phone followed by another number', () => {
      expect(found('Bel 0470 12 34 56 of 0470 65 43 21.')).to.deep.equal([
        ['phone', '0470 12 34 56'],
        ['phone', '0470 65 43 21'],
      ]);
      expect(found('0470 12 34 56 2024')).to.deep.equal([['phone', '0470 12 34 56']]);
    });

    it('searches Markdown code spans and blocks too: a number in backticks is still personal', () => {
      expect(found('Mijn nummer: `0470123456`')).to.deep.equal([['phone', '0470123456']]);
      expect(found('```\nIMEI 352099001761481\n```')).to.deep.equal([['imei', '352099001761481']]);
    });
  });

  describe('cards, accounts and addresses', () => {
    it('finds IMEIs that pass the Luhn check, written whole or grouped', () => {
      expect(found('IMEI 352099001761481 is geblokkeerd')).to.deep.equal([['imei', '352099001761481']]);
      expect(found('IMEI: 35-209900-176148-1')).to.deep.equal([['imei', '35-209900-176148-1']]);
      expect(found('رقم IMEI ٣٥٢٠٩٩٠٠١٧٦١٤٨١')).to.deep.equal([['imei', '٣٥٢٠٩٩٠٠١٧٦١٤٨١']]);
    });

    it('finds ICCIDs: 19 or 20 digits from 89, Luhn', () => {
      expect(found('ICCID 8932001234567890124')).to.deep.equal([['iccid', '8932001234567890124']]);
      expect(found('SIM 8932 0012 3456 7890 1233 stopped')).to.deep.equal([['iccid', '8932 0012 3456 7890 1233']]);
      expect(found('Số seri SIM 89840123456789012340')).to.deep.equal([['iccid', '89840123456789012340']]);
    });

    it('finds IBANs that pass mod 97, with or without spaces, in any case', () => {
      expect(found('Terugbetaling op BE71 0961 2345 6769 aub')).to.deep.equal([['iban', 'BE71 0961 2345 6769']]);
      expect(found('NL91 ABNA 0417 1643 00 is mijn rekening')).to.deep.equal([['iban', 'NL91 ABNA 0417 1643 00']]);
      expect(found('rembourser sur fr1420041010050500013m02606 svp')).to.deep.equal([['iban', 'fr1420041010050500013m02606']]);
      expect(found('حسابي SA03 8000 0000 6080 1016 7519')).to.deep.equal([['iban', 'SA03 8000 0000 6080 1016 7519']]);
      expect(found('IBAN AE070331234567890123456')).to.deep.equal([['iban', 'AE070331234567890123456']]);
    });

    it('finds e-mail addresses', () => {
      expect(found('Stuur het naar a.peeters@proximus.be aub')).to.deep.equal([['email', 'a.peeters@proximus.be']]);
      expect(found('email: nguyen.van.an+sim@gmail.com.vn.')).to.deep.equal([['email', 'nguyen.van.an+sim@gmail.com.vn']]);
      expect(found('بريدي ahmed_99@etisalat.ae')).to.deep.equal([['email', 'ahmed_99@etisalat.ae']]);
    });
  });

  describe('what a support board is full of, and is not personal', () => {
    const traps: [string, string][] = [
      ['USSD balance code', 'Bel *177# voor je saldo, of *100*1# voor je bundel.'],
      ['MMI codes', 'Tapez *#06# pour voir votre IMEI, ##002# pour couper les renvois, #31# pour masquer le numéro.'],
      ['short and service numbers', 'Bel gratis 1800 1090, of 121 vanaf je gsm, of 1200 vanuit het buitenland.'],
      ['Vietnamese hotline', 'Gọi tổng đài 1800 1091 hoặc 18001090 miễn phí.'],
      ['dates', 'Depuis le 31.12.2024, puis le 18/02/2025 et le 2025-02-18, plus rien.'],
      ['times', 'Storing van 14u30 tot 16:45, en français de 14h30 à 16h45.'],
      ['a date and a time together', 'Sinds 05/06/2024 10:30 geen bereik.'],
      ['prices', 'Je paie € 15,99 par mois, 15,99 €, soit 191,88 EUR par an.'],
      ['Vietnamese and Gulf prices', 'Gói 150.000đ, hoặc 1.500.000 VND; باقة ٥٠ درهم أو 1200 ريال'],
      ['data amounts and speeds', 'Bundel van 20 GB, 10GB extra, 300 Mbps, 5000 mAh, 100%.'],
      ['IP addresses', 'DNS 192.168.1.1 en 10.0.0.138, gateway 172.16.254.1.'],
      ['versions', 'Android 14, iOS 17.5.1, firmware v2.3.45 en One UI 6.1.1 op een iPhone 15.'],
      ['APN names', 'APN: internet.proximus.be, web.be, mms.etisalat.ae of m3-world.'],
      ['an order number that fails Luhn', 'Mon numéro de commande 123456789012345 est bloqué.'],
      ['a 15-digit order number that is not an IMEI', 'Order 352099001761482 not delivered.'],
      ['20 digits that are no ICCID', 'Référence 12345678901234567890.'],
      ['references before local numbers', 'Ticket 98765432, bestelnummer: 0612345678, PUK 55123456, رقم الطلب 55123456.'],
      ['a Gulf-looking date', 'Last payment 31.12.2024, 31 12 2024.'],
      ['a short Belgian landline of the operator', 'Bel 02 123 45 67 niet: dat is geen gsm.'],
      ['digits in URLs', 'Zie https://www.proximus.be/support/0470123456 en /orders/0612345678.'],
      ['an e-mail-looking mention', 'Merci @support-team pour la réponse.'],
      ['an IBAN-looking code that fails mod 97', 'Code BE71 0961 2345 6760 werkt niet.'],
      ['device models', 'Samsung SM-S911B, Galaxy A54 5G, Xiaomi 2201117TY.'],
    ];
    for (const [what, text] of traps) {
      it(`leaves alone ${what}`, () => expect(found(text), text).to.deep.equal([]));
    }
  });

  describe('masks', () => {
    it('keeps the country code, the next digit and the last two digits of a phone, and its grouping', () => {
      expect(maskPersonalData('Bel +32 470 12 34 12 aub')).to.equal('Bel +32 4•• •• •• 12 aub');
      expect(maskPersonalData('0470 12 34 56')).to.equal('04•• •• •• 56');
      expect(maskPersonalData('+31 (0)6 1234 5678')).to.equal('+31 (0)6 •••• ••78');
      expect(maskPersonalData('0032 470 12 34 56')).to.equal('0032 4•• •• •• 56');
      expect(maskPersonalData('5512 3456')).to.equal('5••• ••56');
      expect(maskPersonalData('رقمي ٠٥٠١٢٣٤٥٦٧')).to.equal('رقمي ٠٥••••••٦٧');
      expect(maskPersonalData('+٩٧١ ٥٠ ١٢٣ ٤٥٦٧')).to.equal('+٩٧١ ٥• ••• ••٦٧');
    });

    it('keeps the last four of an IMEI, an ICCID or an IBAN (and the IBAN country)', () => {
      expect(maskPersonalData('IMEI 352099001761481')).to.equal('IMEI •••••••••••1481');
      expect(maskPersonalData('8932 0012 3456 7890 1233')).to.equal('•••• •••• •••• •••• 1233');
      expect(maskPersonalData('BE71 0961 2345 6769')).to.equal('BE•• •••• •••• 6769');
    });

    it('keeps the first letter and the domain of an e-mail address', () => {
      expect(maskPersonalData('a.peeters@proximus.be')).to.equal('a•••@proximus.be');
      expect(maskPersonalData('بريدي ahmed_99@etisalat.ae')).to.equal('بريدي a•••@etisalat.ae');
    });

    it('masks every finding, leaves the rest, and finds nothing in its own masks', () => {
      const text = 'Bel 0470 12 34 56 of mail a.peeters@proximus.be; IBAN BE71 0961 2345 6769, saldo via *177#.';
      const masked = maskPersonalData(text);
      expect(masked).to.equal('Bel 04•• •• •• 56 of mail a•••@proximus.be; IBAN BE•• •••• •••• 6769, saldo via *177#.');
      expect(findPersonalData(masked)).to.deep.equal([]);
      expect(maskPersonalData('Geen nummers hier.')).to.equal('Geen nummers hier.');
    });

    it('masks only the findings it is given', () => {
      const text = 'Bel 0470 12 34 56 of 0470 65 43 21';
      const [first] = findPersonalData(text);
      expect(maskPersonalData(text, [first])).to.equal('Bel 04•• •• •• 56 of 0470 65 43 21');
      expect(maskMatch(first)).to.equal('04•• •• •• 56');
    });
  });

  it('reads a long text quickly', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Regel ${i}: 0470 12 34 ${String(i % 100).padStart(2, '0')} 1 2 3 4 5 6 7 8 9`).join('\n');
    const start = performance.now();
    expect(findPersonalData(text)).to.have.length(400);
    // A guard against runaway backtracking, not a benchmark: the shared test machine may be slow.
    expect(performance.now() - start).to.be.below(1000);
  });
});
