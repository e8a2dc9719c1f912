import { MajlisError } from '../../core/adapter.js';
import type { CommunityAdapter, MajlisErrorCode } from '../../core/adapter.js';

/** A call of the adapter contract, as `MemoryAdapter` names it in a simulation. */
export type SimulatedOperation = Extract<
  keyof CommunityAdapter,
  | 'getViewer'
  | 'listCategories'
  | 'listQuestions'
  | 'getQuestion'
  | 'listAnswers'
  | 'getAnswer'
  | 'getUser'
  | 'askQuestion'
  | 'postAnswer'
  | 'vote'
  | 'acceptAnswer'
  | 'leaderboard'
  | 'getRecognitionRules'
  | 'careStats'
  | 'flag'
  | 'editPost'
  | 'listRevisions'
  | 'deletePost'
  | 'moderate'
  | 'listModerationQueue'
  | 'listAuditLog'
  | 'follow'
  | 'listFollows'
  | 'getNotificationSettings'
  | 'setNotificationSettings'
  | 'listIdeas'
  | 'getIdea'
  | 'submitIdea'
  | 'setIdeaStatus'
  | 'evaluateIdea'
  | 'mergeIdea'
  | 'markIdeaWinner'
  | 'listIdeaWinners'
  | 'listLiveSessions'
  | 'getLiveSession'
  | 'createLiveSession'
  | 'updateLiveSession'
  | 'askInSession'
  | 'listSessionQuestions'
  | 'getLiveSessionSummary'
>;

/** The reads and the mutations of the contract. */
export const SIMULATED_OPERATIONS = {
  reads: [
    'getViewer',
    'listCategories',
    'listQuestions',
    'getQuestion',
    'listAnswers',
    'getAnswer',
    'getUser',
    'leaderboard',
    'getRecognitionRules',
    'careStats',
    'listRevisions',
    'listModerationQueue',
    'listAuditLog',
    'listFollows',
    'getNotificationSettings',
    'listIdeas',
    'getIdea',
    'listIdeaWinners',
    'listLiveSessions',
    'getLiveSession',
    'listSessionQuestions',
    'getLiveSessionSummary',
  ],
  mutations: [
    'askQuestion',
    'postAnswer',
    'vote',
    'acceptAnswer',
    'flag',
    'editPost',
    'deletePost',
    'moderate',
    'follow',
    'setNotificationSettings',
    'submitIdea',
    'setIdeaStatus',
    'evaluateIdea',
    'mergeIdea',
    'markIdeaWinner',
    'createLiveSession',
    'updateLiveSession',
    'askInSession',
  ],
} as const satisfies Record<string, readonly SimulatedOperation[]>;

/**
 * Which calls fail, and with which error code: one operation (`vote`), or every read or mutation (`reads`,
 * `mutations`); a named operation wins over its group. `{ vote: 'network', reads: 'unavailable' }`.
 */
export type SimulatedFailures = Partial<Record<SimulatedOperation | keyof typeof SIMULATED_OPERATIONS, MajlisErrorCode>>;

/**
 * A bad network on demand, so a host page can see the loading and error states of its elements:
 * `new MemoryAdapter({ seed, simulate: { latency: [200, 800], failRate: 0.1, failures: { vote: 'network' } } })`.
 * A failing call changes nothing (it fails before its work), as a request that never reached the server.
 */
export interface SimulationOptions {
  /** Delay of every call in milliseconds, or a `[min, max]` range picked at random per call. Default `latencyMs`. */
  latency?: number | readonly [min: number, max: number];
  /** Share of all calls (0 to 1) that fail at random with a `network` error. Default 0. */
  failRate?: number;
  /** Calls that always fail, with the error code to throw. */
  failures?: SimulatedFailures;
  /** The random source of `latency` ranges and `failRate`, in [0, 1). Default `Math.random`. */
  random?: () => number;
}

const MUTATIONS: readonly SimulatedOperation[] = SIMULATED_OPERATIONS.mutations;

/** The simulated conditions of one adapter: how long a call waits, and whether it fails. */
export class Simulation {
  private readonly random: () => number;

  constructor(
    private readonly options: SimulationOptions,
    private readonly defaultLatency: number,
  ) {
    const { failRate = 0, latency } = options;
    if (!(failRate >= 0 && failRate <= 1)) throw new RangeError(`simulate.failRate must be between 0 and 1, not ${failRate}`);
    const range = typeof latency === 'number' ? [latency, latency] : (latency ?? [0, 0]);
    if (range.some((ms) => !(ms >= 0)) || range[0] > range[1]) {
      throw new RangeError(`simulate.latency must be a delay >= 0 or a [min, max] range, not ${JSON.stringify(latency)}`);
    }
    this.random = options.random ?? Math.random;
  }

  /** The delay of the next call, in milliseconds. */
  latency(): number {
    const { latency } = this.options;
    if (latency === undefined) return this.defaultLatency;
    if (typeof latency === 'number') return latency;
    const [min, max] = latency;
    return min + (max - min) * this.random();
  }

  /** The error the call `operation` fails with, if it fails this time. */
  failure(operation: SimulatedOperation): MajlisError | null {
    const { failures = {}, failRate = 0 } = this.options;
    const code = failures[operation] ?? failures[MUTATIONS.includes(operation) ? 'mutations' : 'reads'];
    if (code !== undefined) return simulatedError(code, operation, 'failures');
    if (failRate > 0 && this.random() < failRate) return simulatedError('network', operation, 'failRate');
    return null;
  }
}

function simulatedError(code: MajlisErrorCode, operation: SimulatedOperation, cause: 'failures' | 'failRate'): MajlisError {
  const message = `Simulated ${code} failure of ${operation} (MemoryAdapter simulate.${cause})`;
  if (code === 'rate-limited') return new MajlisError(code, message, { retryAfter: 5 });
  return new MajlisError(code, message);
}
