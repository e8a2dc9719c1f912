import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DOMPurify } from 'dompurify';
import { isMajlisError } from '#majlis/core/adapter.js';
import { formatDate, formattersFor, loadMessages } from '#majlis/core/i18n/index.js';
import type { Messages } from '#majlis/core/i18n/index.js';
import { directionOf } from '#majlis/core/i18n/locale.js';
import { parseMarkdown } from '#majlis/core/markdown-parse.js';
import { FRAGMENT_CONFIG, PURIFY_CONFIG, applySanitizeRules, plainText, truncate } from '#majlis/core/markdown-sanitize.js';
import { STRUCTURED_TEXT_MAX, isPublished, qaPageData, serializeJsonLd } from '#majlis/core/structured-data.js';
import { PAGE_SIZE } from '#majlis/core/contract/input.js';
import type { Answer, Question } from '#majlis/core/types.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { escapeHtml } from './mail/messages.js';
import { listAnswers } from './repository/answers.js';
import { getQuestion } from './repository/questions.js';
import { readerOf } from './repository/viewer.js';
import type { Clock } from './routes.js';

/**
 * `GET <base>/questions/:id/page`: a thread as a small static HTML page, for crawlers and readers without
 * JavaScript (issue 18, search engines). The question and its published answers (the accepted one first), their
 * Markdown rendered by the client's rules (`markdown-parse.ts`) and sanitized by the page's allowlist
 * (`markdown-sanitize.ts`, DOMPurify over jsdom), the schema.org `QAPage` JSON-LD the element writes
 * (`structured-data.ts`), and a canonical address (MAJLIS_THREAD_URL, else this page).
 *
 * The static content is the light DOM of a `<majlis-thread question-id=… endpoint=<base>>`: a page that loads the
 * Majlis bundle (MAJLIS_THREAD_PAGE_SCRIPT) upgrades the element in place, and its shadow root, which has no default
 * slot, takes the static content's place; without JavaScript, or for a crawler, the static content is the thread.
 * Anonymous: the page is the same for everyone, so it can be cached (a short `max-age`, revalidated by its ETag).
 */

/** How long browsers and proxies may keep the page before revalidating it, in seconds. */
const MAX_AGE = 60;
/** The meta description: search engines show about this many characters. */
const DESCRIPTION_MAX = 160;
const HTML_TYPE = 'text/html; charset=utf-8';

let purifier: Promise<DOMPurify> | undefined;

/** DOMPurify over a jsdom window with Majlis' rules, created on the first page (jsdom is slow to load). */
function sanitizer(): Promise<DOMPurify> {
  purifier ??= Promise.all([import('jsdom'), import('dompurify')]).then(([{ JSDOM }, { default: createDOMPurify }]) => {
    const purify = createDOMPurify(new JSDOM('').window);
    if (!purify.isSupported) throw new Error('DOMPurify does not support this jsdom window');
    return applySanitizeRules(purify);
  });
  return purifier;
}

interface Rendered {
  html: string;
  text: string;
}

function render(purify: DOMPurify, post: Question | Answer): Rendered {
  const dirty = post.bodyHtml ?? parseMarkdown(post.body);
  return {
    html: purify.sanitize(dirty, PURIFY_CONFIG),
    text: plainText(purify.sanitize(dirty, FRAGMENT_CONFIG)),
  };
}

const attribute = (value: string) => escapeHtml(value).replaceAll('"', '&quot;');

function byline(msg: Messages, locale: string, post: Question | Answer, name: string): string {
  const kudos = msg.count.kudos(post.voteCount, formattersFor(locale));
  return `<p>${escapeHtml(name)} · <time datetime="${attribute(post.createdAt)}">${escapeHtml(formatDate(locale, post.createdAt))}</time> · ${escapeHtml(kudos)}</p>`;
}

function answerArticle(msg: Messages, locale: string, answer: Answer, body: Rendered): string {
  const accepted = answer.accepted ? `<p><strong>${escapeHtml(msg.status.acceptedSolution)}</strong></p>` : '';
  return (
    `<article id="answer-${attribute(answer.id)}" lang="${attribute(answer.language)}" dir="${directionOf(answer.language)}">` +
    `${accepted}${byline(msg, locale, answer, msg.post.answerBy(answer.author.name))}<div>${body.html}</div></article>`
  );
}

export interface ThreadPageOptions {
  /** The absolute address of this page, the canonical one when no MAJLIS_THREAD_URL is set. */
  selfUrl: string;
}

/** The whole page of a published question, or null when there is none to show (unknown, pending, hidden, deleted). */
export async function threadPage(db: Database, config: Config, now: Clock, id: string, options: ThreadPageOptions): Promise<string | null> {
  const reader = readerOf(null, now(), config.moderation);
  let question: Question;
  try {
    question = await getQuestion(db, reader, id);
  } catch (error) {
    if (isMajlisError(error) && error.code === 'not-found') return null;
    throw error;
  }
  if (!isPublished(question)) return null;
  // The accepted answer leads every ordering of the repository.
  const { items, nextCursor } = await listAnswers(db, reader, id, { sort: 'votes', limit: PAGE_SIZE.max });
  const answers = items.filter(isPublished);
  // The question's count includes the placeholders of hidden answers; with every answer here, count what is shown.
  const counted = nextCursor === null ? { ...question, answerCount: answers.length } : question;
  const [purify, msg] = await Promise.all([sanitizer(), loadMessages(question.language)]);
  const locale = question.language;
  const bodies = new Map<string, Rendered>([question, ...answers].map((post) => [post.id, render(purify, post)]));
  const textOf = (post: Question | Answer) => truncate(bodies.get(post.id)?.text ?? '', STRUCTURED_TEXT_MAX);
  const canonical = config.threadUrl ? config.threadUrl.replaceAll('{id}', encodeURIComponent(id)) : options.selfUrl;
  const data = qaPageData(counted, answers, {
    text: textOf,
    url: canonical,
    // Answers have anchors on this page only: another canonical page may not have them.
    answerUrl: config.threadUrl ? undefined : (answer) => `${options.selfUrl}#answer-${encodeURIComponent(answer.id)}`,
  });
  const description = truncate(bodies.get(question.id)?.text || question.title, DESCRIPTION_MAX);
  const dir = directionOf(locale);
  const script = config.threadPageScript ? `<script type="module" src="${attribute(config.threadPageScript)}"></script>` : '';
  const answersHeading = msg.count.answers(answers.length, formattersFor(locale));
  return (
    `<!doctype html><html lang="${attribute(locale)}" dir="${dir}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(question.title)}</title>` +
    `<meta name="description" content="${attribute(description)}">` +
    `<link rel="canonical" href="${attribute(canonical)}">` +
    (data ? `<script type="application/ld+json">${serializeJsonLd(data)}</script>` : '') +
    `${script}</head><body><main>` +
    `<majlis-thread question-id="${attribute(id)}" endpoint="${attribute(config.basePath)}" heading-level="1">` +
    `<article><h1>${escapeHtml(question.title)}</h1>${byline(msg, locale, question, question.author.name)}` +
    `<div>${bodies.get(question.id)?.html ?? ''}</div></article>` +
    `<section aria-labelledby="answers"><h2 id="answers">${escapeHtml(answersHeading)}</h2>` +
    answers.map((answer) => answerArticle(msg, locale, answer, bodies.get(answer.id)!)).join('') +
    `</section></majlis-thread></main></body></html>`
  );
}

/** The page for a question there is none of: in the fallback language of the mails (the question's is unknown). */
async function notFoundPage(config: Config): Promise<string> {
  const locale = config.mail?.language ?? 'en';
  const msg = await loadMessages(locale);
  return (
    `<!doctype html><html lang="${attribute(locale)}" dir="${directionOf(locale)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${escapeHtml(msg.thread.notFound)}</title></head><body><main><p>${escapeHtml(msg.thread.notFound)}</p></main></body></html>`
  );
}

/** A weak validator of the page's bytes: the same page for everyone, so its hash is its version. */
const etagOf = (html: string) => `W/"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;

/** Registers the crawler page; see the module comment. */
export function registerThreadPage(app: FastifyInstance, db: Database, config: Config, now: Clock): void {
  app.get(`${config.basePath}/questions/:id/page`, async (request: FastifyRequest, reply: FastifyReply) => {
    const { id } = request.params as { id: string };
    const selfUrl = `${request.protocol}://${request.host}${config.basePath}/questions/${encodeURIComponent(id)}/page`;
    const html = await threadPage(db, config, now, id, { selfUrl });
    if (html === null) return reply.code(404).type(HTML_TYPE).header('Cache-Control', 'no-store').send(await notFoundPage(config));
    const etag = etagOf(html);
    void reply.header('ETag', etag).header('Cache-Control', `public, max-age=${MAX_AGE}`);
    if (request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) return reply.code(304).send();
    return reply.code(200).type(HTML_TYPE).send(html);
  });
}

/** The route in the OpenAPI document (`openapi.ts`): it answers HTML, not the JSON of the other routes. */
export const threadPageOperation = {
  get: {
    operationId: 'getThreadPage',
    summary:
      'A thread as a static HTML page for search engines and readers without JavaScript: the question, its published ' +
      'answers (the accepted one first), schema.org QAPage JSON-LD and a canonical link (MAJLIS_THREAD_URL). Its ' +
      '`<majlis-thread>` upgrades in place where the page loads the Majlis bundle (MAJLIS_THREAD_PAGE_SCRIPT).',
    tags: ['community'],
    parameters: [
      { name: 'id', in: 'path', required: true, description: "The question's id (an idea's too).", schema: { type: 'string' } },
      { name: 'If-None-Match', in: 'header', required: false, description: 'The ETag of a copy held: 304 when unchanged.', schema: { type: 'string' } },
    ],
    responses: {
      200: {
        description: `The page; \`Cache-Control: public, max-age=${MAX_AGE}\` and an \`ETag\`.`,
        headers: {
          ETag: { description: "The page's version.", schema: { type: 'string' } },
          'Cache-Control': { description: 'How long it may be kept.', schema: { type: 'string' } },
        },
        content: { 'text/html': { schema: { type: 'string' } } },
      },
      304: { description: 'Not modified: the page is the one of `If-None-Match`.' },
      404: {
        description: 'No such question, or it is pending, hidden or deleted: a small HTML page saying so.',
        content: { 'text/html': { schema: { type: 'string' } } },
      },
    },
  },
} as const;
