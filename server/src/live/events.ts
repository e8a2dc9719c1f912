import type { AcceptResult, Answer, ModerationInput, ModerationResult, PostType, Question, SessionQuestion } from '#majlis/core/types.js';
import type { Queryable } from '../db/database.js';
import { sessionsOfQuestions } from '../repository/live-sessions.js';
import type { NewLiveEvent } from './hub.js';

/** What a mutation route was called with and answered, as `routes.ts` hands it over. */
export interface Mutation {
  operationId: string;
  body: unknown;
  result: unknown;
}

const published = (post: Question | Answer) => (post.state ?? 'published') === 'published';

async function categoryOf(db: Queryable, questionId: string): Promise<string | null> {
  const [row] = await db.query<{ category_id: string }>('SELECT category_id FROM questions WHERE id = $1', [questionId]);
  return row?.category_id ?? null;
}

/** Where a post is: its question and that question's category. */
async function placeOf(db: Queryable, target: PostType, post: Question | Answer) {
  const questionId = target === 'question' ? post.id : (post as Answer).questionId;
  const categoryId = target === 'question' ? (post as Question).categoryId : await categoryOf(db, questionId);
  return categoryId === null ? null : { questionId, categoryId };
}

const POST_OPERATION = /^(vote|flag|edit|delete)(Question|Answer)$/;

/**
 * The live events of a mutation that succeeded, from its answer as the route returns it: only what every reader may
 * see (published posts), with ids and counters (`src/core/contract/live.ts`). A post waiting for a moderator makes
 * none until it is approved. An event about a live session's question names the session (its topic hears it).
 */
export async function eventsOf(db: Queryable, mutation: Mutation): Promise<NewLiveEvent[]> {
  const events = await postEventsOf(db, mutation);
  const sessions = await sessionsOfQuestions(db, [...new Set(events.map((event) => event.questionId))]);
  return events.map((event) => {
    const sessionId = sessions.get(event.questionId);
    return sessionId === undefined ? event : { ...event, sessionId };
  });
}

async function postEventsOf(db: Queryable, { operationId, body, result }: Mutation): Promise<NewLiveEvent[]> {
  if (operationId === 'askInSession') return posted(db, 'question', (result as SessionQuestion).question);
  if (operationId === 'askQuestion' || operationId === 'postAnswer') {
    const target: PostType = operationId === 'askQuestion' ? 'question' : 'answer';
    return posted(db, target, result as Question | Answer);
  }
  if (operationId === 'acceptAnswer') {
    const { question, answer, previous } = result as AcceptResult;
    const base = { questionId: question.id, categoryId: question.categoryId };
    return (body as { accepted: boolean }).accepted
      ? [{ ...base, type: 'answer-accepted', answerId: answer.id, previousAnswerId: previous?.id ?? null }]
      : [{ ...base, type: 'answer-unaccepted', answerId: answer.id }];
  }
  if (operationId === 'moderate') return moderated(db, body as ModerationInput, result as ModerationResult);
  const match = POST_OPERATION.exec(operationId);
  if (match === null) return [];
  const [, verb, what] = match;
  const target: PostType = what === 'Question' ? 'question' : 'answer';
  const post = result as Question | Answer;
  const place = await placeOf(db, target, post);
  if (place === null) return [];
  if (verb === 'vote') {
    return published(post) ? [{ ...place, type: 'vote-changed', target, postId: post.id, voteCount: post.voteCount }] : [];
  }
  // A flag changes what readers see only when it hid the post; an edit of a post nobody else sees tells nobody.
  if (verb === 'flag' && post.state !== 'hidden') return [];
  if (verb === 'edit' && !published(post)) return [];
  return [{ ...place, type: 'post-changed', target, postId: post.id }];
}

async function posted(db: Queryable, target: PostType, post: Question | Answer): Promise<NewLiveEvent[]> {
  if (!published(post)) return [];
  const place = await placeOf(db, target, post);
  if (place === null) return [];
  return [target === 'question' ? { ...place, type: 'question-posted' } : { ...place, type: 'answer-posted', answerId: post.id }];
}

const STATE_ACTIONS: ReadonlySet<string> = new Set(['hide', 'restore', 'delete']);
const QUESTION_ACTIONS: ReadonlySet<string> = new Set(['lock', 'unlock', 'pin', 'unpin', 'move', 'mark-duplicate']);

async function moderated(db: Queryable, input: ModerationInput, result: ModerationResult): Promise<NewLiveEvent[]> {
  if (input.target === 'user') return [];
  const post = input.target === 'question' ? result.question : result.answer;
  if (post === null) return [];
  if (input.action === 'approve') return posted(db, input.target, post);
  const place = await placeOf(db, input.target, post);
  if (place === null) return [];
  if (STATE_ACTIONS.has(input.action)) return [{ ...place, type: 'post-changed', target: input.target, postId: post.id }];
  if (QUESTION_ACTIONS.has(input.action) && result.question !== null && published(result.question)) {
    return [{ ...place, type: 'question-updated' }];
  }
  return [];
}
