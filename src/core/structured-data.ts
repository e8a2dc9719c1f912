/**
 * schema.org `QAPage` structured data for a thread (issue 18, search engines): the question, its accepted answer and
 * suggested answers as JSON-LD, which search engines read to show a question with its answers in their results.
 * Pure: it gets the posts' plain text from its caller (the thread gets it from the sanitized DOM, the reference
 * server's crawler page from DOMPurify over jsdom), so the page and the server write the same object.
 *
 * Only published posts go in: never a pending, hidden or deleted one (whose body readers do not see).
 * See https://schema.org/QAPage and Google's "Q&A page" structured data: a `Question` needs `name`, `answerCount` and
 * its answers (`acceptedAnswer`, `suggestedAnswer`), each `Answer` its `text`; authors are `Person`s with a `name`.
 */
import type { Answer, Post, Question, User } from './types.js';

/** Longest text of a post in the structured data, in characters (the first part of a long post is what matters). */
export const STRUCTURED_TEXT_MAX = 1500;

export interface StructuredDataSource {
  /** The plain text of a post (no markup), at most {@link STRUCTURED_TEXT_MAX} characters. */
  text: (post: Question | Answer) => string;
  /** The absolute address of the thread's public page, if known. */
  url?: string | undefined;
  /** The absolute address of an answer (its permalink), if there is one. */
  answerUrl?: ((answer: Answer) => string | undefined) | undefined;
  /** The absolute address of a member's profile, if there is one. */
  authorUrl?: ((user: User) => string | undefined) | undefined;
}

interface JsonLdPerson {
  '@type': 'Person';
  name: string;
  url?: string;
}

export interface JsonLdAnswer {
  '@type': 'Answer';
  text: string;
  upvoteCount: number;
  dateCreated: string;
  dateModified?: string;
  url?: string;
  author: JsonLdPerson;
}

export interface JsonLdQuestion {
  '@type': 'Question';
  name: string;
  text: string;
  answerCount: number;
  upvoteCount: number;
  dateCreated: string;
  dateModified?: string;
  inLanguage: string;
  author: JsonLdPerson;
  acceptedAnswer?: JsonLdAnswer;
  suggestedAnswer?: JsonLdAnswer[];
}

export interface JsonLdQAPage {
  '@context': 'https://schema.org';
  '@type': 'QAPage';
  url?: string;
  mainEntity: JsonLdQuestion;
}

/** Whether everyone sees the post as written (a post without `state` predates moderation: published). */
export const isPublished = (post: Post): boolean => (post.state ?? 'published') === 'published';

function person(user: User, source: StructuredDataSource): JsonLdPerson {
  const url = source.authorUrl?.(user);
  return { '@type': 'Person', name: user.name, ...(url ? { url } : {}) };
}

const modified = (post: Post) => (post.editedAt ? { dateModified: post.editedAt } : {});

function answerData(answer: Answer, source: StructuredDataSource): JsonLdAnswer {
  const url = source.answerUrl?.(answer);
  return {
    '@type': 'Answer',
    text: source.text(answer),
    upvoteCount: answer.voteCount,
    dateCreated: answer.createdAt,
    ...modified(answer),
    ...(url ? { url } : {}),
    author: person(answer.author, source),
  };
}

/**
 * The `QAPage` of a question and the answers shown with it (the accepted one wherever it is in `answers`), or
 * undefined when the question is not published. Answers that are not published, or of another question, are left out.
 */
export function qaPageData(question: Question, answers: readonly Answer[], source: StructuredDataSource): JsonLdQAPage | undefined {
  if (!isPublished(question)) return undefined;
  const shown = answers.filter((answer) => answer.questionId === question.id && isPublished(answer));
  const accepted = shown.find((answer) => answer.id === question.acceptedAnswerId);
  const suggested = shown.filter((answer) => answer !== accepted);
  const text = source.text(question);
  return {
    '@context': 'https://schema.org',
    '@type': 'QAPage',
    ...(source.url ? { url: source.url } : {}),
    mainEntity: {
      '@type': 'Question',
      name: question.title,
      // A question with a title only: its title is its text.
      text: text || question.title,
      answerCount: Math.max(question.answerCount, shown.length),
      upvoteCount: question.voteCount,
      dateCreated: question.createdAt,
      ...modified(question),
      inLanguage: question.language,
      author: person(question.author, source),
      ...(accepted ? { acceptedAnswer: answerData(accepted, source) } : {}),
      ...(suggested.length > 0 ? { suggestedAnswer: suggested.map((answer) => answerData(answer, source)) } : {}),
    },
  };
}

/** Characters that could end a `<script>` element or break JavaScript parsers reading it, as JSON escapes. */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON for the body of a `<script type="application/ld+json">`: `<`, `>`, `&`, U+2028 and U+2029 are written as
 * `\u003c` and so on, so no post (`</script><script>…`, `<!--`) can end the element or start markup in it.
 */
export function serializeJsonLd(data: JsonLdQAPage): string {
  return JSON.stringify(data).replace(UNSAFE_IN_SCRIPT, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
