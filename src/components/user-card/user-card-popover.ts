import { adoptStyles, html } from 'lit';
import type { LitElement, TemplateResult } from 'lit';
import type { LocalizeController } from '../../core/controllers/localize-controller.js';
import { PopoverController } from '../../core/controllers/popover-controller.js';
import type { ConfigurationProblem } from '../../core/controllers/store-controller.js';
import type { UserProfile } from '../../core/types.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { renderError, renderProblem } from '../shared/feedback.js';
import { styles } from './user-card-popover.styles.js';

/** What the card shows under the member's name. */
export interface CardState {
  profile: UserProfile | undefined;
  problem: ConfigurationProblem | undefined;
  failure: { error: unknown } | undefined;
  retry: () => void;
}

/**
 * The profile card of a `<majlis-user-card>`, loaded (as a chunk of its own) on the first hover, focus or
 * click of a chip: adds the card's styles to the chip's shadow root, opens and places its `#popover`
 * against its `#chip`, and renders the member's figures.
 */
export class UserCardPopover {
  readonly popup: PopoverController;

  constructor(
    host: LitElement,
    private readonly localize: LocalizeController,
  ) {
    const root = host.renderRoot as ShadowRoot;
    adoptStyles(root, [...(host.constructor as typeof LitElement).elementStyles, buttonStyles, styles]);
    this.popup = new PopoverController(host, {
      anchor: () => root.getElementById('chip'),
      floating: () => root.getElementById('popover'),
      direction: () => localize.dir,
    });
  }

  /** The figures, or the state they are in: loading, failed (with a retry), or not configured. */
  render({ profile, problem, failure, retry }: CardState): TemplateResult {
    const localize = this.localize;
    if (profile) return this.renderStats(profile);
    if (problem) return renderProblem(localize, problem);
    if (failure) return renderError(localize, failure.error, retry);
    return html`<p class="loading" role="status">${localize.msg.common.loading}</p>`;
  }

  private renderStats(profile: UserProfile): TemplateResult {
    const localize = this.localize;
    const { msg, fmt } = localize;
    const t = msg.userCard;
    const rows: [string, string][] = [
      [t.reputation, localize.count('points', profile.reputation)],
      [t.rank, profile.rank === null ? t.unranked : t.rankValue(profile.rank, fmt)],
      [t.acceptedSolutions, localize.number(profile.stats.acceptedAnswers)],
      [t.kudosReceived, localize.number(profile.stats.kudosReceived)],
      [t.memberSince, localize.date(profile.joinedAt, { year: 'numeric', month: 'long' })],
    ];
    return html`<dl part="stats" class="stats">
      ${rows.map(([label, value]) => html`<div class="stat"><dt>${label}</dt><dd>${value}</dd></div>`)}
    </dl>`;
  }
}
