/**
 * The names of following every layer shares (targets, deliveries): data only, so the in-browser adapter takes them
 * without the contract's schemas (`contract/follow.ts` re-exports them).
 */

/** What a member can follow: a question, a category, a live session (its hosts' answers). */
export const FOLLOW_TARGETS = ['question', 'category', 'session'] as const;
/** How a member hears about new answers: a mail per answer, one daily digest, or no mail. */
export const NOTIFICATION_DELIVERIES = ['immediate', 'daily', 'off'] as const;
