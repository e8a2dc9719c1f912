import { BADGE_METRICS, LEADERBOARD_LIMIT, LEADERBOARD_METRICS, LEADERBOARD_MODES, LEADERBOARD_PERIODS } from '../recognition.js';
import { EarnedBadge, User } from './entities.js';
import { DOCS, array, boolean, enumOf, integer, nullable, object, optional, record, string } from './schema.js';
import type { Description } from './schema.js';

/**
 * The contract of recognition: the rules an operator configures (reputation points, ranks, badges) and the
 * leaderboard. `../recognition.ts` holds the default rules and the pure functions every backend applies alike;
 * `../types.ts` derives the types from these schemas, the REST adapter decodes with them and the server
 * validates and documents (OpenAPI) with them. Descriptions are written `DOCS && '…'` as in `entities.ts`.
 */

const text = /* @__NO_SIDE_EFFECTS__ */ (description?: Description) => string({ description });
const id = /* @__NO_SIDE_EFFECTS__ */ (description?: Description) => string({ minLength: 1, description });
const time = /* @__NO_SIDE_EFFECTS__ */ (description?: Description) => string({ format: 'date-time', description });
const points = /* @__NO_SIDE_EFFECTS__ */ (description?: Description) => integer({ minimum: 0, description });
const names = /* @__NO_SIDE_EFFECTS__ */ () =>
  optional(
    record(text(), {
      description:
        DOCS &&
        'Names by BCP-47 language, e.g. `{ "en": "Mentor", "ar": "مرشد" }`, for an operator\'s own entries; ' +
        "the default ones are named by the UI's catalogs from their id.",
    }),
  );

// Rules

export const ReputationRules = object(
  {
    answerKudos: points(DOCS && 'Points per kudos received on an answer.'),
    questionKudos: points(DOCS && 'Points per kudos received on a question.'),
    acceptedAnswer: points(DOCS && 'Points for an answer marked as the accepted solution.'),
    questionAsked: points(DOCS && 'Points per question asked (0: asking earns nothing).'),
    dailyKudosCap: nullable(points(), {
      description:
        DOCS &&
        'Most points a member can earn from kudos received in one UTC day (so a ring of friends cannot farm ' +
        'them); null for no cap. Accepted solutions are not capped.',
    }),
  },
  {
    description:
      DOCS &&
      'Points a member earns. Withdrawing a kudos or an acceptance takes back exactly what it earned; reputation ' +
      'never goes below zero.',
  },
);

export const RankDefinition = object(
  {
    id: id(DOCS && 'A stable id such as `helper`; the default ranks are `newcomer`, `member`, `helper`, `expert`, `guru`.'),
    threshold: points(DOCS && 'Reputation from which a member holds this rank. The first rank starts at 0.'),
    names: names(),
  },
  { description: DOCS && 'A named rank members reach by reputation.' },
);

export const BadgeMetric = enumOf(BADGE_METRICS, {
  description:
    DOCS &&
    'What a badge counts: answers posted, `solutions` (accepted answers), kudos received, questions asked, or ' +
    '`helpfulLanguages`: distinct primary languages of the answers that received a kudos or were accepted.',
});

export const BadgeDefinition = object(
  {
    id: id(DOCS && 'A stable id such as `first-solution`.'),
    metric: BadgeMetric,
    threshold: integer({ minimum: 1, description: DOCS && 'The figure of `metric` at which the badge is earned.' }),
    names: names(),
  },
  { description: DOCS && 'A badge members earn once, when a figure reaches a threshold.' },
);

export const RecognitionRules = object(
  {
    reputation: ReputationRules,
    ranks: array(RankDefinition, { description: DOCS && 'Ordered by threshold, ascending; the first at 0.' }),
    badges: array(BadgeDefinition),
  },
  { description: DOCS && 'How members are recognized: the same rules compute reputation and explain it.' },
);

export { EarnedBadge };

// Leaderboard

export const LeaderboardMode = enumOf(LEADERBOARD_MODES, {
  description: DOCS && '`members` (default): top contributors. `answers`: the most helpful answers.',
});

export const LeaderboardPeriod = enumOf(LEADERBOARD_PERIODS, {
  description:
    DOCS &&
    'Default `month`. Weeks start on Monday 00:00 and months on the 1st 00:00 in `timeZone`; `all` is all time.',
});

export const LeaderboardMetric = enumOf(LEADERBOARD_METRICS, {
  description:
    DOCS &&
    'What members are ranked by: reputation gained (default), accepted solutions or kudos received in the period. ' +
    'Answers are always ranked by kudos received in the period.',
});

export const LeaderboardQuery = object({
  mode: optional(LeaderboardMode),
  period: optional(LeaderboardPeriod),
  metric: optional(LeaderboardMetric),
  categoryId: optional(text(DOCS && 'Only what happened in questions of this category.')),
  language: optional(text(DOCS && 'Only posts in this language; primary subtag match: `nl` matches `nl` and `nl-BE`.')),
  timeZone: optional(text(DOCS && 'IANA time zone the period is counted in, e.g. `Europe/Brussels`. Default `UTC`.')),
  limit: optional(
    integer({
      minimum: LEADERBOARD_LIMIT.min,
      maximum: LEADERBOARD_LIMIT.max,
      description: DOCS && `How many entries, ${LEADERBOARD_LIMIT.min} to ${LEADERBOARD_LIMIT.max}. Default ${LEADERBOARD_LIMIT.default}.`,
    }),
  ),
});

export const LeaderboardAnswer = object(
  {
    id: id(),
    questionId: id(),
    questionTitle: text(),
    accepted: boolean(),
    language: id(DOCS && 'BCP-47 language the answer is written in.'),
    voteCount: integer({ minimum: 0, description: DOCS && 'All kudos of the answer, whatever the period.' }),
  },
  { description: DOCS && 'The answer an entry of the `answers` leaderboard is about.' },
);

export const LeaderboardEntry = object(
  {
    position: integer({ minimum: 1, description: DOCS && '1-based place on the board (1, 2, 3… even on ties).' }),
    value: integer({ minimum: 0, description: DOCS && 'The figure ranked: points, solutions or kudos in the period.' }),
    user: User,
    badges: array(EarnedBadge, { description: DOCS && "The member's earned badges, oldest first." }),
    answer: nullable(LeaderboardAnswer, { description: DOCS && 'The answer, in `answers` mode; null in `members` mode.' }),
  },
  { description: DOCS && 'A place on the leaderboard: a member, or an answer with its author.' },
);

export const Leaderboard = object(
  {
    mode: LeaderboardMode,
    period: LeaderboardPeriod,
    metric: LeaderboardMetric,
    since: nullable(time(), {
      description: DOCS && 'The instant the period starts (inclusive), or null for all time.',
    }),
    entries: array(LeaderboardEntry, {
      description:
        DOCS &&
        'Highest value first; ties by user id (members) or accepted first, then answer id (answers). Members ' +
        'with a value of 0 are left out.',
    }),
  },
  { description: DOCS && 'Top contributors or most helpful answers of a period.' },
);
