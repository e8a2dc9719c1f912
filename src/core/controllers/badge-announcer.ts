import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MajlisStore, StoreChange } from '../store.js';
import type { EarnedBadge, UserProfile } from '../types.js';
import { loadUser } from '../profiles.js';

export interface BadgeAnnouncerOptions {
  /** The host's store; nothing happens without one. */
  store(): MajlisStore | undefined;
  /** Called with the badges the signed-in viewer earned and has not been told about, oldest first. */
  announce(badges: EarnedBadge[], store: MajlisStore): void;
  /**
   * Whether to fetch the viewer's profile as soon as there is a store (default true). Without it, only the
   * viewer's own answer, question or accept fetches it (a board that should not add a request to its first load).
   */
  eager?: boolean;
  /** Where announced ids are kept per viewer (default `localStorage`); any failure falls back to memory. */
  storage?(): Pick<Storage, 'getItem' | 'setItem'> | undefined;
}

const KEY = 'majlis:announced-badges:';
/** Announced ids per viewer when storage is unavailable (private mode, blocked, full), for this page's life. */
const remembered = new Map<string, Set<string>>();

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // a sandboxed frame or blocked storage throws on access
  }
}

/**
 * Tells the signed-in viewer, once, about each badge they earned: when their profile loads (unless `eager` is
 * false) and shows a badge not announced yet (remembered per viewer in `localStorage`, or in memory when storage fails), and again after
 * their own answer, question or accept, when the store fetches their profile afresh. Several elements on one
 * page may run one: the first to see a badge marks it, so it is announced once.
 */
export class BadgeAnnouncer implements ReactiveController {
  private storeOf: MajlisStore | undefined;
  private viewerId: string | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: BadgeAnnouncerOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const store = this.options.store();
    if (store === this.storeOf) return;
    this.hostDisconnected();
    this.storeOf = store;
    if (!store) return;
    this.unsubscribe = store.subscribe((change) => this.changed(store, change));
    if (this.options.eager ?? true) void this.check(store, false);
    else void store.loadViewer().then(({ user }) => (this.viewerId = user?.id), () => undefined);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.storeOf = undefined;
  }

  /** The viewer's own answer, question or accept may have earned them a badge; another viewer may have some. */
  private changed(store: MajlisStore, change: StoreChange): void {
    if (change.type === 'reset') {
      this.viewerId = undefined;
      if (this.options.eager ?? true) void this.check(store, false);
      else void store.loadViewer().then(({ user }) => (this.viewerId = user?.id), () => undefined);
      return;
    }
    const mine =
      change.type === 'answer-posted'
        ? change.answer.author.id === this.viewerId
        : change.type === 'question-asked'
          ? change.question.author.id === this.viewerId
          : change.keys.has('recognition') && [...change.keys].some((key) => key.startsWith('accept:'));
    if (mine && this.viewerId) void this.check(store, true);
  }

  private async check(store: MajlisStore, fresh: boolean): Promise<void> {
    let profile: UserProfile;
    try {
      const { user } = await store.loadViewer();
      this.viewerId = user?.id;
      if (!user) return;
      profile = await loadUser(store, user.id, { fresh });
    } catch {
      return; // the elements showing the viewer or the profile report the failure; nothing to announce
    }
    if (store !== this.storeOf || profile.id !== this.viewerId) return;
    const announced = this.announced(profile.id);
    const fresher = (profile.badges ?? []).filter((badge) => !announced.has(badge.id));
    if (!fresher.length) return;
    fresher.forEach((badge) => announced.add(badge.id));
    this.save(profile.id, announced);
    this.options.announce([...fresher].sort((a, b) => a.awardedAt.localeCompare(b.awardedAt)), store);
  }

  private storage(): Pick<Storage, 'getItem' | 'setItem'> | undefined {
    return this.options.storage ? this.options.storage() : defaultStorage();
  }

  private announced(viewerId: string): Set<string> {
    const ids = new Set(remembered.get(viewerId));
    try {
      const stored: unknown = JSON.parse(this.storage()?.getItem(KEY + viewerId) ?? '[]');
      if (Array.isArray(stored)) stored.forEach((id) => typeof id === 'string' && ids.add(id));
    } catch {
      // unreadable or corrupt: what memory holds is all we know
    }
    return ids;
  }

  /** Keeps the ids in storage, or in memory for this page when storage is missing or refuses them. */
  private save(viewerId: string, ids: Set<string>): void {
    try {
      const storage = this.storage();
      if (!storage) throw new Error('no storage');
      storage.setItem(KEY + viewerId, JSON.stringify([...ids]));
    } catch {
      remembered.set(viewerId, ids);
    }
  }
}
