import { DOCS, array, boolean, enumOf, integer, nullable, number, object, optional, string } from './schema.js';
import type { Description } from './schema.js';
import { Question, User, askQuestionFields, page } from './entities.js';
import { IDEA_CRITERIA, IDEA_SORTS, IDEA_STATUSES, IDEA_TOPICS, TRENDING_DAYS } from '../idea-names.js';

/**
 * The contract of ideas (capability `ideas`): customers submit product ideas by topic, staff move them through a
 * status workflow with a public note, score them, merge duplicates and crown monthly winners. `../types.ts` derives
 * the types; the REST adapter decodes and the server validates and documents (OpenAPI) with these.
 *
 * An idea is a question with idea fields: its kudos, answers (shown as comments), follows and moderation are the
 * question's, through the same calls (`vote`, `postAnswer`, `follow`, `moderate` with the idea's id). Questions
 * lists (`listQuestions`) leave ideas out; `listIdeas` lists them.
 *
 * Rules every backend applies alike:
 * - only signed-in members submit (`unauthenticated`); a new idea has status `new`;
 * - only staff and moderators (`forbidden` for anyone else) set a status, evaluate, merge and mark winners;
 * - `duplicate` is set by merging only (`invalid` through `setIdeaStatus`); a merged idea keeps its page, its
 *   kudos move to the idea it was merged into (a member who gave both counts once; an author's own kudos is dropped);
 * - an evaluation is one per staff member per idea, replaced when given again; readers see the average per
 *   criterion and the number of evaluators, never who gave what;
 * - a winner is an idea of a period (a month, `2027-03`); marking it again changes nothing; its author earns the
 *   `idea-of-the-month` badge once (recognition's earned badges).
 */

export { IDEA_CRITERIA, IDEA_SORTS, IDEA_STATUSES, IDEA_TOPICS };

const id = /* @__NO_SIDE_EFFECTS__ */ (description?: Description) => string({ minLength: 1, description });
const time = /* @__NO_SIDE_EFFECTS__ */ (description?: Description) => string({ format: 'date-time', description });
const score = /* @__NO_SIDE_EFFECTS__ */ () => integer({ minimum: 1, maximum: 5, description: DOCS && 'A score from 1 (poor) to 5 (excellent).' });
const average = /* @__NO_SIDE_EFFECTS__ */ () => number({ minimum: 1, maximum: 5, description: DOCS && 'The average score, 1 to 5.' });

export const IdeaTopic = enumOf(IDEA_TOPICS, {
  description: DOCS && '`care`: customer care. `products`: products, services and promotions. `network`: network quality. `other`.',
});

export const IdeaStatus = enumOf(IDEA_STATUSES, {
  description:
    DOCS &&
    'The workflow: `new` → `under-review` → `planned` → `in-progress` → `delivered`, or `declined`, or `duplicate` ' +
      '(merged into `mergedInto`).',
});

export const IdeaSort = enumOf(IDEA_SORTS, {
  description:
    DOCS &&
    `Default \`votes\` (most kudos). \`newest\`; \`trending\`: most kudos of the last ${TRENDING_DAYS} days; ` +
      '`evaluation`: the highest staff evaluation first (the mean of the four criteria averages), ideas not evaluated ' +
      'yet last; ties by most kudos, then newest.',
});

const scoreFields = Object.fromEntries(IDEA_CRITERIA.map((criterion) => [criterion, score()])) as Record<
  (typeof IDEA_CRITERIA)[number],
  ReturnType<typeof score>
>;
const averageFields = Object.fromEntries(IDEA_CRITERIA.map((criterion) => [criterion, average()])) as Record<
  (typeof IDEA_CRITERIA)[number],
  ReturnType<typeof average>
>;

export const IdeaScores = object(scoreFields, { description: DOCS && "One staff member's scores of an idea." });

export const IdeaEvaluation = object(
  { ...averageFields, evaluators: integer({ minimum: 1, description: DOCS && 'How many staff members evaluated the idea.' }) },
  { description: DOCS && 'The staff evaluation of an idea: the average per criterion, never who gave what.' },
);

export const IdeaPermissions = object(
  {
    setStatus: boolean({ description: DOCS && 'Set the status and its note (staff and moderators).' }),
    evaluate: boolean({ description: DOCS && 'Score the idea (staff and moderators).' }),
    merge: boolean({ description: DOCS && 'Merge the idea into another (staff and moderators; not a merged idea).' }),
    markWinner: boolean({ description: DOCS && 'Mark the idea a winner of a period (staff and moderators).' }),
  },
  { description: DOCS && 'What the viewer may do with the idea beyond its question (kudos, comments, follow).' },
);

export const Idea = object(
  {
    id: id(DOCS && "The idea's id, which is its question's id."),
    question: Question,
    topic: IdeaTopic,
    status: IdeaStatus,
    statusNote: nullable(string(), { description: DOCS && "Staff's public note on the status, or null." }),
    statusChangedAt: nullable(time(), { description: DOCS && 'When the status last changed; null while `new`.' }),
    statusChangedBy: nullable(User, { description: DOCS && 'Who set the status, or null while `new`.' }),
    mergedInto: nullable(id(), { description: DOCS && 'The idea this one was merged into (status `duplicate`), or null.' }),
    evaluation: nullable(IdeaEvaluation, { description: DOCS && 'The averages of the staff evaluation, or null before any.' }),
    viewerEvaluation: nullable(IdeaScores, { description: DOCS && "The viewer's own scores (staff only), or null." }),
    recentVoteCount: integer({ minimum: 0, description: DOCS && `Kudos of the last ${TRENDING_DAYS} days (the \`trending\` order).` }),
    winnerOf: array(string(), { description: DOCS && 'The periods (`2027-03`) the idea won, oldest first.' }),
    viewerCan: IdeaPermissions,
  },
  { description: DOCS && 'An idea: its question (title, body, author, kudos, comments) and its idea fields.' },
);

export const IdeaPage = page(Idea);

export const IdeaQuery = object({
  cursor: optional(nullable(string({ description: DOCS && "Opaque cursor from a previous page's `nextCursor`." }))),
  limit: optional(number({ description: DOCS && 'Page size; adapters clamp it to 1…100. Default 20.' })),
  topic: optional(IdeaTopic),
  status: optional(IdeaStatus),
  language: optional(string({ description: DOCS && 'Primary language subtag match: `nl` matches `nl` and `nl-BE`.' })),
  sort: optional(IdeaSort),
  evaluated: optional(
    boolean({
      description: DOCS && '`true`: only ideas staff evaluated at least once; `false`: only ideas not evaluated yet. Default both.',
    }),
  ),
  search: optional(
    string({
      description:
        DOCS &&
        "Ideas whose title or description has any of these words (as `listQuestions`' `match: 'any'`), in the list's " +
          'order: what "similar ideas" for a typed title needs. Blank: no search.',
    }),
  ),
});

/** A question's fields (its category files the idea's question; moderation settings per category apply) and a topic. */
export const SubmitIdeaInput = object({ ...askQuestionFields, topic: IdeaTopic });

const statusFields = {
  status: enumOf(
    IDEA_STATUSES.filter((status) => status !== 'duplicate'),
    { description: DOCS && 'The new status (`duplicate` comes from merging).' },
  ),
  note: optional(nullable(string({ description: DOCS && 'A public note (moderation text: trimmed, multiline, bounded); null or blank: none.' }))),
};
/** The HTTP body of `PUT /ideas/{id}/status`. */
export const IdeaStatusBody = object(statusFields);
export const SetIdeaStatusInput = object({ ideaId: id(), ...statusFields });

/** The HTTP body of `PUT /ideas/{id}/evaluation`. */
export const IdeaEvaluationBody = IdeaScores;
export const EvaluateIdeaInput = object({ ideaId: id(), ...scoreFields });

const mergeFields = {
  intoId: id(DOCS && 'The idea to merge into (not the idea itself, not a merged idea).'),
  note: optional(nullable(string({ description: DOCS && 'A public note; default none.' }))),
};
/** The HTTP body of `POST /ideas/{id}/merge`. */
export const MergeIdeaBody = object(mergeFields);
export const MergeIdeaInput = object({ ideaId: id(), ...mergeFields });

export const MergeIdeaResult = object(
  { idea: Idea, into: Idea },
  { description: DOCS && 'The merged idea (now `duplicate`) and the idea it went into, with the kudos carried over.' },
);

const winnerFields = { period: string({ description: DOCS && 'A month, `YYYY-MM`: `2027-03`.' }) };
/** The HTTP body of `PUT /ideas/{id}/winner`. */
export const IdeaWinnerBody = object(winnerFields);
export const MarkIdeaWinnerInput = object({ ideaId: id(), ...winnerFields });

export const IdeaWinner = object(
  { period: string({ description: DOCS && 'The month it won, `2027-03`.' }), awardedAt: time(), idea: Idea },
  { description: DOCS && 'A winning idea of a period.' },
);

export const IdeaWinnerList = array(IdeaWinner, { description: DOCS && 'Winners, latest period first.' });
