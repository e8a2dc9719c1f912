/** Input validation: bad input fails with `invalid` naming the field; unknown ids are `not-found`. */
import { LIMITS } from '../../../core/types.js';
import type { AskQuestionInput, PostAnswerInput } from '../../../core/types.js';
import { expectFailure, expectInvalid, show } from '../assertions.js';
import { textOfLength, validAnswer, validQuestion } from '../helpers.js';
import type { ConformanceCheck } from '../types.js';

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
