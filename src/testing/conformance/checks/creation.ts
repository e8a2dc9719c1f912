/** Asking and answering: what a new question or answer looks like. */
import { answerShape, questionShape } from '../../../core/shapes.js';
import { ensure, expectEqual, expectShape } from '../assertions.js';
import { allQuestionIds, answersOf, expectPermissions, ids, questionsOf, validQuestion } from '../helpers.js';
import type { ConformanceCheck } from '../types.js';

export const creationChecks: readonly ConformanceCheck[] = [
  {
    rule: 'askQuestion returns the new question, which can then be read and listed',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const question = await adapter.askQuestion(validQuestion);
      expectShape(question, questionShape, 'askQuestion()');
      const { title, body, categoryId, language, tags } = question;
      expectEqual({ title, body, categoryId, language, tags }, validQuestion, 'the new question', 'as asked');
      expectEqual(question.author.id, 'member', 'author.id of the new question');
      const fresh = [question.answerCount, question.voteCount, question.acceptedAnswerId, question.status];
      expectEqual(fresh, [0, 0, null, 'open'], '[answerCount, voteCount, acceptedAnswerId, status] of a new question');
      expectPermissions(question.viewerCan, { vote: false, edit: true, answer: true }, 'the author of a new question');
      expectEqual((await adapter.getQuestion(question.id)).title, validQuestion.title, 'getQuestion(<new id>).title');
      const listed = await adapter.listQuestions({ sort: 'newest', limit: 100 });
      expectEqual(listed.items[0]?.id, question.id, 'the first question sorted by newest', 'after asking one');
      if (listed.total !== undefined)
        expectEqual(listed.total, allQuestionIds.length + 1, 'listQuestions().total', 'after asking one');
      const second = await adapter.askQuestion({ ...validQuestion, title: 'Voicemail still calls me back at night' });
      ensure(second.id !== question.id, `expected a new id for a second question, got "${second.id}" twice`);
    },
  },
  {
    rule: 'postAnswer returns the new answer, and the question counts it',
    async run(ctx) {
      const adapter = await ctx.adapter('expert');
      const input = {
        questionId: 'q-nl',
        body: 'Controleer de map Promoties in Gmail en voeg ons adres toe aan je contacten.',
        language: 'nl-BE',
      };
      const answer = await adapter.postAnswer(input);
      expectShape(answer, answerShape, 'postAnswer()');
      expectEqual(
        [answer.questionId, answer.body, answer.language],
        [input.questionId, input.body, input.language],
        '[questionId, body, language] of the new answer',
      );
      expectEqual(
        [answer.author.id, answer.accepted, answer.voteCount],
        ['expert', false, 0],
        '[author.id, accepted, voteCount] of the new answer',
      );
      expectEqual(answer.viewerCan.vote, false, 'viewerCan.vote', 'for the author of a new answer');
      expectEqual(ids(await answersOf(adapter, 'q-nl')), [answer.id], 'the answer ids of q-nl', 'after answering');
      const question = await adapter.getQuestion('q-nl');
      expectEqual(question.answerCount, 1, 'answerCount of q-nl', 'after its first answer');
      ensure(
        Date.parse(question.lastActivityAt) >= Date.parse(answer.createdAt),
        `expected lastActivityAt of q-nl to move to the new answer (${answer.createdAt}), got ${question.lastActivityAt}`,
      );
      const unanswered = ids(await questionsOf(adapter, { status: 'unanswered' }));
      expectEqual(unanswered.includes('q-nl'), false, 'q-nl among the unanswered questions', 'after its first answer');
    },
  },
];
