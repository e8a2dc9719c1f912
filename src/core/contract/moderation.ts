import {
  AUDIT_ACTIONS,
  FLAG_REASONS,
  MODERATION_ACTIONS,
  PREMODERATION_MODES,
  QUEUE_TABS,
} from '../moderation-names.js';
import { Answer, PostType, Question, User } from './entities.js';
import { DOCS, array, enumOf, integer, nullable, object, optional, record, string } from './schema.js';
import type { Description } from './schema.js';

/**
 * The contract of moderation: flags, the moderation queue, moderators' actions and their audit log, edits with
 * their revisions, authors' deletes, and the settings an operator configures (flag threshold, pre-moderation,
 * edit window, flood limits). `../moderation.ts` holds the defaults and the rules every backend applies alike;
 * `../types.ts` derives the types; the REST adapter decodes and the server validates and documents with these.
 *
 * Who may do what:
 * - any signed-in, not suspended member flags a post once (not their own);
 * - an author edits their own post within the edit window, and deletes it (soft) unless it is the accepted answer;
 * - moderators and staff (`viewerCan.moderate`) see every post whatever its state, work the queue, act, edit any time,
 *   and read the audit log; experts and members do not.
 * Posts in a state other than `published` are shown to their author and to moderators as they are; other viewers
 * get a `hidden` or `deleted` post with an empty `body` (and an empty `title` for a question) so the UI shows a
 * placeholder, and never see a `pending` post at all. Lists leave out questions that are not `published` for
 * viewers who cannot see them. Every action writes an audit entry in the same transaction as the change.
 */

const text = /* @__NO_SIDE_EFFECTS__ */ (description?: Description) => string({ description });
const id = /* @__NO_SIDE_EFFECTS__ */ (description?: Description) => string({ minLength: 1, description });
const time = /* @__NO_SIDE_EFFECTS__ */ (description?: Description) => string({ format: 'date-time', description });

// Flags

export const FlagReason = enumOf(FLAG_REASONS);

const flagFields = {
  reason: FlagReason,
  note: optional(
    nullable(text(DOCS && 'Free text, 1 to 500 characters; required when `reason` is `other`, optional otherwise.')),
  ),
};
/** The HTTP body of `PUT /{target}s/{id}/flag`. */
export const FlagBody = object(flagFields);
export const FlagInput = object({ target: PostType, id: id(), ...flagFields });

export const Flag = object(
  {
    reason: FlagReason,
    note: nullable(text()),
    by: User,
    createdAt: time(),
  },
  { description: DOCS && 'A member\'s report of a post (shown to moderators only).' },
);

// The queue

export const QueueTab = enumOf(QUEUE_TABS, {
  description:
    DOCS &&
    '`reported`: posts with open flags, most flags first, then oldest flag. `pending`: awaiting approval, oldest ' +
    'first. `hidden`: hidden posts, most recently hidden first.',
});

export const ModerationQueueQuery = object({
  tab: QueueTab,
  categoryId: optional(text(DOCS && "Only posts in this category's questions.")),
  cursor: optional(nullable(text())),
  limit: optional(integer({ minimum: 1, maximum: 100, description: DOCS && 'Page size, 1…100. Default 20.' })),
});

export const ModerationItem = object(
  {
    target: PostType,
    question: Question,
    answer: nullable(Answer, {
      description: DOCS && 'The answer the item is about; null when the item is the question itself.',
    }),
    flags: array(Flag, { description: DOCS && 'Open flags, oldest first.' }),
  },
  { description: DOCS && 'A post in the moderation queue, with its thread and its open flags.' },
);

// Actions

export const ModerationTarget = enumOf(['question', 'answer', 'user']);
export const ModerationAction = enumOf(MODERATION_ACTIONS);

export const ModerationInput = object(
  {
    action: ModerationAction,
    target: ModerationTarget,
    id: id(DOCS && 'The post or user acted on.'),
    reason: optional(
      nullable(
        text(
          DOCS &&
            '1 to 500 characters. Required for `hide`, `delete`, `suspend` and `hand-to-care`; shown to readers for ' +
              'hide and delete, and is the public note of `hand-to-care`.',
        ),
      ),
    ),
    categoryId: optional(text(DOCS && 'For `move`: the category the question moves to.')),
    duplicateOf: optional(text(DOCS && 'For `mark-duplicate`: the id of the original question.')),
    until: optional(
      nullable(time(DOCS && 'For `suspend`: when the suspension ends (in the future); null for indefinitely.')),
    ),
  },
  {
    description:
      DOCS &&
      'One moderator action. `approve`, `hide`, `restore`, `delete`, `dismiss-flags` take a question or answer; ' +
      '`lock`, `unlock`, `pin`, `unpin`, `move`, `mark-duplicate`, `hand-to-care`, `return-from-care` a question; ' +
      '`suspend`, `unsuspend` a user. ' +
      'An action that does not fit its target, or is missing what it needs, is `invalid` naming the field.',
  },
);

export const AuditAction = enumOf(AUDIT_ACTIONS);

export const AuditEntry = object(
  {
    id: id(),
    actor: nullable(User, { description: DOCS && 'Who acted; null for what happened on its own (`auto-hide`).' }),
    action: AuditAction,
    target: ModerationTarget,
    targetId: id(),
    questionId: nullable(id(), { description: DOCS && 'The thread the target belongs to, for posts.' }),
    reason: nullable(text()),
    details: record(text(), {
      description: DOCS && 'What changed, by name: `{ "from": "billing", "to": "network" }` for a move, `until` …',
    }),
    createdAt: time(),
  },
  { description: DOCS && 'One line of the audit log: who did what, when and why.' },
);

export const AuditQuery = object({
  targetId: optional(text(DOCS && 'Only entries about this post or user.')),
  actorId: optional(text(DOCS && 'Only entries by this member.')),
  cursor: optional(nullable(text())),
  limit: optional(integer({ minimum: 1, maximum: 100 })),
});

export const ModerationResult = object(
  {
    question: nullable(Question, { description: DOCS && 'The question as it is now (the thread of an answer).' }),
    answer: nullable(Answer),
    user: nullable(User),
    entry: AuditEntry,
  },
  { description: DOCS && 'The entities an action changed, as the moderator now sees them, and its audit entry.' },
);

// Edits and deletes

const editFields = {
  body: text(DOCS && 'The new Markdown body; the same rules as when posting.'),
  title: optional(text(DOCS && 'Questions only: the new title.')),
  tags: optional(array(text())),
  reason: optional(nullable(text(DOCS && 'An optional edit note, up to 500 characters (shown in the history).'))),
};
/** The HTTP body of `PATCH /{target}s/{id}`. */
export const EditBody = object(editFields);
export const EditPostInput = object({ target: PostType, id: id(), ...editFields });

export const Revision = object(
  {
    number: integer({ minimum: 1, description: DOCS && '1 is the post as first written.' }),
    body: text(),
    title: nullable(text(), { description: DOCS && "A question's title at this revision; null for answers." }),
    tags: nullable(array(text())),
    editedBy: User,
    reason: nullable(text()),
    createdAt: time(),
  },
  { description: DOCS && 'A post as it was after one edit (or as first written, for number 1).' },
);

export const DeletePostInput = object({ target: PostType, id: id() });

// Settings

export const PremoderationMode = enumOf(PREMODERATION_MODES, {
  description:
    DOCS &&
    '`off`; `first-posts`: a member\'s first `firstPosts` posts wait for approval; `links`: posts with a link ' +
    'wait; `all`: every post waits. Moderators and staff are never pre-moderated.',
});

export const FloodLimits = object({
  postsPerHour: integer({ minimum: 1, description: DOCS && 'Questions and answers one member may post in an hour.' }),
  newMemberLinks: integer({
    minimum: 0,
    description: DOCS && 'Most links in one post by a new member (reputation below `newMemberReputation`).',
  }),
  newMemberReputation: integer({ minimum: 0 }),
  duplicateWindowMinutes: integer({
    minimum: 0,
    description: DOCS && 'A member posting the same body again within this many minutes is refused (0: off).',
  }),
});

export const ModerationSettings = object(
  {
    flagThreshold: integer({ minimum: 1, description: DOCS && 'Open flags that hide a post until a moderator reviews it.' }),
    premoderation: PremoderationMode,
    premoderationByCategory: record(PremoderationMode, { description: DOCS && 'Per category id, over `premoderation`.' }),
    firstPosts: integer({ minimum: 1, description: DOCS && 'For `first-posts`: how many posts are reviewed.' }),
    editWindowMinutes: nullable(integer({ minimum: 0 }), {
      description: DOCS && 'How long authors may edit their post; null for always, 0 for never.',
    }),
    flood: FloodLimits,
  },
  { description: DOCS && 'What an operator configures about moderation.' },
);
