/**
 * What `analyzeSales` returns: the client table, the summary and the skipped rows, with the options
 * actually used. Hosts, the command line and the panel read only this (and the function catalogue).
 *
 * Days are day numbers (see table/salesTable.ts); `null` means "not available" (no date column, no
 * plan, a fit that did not converge...). Messages are kept as keys so that every host can render
 * them in its own language; `toJson` renders them.
 */
import type { Message } from '../i18n/translate';
import type { DayNumber, SkippedRow, CellNote, ColumnMapping } from '../table/salesTable';
import type { ResolvedOptions } from './options';
import type { HoldoutCheck } from '../methods/clv/holdout';
import type { ClassMigration } from '../methods/classHistory';
import type { KcFall, KcPeriodRow } from '../methods/kcTrend';
import type { ClvSummary } from '../methods/clv/lifetimeValue';
import type { PlanSkippedRow } from '../table/readPlan';

export type AbcClass = 'A' | 'B' | 'C';
export type XyzClass = 'X' | 'Y' | 'Z';
export type ClientStatus = 'new' | 'permanent' | 'returning' | 'lost';
export type KamStage = 'pre-KAM' | 'early KAM' | 'mid-KAM' | 'partnership KAM' | 'synergistic KAM' | 'uncoupling KAM';

/** One row of the client table. Part 1 fields are always present; later parts add theirs. */
export interface ClientRow {
  /** Display name: the first spelling seen. */
  readonly client: string;
  /** Normalised key (trimmed, collapsed, case- and quote-folded). */
  readonly key: string;
  /** Net turnover: sales minus returns. */
  readonly turnover: number;
  /** Returns and credit notes, as a positive amount. */
  readonly returns: number;
  /** Distinct order ids, else distinct sale days (returns are not orders). */
  readonly orders: number;
  readonly firstPurchase: DayNumber | null;
  readonly lastPurchase: DayNumber | null;
  /** Calendar months with at least one sale. */
  readonly activeMonths: number;
  /** Sum of the margin column, when the sheet has one. */
  readonly margin: number | null;
  /** 1-based rank by the ABC measure. */
  readonly rank: number;
  /** Share of the ABC measure total (a fraction), and cumulative share down to this client. */
  readonly share: number;
  readonly cumulativeShare: number;
  readonly abcClass: AbcClass;
  /** Coefficient of variation of turnover per XYZ period (a fraction), null without dates. */
  readonly variation: number | null;
  readonly xyzClass: XyzClass | null;
  readonly abcXyz: `${AbcClass}${XyzClass}` | null;
  /** Kp, Kf, Kc of METHODS.md section 1; Kc is in the chosen turnover unit. */
  readonly paymentCoefficient: number;
  readonly paymentBasis: 'data' | 'column' | 'default';
  readonly regularityCoefficient: number;
  /** Median days between a client's orders, null with fewer than two orders. */
  readonly medianOrderInterval: number | null;
  readonly valueCoefficient: number;

  // Part 2: history (METHODS.md sections 2, 5, 6, 8, 9).
  readonly status?: ClientStatus | null;
  readonly periodsActive?: number;
  readonly volumeFulfilment?: number | null;
  readonly assortmentFulfilment?: number | null;
  readonly paymentTimeliness?: number | null;
  readonly averageDaysLate?: number | null;
  /** Why a plan/fact value is empty (no plan, zero plan...). */
  readonly planFactNote?: Message | null;
  readonly kamStage?: string | null;
  readonly suggestedKamStage?: KamStage | null;
  readonly recencyDays?: number | null;
  readonly recencyScore?: number | null;
  readonly frequencyScore?: number | null;
  readonly monetaryScore?: number | null;
  readonly rfmScore?: number | null;
  readonly rfmSegment?: string | null;
  /** ABC class per period, oldest first, '-' where the client had no turnover: "A A B -" (methods/classHistory.ts). */
  readonly classHistory?: string | null;
  /** Kc in the last two complete periods and its change (methods/kcTrend.ts). */
  readonly kcPrevious?: number | null;
  readonly kcLast?: number | null;
  readonly kcChange?: number | null;

  // Customer lifetime value (METHODS.md section 9; Fader, Hardie and Lee 2005).
  readonly repeatFrequency?: number | null;
  readonly repeatRecency?: number | null;
  readonly age?: number | null;
  readonly pAlive?: number | null;
  readonly expectedPurchases?: number | null;
  readonly expectedSpend?: number | null;
  readonly clv?: number | null;
}

export interface AbcClassSummary {
  readonly abcClass: AbcClass;
  readonly clients: number;
  readonly clientShare: number;
  readonly measure: number;
  readonly measureShare: number;
}

export interface AbcXyzCell {
  readonly cell: `${AbcClass}${XyzClass}`;
  readonly clients: number;
  readonly turnover: number;
}

export interface Concentration {
  readonly top1Share: number;
  readonly top5Share: number;
  readonly hhi: number;
  readonly top1Client: string | null;
}

export interface Warning {
  readonly code: string;
  readonly message: Message;
}

export interface PeriodRow {
  readonly period: string;
  readonly start: DayNumber;
  readonly end: DayNumber;
  readonly active: number;
  readonly new: number;
  readonly returning: number;
  readonly lost: number;
  readonly permanent: number;
  readonly retentionRate: number | null;
  readonly churnRate: number | null;
  readonly commitment: number | null;
}

export interface KeyClientRow {
  readonly client: string;
  readonly years: readonly number[];
  readonly shares: readonly number[];
  readonly status: 'lost' | 'declining' | 'stable';
}

export interface Summary {
  readonly rowsUsed: number;
  readonly rowsSkipped: number;
  readonly clients: number;
  readonly turnover: number;
  readonly returns: number;
  readonly firstDay: DayNumber | null;
  readonly lastDay: DayNumber | null;
  readonly asOf: DayNumber | null;
  readonly abc: {
    readonly measure: ResolvedOptions['abc']['measure'];
    readonly classes: readonly AbcClassSummary[];
    /** Clients whose measure is zero or negative (always class C). */
    readonly zeroOrNegative: number;
  };
  /** The 3 × 3 ABC-XYZ matrix, null without dates. */
  readonly abcXyz: readonly AbcXyzCell[] | null;
  readonly concentration: Concentration;
  readonly warnings: readonly Warning[];

  // Part 2.
  readonly period?: 'month' | 'quarter' | 'year';
  readonly periods?: readonly PeriodRow[];
  readonly churnReasons?: readonly { reason: string; clients: number; share: number }[] | null;
  /** The article's reference shares of churn reasons (seed 003), shown beside `churnReasons`. */
  readonly churnReasonReference?: readonly { readonly reason: Message; readonly share: number }[] | null;
  /** Lost clients whose rows name no reason (not in `churnReasons`' shares), null without a reason column. */
  readonly churnReasonsUnstated?: number | null;
  readonly keyClients?: readonly KeyClientRow[];
  readonly rfm?: { readonly mode: 'quintile' | 'rfm-package'; readonly segments: readonly { segment: string; clients: number }[] };

  // Customer lifetime value: fitted parameters, log-likelihoods, time unit, horizon, calibration end,
  // status and notes (its warnings are in `warnings` above).
  readonly clv?: Omit<ClvSummary, 'warnings'>;
  /** Periods of the class history, and the ABC migration between the last two complete ones (methods/classHistory.ts). */
  readonly classHistory?: { readonly periods: readonly string[]; readonly lastIsPartial: boolean; readonly migration: ClassMigration | null } | null;
  /** Kc of the client base per period, and its fall, if any (methods/kcTrend.ts). */
  readonly kcTrend?: { readonly periods: readonly KcPeriodRow[]; readonly fall: KcFall | null } | null;
  /** Does the purchase model hold on this sheet: the calibration/holdout check (methods/clv/holdout.ts). */
  readonly holdout?: HoldoutCheck;
}

export interface Analysis {
  readonly clients: readonly ClientRow[];
  readonly summary: Summary;
  readonly skipped: readonly SkippedRow[];
  readonly notes: readonly CellNote[];
  readonly mapping: ColumnMapping;
  readonly headers: readonly string[];
  readonly options: ResolvedOptions;
  /** The plan table, when one was given (a second input): rows used, header row, rows skipped with their reasons. */
  readonly planTable?: {
    readonly rowsUsed: number;
    readonly headerRow: number;
    readonly skipped: readonly PlanSkippedRow[];
  };
}
