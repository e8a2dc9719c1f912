import { DOCS, array, boolean, enumOf, integer, nullable, number, object, optional, string } from './schema.js';
import type { Description } from './schema.js';
import { Answer, Question, User, askQuestionFields, page } from './entities.js';
import {
  HASHTAG_PATTERN,
  HOSTS_MAX,
  SESSION_PHASES,
  SESSION_QUESTION_FILTERS,
  SESSION_QUESTION_SORTS,
  SUMMARY_TOP,
} from '../live-session-names.js';

/**
 * The contract of live sessions (capability `liveSessions`): a scheduled "ask the experts" event with hosts, a start
 * and an end. Members ask before and during it; hosts answer, and what they answer arrives live on the session's
 * topic (`{ kind: 'session', id }`, `contract/live.ts`); afterwards the session is an archive with a summary.
 * `../types.ts` derives the types; the REST adapter decodes and the server validates and documents with these.
 *
 * A session's question is a question with the session's id: its kudos, answers, follows and moderation are the
 * question's own calls. Questions lists (`listQuestions`) leave session questions out; `listSessionQuestions`
 * lists them. Rules every backend applies alike:
 * - the phase comes from the clock (`phaseAt` in `../live-session-names.ts`): `upcoming` before `startsAt`, `live`
 *   until `endsAt` (exclusive), `ended` after;
 * - only staff and moderators create and edit sessions (`forbidden`); `endsAt` is after `startsAt` (`invalid`, field
 *   `endsAt`), hosts are 1 to 10 existing members (`invalid`, field `hostIds`), the hashtag is letters, digits and
 *   `_` without its `#` (`invalid`, field `hashtag`);
 * - signed-in members ask (`unauthenticated`) while the session is upcoming or live; once it ended asking is refused
 *   with `conflict`, reason `session-ended`;
 * - a question is answered when one of the session's hosts answered it (a published answer).
 */

const id = /* @__NO_SIDE_EFFECTS__ */ (description?: Description) => string({ minLength: 1, description });
const time = /* @__NO_SIDE_EFFECTS__ */ (description?: Description) => string({ format: 'date-time', description });
const count = /* @__NO_SIDE_EFFECTS__ */ (description?: Description) => integer({ minimum: 0, description });

export const SessionPhase = enumOf(SESSION_PHASES, {
  description: DOCS && '`upcoming` before `startsAt`, `live` until `endsAt`, `ended` after: computed from the clock.',
});
export const SessionQuestionFilter = enumOf(SESSION_QUESTION_FILTERS, {
  description: DOCS && 'Default `all`; `answered`: a host answered it; `waiting`: no host answered it yet.',
});
export const SessionQuestionSort = enumOf(SESSION_QUESTION_SORTS, {
  description: DOCS && 'Default `votes` (most wanted: most kudos, then oldest); `newest`.',
});

const hashtag = string({
  description: DOCS && `Without its \`#\`: letters, digits and \`_\`, 2 to 50, not only digits (\`${HASHTAG_PATTERN}\`).`,
});

export const LiveSessionPermissions = object(
  {
    edit: boolean({ description: DOCS && 'Edit the session (staff and moderators).' }),
    ask: boolean({ description: DOCS && 'Ask a question in it (signed-in members, before its end).' }),
  },
  { description: DOCS && 'What the viewer may do with the session.' },
);

export const LiveSession = object(
  {
    id: id(),
    title: string({ description: DOCS && '10 to 150 characters.' }),
    description: string({ description: DOCS && 'Markdown, up to 10 000 characters; may be empty.' }),
    descriptionHtml: optional(string({ description: DOCS && 'The description as HTML, not yet sanitized (as a post\'s `bodyHtml`).' })),
    hashtag,
    hosts: array(User, { maxItems: HOSTS_MAX, description: DOCS && 'Who answers (1 or more), in the order given.' }),
    startsAt: time(),
    endsAt: time(DOCS && 'After `startsAt`.'),
    categoryId: nullable(string(), { description: DOCS && 'The category its questions are filed under; null: the first one.' }),
    phase: SessionPhase,
    questionCount: count(DOCS && 'Published questions asked in it.'),
    answeredCount: count(DOCS && 'Of those, how many a host answered.'),
    viewerFollows: boolean({ description: DOCS && 'Whether the viewer follows it (false without the `follow` capability).' }),
    viewerCan: LiveSessionPermissions,
  },
  { description: DOCS && 'A live session: a scheduled event where hosts answer questions.' },
);

export const LiveSessionPage = page(LiveSession);

export const LiveSessionQuery = object({
  cursor: optional(nullable(string({ description: DOCS && "Opaque cursor from a previous page's `nextCursor`." }))),
  limit: optional(number({ description: DOCS && 'Page size; adapters clamp it to 1…100. Default 20.' })),
  phase: optional(SessionPhase),
});

export const SessionQuestion = object(
  {
    question: Question,
    answered: boolean({ description: DOCS && 'Whether a host answered it.' }),
    hostAnswers: array(Answer, { description: DOCS && "The hosts' published answers, oldest first." }),
  },
  { description: DOCS && "A question of a session with its hosts' answers." },
);

export const SessionQuestionPage = page(SessionQuestion);

export const SessionQuestionQuery = object({
  cursor: optional(nullable(string({ description: DOCS && "Opaque cursor from a previous page's `nextCursor`." }))),
  limit: optional(number({ description: DOCS && 'Page size; adapters clamp it to 1…100. Default 20.' })),
  filter: optional(SessionQuestionFilter),
  sort: optional(SessionQuestionSort),
});

export const LiveSessionSummary = object(
  {
    sessionId: id(),
    questionCount: count(DOCS && 'Questions asked.'),
    answeredCount: count(DOCS && 'Questions a host answered.'),
    hostAnswerCount: count(DOCS && "The hosts' answers."),
    topQuestions: array(SessionQuestion, { maxItems: SUMMARY_TOP, description: DOCS && `The ${SUMMARY_TOP} most wanted questions.` }),
  },
  { description: DOCS && 'What a session amounted to: the archive.' },
);

const { categoryId: _categoryId, ...questionFields } = askQuestionFields;
/** The HTTP body of `POST /live-sessions/{id}/questions`: a question's fields; the session files it. */
export const AskInSessionBody = object(questionFields);
export const AskInSessionInput = object({ sessionId: id(), ...questionFields });

const sessionFields = {
  title: string({ description: DOCS && '10 to 150 characters after trimming.' }),
  description: optional(string({ description: DOCS && 'Markdown, up to 10 000 characters; default empty.' })),
  hashtag,
  hostIds: array(id(), { maxItems: HOSTS_MAX, description: DOCS && `1 to ${HOSTS_MAX} existing members; duplicates count once.` }),
  startsAt: time(),
  endsAt: time(DOCS && 'After `startsAt`.'),
  categoryId: optional(nullable(string({ description: DOCS && 'A category of the community; null: the first one.' }))),
};
export const CreateLiveSessionInput = object(sessionFields);
/** The HTTP body of `PUT /live-sessions/{id}`. */
export const UpdateLiveSessionBody = object(sessionFields);
export const UpdateLiveSessionInput = object({ sessionId: id(), ...sessionFields });
