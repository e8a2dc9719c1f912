import { DOCS, boolean, enumOf, integer, nullable, object, optional, string } from './schema.js';
import type { Description } from './schema.js';
import { page } from './entities.js';
import { FOLLOW_TARGETS, NOTIFICATION_DELIVERIES } from '../follow-names.js';

/**
 * The contract of following (capability `follow`): a signed-in member follows a question or a category to hear
 * about new answers, or a live session (`session`, with capability `liveSessions`) to hear when its hosts answer
 * its questions, and chooses how (notification settings). `../types.ts` derives the types; the REST adapter
 * decodes and the server validates and documents (OpenAPI) with these.
 *
 * Rules every backend applies alike:
 * - only signed-in members follow (`unauthenticated` otherwise); a target the viewer cannot see is `not-found`;
 * - `follow()` is idempotent, like `vote()`: setting the state it already has changes nothing;
 * - asking a question or answering one follows it (auto-follow), unless the member explicitly unfollowed it
 *   before: an unfollow is remembered, so a later answer by that member does not follow the question again
 *   (only an explicit `follow()` does);
 * - seeded questions and answers do not auto-follow: a seed lists its follows (`follows`);
 * - `listFollows` lists what the viewer follows now (not unfollows), most recently followed first;
 * - following a session is explicit only (asking in it follows the question, not the session); a server that
 *   mails tells a session's followers of each published answer of one of its hosts to one of its questions (never
 *   the answering host), the first one saying the session has begun: there is no separate "starting now" mail.
 * Targets are a closed list that grows (an idea's follows are its question's); clients must ignore follows of a
 * target they do not know.
 */

export { FOLLOW_TARGETS, NOTIFICATION_DELIVERIES };

const id = /* @__NO_SIDE_EFFECTS__ */ (description?: Description) => string({ minLength: 1, description });
const time = /* @__NO_SIDE_EFFECTS__ */ (description?: Description) => string({ format: 'date-time', description });

export const FollowTarget = enumOf(FOLLOW_TARGETS, {
  description:
    DOCS &&
    'What is followed: a `question` (its new answers), a `category` (new answers in its questions) or a live `session` ' +
    "(its hosts' answers to its questions).",
});

const followFields = {
  following: boolean({
    description: DOCS && 'true follows, false unfollows (remembered: auto-follow does not undo it). Setting the state it already has changes nothing.',
  }),
};
/** The HTTP body of `PUT /questions/{id}/follow`, `/categories/{id}/follow`, `/live-sessions/{id}/follow`. */
export const FollowBody = object(followFields);
export const FollowInput = object({ target: FollowTarget, id: id(), ...followFields });

export const FollowState = object(
  {
    target: FollowTarget,
    id: id(),
    following: boolean({ description: DOCS && 'Whether the viewer follows the target now.' }),
    followedAt: nullable(time(), { description: DOCS && 'Since when, or null when not following.' }),
  },
  { description: DOCS && "The viewer's follow of one target, as a follow or unfollow left it." },
);

export const Follow = object(
  {
    target: FollowTarget,
    id: id(),
    name: string({
      description:
        DOCS && "The question's title, the category's name or the session's title, as the viewer sees it (empty for a hidden question).",
    }),
    followedAt: time(),
  },
  { description: DOCS && 'Something the viewer follows.' },
);

export const FollowPage = page(Follow);

export const FollowQuery = object({
  target: optional(FollowTarget),
  cursor: optional(nullable(string({ description: DOCS && "Opaque cursor from a previous page's `nextCursor`." }))),
  limit: optional(integer({ minimum: 1, maximum: 100, description: DOCS && 'Page size, 1…100. Default 20.' })),
});

export const NotificationDelivery = enumOf(NOTIFICATION_DELIVERIES, {
  description:
    DOCS &&
    '`immediate` (default): a mail per new answer. `daily`: one digest a day listing the answers. `off`: no mail ' +
    '(follows still show in the UI).',
});

export const NotificationSettings = object(
  {
    delivery: NotificationDelivery,
    language: nullable(string({ description: DOCS && 'BCP-47 language of the mails (`en`, `ar`, `fr`, `nl`, `vi`); null: the community default.' })),
  },
  { description: DOCS && 'How the signed-in member hears about what they follow.' },
);

/** The HTTP body of `PUT /viewer/notifications`: the fields to change. */
export const NotificationSettingsInput = object({
  delivery: optional(NotificationDelivery),
  language: optional(nullable(string())),
});
