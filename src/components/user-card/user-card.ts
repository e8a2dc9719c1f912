import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { toMajlisError } from '../../core/adapter.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { toggleState } from '../../core/custom-states.js';
import { MajlisElement } from '../../core/element.js';
import { MajlisErrorEvent } from '../../core/events.js';
import type { MajlisStore } from '../../core/store.js';
import type { RecognitionRules, Role, User, UserProfile } from '../../core/types.js';
import { hostStyles } from '../../styles/host.styles.js';
import { feedbackStyles, renderProblem } from '../shared/feedback.js';
import type { UserCardPopover } from './user-card-popover.js';
import { styles } from './user-card.styles.js';

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

/**
 * @tag majlis-user-card
 * @summary The author chip next to a post: avatar, name and role badge. Hovering, focusing with the
 * keyboard or clicking it opens a card with the member's reputation, named rank and the points to the next,
 * position, accepted solutions, kudos, membership date and earned badges (loaded on first open), and a
 * "How reputation works" disclosure built from the community's recognition rules.
 *
 * @csspart user-card - The chip: a button with avatar, name and role badge.
 * @csspart avatar - The avatar picture, or the initials in a coloured circle (chip and card).
 * @csspart name - The member's name (chip and card).
 * @csspart role-badge - "Staff", "Expert" or "Moderator" (members have none).
 * @csspart popover - The profile card.
 * @csspart stats - The card's figures (a description list): reputation, named rank, position, solutions, kudos.
 * @csspart next-rank - "120 points to Helper", under the rank.
 * @csspart badges - The member's earned badges.
 * @csspart badge - One earned badge (its date in a tooltip and for screen readers).
 * @csspart rules - The "How reputation works" disclosure.
 * @csspart error - The message when the profile could not be loaded.
 * @csspart retry-button - Loads the profile again after an error.
 *
 * @cssprop [--majlis-user-card-z-index=1000] - Stacking order of the card over the page, in engines without the
 * Popover API (elsewhere the card opens in the top layer, above everything).
 * @cssprop [--majlis-color-accent=light-dark(#0b57d0, #8ab4f8)] - Staff badge and focus ring.
 * @cssprop [--majlis-color-success=light-dark(#146c2e, #6dd58c)] - Expert badge.
 * @cssprop [--majlis-color-surface=Canvas] - Card background.
 * @cssprop [--majlis-color-border] - Card border, chip outline while open.
 *
 * @cssstate open - The card is open.
 * @cssstate loading - The member's profile is loading.
 *
 * @fires {MajlisErrorEvent} majlis-error - Loading the member's profile failed.
 */
export class MajlisUserCard extends MajlisElement {
  static override styles = [hostStyles, feedbackStyles, styles];
  static override properties = {
    userId: { attribute: 'user-id', reflect: true },
    user: { attribute: false },
    loadingId: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    brokenAvatar: { state: true, attribute: false },
    card: { state: true, attribute: false },
    rules: { state: true, attribute: false },
  };

  private readonly data = new StoreController(this);
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();

  /** Id of the member to show; fetched through the store when it is not cached. */
  userId = '';

  /** The member to show, e.g. a post's `author`; when set, it wins over `user-id`. */
  user: User | UserProfile | undefined;

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

  private get memberId(): string {
    return this.user?.id ?? this.userId;
  }

  private get cached(): User | UserProfile | undefined {
    return this.memberId ? this.data.store?.user(this.memberId) : undefined;
  }

  /** Who the chip shows. */
  private get member(): User | undefined {
    return this.user ?? this.cached;
  }

  /** The card's figures, once a profile is known. */
  private get profile(): UserProfile | undefined {
    return [this.cached, this.user].find(isProfile);
  }

  private get open(): boolean {
    return this.card?.popup.isOpen ?? false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('userId') || changed.has('user')) && this.failure?.id !== this.memberId) this.failure = undefined;
    if (!this.member || (this.open && !this.profile)) this.load();
    const store = this.data.store;
    if (this.open && store && store !== this.rulesOf) {
      this.rulesOf = store;
      store.recognitionRules().then(
        (rules) => (this.rules = rules),
        () => (this.rules = null), // the card then shows the figures without the rules
      );
    }
  }

  protected override updated(): void {
    toggleState(this.internals, 'open', this.open);
    toggleState(this.internals, 'loading', this.loadingId !== undefined);
  }

  private load(): void {
    const store = this.data.store;
    const id = this.memberId;
    if (!store || !id || this.loadingId === id || this.failure?.id === id) return;
    this.loadingId = id;
    void store
      .loadUser(id)
      .catch((error: unknown) => {
        if (this.memberId !== id) return;
        this.failure = { id, error };
        this.dispatchEvent(new MajlisErrorEvent({ error: toMajlisError(error), operation: 'load' }));
      })
      .finally(() => {
        if (this.loadingId === id) this.loadingId = undefined;
      });
  }

  private readonly retry = (): void => {
    this.failure = undefined;
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
      ([{ UserCardPopover }]) => (this.card = new UserCardPopover(this, this.localize)),
      (error: unknown) => {
        this.cardLoaded = undefined;
        throw error;
      },
    ));

  private readonly onChipClick = (): void => {
    void this.prepare().then((card) => card.popup.toggle());
  };

  override render() {
    const member = this.member;
    if (!member && this.data.problem) return renderProblem(this.localize, this.data.problem);
    const dir = this.localize.dir;
    const card = this.card;
    const open = this.open;
    return html`<button
        id="chip"
        part="user-card"
        class="chip"
        type="button"
        dir=${dir}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="popover"
        @pointerenter=${this.prepare}
        @focus=${this.prepare}
        @click=${this.onChipClick}
      >
        ${this.renderAvatar(member, 'chip')} ${this.renderName(member)} ${this.renderBadge(member?.role)}
      </button>
      <div id="popover" part="popover" class="popover" role="group" aria-labelledby="card-name" dir=${dir} ?hidden=${!open}>
        <div class="header">
          ${this.renderAvatar(member, 'card')}
          <div class="identity">${this.renderName(member, 'card-name')} ${this.renderBadge(member?.role)}</div>
        </div>
        ${open && card
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
        @error=${() => (this.brokenAvatar = url)}
      />`;
    }
    const hue = { '--_hue': String(member ? hueOf(member.id) : 0) };
    return html`<span part="avatar" class="avatar avatar--${size} initials" style=${styleMap(hue)} aria-hidden="true"
      >${member ? initials(member.name, this.localize.locale) : ''}</span
    >`;
  }

  private renderName(member: User | undefined, id?: string): TemplateResult {
    if (member) return html`<bdi id=${id ?? nothing} part="name" class="name">${member.name}</bdi>`;
    if (this.failure) return html`<span id=${id ?? nothing} part="name" class="name">${this.localize.msg.userCard.unknownUser}</span>`;
    return html`<span id=${id ?? nothing} class="name placeholder"
      ><span class="visually-hidden">${this.localize.msg.common.loading}</span></span
    >`;
  }

  private renderBadge(role: Role | undefined): TemplateResult | typeof nothing {
    if (!role || role === 'member') return nothing;
    return html`<span part="role-badge" class="badge badge--${role}">${this.localize.msg.role[role]}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-user-card': MajlisUserCard;
  }
}
