/**
 * The personal-data guard (src/core/personal-data.ts): a title or body with a phone number, e-mail address, IBAN,
 * IMEI or ICCID is refused as `invalid` naming the field, unless the writer chose to keep it (`allowPersonalData`).
 */
import type { AskQuestionInput, PostAnswerInput } from '../../../core/types.js';
import { expectEqual, expectInvalid } from '../assertions.js';
import { validAnswer, validQuestion } from '../helpers.js';
import type { ConformanceCheck } from '../types.js';

/** Realistic posts with personal data, one per kind, and the field it is in. */
const withPersonalData: [what: string, fields: Partial<AskQuestionInput>, field: 'title' | 'body'][] = [
  ['a Belgian mobile number in the title', { title: 'Bel mij terug op 0470 12 34 56 aub' }, 'title'],
  ['an E.164 number in the body', { body: 'My number is +32 470 12 34 12, please call me back about the roaming bill.' }, 'body'],
  ['a UAE mobile in Arabic-Indic digits', { body: 'رقمي ٠٥٠١٢٣٤٥٦٧ لا يستقبل المكالمات منذ أمس.', language: 'ar' }, 'body'],
  ['a Vietnamese mobile', { body: 'Số của tôi là 0912 345 678, không gọi được từ hôm qua.', language: 'vi' }, 'body'],
  ['an e-mail address', { body: 'Stuur de factuur naar a.peeters@proximus.be, het portaal werkt niet.', language: 'nl' }, 'body'],
  ['an IBAN', { body: 'Remboursez-moi sur BE71 0961 2345 6769 svp, la carte a été débitée deux fois.', language: 'fr' }, 'body'],
  ['an IMEI', { body: 'My phone with IMEI 352099001761481 was stolen, can you block it?' }, 'body'],
  ['an ICCID', { body: 'The new SIM 8932 0012 3456 7890 1233 shows no service at all.' }, 'body'],
];

/** Support-board text that looks like numbers but is nothing personal: always accepted. */
const notPersonal =
  'Dial *177# for your balance or *100*1# for the bundle; call 1800 1090 free. Since 31.12.2024 at 10:30 the ' +
  '20 GB plan costs € 15,99; APN internet.proximus.be, DNS 192.168.1.1, iOS 17.5.1, order 123456789012345.';

export const personalDataChecks: readonly ConformanceCheck[] = [
  {
    rule: 'askQuestion refuses a title or body with a phone number, e-mail address, IBAN, IMEI or ICCID (invalid, naming the field); nothing is created',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const before = (await adapter.listQuestions({ limit: 1 })).total;
      for (const [what, fields, field] of withPersonalData) {
        await expectInvalid(adapter.askQuestion({ ...validQuestion, ...fields }), field, `askQuestion with ${what}`);
        const refused = adapter.askQuestion({ ...validQuestion, ...fields, allowPersonalData: false });
        await expectInvalid(refused, field, `askQuestion with ${what} and allowPersonalData: false`);
      }
      expectEqual((await adapter.listQuestions({ limit: 1 })).total, before, 'the number of questions after the refusals');
    },
  },
  {
    rule: 'postAnswer refuses a body with personal data (invalid, field body)',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      for (const [what, fields] of withPersonalData) {
        if (fields.body === undefined) continue;
        const input: PostAnswerInput = { ...validAnswer, body: fields.body, language: fields.language ?? 'en' };
        await expectInvalid(adapter.postAnswer(input), 'body', `postAnswer with ${what}`);
      }
    },
  },
  {
    rule: 'with allowPersonalData: true the writer keeps what the guard found: the post is stored as written',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const title = 'Bel mij terug op 0470 12 34 56 aub';
      const body = 'The Proximus shop line is +32 2 202 82 82, or write to a.peeters@proximus.be.';
      const question = await adapter.askQuestion({ ...validQuestion, title, body, allowPersonalData: true });
      expectEqual([question.title, question.body], [title, body], '[title, body] of a question kept with allowPersonalData');
      const answer = await adapter.postAnswer({ ...validAnswer, body, allowPersonalData: true });
      expectEqual(answer.body, body, 'the body of an answer kept with allowPersonalData');
    },
  },
  {
    rule: 'masked personal data and what only looks like it (USSD codes, short numbers, dates, prices, IPs, versions) are accepted',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const masked = 'Bel mij terug op 04•• •• •• 56 of mail a•••@proximus.be, IBAN BE•• •••• •••• 6769.';
      await adapter.askQuestion({ ...validQuestion, body: masked, language: 'nl' });
      await adapter.askQuestion({ ...validQuestion, body: notPersonal });
      await adapter.postAnswer({ ...validAnswer, body: notPersonal });
    },
  },
];
