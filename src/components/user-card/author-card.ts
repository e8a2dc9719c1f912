import { html, nothing } from 'lit';
import type { ReactiveController, TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { toMajlisError } from '../../core/adapter.js';
import type { LocalizeController } from '../../core/controllers/localize-controller.js';
import type { StoreController } from '../../core/controllers/store-controller.js';
import type { MajlisElement } from '../../core/element.js';
import { MajlisErrorEvent } from '../../core/events.js';
import type { MajlisStore } from '../../core/store.js';
import type { RecognitionRules, Role, User, UserProfile } from '../../core/types.js';
import { renderProblem } from '../shared/feedback.js';
import type { UserCardPopover } from './user-card-popover.js';

function isProfile(user: User | undefined): user is UserProfile {
  return user !== undefined && 'stats' in user;
}

function isHttpUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url); // throws for relative URLs
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

const ARABIC = /\p{Script=Arabic}/u;

/** Profiles and rules are read only for an open card or an author the store does not know: with the card's code. */
const profiles = () => import('../../core/profiles.js');

/** The first letter or digit of a word, with its combining marks (`Đ`, `É`, `أ`). */
const FIRST_LETTER = /[\p{L}\p{N}]\p{M}*/u;

/**
 * Up to two initials from the first two words that contain a letter: "Sam Peeters" → "SP",
 * "Layla (Nuvo Support)" → "LN". Arabic letters are kept apart by a zero-width non-joiner, so
 * "ليلى حداد" shows the isolated letters ل and ح instead of joining them into one word.
 */
function initials(name: string, locale: string): string {
  const letters = name
    .split(/\s+/u)
    .map((word) => FIRST_LETTER.exec(word)?.[0])
    .filter((letter): letter is string => Boolean(letter))
    .slice(0, 2);
  const joiner = letters.some((letter) => ARABIC.test(letter)) ? '\u200c' : '';
  return letters.join(joiner).toLocaleUpperCase(locale);
}

/** A stable hue (0–359) for an id, so a member keeps the same avatar colour everywhere. */
function hueOf(id: string): number {
  let hash = 2166136261; // FNV-1a
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return (hash >>> 0) % 360;
}

/** Who a chip shows: a member object (e.g. a post's `author`), which wins, or an id to read through the store. */
export interface AuthorRef {
  user: User | UserProfile | undefined;
  userId: string;
}

/**
 * The author chip and its profile card, for one member: avatar, name and role badge in a button that, on the
 * first hover, focus or click, fetches the card's code (`UserCardPopover`, a chunk of its own) and opens the card
 * with the member's profile (loaded through the store) and the community's recognition rules.
 * `<majlis-user-card>` is this on its own; `<majlis-post>` renders its author with it, in its own template (no
 * element per post). Ids `chip`, `popover`, `card-name` are the host's: one chip per shadow root.
 */
export class AuthorCard implements ReactiveController {
  /** The id being fetched. */
  private loadingId: string | undefined;
  private failure: { id: string; error: unknown } | undefined;
  /** An avatar URL that failed to load; initials are shown instead. */
  private brokenAvatar: string | undefined;
  /** The card, once its code has loaded. */
  private card: UserCardPopover | undefined;
  /** The recognition rules the card explains (undefined until the card first opens and they load). */
  private rules: RecognitionRules | null | undefined;
  private rulesOf: MajlisStore | undefined;
  private cardLoaded: Promise<UserCardPopover> | undefined;
  private shownId = '';

  constructor(
    private readonly host: MajlisElement,
    private readonly data: StoreController,
    private readonly localize: LocalizeController,
    private readonly ref: () => AuthorRef,
  ) {
    host.addController(this);
  }

  private get memberId(): string {
    const { user, userId } = this.ref();
    return user?.id ?? userId;
  }

  private get cached(): User | UserProfile | undefined {
    const id = this.memberId;
    return id ? this.data.store?.user(id) : undefined;
  }

  /** Who the chip shows. */
  get member(): User | undefined {
    return this.ref().user ?? this.cached;
  }

  /** The card's figures, once a profile is known. */
  private get profile(): UserProfile | undefined {
    return [this.cached, this.ref().user].find(isProfile);
  }

  /** Whether the card is open. */
  get open(): boolean {
    return this.card?.popup.isOpen ?? false;
  }

  /** Whether the member is being fetched. */
  get loading(): boolean {
    return this.loadingId !== undefined;
  }

  /** Changes state the chip renders, and re-renders its host. */
  private update(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const id = this.memberId;
    if (id !== this.shownId) {
      this.shownId = id;
      if (this.failure?.id !== id) this.failure = undefined;
    }
    if (!this.member || (this.open && !this.profile)) this.load();
    const store = this.data.store;
    if (this.open && store && store !== this.rulesOf) {
      this.rulesOf = store;
      profiles()
        .then((m) => m.recognitionRules(store))
        .then(
          (rules) => this.update(() => (this.rules = rules)),
          () => this.update(() => (this.rules = null)), // the card then shows the figures without the rules
        );
    }
  }

  private load(): void {
    const store = this.data.store;
    const id = this.memberId;
    if (!store || !id || this.loadingId === id || this.failure?.id === id) return;
    this.loadingId = id;
    void profiles()
      .then((m) => m.loadUser(store, id))
      .catch((error: unknown) => {
        if (this.memberId !== id) return;
        this.update(() => (this.failure = { id, error }));
        this.host.dispatchEvent(new MajlisErrorEvent({ error: toMajlisError(error), operation: 'load' }));
      })
      .finally(() => {
        if (this.loadingId === id) this.update(() => (this.loadingId = undefined));
      });
  }

  private readonly retry = (): void => {
    this.update(() => (this.failure = undefined));
  };

  /**
   * Fetches the card's code on the first sign that the reader may open it (pointer over the chip, focus,
   * click), and again after a failed fetch. The card's popover controller takes over from there: once
   * attached, it opens on a pointer resting on the chip or keyboard focus, as if it had been there all along.
   */
  private readonly prepare = (): Promise<UserCardPopover> =>
    (this.cardLoaded ??= Promise.all([
      import('./user-card-popover.js'),
      // Rank and badge names and the rules travel with the card in the standalone build.
      import('../../core/i18n/areas/recognition.js').then((m) => m.addRecognitionTexts()),
    ]).then(
      ([{ UserCardPopover }]) => {
        const card = new UserCardPopover(this.host, this.localize);
        this.update(() => (this.card = card));
        return card;
      },
      (error: unknown) => {
        this.cardLoaded = undefined;
        throw error;
      },
    ));

  private readonly onChipClick = (): void => {
    void this.prepare().then((card) => card.popup.toggle());
  };

  /**
   * The chip (part `user-card`) and, once the card's code has loaded (first hover, focus or click), the card
   * (part `popover`, hidden while closed): a page of posts renders no card until a reader reaches for one.
   */
  render(): TemplateResult | typeof nothing {
    const member = this.member;
    if (!member && this.data.problem) return renderProblem(this.localize, this.data.problem);
    const dir = this.localize.dir;
    const card = this.card;
    const open = this.open;
    return html`<button
        id="chip"
        part="user-card"
        class="user-chip"
        type="button"
        dir=${dir}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${card ? 'popover' : nothing}
        @pointerenter=${this.prepare}
        @focus=${this.prepare}
        @click=${this.onChipClick}
      >
        ${this.renderAvatar(member, 'chip')} ${this.renderName(member)} ${this.renderBadge(member?.role)}
      </button>
      ${card ? this.renderCard(card, member, open) : nothing}`;
  }

  private renderCard(card: UserCardPopover, member: User | undefined, open: boolean): TemplateResult {
    return html`<div id="popover" part="popover" class="popover" role="group" aria-labelledby="card-name" dir=${this.localize.dir} ?hidden=${!open}>
      <div class="header">
        ${this.renderAvatar(member, 'card')}
        <div class="identity">${this.renderName(member, 'card-name')} ${this.renderBadge(member?.role)}</div>
      </div>
      ${open
        ? card.render({ profile: this.profile, rules: this.rules, problem: this.data.problem, failure: this.failure, retry: this.retry })
        : nothing}
    </div>`;
  }

  private renderAvatar(member: User | undefined, size: 'chip' | 'card'): TemplateResult {
    const url = member?.avatarUrl;
    if (isHttpUrl(url) && url !== this.brokenAvatar) {
      return html`<img
        part="avatar"
        class="avatar avatar--${size}"
        src=${url}
        alt=""
        loading="lazy"
        referrerpolicy="no-referrer"
        @error=${() => this.update(() => (this.brokenAvatar = url))}
      />`;
    }
    const hue = { '--_hue': String(member ? hueOf(member.id) : 0) };
    return html`<span part="avatar" class="avatar avatar--${size} initials" style=${styleMap(hue)} aria-hidden="true"
      >${member ? initials(member.name, this.localize.locale) : ''}</span
    >`;
  }

  private renderName(member: User | undefined, id?: string): TemplateResult {
    if (member) return html`<bdi id=${id ?? nothing} part="name" class="user-name">${member.name}</bdi>`;
    if (this.failure) return html`<span id=${id ?? nothing} part="name" class="user-name">${this.localize.msg.userCard.unknownUser}</span>`;
    return html`<span id=${id ?? nothing} class="user-name user-placeholder"
      ><span class="visually-hidden">${this.localize.msg.common.loading}</span></span
    >`;
  }

  private renderBadge(role: Role | undefined): TemplateResult | typeof nothing {
    if (!role || role === 'member') return nothing;
    return html`<span part="role-badge" class="role-badge role-badge--${role}">${this.localize.msg.role[role]}</span>`;
  }
}
