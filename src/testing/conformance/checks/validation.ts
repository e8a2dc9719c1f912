/** Input validation: bad input fails with `invalid` naming the field; unknown ids are `not-found`. */
import { LIMITS } from '../../../core/types.js';
import type { AskQuestionInput, PostAnswerInput } from '../../../core/types.js';
import { expectEqual, expectFailure, expectInvalid, show } from '../assertions.js';
import { textOfLength, validAnswer, validQuestion } from '../helpers.js';
import type { Adapter } from '../helpers.js';
import type { ConformanceCheck } from '../types.js';

/** An askQuestion varying `fields` of a valid question, refused as invalid naming `field`. */
type AskCase = [what: string, fields: Partial<AskQuestionInput>, field: string];

async function expectAskInvalid(adapter: Adapter, cases: readonly AskCase[]): Promise<void> {
  for (const [what, fields, field] of cases) {
    await expectInvalid(adapter.askQuestion({ ...validQuestion, ...fields }), field, `askQuestion with ${what}`);
  }
}

export const validationChecks: readonly ConformanceCheck[] = [
  {
    rule: `askQuestion checks the title: ${LIMITS.titleMin} to ${LIMITS.titleMax} characters after trimming (invalid, field title)`,
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const badTitles: [string, unknown][] = [
        [`a title of ${LIMITS.titleMin - 1} characters`, 'No signal'],
        ['a title that is too short once trimmed', '    No signal    '],
        [`a title of ${LIMITS.titleMax + 1} characters`, textOfLength(LIMITS.titleMax + 1)],
        ['a numeric title', 42],
        ['a null title', null],
        ['a missing title', undefined],
      ];
      for (const [what, title] of badTitles) {
        await expectInvalid(
          adapter.askQuestion({ ...validQuestion, title } as AskQuestionInput),
          'title',
          `askQuestion with ${what}`,
        );
      }
      await adapter.askQuestion({ ...validQuestion, title: 'eSIM error' });
      await adapter.askQuestion({ ...validQuestion, title: textOfLength(LIMITS.titleMax) });
    },
  },
  {
    rule: `askQuestion and postAnswer check the body: ${LIMITS.bodyMin} to ${LIMITS.bodyMax} characters (invalid, field body)`,
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const badBodies: [string, unknown][] = [
        ['an empty body', ''],
        ['a body of one character once trimmed', '   ?   '],
        [`a body of ${LIMITS.bodyMax + 1} characters`, textOfLength(LIMITS.bodyMax + 1)],
        ['a numeric body', 12],
        ['an object as body', { text: 'Hello' }],
      ];
      for (const [what, body] of badBodies) {
        await expectInvalid(
          adapter.askQuestion({ ...validQuestion, body } as AskQuestionInput),
          'body',
          `askQuestion with ${what}`,
        );
        await expectInvalid(
          adapter.postAnswer({ ...validAnswer, body } as PostAnswerInput),
          'body',
          `postAnswer with ${what}`,
        );
      }
      await adapter.postAnswer({ ...validAnswer, body: 'OK' });
      await adapter.askQuestion({ ...validQuestion, body: textOfLength(LIMITS.bodyMax) });
    },
  },
  {
    rule: 'askQuestion refuses an unknown or missing category (invalid, field categoryId)',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const unknown = adapter.askQuestion({ ...validQuestion, categoryId: 'mobile-tv' });
      await expectInvalid(unknown, 'categoryId', 'askQuestion in an unknown category');
      const missing = adapter.askQuestion({ ...validQuestion, categoryId: undefined } as unknown as AskQuestionInput);
      await expectInvalid(missing, 'categoryId', 'askQuestion without a category');
    },
  },
  {
    rule: 'the language of a post must be a BCP-47 tag (invalid, field language)',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      for (const language of ['english please', 'nl_BE', '', 42]) {
        const what = `language ${show(language)}`;
        await expectInvalid(
          adapter.askQuestion({ ...validQuestion, language } as AskQuestionInput),
          'language',
          `askQuestion with ${what}`,
        );
        await expectInvalid(
          adapter.postAnswer({ ...validAnswer, language } as PostAnswerInput),
          'language',
          `postAnswer with ${what}`,
        );
      }
      await adapter.askQuestion({ ...validQuestion, language: 'nl-BE' });
      await adapter.postAnswer({ ...validAnswer, language: 'ar' });
    },
  },
  {
    rule: `askQuestion checks the tags: at most ${LIMITS.tagsMax}, each 1 to ${LIMITS.tagMax} characters (invalid, field tags)`,
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const badTags: [string, unknown][] = [
        [`${LIMITS.tagsMax + 1} tags`, ['4g', '5g', 'volte', 'wifi-calling', 'esim', 'apn']],
        ['an empty tag', ['roaming', '']],
        [`a tag of ${LIMITS.tagMax + 1} characters`, ['x'.repeat(LIMITS.tagMax + 1)]],
        ['tags as a string', 'roaming'],
        ['a numeric tag', [5]],
      ];
      for (const [what, tags] of badTags) {
        await expectInvalid(
          adapter.askQuestion({ ...validQuestion, tags } as AskQuestionInput),
          'tags',
          `askQuestion with ${what}`,
        );
      }
      await adapter.askQuestion({
        ...validQuestion,
        tags: ['4g', '5g', 'volte', 'wifi-calling', 'x'.repeat(LIMITS.tagMax)],
      });
    },
  },
  {
    rule: 'titles, bodies and tags refuse control characters, naming the field (bodies may have tabs and line breaks); nothing is created',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const before = (await adapter.listQuestions({ limit: 1 })).total;
      const questions: AskCase[] = [
        ['a NUL in the title', { title: 'Roaming\u0000 in Spain does not work' }, 'title'],
        ['a bell character in the title', { title: 'Roaming in Spain\u0007 does not work' }, 'title'],
        ['an escape character in the title', { title: '\u001b[31mRoaming in Spain is broken' }, 'title'],
        ['a line break in the title', { title: 'Roaming in Spain\ndoes not work' }, 'title'],
        ['a NUL in the body', { body: 'My SIM stopped working\u0000 after the update.' }, 'body'],
        ['a C1 control in the body', { body: 'My SIM stopped working\u0085 after the update.' }, 'body'],
        ['a NUL in a tag', { tags: ['roaming', 'es\u0000im'] }, 'tags'],
        ['a tab in a tag', { tags: ['roaming\tspain'] }, 'tags'],
      ];
      await expectAskInvalid(adapter, questions);
      const answer = adapter.postAnswer({ ...validAnswer, body: 'Restart\u0000 the phone in flight mode.' });
      await expectInvalid(answer, 'body', 'postAnswer with a NUL in the body');
      expectEqual((await adapter.listQuestions({ limit: 1 })).total, before, 'the number of questions after the refusals');
      const markdown = 'Steps:\n\n1. Settings\r\n2. Mobile network\n\n\tcode block';
      await adapter.askQuestion({ ...validQuestion, body: markdown });
      await adapter.postAnswer({ ...validAnswer, body: markdown });
    },
  },
  {
    rule: 'minimum lengths count visible characters: zero-width spaces and joiners are no title or body (invalid)',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const invisible: AskCase[] = [
        [`a title of ${LIMITS.titleMin + 2} zero-width spaces`, { title: '\u200b'.repeat(LIMITS.titleMin + 2) }, 'title'],
        ['a title of zero-width spaces around a space', { title: `${'\u200b'.repeat(8)} ${'\u200b'.repeat(8)}` }, 'title'],
        ['a title of one word padded with zero-width joiners', { title: `APN${'\u200d'.repeat(20)}` }, 'title'],
        ['a body of two zero-width joiners', { body: '\u200d\u200d' }, 'body'],
        ['a body of a zero-width no-break space and a word joiner', { body: '\ufeff\u2060' }, 'body'],
      ];
      await expectAskInvalid(adapter, invisible);
      const answer = adapter.postAnswer({ ...validAnswer, body: '\u200d\u200d' });
      await expectInvalid(answer, 'body', 'postAnswer with a body of two zero-width joiners');
      // Visible text with joiners in it (an emoji sequence, Arabic) is text.
      await adapter.askQuestion({ ...validQuestion, title: 'أين رصيدي؟ 👩\u200d💻 eSIM' });
    },
  },
  {
    rule: 'titles and tags refuse bidirectional embeddings, overrides and isolates (invalid), which can disguise text',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const disguised: AskCase[] = [
        ['a right-to-left override in the title', { title: 'My invoice is attached: \u202efdp.exe' }, 'title'],
        ['a left-to-right embedding in the title', { title: '\u202aRoaming in Spain does not work' }, 'title'],
        ['a first-strong isolate in the title', { title: 'Roaming in \u2068Spain\u2069 does not work' }, 'title'],
        ['a right-to-left override in a tag', { tags: ['\u202egnimaor'] }, 'tags'],
      ];
      await expectAskInvalid(adapter, disguised);
      // Right-to-left text itself, and the invisible marks it may need, are fine.
      await adapter.askQuestion({ ...validQuestion, title: 'كيف أفعّل التجوال \u200fفي إسبانيا؟', language: 'ar' });
    },
  },
  {
    rule: 'a control character in an id or a list filter is refused (invalid), not read as an unknown id',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const ids: [string, () => Promise<unknown>][] = [
        ['getQuestion', () => adapter.getQuestion('q-open\u0000')],
        ['listAnswers', () => adapter.listAnswers('q-open\u0000')],
        ['getAnswer', () => adapter.getAnswer('a-open-expert\u0000')],
        ['getUser', () => adapter.getUser('expert\u0000')],
        ['vote', () => adapter.vote({ target: 'question', id: 'q-vi\u0000', voted: true })],
        ['acceptAnswer', () => adapter.acceptAnswer({ answerId: 'a-open-expert\u0000', accepted: true })],
        ['postAnswer', () => adapter.postAnswer({ ...validAnswer, questionId: 'q-open\u0000' })],
      ];
      for (const [method, call] of ids) {
        await expectFailure(call(), 'invalid', `${method} with a NUL in the id`);
      }
      await expectInvalid(adapter.listQuestions({ categoryId: 'network\u0000' }), 'categoryId', 'listQuestions with a NUL in categoryId');
      await expectInvalid(adapter.listQuestions({ language: 'en\u0000' }), 'language', 'listQuestions with a NUL in language');
    },
  },
  {
    rule: 'unknown ids are not-found, for every read and mutation',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const code = 'not-found';
      await expectFailure(adapter.getQuestion('q-does-not-exist'), code, 'getQuestion of an unknown id');
      await expectFailure(adapter.listAnswers('q-does-not-exist'), code, 'listAnswers of an unknown question');
      await expectFailure(adapter.getAnswer('a-does-not-exist'), code, 'getAnswer of an unknown id');
      await expectFailure(adapter.getUser('nobody'), code, 'getUser of an unknown id');
      const answer = adapter.postAnswer({ ...validAnswer, questionId: 'q-does-not-exist' });
      await expectFailure(answer, code, 'postAnswer to an unknown question');
      await expectFailure(
        adapter.vote({ target: 'question', id: 'q-does-not-exist', voted: true }),
        code,
        'vote on an unknown question',
      );
      await expectFailure(
        adapter.vote({ target: 'answer', id: 'a-does-not-exist', voted: true }),
        code,
        'vote on an unknown answer',
      );
      const accept = adapter.acceptAnswer({ answerId: 'a-does-not-exist', accepted: true });
      await expectFailure(accept, code, 'acceptAnswer of an unknown answer');
    },
  },
];
