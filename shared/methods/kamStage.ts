/**
 * A *suggested* key-account relationship stage (METHODS.md section 8; seed 004, Millman and Wilson
 * 1995: pre-KAM, early KAM, mid-KAM, partnership KAM, synergistic KAM, uncoupling KAM).
 *
 * The stage is a manager's judgement. The data can only hint at it, so this is a suggestion shown
 * beside the manager's column, never written over it. Rules, tried in order, first match wins.
 * "Months" are calendar months counted from the first sale's month to the as-of month, both
 * included (so the rules read the same whatever the retention period's grain: with yearly periods
 * and two years of data, "active in at most 2 periods" would call every client early); "the last
 * period" is the retention period of section 2. A client whose first sale falls in the data's
 * first month may have bought before the sheet begins: its relationship is at least that long, so
 * the month rules of pre-KAM and early KAM do not apply to it (on a sheet of six months, every
 * client would otherwise look new). Thresholds in KAM_RULES:
 *
 * 1. uncoupling KAM: the client bought before but not in the last period (seed 004: the stage
 *    comes "when transactions and interactions cease"), or it is a key client of section 6 that is
 *    lost or declining;
 * 2. pre-KAM: its first purchase is within the last 3 months (a prospect still being assessed);
 * 3. early KAM: a relationship of under 12 months, or fewer than 4 orders (trust is still being
 *    built);
 * 4. synergistic KAM: class A, buying for at least 24 months, in every one of the last 12 months,
 *    and a broad assortment: distinct products bought at or above the upper quartile (type 7) of
 *    the class-A clients and at least 2 (needs a product column; without one nobody is suggested
 *    synergistic). The highest stage is rare: among key accounts, only the broadest and steadiest;
 * 5. partnership KAM: class A, buying for at least 24 months, in at least 6 of the last 12 months;
 * 6. mid-KAM: everyone else who is still buying (12 months or more, 4 orders or more).
 * A client with no sale up to the as-of date gets no suggestion.
 */
import type { KamStage } from '../pipeline/types';
import type { MessageKey } from '../i18n/translate';
import type { KeyClientStatus } from './keyClients';

/** The thresholds of the rules above (documented defaults). */
export const KAM_RULES = {
  /** Pre-KAM: first purchase within this many months (the as-of month counts as 1). */
  preKamMaxMonths: 3,
  /** Early KAM: a relationship shorter than this many months... */
  earlyMinRelationshipMonths: 12,
  /** ...or fewer orders than this. */
  earlyMinOrders: 4,
  longRelationshipMonths: 24,
  partnershipMonthsOfLast12: 6,
  synergisticMonthsOfLast12: 12,
  broadAssortmentQuantile: 0.75,
  broadAssortmentMinProducts: 2,
} as const;

export type KamRules = { readonly [K in keyof typeof KAM_RULES]: number };

/** What the rules look at, per client. */
export interface KamEvidence {
  /** Periods with a sale (section 2); 0 = no sale up to the as-of date. */
  readonly periodsActive: number;
  readonly activeInLastPeriod: boolean;
  readonly orders: number;
  readonly abcClass: 'A' | 'B' | 'C' | null;
  /** Section 6 status when the client is a key client, else null. */
  readonly keyClientStatus: KeyClientStatus | null;
  /** Calendar months from the first sale's month to the as-of month, both counted. */
  readonly relationshipMonths: number;
  /** The first sale is in the data's first month: the relationship may be older than the data. */
  readonly mayPredateData: boolean;
  /** Months with a sale among the 12 calendar months ending with the as-of month. */
  readonly monthsActiveOfLast12: number;
  /** Distinct products bought, null without a product column. */
  readonly products: number | null;
  /** The upper-quartile product count of buying clients, null without a product column. */
  readonly broadAssortmentLimit: number | null;
}

/** The suggested stage for one client (rules in the header). */
export function suggestKamStage(e: KamEvidence, rules: KamRules = KAM_RULES): KamStage | null {
  if (e.periodsActive === 0) return null;
  if (!e.activeInLastPeriod || e.keyClientStatus === 'lost' || e.keyClientStatus === 'declining') return 'uncoupling KAM';
  const known = !e.mayPredateData;
  if (known && e.relationshipMonths <= rules.preKamMaxMonths) return 'pre-KAM';
  if ((known && e.relationshipMonths < rules.earlyMinRelationshipMonths) || e.orders < rules.earlyMinOrders) return 'early KAM';
  const long = e.abcClass === 'A' && e.relationshipMonths >= rules.longRelationshipMonths;
  const broad = e.products !== null && e.broadAssortmentLimit !== null &&
    e.products >= Math.max(e.broadAssortmentLimit, rules.broadAssortmentMinProducts);
  if (long && e.monthsActiveOfLast12 >= rules.synergisticMonthsOfLast12 && broad) return 'synergistic KAM';
  if (long && e.monthsActiveOfLast12 >= rules.partnershipMonthsOfLast12) return 'partnership KAM';
  return 'mid-KAM';
}

/** Message key of each stage's name (the English name is the stage's id). */
export const KAM_STAGE_MESSAGES: Readonly<Record<KamStage, MessageKey>> = {
  'pre-KAM': 'history.kamStage.preKam',
  'early KAM': 'history.kamStage.earlyKam',
  'mid-KAM': 'history.kamStage.midKam',
  'partnership KAM': 'history.kamStage.partnershipKam',
  'synergistic KAM': 'history.kamStage.synergisticKam',
  'uncoupling KAM': 'history.kamStage.uncouplingKam',
};

/**
 * True when a stage as a manager typed it means the early stage: "early KAM", "Early", "начальный
 * этап", "початковий" (case and spacing ignored).
 */
export function isEarlyStage(text: string | null): boolean {
  if (text === null) return false;
  const folded = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return folded.startsWith('early') || folded.includes('начальн') || folded.includes('початков');
}
