import { MajlisError, supports } from './adapter.js';
import type { MajlisStore, StoreKey } from './store.js';
import type {
  CallOptions,
  EvaluateIdeaInput,
  Idea,
  IdeaQuery,
  IdeaWinner,
  MarkIdeaWinnerInput,
  MergeIdeaInput,
  MergeIdeaResult,
  Page,
  Question,
  SetIdeaStatusInput,
  SubmitIdeaInput,
} from './types.js';

/*
 * Ideas through the store (capability `ideas`), outside the core chunk: only a page with `<majlis-ideas>` loads it.
 * An idea's question is cached by the store like any question (so its kudos button shows the same count
 * everywhere); its idea fields are kept here per store under the key `idea:<id>`, forgotten when the viewer changes.
 * A staff change (status, evaluation, merge, win) waits as an optimistic change of that key: a status shows at once
 * and is rolled back on failure, reported on the store's error channel (operation `idea`).
 */

const caches = new WeakMap<MajlisStore, Map<string, Idea>>();

function cacheOf(store: MajlisStore): Map<string, Idea> {
  let cache = caches.get(store);
  if (!cache) {
    const created = new Map<string, Idea>();
    store.subscribe((change) => {
      if (change.type === 'reset' || change.type === 'refresh') created.clear();
    });
    caches.set(store, created);
    cache = created;
  }
  return cache;
}

const keyOf = (id: string): StoreKey => `idea:${id}`;

function adapterOf(store: MajlisStore) {
  const { adapter } = store;
  if (!supports(adapter, 'ideas')) throw new MajlisError('unavailable', 'This adapter has no ideas capability');
  return adapter as Required<typeof adapter>;
}

/** Whether the store's adapter has ideas. */
export function hasIdeas(store: MajlisStore): boolean {
  return supports(store.adapter, 'ideas');
}

/**
 * Caches ideas and their questions, returning them as cached. An element reading an idea reads its question too
 * (`question:<id>`), so the store's change of the question re-renders it.
 */
function put(store: MajlisStore, ideas: readonly Idea[]): Idea[] {
  const cache = cacheOf(store);
  for (const each of ideas) cache.set(each.id, each);
  store.confirm({ posts: ideas.map((each) => each.question) });
  return ideas.map((each) => idea(store, each.id) ?? each);
}

/** A cached idea with its question as the store has it now and a waiting status change applied; undefined until loaded. */
export function idea(store: MajlisStore, id: string): Idea | undefined {
  const pending = store.pendingValue(keyOf(id)) as Partial<Idea> | undefined;
  const cached = cacheOf(store).get(id);
  if (cached === undefined) return undefined;
  return { ...cached, ...pending, question: store.question(id) ?? cached.question };
}

/** Whether a staff change of the idea is waiting for the adapter. */
export function isIdeaPending(store: MajlisStore, id: string): boolean {
  return store.isPending(keyOf(id));
}

export async function listIdeas(store: MajlisStore, query?: IdeaQuery, options?: CallOptions): Promise<Page<Idea>> {
  const page = await adapterOf(store).listIdeas(query, options);
  return { ...page, items: put(store, page.items) };
}

/** The questions of ideas with any word of `title`, by most kudos: "similar ideas" while one is typed. */
export async function similarIdeas(store: MajlisStore, title: string, limit: number, options?: CallOptions): Promise<Page<Question>> {
  const page = await listIdeas(store, { search: title, limit }, options);
  return { ...page, items: page.items.map((each) => each.question) };
}

export async function loadIdea(store: MajlisStore, id: string, options?: CallOptions): Promise<Idea> {
  const [loaded] = put(store, [await adapterOf(store).getIdea(id, options)]);
  return loaded;
}

export async function listIdeaWinners(store: MajlisStore, options?: CallOptions): Promise<IdeaWinner[]> {
  const winners = await adapterOf(store).listIdeaWinners(options);
  const ideas = put(store, winners.map((winner) => winner.idea));
  return winners.map((winner, index) => ({ ...winner, idea: ideas[index] }));
}

/** A change of one idea by staff, optimistic under its key: `shown` is what the idea shows while it waits. */
function change<R>(store: MajlisStore, id: string, signature: string, shown: Partial<Idea>, call: () => Promise<R>, ideasOf: (result: R) => Idea[]) {
  return store.optimistic({
    key: keyOf(id),
    signature,
    operation: 'idea',
    value: shown,
    call,
    commit: (result) => {
      const cache = cacheOf(store);
      for (const each of ideasOf(result)) cache.set(each.id, each);
      store.cache({ posts: ideasOf(result).map((each) => each.question) });
    },
  });
}

export function submitIdea(store: MajlisStore, input: SubmitIdeaInput): Promise<Idea> {
  const adapter = adapterOf(store);
  return change(store, 'new', `submit:${input.title}`, {}, () => adapter.submitIdea(input), (result) => [result]).then(
    (submitted) => idea(store, submitted.id) ?? submitted,
  );
}

export function setIdeaStatus(store: MajlisStore, input: SetIdeaStatusInput): Promise<Idea> {
  const adapter = adapterOf(store);
  const shown = { status: input.status, statusNote: input.note?.trim() || null };
  return change(store, input.ideaId, `status:${JSON.stringify(input)}`, shown, () => adapter.setIdeaStatus(input), (result) => [result]);
}

export function evaluateIdea(store: MajlisStore, input: EvaluateIdeaInput): Promise<Idea> {
  const adapter = adapterOf(store);
  return change(store, input.ideaId, `evaluate:${JSON.stringify(input)}`, {}, () => adapter.evaluateIdea(input), (result) => [result]);
}

export function mergeIdea(store: MajlisStore, input: MergeIdeaInput): Promise<MergeIdeaResult> {
  const adapter = adapterOf(store);
  const shown: Partial<Idea> = { status: 'duplicate', mergedInto: input.intoId };
  return change(store, input.ideaId, `merge:${JSON.stringify(input)}`, shown, () => adapter.mergeIdea(input), (result) => [result.idea, result.into]);
}

export function markIdeaWinner(store: MajlisStore, input: MarkIdeaWinnerInput): Promise<IdeaWinner> {
  const adapter = adapterOf(store);
  return change(store, input.ideaId, `winner:${JSON.stringify(input)}`, {}, () => adapter.markIdeaWinner(input), (result) => [result.idea]);
}
