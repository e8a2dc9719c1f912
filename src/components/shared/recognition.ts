import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { AnnounceController } from '../../core/controllers/announce-controller.js';
import type { LocalizeController } from '../../core/controllers/localize-controller.js';
import type { MajlisStore } from '../../core/store.js';
import type { EarnedBadge, RankDefinition, RecognitionRules } from '../../core/types.js';
import { recognitionRules } from '../../core/profiles.js';

interface Named {
  id: string;
  names?: Readonly<Record<string, string>> | undefined;
}

/**
 * The name of a rank or badge: the operator's own for the page's language, else the catalog's for a default id,
 * else the operator's English one, else the id itself.
 */
function nameOf(definition: Named | undefined, id: string, catalog: Readonly<Record<string, string>>, lang: string): string {
  return definition?.names?.[lang] ?? catalog[id] ?? definition?.names?.['en'] ?? id;
}

export function rankName(rank: RankDefinition, localize: LocalizeController): string {
  return nameOf(rank, rank.id, localize.msg.recognition.ranks, localize.lang);
}

export function badgeName(id: string, rules: RecognitionRules | null | undefined, localize: LocalizeController): string {
  return nameOf(rules?.badges.find((badge) => badge.id === id), id, localize.msg.recognition.badges, localize.lang);
}

/** Announces the badges the viewer just earned ("You earned a badge: First solution"), named by the store's rules. */
export function announceBadges(
  badges: readonly EarnedBadge[],
  store: MajlisStore,
  localize: LocalizeController,
  announcer: AnnounceController,
): void {
  void recognitionRules(store)
    .catch(() => null)
    .then((rules) => announcer.announce(badges.map((badge) => localize.msg.recognition.earned(badgeName(badge.id, rules, localize))).join(' ')));
}

const medalIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
  <path d="M8 1.5 9.8 5.2l4 .6-2.9 2.8.7 4L8 10.7l-3.6 1.9.7-4L2.2 5.8l4-.6z" />
</svg>`;

/**
 * A member's earned badges as a compact list: each its localized name, with the date it was earned as a
 * tooltip and as text for screen readers.
 */
export function renderBadges(
  badges: readonly EarnedBadge[] | undefined,
  rules: RecognitionRules | null | undefined,
  localize: LocalizeController,
): TemplateResult | typeof nothing {
  if (!badges?.length) return nothing;
  const { msg } = localize;
  return html`<ul part="badges" class="earned-badges" aria-label=${msg.userCard.badges}>
    ${badges.map((badge) => {
      const earned = msg.recognition.earnedOn(localize.date(badge.awardedAt, { dateStyle: 'long' }));
      return html`<li part="badge" class="earned-badge" title=${earned}>
        ${medalIcon}<span>${badgeName(badge.id, rules, localize)}</span><span class="visually-hidden">, ${earned}</span>
      </li>`;
    })}
  </ul>`;
}

export const badgeStyles = css`
  .earned-badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .earned-badge {
    display: inline-flex;
    align-items: center;
    gap: 0.2em;
    padding-block: 0.05em;
    padding-inline: 0.4em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_subtle);
    font-size: 0.75em;
    line-height: 1.4;
    white-space: nowrap;
  }
  .earned-badge svg {
    inline-size: 0.9em;
    block-size: 0.9em;
    color: light-dark(#8a5a00, #f6c453);
  }
`;
