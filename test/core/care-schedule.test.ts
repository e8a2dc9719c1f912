import { expect } from '../helpers/fixture.js';
import { careState, careStatusText, parseCareSchedule, replyDuration, unansweredHoursOf, zonedInstant } from '../../src/core/care-schedule.js';
import type { CareSchedule, CareState } from '../../src/core/care-schedule.js';
import { loadMessages } from '../../src/core/i18n/index.js';

const brussels: CareSchedule = {
  timeZone: 'Europe/Brussels',
  hours: { mon: '09:00-17:30', tue: '09:00-17:30', wed: '09:00-17:30', thu: '09:00-17:30', fri: '09:00-17:30', sat: '10:00-14:00' },
  holidays: ['2026-12-25'],
};
/** Sunday to Thursday, the Gulf working week. */
const riyadh: CareSchedule = {
  timeZone: 'Asia/Riyadh',
  hours: { sun: '08:00-20:00', mon: '08:00-20:00', tue: '08:00-20:00', wed: '08:00-20:00', thu: '08:00-20:00' },
};
const hoChiMinh: CareSchedule = { timeZone: 'Asia/Ho_Chi_Minh', always: true };

const at = (iso: string) => new Date(iso);
const opensAt = (state: CareState) => (state.online ? 'online' : (state.opensAt?.toISOString() ?? null));

describe('care schedule', () => {
  describe('careState', () => {
    it('is online within the hours and says when experts are back outside them', () => {
      expect(opensAt(careState(brussels, at('2026-12-07T10:00:00Z')))).to.equal('online'); // Monday 11:00 CET
      expect(opensAt(careState(brussels, at('2026-12-07T16:29:59Z')))).to.equal('online'); // 17:29:59
      expect(opensAt(careState(brussels, at('2026-12-07T16:30:00Z')))).to.equal('2026-12-08T08:00:00.000Z'); // 17:30: closed
      expect(opensAt(careState(brussels, at('2026-12-07T07:59:00Z')))).to.equal('2026-12-07T08:00:00.000Z'); // 08:59
    });

    it('skips days without hours: the Gulf weekend', () => {
      // Thursday 21:00 in Riyadh: back Sunday 08:00 (UTC+3 all year).
      expect(opensAt(careState(riyadh, at('2026-12-10T18:00:00Z')))).to.equal('2026-12-13T05:00:00.000Z');
      expect(opensAt(careState(riyadh, at('2026-12-13T05:00:00Z')))).to.equal('online');
    });

    it('is always online around the clock', () => {
      for (const time of ['2026-12-06T23:59:00Z', '2026-12-07T03:00:00Z', '2027-03-28T01:30:00Z']) {
        expect(opensAt(careState(hoChiMinh, at(time)))).to.equal('online');
      }
    });

    it('keeps holidays closed, in the schedule’s time zone', () => {
      // Thursday 24 December, 18:00 in Brussels: Friday the 25th is a holiday, so back Saturday 10:00.
      expect(opensAt(careState(brussels, at('2026-12-24T17:00:00Z')))).to.equal('2026-12-26T09:00:00.000Z');
      expect(opensAt(careState({ ...hoChiMinh, holidays: ['2027-01-01'] }, at('2026-12-31T18:00:00Z')))).to.equal(
        '2027-01-01T17:00:00.000Z', // 1 January 01:00 in Ho Chi Minh City: closed until midnight local
      );
    });

    it('follows the daylight-saving changes of Europe/Brussels', () => {
      // Before the autumn change (CEST, UTC+2) Monday 09:00 is 07:00Z; after it (CET, UTC+1), 08:00Z.
      expect(opensAt(careState(brussels, at('2026-10-17T13:00:00Z')))).to.equal('2026-10-19T07:00:00.000Z');
      expect(opensAt(careState(brussels, at('2026-10-24T13:00:00Z')))).to.equal('2026-10-26T08:00:00.000Z');
      // Spring: Saturday 10:00 CET, then Monday 09:00 CEST.
      expect(opensAt(careState(brussels, at('2027-03-26T17:00:00Z')))).to.equal('2027-03-27T09:00:00.000Z');
      expect(opensAt(careState(brussels, at('2027-03-27T14:00:00Z')))).to.equal('2027-03-29T07:00:00.000Z');
    });

    it('runs a range past midnight, and a night shift across the spring change', () => {
      const nights: CareSchedule = { timeZone: 'Europe/Brussels', hours: { sat: '22:00-02:00' } };
      expect(opensAt(careState(nights, at('2026-12-12T23:30:00Z')))).to.equal('online'); // Sunday 00:30
      expect(opensAt(careState(nights, at('2026-12-13T01:00:00Z')))).to.equal('2026-12-19T21:00:00.000Z'); // 02:00: closed
      // Saturday 27 March 2027, 22:00 CET until Sunday 02:00, which the clocks skip: the shift ends at 03:00 CEST.
      expect(opensAt(careState(nights, at('2027-03-28T00:59:00Z')))).to.equal('online');
      expect(opensAt(careState(nights, at('2027-03-28T01:00:00Z')))).to.equal('2027-04-03T20:00:00.000Z');
    });

    it('says when nothing opens in the coming year', () => {
      expect(careState({ timeZone: 'Asia/Riyadh', hours: {} }, at('2026-12-07T10:00:00Z'))).to.deep.equal({ online: false, opensAt: null });
    });
  });

  it('zonedInstant: a skipped time moves on by the jump, a repeated one is the first', () => {
    expect(new Date(zonedInstant(Date.UTC(2027, 2, 28, 2, 30), 'Europe/Brussels')).toISOString()).to.equal('2027-03-28T01:30:00.000Z');
    expect(new Date(zonedInstant(Date.UTC(2026, 9, 25, 2, 30), 'Europe/Brussels')).toISOString()).to.equal('2026-10-25T00:30:00.000Z');
    expect(new Date(zonedInstant(Date.UTC(2026, 11, 7, 9, 0), 'Asia/Ho_Chi_Minh')).toISOString()).to.equal('2026-12-07T02:00:00.000Z');
  });

  describe('parseCareSchedule', () => {
    it('reads a schedule from JSON', () => {
      expect(parseCareSchedule('{ "timeZone": "Asia/Dubai", "always": true }')).to.deep.equal({ timeZone: 'Asia/Dubai', always: true });
      expect(parseCareSchedule(brussels)).to.equal(brussels);
      expect(parseCareSchedule({ timeZone: 'UTC', hours: { mon: ['09:00-12:00', '13:00-24:00'] } })).to.be.an('object');
    });

    const broken: [unknown, RegExp][] = [
      ['{', /not JSON/],
      [[], /expected an object/],
      [{ always: true }, /timeZone/],
      [{ timeZone: 'Mars/Olympus', always: true }, /unknown time zone "Mars\/Olympus"/],
      [{ timeZone: 'UTC' }, /either "always": true or "hours"/],
      [{ timeZone: 'UTC', hours: { monday: '09:00-17:00' } }, /"monday" is not a weekday/],
      [{ timeZone: 'UTC', hours: { mon: '9-17' } }, /"9-17" is not a time range/],
      [{ timeZone: 'UTC', hours: { mon: '09:00-24:30' } }, /not a time range/],
      [{ timeZone: 'UTC', always: true, holidays: ['25/12/2026'] }, /"25\/12\/2026" is not a date/],
      [{ timeZone: 'UTC', always: true, unansweredHours: { default: 0 } }, /unansweredHours must be hours above 0/],
    ];
    for (const [value, message] of broken) {
      it(`refuses ${JSON.stringify(value)}`, () => {
        expect(() => parseCareSchedule(value)).to.throw(RangeError, message);
      });
    }
  });

  it('unansweredHoursOf: one number, or by category with a default', () => {
    expect(unansweredHoursOf({ ...hoChiMinh, unansweredHours: 12 }, 'billing')).to.equal(12);
    expect(unansweredHoursOf({ ...hoChiMinh, unansweredHours: { billing: 4, default: 24 } }, 'billing')).to.equal(4);
    expect(unansweredHoursOf({ ...hoChiMinh, unansweredHours: { billing: 4, default: 24 } }, 'roaming')).to.equal(24);
    expect(unansweredHoursOf({ ...hoChiMinh, unansweredHours: { billing: 4 } }, 'roaming')).to.equal(null);
    expect(unansweredHoursOf(hoChiMinh, 'billing')).to.equal(null);
  });

  it('replyDuration rounds up to the largest whole unit', () => {
    expect(replyDuration(20)).to.deep.equal({ value: 1, unit: 'minute' });
    expect(replyDuration(25 * 60)).to.deep.equal({ value: 25, unit: 'minute' });
    expect(replyDuration(80 * 60)).to.deep.equal({ value: 2, unit: 'hour' });
    expect(replyDuration(47 * 3600)).to.deep.equal({ value: 47, unit: 'hour' });
    expect(replyDuration(50 * 3600)).to.deep.equal({ value: 3, unit: 'day' });
  });

  describe('careStatusText, in the reader’s language and time zone', () => {
    // Thursday 10 December 2026, 21:00 in Riyadh: experts are back Sunday 08:00 Riyadh time (05:00Z), 59 hours later.
    const thursdayNight = at('2026-12-10T18:00:00Z');
    const closed = careState(riyadh, thursdayNight);
    const text = async (locale: string, timeZone: string, state: CareState = closed, now = thursdayNight, replySeconds?: number) =>
      careStatusText(state, now, await loadMessages(locale), { locale, timeZone, replySeconds });

    it('en', async () => {
      expect(await text('en-GB', 'Asia/Riyadh')).to.equal('Back Sunday 08:00 (in 2 days); members may answer sooner');
      // A reader in Los Angeles: the same opening is Saturday evening there.
      expect(await text('en-GB', 'America/Los_Angeles')).to.equal('Back Saturday 21:00 (in 2 days); members may answer sooner');
      expect(await text('en', 'Asia/Ho_Chi_Minh', { online: true }, thursdayNight, 80 * 60)).to.equal(
        'Our experts are online — typical reply within 2 hours',
      );
      expect(await text('en', 'UTC', { online: true })).to.equal('Our experts are online');
      expect(await text('en', 'UTC', { online: false, opensAt: null })).to.equal('Our experts are away for now; members may answer sooner');
    });

    it('en: later today, across the Brussels spring change', async () => {
      // Monday 29 March 2027, 07:00 CEST (05:00Z): back at 09:00 CEST, in 2 hours.
      const now = at('2027-03-29T05:00:00Z');
      expect(await text('en-GB', 'Europe/Brussels', careState(brussels, now), now)).to.equal(
        'Back today 09:00 (in 2 hours); members may answer sooner',
      );
    });

    it('ar', async () => {
      // Engines differ on the digits of `ar` (WebKit writes ٨:٠٠, Chromium 8:00): both read right; compare the text.
      const latinDigits = (value: string) => value.replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));
      expect(latinDigits(await text('ar', 'Asia/Riyadh'))).to.equal('يعود خبراؤنا يوم الأحد الساعة 8:00 ص (خلال يومين)؛ وقد يجيبك الأعضاء قبل ذلك');
      expect(await text('ar', 'Asia/Riyadh', { online: true }, thursdayNight, 2 * 3600)).to.equal('خبراؤنا متّصلون الآن — نردّ عادةً خلال ساعتين');
      expect(latinDigits(await text('ar', 'Asia/Riyadh', { online: true }, thursdayNight, 5 * 3600))).to.equal('خبراؤنا متّصلون الآن — نردّ عادةً خلال 5 ساعات');
    });

    it('nl', async () => {
      expect(await text('nl', 'Europe/Brussels')).to.equal('Terug op zondag om 06:00 (over 2 dagen); leden kunnen al eerder antwoorden');
      expect(await text('nl', 'Europe/Brussels', { online: true }, thursdayNight, 3600)).to.equal('Onze experts zijn online — meestal antwoord binnen 1 uur');
    });

    it('de', async () => {
      expect(await text('de', 'Europe/Brussels')).to.equal('Wieder da am Sonntag um 06:00 Uhr (in 2 Tagen); Mitglieder antworten vielleicht schon früher');
      expect(await text('de', 'Europe/Brussels', { online: true }, thursdayNight, 3 * 86400)).to.equal('Unsere Fachleute sind online – Antwort meist innerhalb von 3 Tagen');
    });

    it('ur', async () => {
      expect(await text('ur', 'Asia/Karachi')).to.equal('ہمارے ماہرین اتوار کو 10:00 AM پر واپس آئیں گے (2 دنوں میں)؛ تب تک ممبرز جواب دے سکتے ہیں');
      expect(await text('ur', 'Asia/Karachi', { online: true }, thursdayNight, 3600)).to.equal('ہمارے ماہرین آن لائن ہیں — عموماً 1 گھنٹے میں جواب دیتے ہیں');
    });

    it('hi', async () => {
      expect(await text('hi', 'Asia/Dubai')).to.equal('हमारे एक्सपर्ट रविवार को 9:00 am पर लौटेंगे (2 दिन में); तब तक सदस्य जवाब दे सकते हैं');
      expect(await text('hi', 'Asia/Dubai', { online: true }, thursdayNight, 45 * 60)).to.equal('हमारे एक्सपर्ट ऑनलाइन हैं — आम तौर पर 45 मिनट में जवाब मिलता है');
    });

    it('vi', async () => {
      expect(await text('vi', 'Asia/Ho_Chi_Minh')).to.equal('Trở lại vào Chủ Nhật lúc 12:00 (sau 2 ngày nữa); các thành viên có thể trả lời sớm hơn');
      expect(await text('vi', 'Asia/Ho_Chi_Minh', { online: true }, thursdayNight, 30 * 60)).to.equal(
        'Chuyên gia của chúng tôi đang trực tuyến — thường trả lời trong vòng 30 phút',
      );
    });
  });
});
