import type { CommunitySeed, SeedAnswer, SeedQuestion, SeedVote } from '../../core/seed.js';
import type { CommunityData } from './model.js';
import { loadSeed } from './seed.js';

interface SavedState {
  fingerprint: string;
  questions: SeedQuestion[];
  answers: SeedAnswer[];
  votes: SeedVote[];
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
  restore(): CommunityData | null {
    try {
      const saved = JSON.parse(localStorage.getItem(this.key) ?? 'null') as Partial<SavedState> | null;
      if (saved?.fingerprint !== this.fingerprint) return null;
      const { questions = [], answers = [], votes = [] } = saved;
      return loadSeed({ users: this.seed.users, categories: this.seed.categories, questions, answers, votes });
    } catch {
      return null;
    }
  }

  save(data: CommunityData): void {
    const state: SavedState = {
      fingerprint: this.fingerprint,
      questions: [...data.questions.values()],
      answers: [...data.answers.values()],
      votes: [...data.votes.values()].flatMap((voters) => [...voters.values()]),
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
