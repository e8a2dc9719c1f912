/** Failures and returned data: MajlisErrors with known codes, aborted signals, copies the caller may change. */
import { ERROR_CODES, isAbortError, isMajlisError } from '../../../core/adapter.js';
import type { CallOptions } from '../../../core/types.js';
import { describeError, ensure, expectEqual, rejectionOf, show, succeeded } from '../assertions.js';
import { answersOf, validAnswer, validQuestion } from '../helpers.js';
import type { ConformanceCheck } from '../types.js';

export const robustnessChecks: readonly ConformanceCheck[] = [
  {
    rule: 'failures are MajlisErrors with a known code and a message',
    async run(ctx) {
      const anonymous = await ctx.adapter(null);
      const member = await ctx.adapter('member');
      const failing: [string, () => Promise<unknown>][] = [
        ['an anonymous vote', () => anonymous.vote({ target: 'question', id: 'q-open', voted: true })],
        ['kudos on an own question', () => member.vote({ target: 'question', id: 'q-locked', voted: true })],
        ['getQuestion of an unknown id', () => member.getQuestion('q-does-not-exist')],
        ['askQuestion with an empty title', () => member.askQuestion({ ...validQuestion, title: '' })],
        ['postAnswer on a locked question', () => member.postAnswer({ ...validAnswer, questionId: 'q-locked' })],
      ];
      for (const [what, call] of failing) {
        const error = await rejectionOf(call());
        ensure(error !== succeeded, `expected ${what} to fail, but it succeeded`);
        ensure(
          error instanceof Error && isMajlisError(error),
          `expected ${what} to throw a MajlisError, got ${describeError(error)}`,
        );
        ensure(
          ERROR_CODES.includes(error.code),
          `expected the code of ${what} to be one of ${ERROR_CODES.join(', ')}, got ${show(error.code)}`,
        );
        ensure(typeof error.message === 'string' && error.message.trim() !== '', `expected ${what} to carry a message`);
        if (error.code === 'invalid')
          ensure(typeof error.field === 'string', `expected ${what} to name the invalid field`);
      }
    },
  },
  {
    rule: 'an already-aborted signal rejects every call with an AbortError and changes nothing',
    async run(ctx) {
      const adapter = await ctx.adapter('other');
      const controller = new AbortController();
      controller.abort();
      const options: CallOptions = { signal: controller.signal };
      const calls: [string, () => Promise<unknown>][] = [
        ['getViewer', () => adapter.getViewer(options)],
        ['listCategories', () => adapter.listCategories(options)],
        ['listQuestions', () => adapter.listQuestions({}, options)],
        ['getQuestion', () => adapter.getQuestion('q-open', options)],
        ['listAnswers', () => adapter.listAnswers('q-open', {}, options)],
        ['getAnswer', () => adapter.getAnswer('a-open-expert', options)],
        ['getUser', () => adapter.getUser('expert', options)],
        ['askQuestion', () => adapter.askQuestion(validQuestion, options)],
        ['postAnswer', () => adapter.postAnswer(validAnswer, options)],
        ['vote', () => adapter.vote({ target: 'question', id: 'q-vi', voted: true }, options)],
        ['acceptAnswer', () => adapter.acceptAnswer({ answerId: 'a-open-expert', accepted: true }, options)],
      ];
      for (const [method, call] of calls) {
        const error = await rejectionOf(call());
        ensure(error !== succeeded, `expected ${method} with an aborted signal to reject, but it resolved`);
        ensure(
          isAbortError(error),
          `expected ${method} with an aborted signal to reject with an AbortError DOMException, got ${describeError(error)}`,
        );
      }
      expectEqual((await adapter.getQuestion('q-vi')).voteCount, 0, 'voteCount of q-vi', 'after an aborted vote');
      expectEqual(
        (await adapter.getQuestion('q-open')).answerCount,
        3,
        'answerCount of q-open',
        'after an aborted postAnswer',
      );
    },
  },
  {
    rule: 'returned data are copies: changing them does not change the adapter',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const question = await adapter.getQuestion('q-open');
      Object.assign(question, { voteCount: 999, title: 'Tampered' });
      question.tags.push('tampered');
      question.author.name = 'Tampered';
      question.viewerCan.vote = false;
      const again = await adapter.getQuestion('q-open');
      expectEqual(
        [again.voteCount, again.title],
        [3, 'No 4G indoors since the mast upgrade in Mechelen'],
        '[voteCount, title] of q-open',
        'after a caller changed a returned copy',
      );
      expectEqual(
        [again.tags, again.author.name, again.viewerCan.vote],
        [['4g', 'indoor-coverage'], 'Layla Haddad', true],
        '[tags, author.name, viewerCan.vote] of q-open',
        'after a caller changed a returned copy',
      );
      const answers = await adapter.listAnswers('q-open');
      answers.items.pop();
      answers.items.forEach((answer) => Object.assign(answer, { voteCount: 999 }));
      expectEqual(
        (await answersOf(adapter, 'q-open')).map((answer) => answer.voteCount),
        [3, 2, 1],
        'the voteCounts of the answers of q-open',
        'after a caller changed a returned page',
      );
      const categories = await adapter.listCategories();
      categories.forEach((category) => Object.assign(category, { name: 'Tampered' }));
      const names = (await adapter.listCategories()).map((category) => category.name);
      expectEqual(names.includes('Tampered'), false, 'a tampered category name', 'in a second listCategories()');
      const profile = await adapter.getUser('expert');
      profile.stats.answers = 99;
      expectEqual(
        (await adapter.getUser('expert')).stats.answers,
        2,
        'stats.answers of expert',
        'after a caller changed a returned profile',
      );
    },
  },
];
