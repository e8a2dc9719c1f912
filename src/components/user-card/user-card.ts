import { StoreController } from '../../core/controllers/store-controller.js';
import { toggleState } from '../../core/custom-states.js';
import { MajlisElement } from '../../core/element.js';
import type { User, UserProfile } from '../../core/types.js';
import { hostStyles } from '../../styles/host.styles.js';
import { feedbackStyles } from '../shared/feedback.js';
import { AuthorCard } from './author-card.js';
import { authorChipStyles, styles } from './user-card.styles.js';

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
  static override styles = [hostStyles, feedbackStyles, authorChipStyles, styles];
  static override properties = {
    userId: { attribute: 'user-id', reflect: true },
    user: { attribute: false },
  };

  private readonly data = new StoreController(this);
  private readonly chip: AuthorCard = new AuthorCard(this, this.data, this.localize, () => ({ user: this.user, userId: this.userId }));
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();

  /** Id of the member to show; fetched through the store when it is not cached. */
  userId = '';

  /** The member to show, e.g. a post's `author`; when set, it wins over `user-id`. */
  user: User | UserProfile | undefined;

  protected override updated(): void {
    toggleState(this.internals, 'open', this.chip.open);
    toggleState(this.internals, 'loading', this.chip.loading);
  }

  override render() {
    return this.chip.render();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-user-card': MajlisUserCard;
  }
}
