/**
 * Every option of the analysis with its documented default (METHODS.md marks them **default**),
 * in one place. The panel, the command line and the function help show these values; users
 * override any of them. `resolveOptions` fills what the caller left out.
 */
import type { Lang } from '../i18n/lang';
import type { ColumnRole, DayNumber } from '../table/salesTable';

export type PeriodGrain = 'month' | 'quarter' | 'year';

/** A column chosen by the user: 0-based index, column letter ("C") or header text ("Сумма"). */
export type ColumnChoice = number | string;

/** Kp table (METHODS.md section 1; the article fixes 1.0 for "deferral, never late"). */
export interface PaymentTable {
  readonly prepayment: number;
  readonly onTime: number;
  readonly lateShort: number;
  readonly lateLong: number;
  /** Average days late up to this many is "late short", beyond it "late long". */
  readonly lateDaysLimit: number;
}

/** Kf table by the median interval between orders (the article fixes 0.9 for "monthly"). */
export interface RegularityTable {
  readonly weekly: { readonly maxDays: number; readonly coefficient: number };
  readonly monthly: { readonly maxDays: number; readonly coefficient: number };
  readonly quarterly: { readonly maxDays: number; readonly coefficient: number };
  /** Rarer than quarterly, or a single order. */
  readonly rare: number;
}

/** One RFM segment rule: inclusive score ranges; rules are tried in order, first match wins. */
export interface RfmSegmentRule {
  readonly segment: string;
  readonly recency: readonly [number, number];
  readonly frequency: readonly [number, number];
  readonly monetary: readonly [number, number];
}

export interface ResolvedOptions {
  readonly lang: Lang;
  /** User's column choices; they override the detected mapping role by role. */
  readonly columns: Partial<Record<ColumnRole, ColumnChoice>>;
  /** Excel serial date system of the workbook. */
  readonly dateSystem: 1900 | 1904;
  /** How ambiguous `a/b/yyyy` text is read: the workbook locale's order. */
  readonly slashDateOrder: 'dmy' | 'mdy';
  /**
   * Fill-down (issue 10): a row with a blank client cell but an amount (and a date, when the sheet
   * has dates), under a row with a client or under such rows, takes the client above: the layout
   * of exports that write the client only on the first row of its block. Off by default; when the
   * sheet looks like that, a warning suggests it.
   */
  readonly fillDown: boolean;
  /** Last day of the analysis; null = the last date in the data. */
  readonly asOf: DayNumber | null;
  /**
   * The day the run treats as today (for the "dated after today" check); null = the runtime's
   * clock. Tests and reproducible runs set it.
   */
  readonly today: DayNumber | null;
  /**
   * Keep rows dated after today or far from the rest of the date column (table/unusualDates.ts):
   * false (default) leaves them out of the analysis with a warning naming the rows, so one typo
   * cannot move the as-of day; true keeps them, as the user confirmed they are right.
   */
  readonly keepUnusualDates: boolean;
  /** Turnover unit for Kc: 1 (units), 1000 (thousands), 1e6 (millions). */
  readonly unit: 1 | 1000 | 1000000;
  readonly abc: {
    readonly measure: 'turnover' | 'margin' | 'valueCoefficient';
    /** Cumulative-share limits of A and B, as fractions. */
    readonly thresholds: readonly [number, number];
    /** 'upper': the client whose share crosses a limit stays in the upper class (default). */
    readonly boundary: 'upper' | 'lower';
  };
  readonly xyz: {
    readonly period: PeriodGrain;
    /** Coefficient-of-variation limits of X and Y, as fractions. */
    readonly thresholds: readonly [number, number];
    readonly deviation: 'population' | 'sample';
    /**
     * The as-of day's period when the as-of day is not its last day: 'exclude' (default) ends the
     * series at the last complete period (a partial month would read as a fall in demand);
     * 'include' counts it as a whole period.
     */
    readonly partialPeriod: 'exclude' | 'include';
  };
  readonly payment: PaymentTable;
  readonly regularity: RegularityTable;
  readonly concentration: {
    readonly top1Warning: number;
    readonly hhiWarning: number;
  };
  // Part 2.
  /** Retention / churn period grain; 'auto' = year when the data span two years or more, else quarter. */
  readonly period: PeriodGrain | 'auto';
  /** Churn norm per year (seed 003): 10 %. */
  readonly churnNorm: number;
  readonly keyClients: {
    /** null = class A of the first year; a number = top N of the first year. */
    readonly topN: number | null;
    /** Declining when the last share is at least this fraction below the first. */
    readonly declineThreshold: number;
  };
  readonly rfm: {
    readonly mode: 'quintile' | 'rfm-package';
    readonly segments: readonly RfmSegmentRule[];
  };
  readonly clv: {
    readonly timeUnit: 'day' | 'week' | 'month';
    /** End of the calibration period; null = as-of date. */
    readonly calibrationEnd: DayNumber | null;
    /** Last calibration day of the holdout check (methods/clv/holdout.ts); null = the last quarter of the span is held out. */
    readonly holdoutAfter: DayNumber | null;
    /** Horizon in time units. */
    readonly horizon: number;
    /** Discount rate per year. */
    readonly annualDiscountRate: number;
    /** L2 penalty on the parameters, as in lifetimes (0 = none). */
    readonly penalty: number;
  };
}

/** The R package rfm's example rules (../shared/reference/README.md), our default segments. */
export const DEFAULT_RFM_SEGMENTS: readonly RfmSegmentRule[] = [
  { segment: 'Champions', recency: [5, 5], frequency: [5, 5], monetary: [5, 5] },
  { segment: 'Potential Loyalist', recency: [3, 5], frequency: [3, 5], monetary: [2, 5] },
  { segment: 'Loyal Customers', recency: [2, 4], frequency: [2, 4], monetary: [2, 4] },
  { segment: 'Promising', recency: [3, 4], frequency: [1, 3], monetary: [3, 5] },
  { segment: 'New Customers', recency: [4, 5], frequency: [1, 3], monetary: [1, 5] },
  { segment: "Can't Lose Them", recency: [1, 2], frequency: [3, 4], monetary: [4, 5] },
  { segment: 'At Risk', recency: [1, 2], frequency: [2, 5], monetary: [4, 5] },
  { segment: 'Need Attention', recency: [1, 3], frequency: [3, 5], monetary: [3, 5] },
  { segment: 'About To Sleep', recency: [2, 3], frequency: [1, 3], monetary: [1, 4] },
  { segment: 'Lost', recency: [1, 1], frequency: [1, 5], monetary: [1, 5] },
];

export const DEFAULT_OPTIONS: ResolvedOptions = {
  lang: 'en',
  columns: {},
  dateSystem: 1900,
  slashDateOrder: 'dmy',
  fillDown: false,
  asOf: null,
  today: null,
  keepUnusualDates: false,
  unit: 1,
  abc: { measure: 'turnover', thresholds: [0.8, 0.95], boundary: 'upper' },
  xyz: { period: 'month', thresholds: [0.1, 0.25], deviation: 'population', partialPeriod: 'exclude' },
  payment: { prepayment: 1.1, onTime: 1.0, lateShort: 0.8, lateLong: 0.6, lateDaysLimit: 15 },
  regularity: {
    weekly: { maxDays: 10, coefficient: 1.0 },
    monthly: { maxDays: 40, coefficient: 0.9 },
    quarterly: { maxDays: 100, coefficient: 0.7 },
    rare: 0.5,
  },
  concentration: { top1Warning: 0.2, hhiWarning: 0.25 },
  period: 'auto',
  churnNorm: 0.1,
  keyClients: { topN: null, declineThreshold: 0.2 },
  rfm: { mode: 'quintile', segments: DEFAULT_RFM_SEGMENTS },
  clv: { timeUnit: 'week', calibrationEnd: null, holdoutAfter: null, horizon: 52, annualDiscountRate: 0.1, penalty: 0 },
};

/** Options as callers give them: any part may be left out. */
export type AnalysisOptions = {
  readonly [K in keyof ResolvedOptions]?: ResolvedOptions[K] extends readonly unknown[]
    ? ResolvedOptions[K]
    : ResolvedOptions[K] extends object ? Partial<ResolvedOptions[K]> : ResolvedOptions[K];
};

/** Defaults filled in, one level deep (each group is merged field by field). */
export function resolveOptions(options: AnalysisOptions = {}): ResolvedOptions {
  const merged: Record<string, unknown> = { ...DEFAULT_OPTIONS };
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined) continue;
    const base = (DEFAULT_OPTIONS as unknown as Record<string, unknown>)[name];
    merged[name] = isPlainGroup(base) && isPlainGroup(value) ? { ...base, ...value } : value;
  }
  return merged as unknown as ResolvedOptions;
}

function isPlainGroup(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
