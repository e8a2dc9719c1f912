import { POST_STATES } from '../moderation-names.js';
import { LIMITS, ROLES } from '../types.js';
import { DOCS, array, boolean, enumOf, integer, nullable, number, object, optional, record, string } from './schema.js';
import type { Description, Schema } from './schema.js';

/**
 * The contract of the domain model, each entity and request defined once: `../types.ts` derives the TypeScript
 * types from these schemas, `../shapes.ts` decodes REST responses (and checks any adapter in the conformance
 * suite) with them, and the reference server validates, serializes and documents (OpenAPI) with them.
 * Adding a field means adding it here, plus the code that uses it. Times are ISO-8601 strings (UTC),
 * languages BCP-47 tags (`en`, `ar`, `nl-BE`, `vi`). Each field's documentation is its `description`, written
 * `DOCS && '…'` so that production browser builds, which only decode with these schemas, leave the text out.
 */

const text = /* @__NO_SIDE_EFFECTS__ */ (description?: Description) => string({ description });
const id = /* @__NO_SIDE_EFFECTS__ */ (description?: Description) => string({ minLength: 1, description });
const time = /* @__NO_SIDE_EFFECTS__ */ (description?: Description) => string({ format: 'date-time', description });
const count = /* @__NO_SIDE_EFFECTS__ */ (description?: Description) => integer({ minimum: 0, description });
const flag = /* @__NO_SIDE_EFFECTS__ */ (description?: Description) => boolean({ description });
/** Capability `follow` (`contract/follow.ts`); absent from adapters without it. */
const viewerFollows = /* @__NO_SIDE_EFFECTS__ */ () =>
  flag(DOCS && 'Whether the viewer follows it (capability `follow`); false for anonymous viewers.');

// Members

export const Role = enumOf(ROLES, {
  description: DOCS && 'What a member is to the community; staff, experts and moderators get a badge.',
});

const userFields = {
  id: id(),
  name: text(DOCS && 'Display name; may be in any script.'),
  role: Role,
  reputation: number({ description: DOCS && 'Points earned from kudos and accepted solutions.' }),
  avatarUrl: optional(nullable(text(DOCS && 'Absolute http(s) URL of an avatar image, if the member has one.'))),
  joinedAt: time(DOCS && 'When the member joined.'),
};

export const User = object(userFields, { description: DOCS && 'A person as shown next to a post.' });

export const UserStats = object(
  {
    questions: count(),
    answers: count(),
    acceptedAnswers: count(DOCS && 'Answers of this user marked as the accepted solution.'),
    kudosReceived: count(DOCS && "Kudos received on all of this user's posts."),
  },
  { description: DOCS && 'Counters shown on a user card.' },
);

export const EarnedBadge = object(
  {
    id: id(DOCS && "The badge's id in the recognition rules' `badges`, e.g. `first-solution`."),
    awardedAt: time(DOCS && 'When the member earned it. A badge is awarded once and kept, even if what earned it is undone.'),
  },
  { description: DOCS && 'A badge a member earned.' },
);

export const Suspension = object(
  {
    until: nullable(time(), { description: DOCS && 'When the suspension ends; null for indefinitely.' }),
    reason: nullable(text()),
  },
  { description: DOCS && 'A member suspended by a moderator may read but not post, vote or flag.' },
);

export const UserProfile = object(
  {
    ...userFields,
    stats: UserStats,
    rank: nullable(integer({ minimum: 1 }), {
      description: DOCS && '1-based position by reputation among all members, or null when not ranked.',
    }),
    suspension: optional(
      nullable(Suspension, { description: DOCS && 'Sent to moderators (and the member): a suspension in force, or null.' }),
    ),
    badges: optional(
      array(EarnedBadge, {
        description: DOCS && 'Badges earned, oldest first. Optional for older adapters; the Majlis adapters always send it.',
      }),
    ),
  },
  { description: DOCS && 'A user with the figures a profile card shows.' },
);

export const Viewer = object(
  {
    user: nullable(User, { description: DOCS && 'The signed-in member, or null for an anonymous reader.' }),
    suspension: optional(nullable(Suspension, { description: DOCS && "The viewer's suspension, or null." })),
  },
  { description: DOCS && 'Who is looking: a signed-in member, or an anonymous reader.' },
);

// Categories

export const Category = object(
  {
    id: id(DOCS && 'A stable slug such as `network-quality`.'),
    name: text(DOCS && "Name in the community's default language."),
    description: optional(text()),
    names: optional(
      record(text(), { description: DOCS && 'Names by BCP-47 language, e.g. `{ "ar": "جودة الشبكة" }`; `name` is the fallback.' }),
    ),
    viewerFollows: optional(viewerFollows()),
  },
  { description: DOCS && 'A topic questions are filed under.' },
);

// Posts

export const PostState = enumOf(POST_STATES, {
  description:
    DOCS &&
    '`published`: everyone sees it. `pending`: awaiting a moderator\'s approval (pre-moderation); only its author ' +
    'and moderators see it. `hidden`: by a moderator, or on its own when it reached the flag threshold. ' +
    '`deleted`: by its author or a moderator. Others see hidden and deleted posts as a placeholder (empty body).',
});

export const PostModeration = object(
  {
    reason: nullable(text(DOCS && "A moderator's public reason for hiding or deleting, or null.")),
    by: nullable(User, {
      description: DOCS && 'The moderator who acted; null when it happened on its own (flags) or by the author.',
    }),
    at: time(DOCS && 'When the post entered its current state.'),
  },
  { description: DOCS && 'Why and when a post is hidden, deleted or pending.' },
);

/**
 * Moderation's fields of every post (see `contract/moderation.ts` for who sees what); optional so adapters written
 * before moderation still decode (a post without `state` is `published`). The Majlis adapters always send them.
 */
export const postModerationFields = {
  state: optional(PostState),
  moderation: optional(nullable(PostModeration)),
  flagCount: optional(count(DOCS && 'Open flags on the post; sent to moderators, 0 for everyone else.')),
  viewerHasFlagged: optional(boolean({ description: DOCS && 'Whether the viewer has flagged this post.' })),
  revisionCount: optional(count(DOCS && 'How many times the post was edited (0: never).')),
};

/** Permissions beside `vote`, `edit`, `moderate` (all optional for older adapters; absent means false). */
export const postModerationPermissions = {
  flag: optional(boolean({ description: DOCS && 'Flag the post (signed in, not suspended, not the author, not yet flagged).' })),
  delete: optional(boolean({ description: DOCS && 'Delete the post: its author (unless accepted) or a moderator.' })),
};

/**
 * A question staff handed to the operator's care desk (an account problem, a billing error): the care team takes
 * it off the community's hands and says so publicly in `note`. The thread still takes answers (members may still
 * help) and is not escalated again; `return-from-care` gives it back to the community.
 */
export const QuestionHandoff = object(
  {
    note: text(DOCS && 'The public note every reader sees, 1 to 500 characters (e.g. "Our care team will e-mail you").'),
    by: User,
    at: time(DOCS && 'When the question was handed over (or its note last changed).'),
  },
  { description: DOCS && 'A question handed to customer care by staff or a moderator (`hand-to-care`).' },
);

/** Fields only questions carry. */
export const questionModerationFields = {
  handoff: optional(
    nullable(QuestionHandoff, {
      description: DOCS && 'Set while the question is handed to customer care (`hand-to-care`); null otherwise.',
    }),
  ),
  pinned: optional(boolean({ description: DOCS && 'Pinned by a moderator: listed first in its category.' })),
  duplicateOf: optional(
    nullable(id(), { description: DOCS && 'The question this one duplicates, as marked by a moderator; or null.' }),
  ),
};


export const PostType = enumOf(['question', 'answer']);
export const QuestionStatus = enumOf(['open', 'locked']);

const postPermissionFields = {
  vote: flag(DOCS && "Give or take back kudos. False for anonymous viewers and for one's own post."),
  edit: flag(DOCS && 'Edit the post: its author within the edit window, or a moderator.'),
  moderate: flag(DOCS && 'Act on the post as a moderator (staff and moderators).'),
  ...postModerationPermissions,
};
const permissionsDescription =
  DOCS && 'What the current viewer may do with the post; decided by the backend, shown by the UI.';

export const PostPermissions = object(postPermissionFields, { description: permissionsDescription });

export const QuestionPermissions = object(
  { ...postPermissionFields, answer: flag(DOCS && 'Post an answer (signed in, question not locked).') },
  { description: permissionsDescription },
);

export const AnswerPermissions = object(
  {
    ...postPermissionFields,
    accept: flag(DOCS && 'Mark or unmark this answer as the accepted solution (asker, staff, moderators).'),
  },
  { description: permissionsDescription },
);

const postFields = {
  id: id(),
  body: text(DOCS && 'Markdown source; rendered only through the sanitizing pipeline.'),
  bodyHtml: optional(
    text(
      DOCS &&
        "`body` parsed by Majlis' Markdown rules (`parseMarkdown` of `majlis/markdown`), not sanitized: the page " +
          'sanitizes it before showing it, and parses `body` itself (loading the parser) when this is absent.',
    ),
  ),
  author: User,
  language: id(DOCS && 'BCP-47 language the post is written in.'),
  createdAt: time(),
  editedAt: nullable(time(), { description: DOCS && 'Last edit, or null when never edited.' }),
  voteCount: count(DOCS && 'Number of kudos (thumbs-up).'),
  viewerHasVoted: flag(DOCS && 'Whether the viewer has given kudos; always false for anonymous viewers.'),
  ...postModerationFields,
};

export const Question = object({
  ...postFields,
  type: enumOf(['question']),
  title: text(),
  categoryId: id(),
  tags: array(text()),
  answerCount: count(),
  acceptedAnswerId: nullable(id(), { description: DOCS && "The accepted answer's id, or null. At most one per question." }),
  status: QuestionStatus,
  lastActivityAt: time(DOCS && 'Latest of creation, answers and edits; list order "latest activity" uses it.'),
  ...questionModerationFields,
  viewerFollows: optional(viewerFollows()),
  viewerCan: QuestionPermissions,
});

export const Answer = object({
  ...postFields,
  type: enumOf(['answer']),
  questionId: id(),
  accepted: flag(),
  acceptedBy: nullable(User, { description: DOCS && 'Who marked it accepted (the asker or staff), or null.' }),
  acceptedAt: nullable(time()),
  viewerCan: AnswerPermissions,
});

/** A cursor page of `item`. */
/* @__NO_SIDE_EFFECTS__ */
export function page<T>(item: Schema<T>) {
  return object({
    items: array(item),
    nextCursor: nullable(text(), { description: DOCS && 'Opaque; pass it back as `cursor` for the next page; null on the last page.' }),
    total: optional(count(DOCS && 'How many items match, on all pages, when known.')),
  });
}

export const QuestionPage = page(Question);
export const AnswerPage = page(Answer);

export const AcceptResult = object(
  {
    question: Question,
    answer: Answer,
    previous: nullable(Answer, {
      description: DOCS && 'The answer that lost its accepted mark because another was accepted, if any.',
    }),
  },
  { description: DOCS && 'The entities an accept or unaccept changed.' },
);

// Requests. Lengths are counted after trimming, in UTF-16 code units, by code (JSON Schema counts code points).

const pageQueryFields = {
  cursor: optional(nullable(text(DOCS && "Opaque cursor from a previous page's `nextCursor`."))),
  limit: optional(number({ description: DOCS && 'Page size; adapters clamp it to 1…100. Default 20.' })),
};
export const PageQuery = object(pageQueryFields);

export const QuestionSort = enumOf(['activity', 'newest', 'votes']);
export const QuestionStatusFilter = enumOf(['all', 'unanswered', 'unsolved', 'solved']);

export const QuestionQuery = object({
  ...pageQueryFields,
  categoryId: optional(text()),
  status: optional(QuestionStatusFilter),
  language: optional(text(DOCS && 'Primary language subtag match: `nl` matches `nl` and `nl-BE`.')),
  tag: optional(text(DOCS && 'Only questions carrying this tag, compared ignoring case (`esim` matches `eSIM`).')),
  sort: optional(
    enumOf([...QuestionSort.enum, 'relevance'], {
      description: DOCS && 'Default `activity`; with a `search`, `relevance` is also allowed (and the default).',
    }),
  ),
  search: optional(
    text(
      DOCS &&
        'Free text matched against titles and bodies, case- and diacritic-insensitive (Arabic harakat, Vietnamese ' +
        'tones): `apn instellingen`, `eSIM`, `التجوال`. Empty or blank means no search. Common words (`my`, `de`, ' +
        '`في`) are ignored unless the search has nothing else; relevance is BM25 with titles weighted above bodies.',
    ),
  ),
  match: optional(
    enumOf(['all', 'any'], {
      description:
        DOCS &&
        '`all` (default): every search word must match. `any`: at least one must, and questions matching more ' +
        'words rank first — what "similar questions" for a typed title needs.',
    }),
  ),
});

export const AnswerSort = enumOf(['votes', 'newest', 'oldest']);

export const AnswerQuery = object({
  ...pageQueryFields,
  sort: optional(
    enumOf(AnswerSort.enum, {
      description: DOCS && 'Default `votes`. The accepted answer, when there is one, always comes first on the first page.',
    }),
  ),
});

const body = text(DOCS && `${LIMITS.bodyMin} to ${LIMITS.bodyMax} characters after trimming (Markdown).`);
const language = text(DOCS && 'BCP-47 language tag, e.g. `en`, `nl-BE`.');
const allowPersonalData = optional(
  flag(
    DOCS &&
      'The writer chose to keep what the personal-data guard found: a phone number, e-mail address, IBAN, IMEI or ' +
        'ICCID (src/core/personal-data.ts). Without it, a title or body with any is refused (`invalid`, naming the field).',
  ),
);

/** The fields of {@link AskQuestionInput}, which an idea's submission shares (`contract/ideas.ts`). */
export const askQuestionFields = {
  title: text(DOCS && `${LIMITS.titleMin} to ${LIMITS.titleMax} characters after trimming.`),
  body,
  categoryId: text(),
  language,
  tags: optional(array(text(DOCS && `1 to ${LIMITS.tagMax} characters after trimming.`), { maxItems: LIMITS.tagsMax })),
  allowPersonalData,
};
export const AskQuestionInput = object(askQuestionFields);

const answerFields = { body, language, allowPersonalData };
/** The HTTP body of `POST /questions/{questionId}/answers`. */
export const PostAnswerBody = object(answerFields);
export const PostAnswerInput = object({ questionId: id(), ...answerFields });

const voteFields = {
  voted: flag(DOCS && 'true gives kudos, false takes it back. Setting the state it already has changes nothing.'),
};
/** The HTTP body of `PUT /{target}s/{id}/vote`. */
export const VoteBody = object(voteFields);
export const VoteInput = object({ target: PostType, id: id(), ...voteFields });

const acceptFields = { accepted: flag(DOCS && 'true accepts (replacing any other accepted answer), false unaccepts.') };
/** The HTTP body of `PUT /answers/{answerId}/accepted`. */
export const AcceptBody = object(acceptFields);
export const AcceptInput = object({ answerId: id(), ...acceptFields });
