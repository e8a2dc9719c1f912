/**
 * What the moderation checks share: one community seen by several members in turn (over `viewAs`), on a clock
 * the check moves, with the moderation settings it asks for, and the capabilities it needs, or a skip.
 */
import { supports } from '../../core/adapter.js';
import type { MajlisError, MajlisErrorCode, OptionalCapability } from '../../core/adapter.js';
import type { ModerationOptions } from '../../core/moderation.js';
import type { Answer, PostType, Question } from '../../core/types.js';
import { expectEqual, expectFailure } from './assertions.js';
import type { Adapter } from './helpers.js';
import type { ConformanceContext } from './types.js';

export interface Community {
  /** The community seen by `viewerId` (null: anonymous). Take a fresh one before each call: viewers may share state. */
  as(viewerId: string | null): Promise<Adapter>;
  /** Moves the clock on (only when the adapters honour `now`, see {@link CommunityNeeds.clock}). */
  advance(minutes: number): void;
  /** The clock's time. */
  now(): Date;
}

export interface CommunityNeeds {
  /** Capabilities the check uses; it is skipped when the adapter lacks one. */
  capabilities: OptionalCapability[];
  /** Settings over `conformanceModeration`; the check is skipped when the adapters do not apply settings. */
  moderation?: ModerationOptions;
  /** The check moves the clock; it is skipped when the adapters do not take their time from `now`. */
  clock?: boolean;
}

/** Where the checks' clock starts (when the adapters honour it): well after every seeded post. */
const START = Date.parse('2026-03-02T09:00:00.000Z');

/** A community for a moderation check, or null when the check must be skipped. */
export async function community(ctx: ConformanceContext, needs: CommunityNeeds): Promise<Community | null> {
  let time = START;
  const now = ctx.clock ? () => new Date(time) : () => new Date();
  const base = await ctx.adapter(null, { now, ...(needs.moderation === undefined ? {} : { moderation: needs.moderation }) });
  if (!needs.capabilities.every((capability) => supports(base, capability))) return null;
  if (needs.moderation !== undefined && !ctx.moderationSettings) return null;
  if (needs.clock === true && !ctx.clock) return null;
  if ((await ctx.viewAs(base, null)) === null) return null;
  return {
    as: async (viewerId) => (await ctx.viewAs(base, viewerId)) as Adapter,
    advance: (minutes) => {
      time += minutes * 60_000;
    },
    now,
  };
}

/** Awaits `action`, checks it failed with `code` (and `field`), and that the error says `reason`. */
export async function expectRefusal(
  action: Promise<unknown>,
  code: MajlisErrorCode,
  what: string,
  { field, reason }: { field?: string; reason?: string } = {},
): Promise<MajlisError> {
  const error = await expectFailure(action, code, what, field);
  if (reason !== undefined) expectEqual(error.reason, reason, `the reason of the "${code}" error of ${what}`);
  return error;
}

/** A post by id as `adapter` sees it. */
export function read(adapter: Adapter, target: PostType, id: string): Promise<Question | Answer> {
  return target === 'question' ? adapter.getQuestion(id) : adapter.getAnswer(id);
}

/** Ids of the questions `adapter` lists (one page of 100). */
export async function listedQuestionIds(adapter: Adapter, query: Parameters<Adapter['listQuestions']>[0] = {}): Promise<string[]> {
  return (await adapter.listQuestions({ ...query, limit: 100 })).items.map((question) => question.id);
}

/** Ids of the answers of a question `adapter` lists. */
export async function listedAnswerIds(adapter: Adapter, questionId: string): Promise<string[]> {
  return (await adapter.listAnswers(questionId, { limit: 100 })).items.map((answer) => answer.id);
}
