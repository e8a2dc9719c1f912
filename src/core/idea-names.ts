/**
 * The names of ideas every layer shares (topics, statuses, criteria): data only, so the in-browser adapter and the
 * elements take them without the contract's schemas (`contract/ideas.ts` re-exports them).
 */

/** What an idea is about: customer care; products, services and promotions; network quality; anything else. */
export const IDEA_TOPICS = ['care', 'products', 'network', 'other'] as const;
/**
 * Where an idea is in its workflow, in roadmap order: `new` → `under-review` → `planned` → `in-progress` →
 * `delivered`, or `declined`, or `duplicate` (merged into another idea).
 */
export const IDEA_STATUSES = ['new', 'under-review', 'planned', 'in-progress', 'delivered', 'declined', 'duplicate'] as const;
/** What staff score an idea on, 1 to 5 each. */
export const IDEA_CRITERIA = ['constructive', 'creative', 'feasible', 'effective'] as const;
/**
 * How lists of ideas are ordered: most kudos, newest, most kudos in the last {@link TRENDING_DAYS} days, or the
 * highest staff evaluation (the mean of the four criteria averages; ideas not evaluated yet last).
 */
export const IDEA_SORTS = ['votes', 'newest', 'trending', 'evaluation'] as const;
/** The window of the `trending` order, in days. */
export const TRENDING_DAYS = 7;
/** The badge a winning idea's author earns (recognition's earned badges). */
export const IDEA_WINNER_BADGE = 'idea-of-the-month';
/** A winners' period: a month, `2027-03`. */
export const IDEA_PERIOD_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])$';

export type IdeaTopic = (typeof IDEA_TOPICS)[number];
export type IdeaStatus = (typeof IDEA_STATUSES)[number];
export type IdeaCriterion = (typeof IDEA_CRITERIA)[number];
export type IdeaSort = (typeof IDEA_SORTS)[number];
