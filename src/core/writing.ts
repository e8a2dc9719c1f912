import type { ErrorOperation } from './events.js';
import type { MajlisStore } from './store.js';
import type { Answer, AskQuestionInput, CallOptions, PostAnswerInput, Question } from './types.js';

/*
 * A member's posts through the store, outside the core chunk: the composer and the ask form load them with their
 * code, so a reader's first render does not (accepting an answer is in accepting.ts, with the accept button).
 */

let refusalTexts: Promise<void> | undefined;

/**
 * Runs a post through the store, fetching meanwhile the texts that explain a refusal (flood limits, suspension,
 * personal data …), so a refused post reads in the writer's language; a page where no one posts never loads them.
 */
async function writing<R>(store: MajlisStore, operation: ErrorOperation, call: () => Promise<R>): Promise<R> {
  refusalTexts ??= import('./i18n/areas/refusals.js').then(
    (m) => m.addRefusalTexts(),
    () => void (refusalTexts = undefined), // tried again with the next post; meanwhile a refusal reads as its code's message
  );
  const texts = refusalTexts;
  try {
    return await store.reporting(operation, call);
  } catch (error) {
    await texts;
    throw error;
  }
}

/** Posts an answer; on success it is cached, the question's count grows and subscribers hear `answer-posted`. */
export async function postAnswer(store: MajlisStore, input: PostAnswerInput, options?: CallOptions): Promise<Answer> {
  const answer = await writing(store, 'post-answer', () => store.adapter.postAnswer(input, options));
  const question = store.confirmedPost('question', answer.questionId) as Question | undefined;
  const counted = question ? [{ ...question, answerCount: question.answerCount + 1, lastActivityAt: answer.createdAt }] : [];
  store.confirm({ posts: [answer, ...counted], recognition: true }, { type: 'answer-posted', answer });
  return answer;
}

/** Asks a question; on success it is cached and subscribers hear `question-asked`. */
export async function askQuestion(store: MajlisStore, input: AskQuestionInput, options?: CallOptions): Promise<Question> {
  const question = await writing(store, 'ask-question', () => store.adapter.askQuestion(input, options));
  store.confirm({ posts: [question], recognition: true }, { type: 'question-asked', question });
  return question;
}
