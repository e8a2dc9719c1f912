import type { MajlisStore } from './store.js';
import type { Answer, AskQuestionInput, CallOptions, PostAnswerInput, Question } from './types.js';

/*
 * A member's posts through the store, outside the core chunk: the composer and the ask form load them with their
 * code, so a reader's first render does not (accepting an answer is in accepting.ts, with the accept button).
 */

/** Posts an answer; on success it is cached, the question's count grows and subscribers hear `answer-posted`. */
export async function postAnswer(store: MajlisStore, input: PostAnswerInput, options?: CallOptions): Promise<Answer> {
  const answer = await store.reporting('post-answer', () => store.adapter.postAnswer(input, options));
  const question = store.confirmedPost('question', answer.questionId) as Question | undefined;
  const counted = question ? [{ ...question, answerCount: question.answerCount + 1, lastActivityAt: answer.createdAt }] : [];
  store.confirm({ posts: [answer, ...counted], recognition: true }, { type: 'answer-posted', answer });
  return answer;
}

/** Asks a question; on success it is cached and subscribers hear `question-asked`. */
export async function askQuestion(store: MajlisStore, input: AskQuestionInput, options?: CallOptions): Promise<Question> {
  const question = await store.reporting('ask-question', () => store.adapter.askQuestion(input, options));
  store.confirm({ posts: [question], recognition: true }, { type: 'question-asked', question });
  return question;
}
