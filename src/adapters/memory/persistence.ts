import type {
  CommunitySeed,
  SeedAnswer,
  SeedAuditEntry,
  SeedFlag,
  SeedFollow,
  SeedIdea,
  SeedLiveSession,
  SeedQuestion,
  SeedRevision,
  SeedSuspension,
  SeedVote,
} from '../../core/seed.js';
import type { EarnedBadge, NotificationSettings } from '../../core/types.js';
import type { CommunityData } from './model.js';
import type { LedgerEntry, RecognitionState } from './recognition.js';
import { loadSeed } from './seed.js';

/** The reputation ledger and badges, with the rules (as JSON) they were earned under. */
export interface SavedRecognition {
  rules: string;
  ledger: LedgerEntry[];
  badges: [string, EarnedBadge[]][];
}

interface SavedState {
  fingerprint: string;
  questions: SeedQuestion[];
  answers: SeedAnswer[];
  votes: SeedVote[];
  flags?: SeedFlag[];
  revisions?: SeedRevision[];
  suspensions?: SeedSuspension[];
  audit?: SeedAuditEntry[];
  follows?: SeedFollow[];
  ideas?: SeedIdea[];
  liveSessions?: SeedLiveSession[];
  notificationSettings?: [string, NotificationSettings][];
  recognition?: SavedRecognition;
}

export function saveRecognition(rules: string, state: RecognitionState): SavedRecognition {
  return { rules, ledger: [...state.ledger.values()], badges: [...state.badges.entries()] };
}

/** The saved ledger and badges, or undefined when there are none or they were earned under other rules. */
export function restoreRecognition(saved: SavedRecognition | undefined, rules: string): RecognitionState | undefined {
  if (saved?.rules !== rules || !Array.isArray(saved.ledger) || !Array.isArray(saved.badges)) return undefined;
  return { ledger: new Map(saved.ledger.map((entry) => [entry.sourceKey, entry])), badges: new Map(saved.badges) };
}

/** The mutable part of a community in `localStorage`, tied to the seed it grew from. */
export class SavedStateStorage {
  private readonly fingerprint: string;

  constructor(
    private readonly key: string,
    private readonly seed: CommunitySeed,
  ) {
    this.fingerprint = fingerprintOf(seed);
  }

  /** The saved community, or null when there is none, it grew from another seed, or it is unreadable. */
  restore(): { data: CommunityData; recognition?: SavedRecognition } | null {
    try {
      const saved = JSON.parse(localStorage.getItem(this.key) ?? 'null') as Partial<SavedState> | null;
      if (saved?.fingerprint !== this.fingerprint) return null;
      const { questions = [], answers = [], votes = [], flags, revisions, suspensions, audit, follows, ideas, liveSessions, recognition } = saved;
      const { users, categories } = this.seed;
      const data = loadSeed({ users, categories, questions, answers, votes, flags, revisions, suspensions, audit, follows, ideas, liveSessions });
      data.notificationSettings = new Map(saved.notificationSettings ?? []);
      return { data, recognition };
    } catch {
      return null;
    }
  }

  save(data: CommunityData, recognition?: SavedRecognition): void {
    const state: SavedState = {
      fingerprint: this.fingerprint,
      questions: [...data.questions.values()],
      answers: [...data.answers.values()],
      votes: [...data.votes.values()].flatMap((voters) => [...voters.values()]),
      flags: [...data.flags.values()].flatMap((flags) => [...flags.values()]),
      revisions: [...data.revisions.entries()].flatMap(([key, list]) => {
        const [target, targetId] = key.split(/:(.*)/su) as [SeedRevision['target'], string];
        return list.map((revision) => ({ ...revision, target, targetId }));
      }),
      suspensions: [...data.suspensions.entries()].map(([userId, suspension]) => ({ userId, ...suspension })),
      audit: data.audit,
      follows: [...data.follows.values()].flatMap((byUser) => [...byUser.values()]),
      ideas: [...data.ideas.values()],
      liveSessions: [...data.liveSessions.values()].map((session) => ({
        ...session,
        questionIds: [...data.sessionOf].filter(([, sessionId]) => sessionId === session.id).map(([questionId]) => questionId),
      })),
      notificationSettings: [...data.notificationSettings.entries()],
      recognition,
    };
    try {
      localStorage.setItem(this.key, JSON.stringify(state));
    } catch {
      // Storage full or blocked (private mode, sandboxed frame): the in-memory state stays authoritative.
    }
  }

  clear(): void {
    try {
      localStorage.removeItem(this.key);
    } catch {
      // Blocked storage holds nothing to clear.
    }
  }
}

/** A short FNV-1a hash of the seed's JSON: enough to notice that the seed changed. */
function fingerprintOf(seed: CommunitySeed): string {
  const json = JSON.stringify(seed);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${json.length.toString(36)}.${(hash >>> 0).toString(36)}`;
}
