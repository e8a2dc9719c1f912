import { adoptStyles, html } from 'lit';
import type { LitElement, TemplateResult } from 'lit';
import type { LocalizeController } from '../../core/controllers/localize-controller.js';
import { PopoverController } from '../../core/controllers/popover-controller.js';
import type { ConfigurationProblem } from '../../core/controllers/store-controller.js';
import { rankFor } from '../../core/recognition.js';
import type { RecognitionRules, UserProfile } from '../../core/types.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { renderError, renderProblem } from '../shared/feedback.js';
import { badgeName, badgeStyles, rankName, renderBadges } from '../shared/recognition.js';
import { styles } from './user-card-popover.styles.js';

/** What the card shows under the member's name. */
export interface CardState {
  profile: UserProfile | undefined;
  /** The community's recognition rules: null without that capability, undefined while they load. */
  rules: RecognitionRules | null | undefined;
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
    adoptStyles(root, [...(host.constructor as typeof LitElement).elementStyles, buttonStyles, badgeStyles, styles]);
    this.popup = new PopoverController(host, {
      anchor: () => root.getElementById('chip'),
      floating: () => root.getElementById('popover'),
      direction: () => localize.dir,
    });
  }

  /** The figures, or the state they are in: loading, failed (with a retry), or not configured. */
  render({ profile, rules, problem, failure, retry }: CardState): TemplateResult {
    const localize = this.localize;
    if (profile) return this.renderStats(profile, rules);
    if (problem) return renderProblem(localize, problem);
    if (failure) return renderError(localize, failure.error, retry);
    return html`<p class="loading" role="status">${localize.msg.common.loading}</p>`;
  }

  private renderStats(profile: UserProfile, rules: RecognitionRules | null | undefined): TemplateResult {
    const localize = this.localize;
    const { msg, fmt } = localize;
    const t = msg.userCard;
    const standing = rules?.ranks.length ? rankFor(profile.reputation, rules.ranks) : undefined;
    const rows: [string, unknown][] = [
      [t.reputation, localize.count('points', profile.reputation)],
      ...(standing
        ? [
            [
              t.rank,
              html`${rankName(standing.rank, localize)}${standing.next && standing.pointsToNext !== null
                ? html`<span part="next-rank" class="next-rank"
                    >${msg.recognition.pointsTo(standing.pointsToNext, rankName(standing.next, localize), fmt)}</span
                  >`
                : ''}`,
            ] as [string, unknown],
          ]
        : []),
      [t.position, profile.rank === null ? t.unranked : t.rankValue(profile.rank, fmt)],
      [t.acceptedSolutions, localize.number(profile.stats.acceptedAnswers)],
      [t.kudosReceived, localize.number(profile.stats.kudosReceived)],
      [t.memberSince, localize.date(profile.joinedAt, { year: 'numeric', month: 'long' })],
    ];
    return html`<dl part="stats" class="stats">
        ${rows.map(([label, value]) => html`<div class="stat"><dt>${label}</dt><dd>${value}</dd></div>`)}
      </dl>
      ${renderBadges(profile.badges, rules, localize)} ${rules ? this.renderRules(rules) : ''}`;
  }

  /** "How reputation works": the points, the ranks and the badges, from the same rules the backend applies. */
  private renderRules(rules: RecognitionRules): TemplateResult {
    const localize = this.localize;
    const { fmt } = localize;
    const r = localize.msg.recognition;
    const { reputation } = rules;
    const points = [
      r.answerKudos(reputation.answerKudos, fmt),
      r.questionKudos(reputation.questionKudos, fmt),
      r.acceptedAnswer(reputation.acceptedAnswer, fmt),
      ...(reputation.questionAsked > 0 ? [r.questionAsked(reputation.questionAsked, fmt)] : []),
      ...(reputation.dailyKudosCap === null ? [] : [r.dailyCap(reputation.dailyKudosCap, fmt)]),
    ];
    return html`<details part="rules" class="rules">
      <summary>${r.howItWorks}</summary>
      <ul class="points">
        ${points.map((line) => html`<li>${line}</li>`)}
      </ul>
      <p class="note">${r.undone}</p>
      <p class="rules-heading" id="ranks-heading">${r.ranksHeading}</p>
      <dl class="rule-list" aria-labelledby="ranks-heading">
        ${rules.ranks.map((rank) => html`<div><dt>${rankName(rank, localize)}</dt><dd>${r.from(rank.threshold, fmt)}</dd></div>`)}
      </dl>
      ${rules.badges.length
        ? html`<p class="rules-heading" id="badges-heading">${r.badgesHeading}</p>
            <dl class="rule-list" aria-labelledby="badges-heading">
              ${rules.badges.map(
                (badge) =>
                  html`<div><dt>${badgeName(badge.id, rules, localize)}</dt><dd>${r.earnBy[badge.metric](badge.threshold, fmt)}</dd></div>`,
              )}
            </dl>`
        : ''}
    </details>`;
  }
}
