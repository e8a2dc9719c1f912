import { MajlisError, supports } from './adapter.js';
import type { MajlisStore } from './store.js';
import type {
  AskInSessionInput,
  CallOptions,
  CreateLiveSessionInput,
  LiveSession,
  LiveSessionSummary,
  Page,
  SessionQuestion,
  SessionQuestionQuery,
  UpdateLiveSessionInput,
} from './types.js';

/*
 * Live sessions through the store (capability `liveSessions`), outside the core chunk: only a page with
 * `<majlis-live-session>` loads it. A session's questions and their hosts' answers are cached by the store like any
 * post, so a kudos button shows the same count everywhere and a live kudos update reaches it; failures are reported
 * on the store's error channel (operation `live-session`).
 */

function adapterOf(store: MajlisStore) {
  const { adapter } = store;
  if (!supports(adapter, 'liveSessions')) throw new MajlisError('unavailable', 'This adapter has no liveSessions capability');
  return adapter as Required<typeof adapter>;
}

/** Whether the store's adapter has live sessions. */
export function hasLiveSessions(store: MajlisStore): boolean {
  return supports(store.adapter, 'liveSessions');
}

function put(store: MajlisStore, entries: readonly SessionQuestion[]): void {
  store.cache({ posts: entries.flatMap((entry) => [entry.question, ...entry.hostAnswers]) });
}

export function loadLiveSession(store: MajlisStore, id: string, options?: CallOptions): Promise<LiveSession> {
  return adapterOf(store).getLiveSession(id, options);
}

export async function listSessionQuestions(
  store: MajlisStore,
  sessionId: string,
  query?: SessionQuestionQuery,
  options?: CallOptions,
): Promise<Page<SessionQuestion>> {
  const page = await adapterOf(store).listSessionQuestions(sessionId, query, options);
  put(store, page.items);
  return page;
}

export async function loadSummary(store: MajlisStore, sessionId: string, options?: CallOptions): Promise<LiveSessionSummary> {
  const summary = await adapterOf(store).getLiveSessionSummary(sessionId, options);
  put(store, summary.topQuestions);
  return summary;
}

export async function askInSession(store: MajlisStore, input: AskInSessionInput): Promise<SessionQuestion> {
  const entry = await store.reporting('live-session', () => adapterOf(store).askInSession(input));
  store.confirm({ posts: [entry.question], recognition: true });
  return entry;
}

export function createLiveSession(store: MajlisStore, input: CreateLiveSessionInput): Promise<LiveSession> {
  return store.reporting('live-session', () => adapterOf(store).createLiveSession(input));
}

export function updateLiveSession(store: MajlisStore, input: UpdateLiveSessionInput): Promise<LiveSession> {
  return store.reporting('live-session', () => adapterOf(store).updateLiveSession(input));
}
