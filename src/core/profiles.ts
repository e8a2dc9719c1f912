import type { MajlisStore } from './store.js';
import type { RecognitionRules, UserProfile } from './types.js';

// Members' profiles and the recognition rules through the store, outside the core chunk: loaded with the author
// card, the leaderboard and the badge announcer, which are the only ones to read them.

/**
 * A user's profile (with stats and rank), fetched once and then served from the store; `fresh` fetches it again
 * (e.g. the viewer's own after they answered, to see a badge they earned).
 */
export function loadUser(store: MajlisStore, id: string, { fresh = false }: { fresh?: boolean } = {}): Promise<UserProfile> {
  return store.once(
    `user:${id}`,
    async () => {
      const profile = await store.adapter.getUser(id);
      store.confirm({ users: [profile] });
      return profile;
    },
    fresh,
  );
}

/** The community's recognition rules (optional `recognition` capability), fetched once; null without it. */
export function recognitionRules(store: MajlisStore): Promise<RecognitionRules | null> {
  return store.once('recognition', async () => (store.adapter.getRecognitionRules ? store.adapter.getRecognitionRules() : null));
}
