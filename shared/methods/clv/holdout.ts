/**
 * Does the purchase model hold on this sheet? The calibration/holdout check of the BTYD
 * literature (Fader, Hardie and Lee 2005, section 4; the BTYD walkthrough's "conditional
 * expectation" table): fit the BG/NBD on the purchases up to a calibration end, predict each
 * client's purchases in the rest of the data (the holdout), and compare with what clients did.
 *
 * - Clients: those with a purchase on or before the calibration end (as in repeatSummary.ts).
 * - Actual holdout purchases: the client's purchase days after the calibration end, up to the
 *   holdout end, counted as the repeat summary counts them (one a day; a return is none).
 * - Expected: E[Y(t*) | x, t_x, T] of the calibration fit, t* = holdout length in time units.
 * - The table bins clients by calibration repeat purchases x = 0, 1, …, censor−1 and censor+ (7+),
 *   with the mean actual and mean expected holdout purchases per bin; the totals and the mean
 *   absolute error per client are over all clients.
 *
 * Calibration end: the option `holdoutAfter`, else the CLV calibration end when it is before the
 * holdout end, else the last quarter of the data's span is held out (first purchase day + 75 % of
 * the span to the holdout end, rounded down). The check is "off" when the expected total
 * differs from the actual total by more than HOLDOUT_MARGIN of the actual.
 *
 * Example (weeks): client A buys on days 0, 7, 14 and 35, calibration end day 21, holdout end 42:
 * x = 2, t_x = 2, T = 3, one actual holdout purchase, t* = 3 weeks.
 */
import type { DayNumber } from '../../table/salesTable';
import { bgNbdExpectedPurchases, fitBgNbd, type BgNbdParams } from './bgnbd';
import { DAYS_PER_UNIT, repeatSummary, type PurchaseColumns, type TimeUnit } from './repeatSummary';

/** The share of the actual total the expected total may miss by before the check warns. */
export const HOLDOUT_MARGIN = 0.2;
/** Calibration repeat purchases of the last bin ("7+"). */
export const HOLDOUT_CENSOR = 7;
/** Fewer repeat customers in the calibration period than this, and no check is made. */
export const HOLDOUT_MIN_REPEAT_CUSTOMERS = 10;

export interface HoldoutBin {
  /** Calibration repeat purchases; the last bin holds this many or more (`orMore`). */
  readonly purchases: number;
  readonly orMore: boolean;
  readonly clients: number;
  readonly actualMean: number;
  readonly expectedMean: number;
}

export type HoldoutStatus = 'ok' | 'noDates' | 'noHoldout' | 'tooFewRepeatCustomers' | 'purchaseModelFailed';

export interface HoldoutCheck {
  readonly status: HoldoutStatus;
  readonly timeUnit: TimeUnit;
  readonly calibrationEnd: DayNumber | null;
  readonly holdoutEnd: DayNumber | null;
  /** t*: the holdout's length in time units. */
  readonly holdoutLength: number;
  readonly clients: number;
  readonly params: BgNbdParams | null;
  readonly bins: readonly HoldoutBin[];
  readonly actualTotal: number;
  readonly expectedTotal: number;
  readonly meanAbsoluteError: number;
  /** True when |expected − actual| > HOLDOUT_MARGIN × actual. */
  readonly off: boolean;
}

export interface HoldoutOptions {
  readonly timeUnit: TimeUnit;
  /** Last day of the calibration; null: the last quarter of the span is held out. */
  readonly calibrationEnd: DayNumber | null;
  /** Last day of the holdout (the as-of day). */
  readonly holdoutEnd: DayNumber | null;
  readonly penalty?: number;
  /** Check these parameters instead of fitting them (e.g. published ones). */
  readonly params?: BgNbdParams;
}

/**
 * The check's calibration end from the options: `holdoutAfter` when given; else the CLV
 * calibration end when it falls before the holdout end (the sales after it are then the holdout,
 * as in the BTYD walkthrough); else null (the last quarter of the span).
 */
export function holdoutCalibrationEnd(
  options: { readonly holdoutAfter: DayNumber | null; readonly calibrationEnd: DayNumber | null }, holdoutEnd: DayNumber | null,
): DayNumber | null {
  if (options.holdoutAfter !== null) return options.holdoutAfter;
  if (options.calibrationEnd !== null && holdoutEnd !== null && options.calibrationEnd < holdoutEnd) return options.calibrationEnd;
  return null;
}

/** First purchase day + 75 % of the span to `holdoutEnd`, rounded down. */
export function defaultCalibrationEnd(day: ArrayLike<number>, holdoutEnd: DayNumber): DayNumber | null {
  let first = Infinity;
  for (let i = 0; i < day.length; i++) if (day[i] <= holdoutEnd && day[i] < first) first = day[i];
  if (!Number.isFinite(first)) return null;
  return first + Math.floor(0.75 * (holdoutEnd - first));
}

export function holdoutCheck(input: PurchaseColumns, options: HoldoutOptions): HoldoutCheck {
  const { timeUnit, holdoutEnd } = options;
  const empty = (status: HoldoutStatus, calibrationEnd: DayNumber | null = null): HoldoutCheck => ({
    status, timeUnit, calibrationEnd, holdoutEnd, holdoutLength: 0, clients: 0, params: null, bins: [],
    actualTotal: 0, expectedTotal: 0, meanAbsoluteError: 0, off: false,
  });
  if (holdoutEnd === null) return empty('noDates');
  const calibrationEnd = options.calibrationEnd ?? defaultCalibrationEnd(input.day, holdoutEnd);
  if (calibrationEnd === null) return empty('noDates');
  if (calibrationEnd >= holdoutEnd) return empty('noHoldout', calibrationEnd);
  const summary = repeatSummary(input, { timeUnit, calibrationEnd });
  if (summary.repeatCustomers < HOLDOUT_MIN_REPEAT_CUSTOMERS) return empty('tooFewRepeatCustomers', calibrationEnd);
  let fit: BgNbdParams;
  if (options.params) {
    fit = options.params;
  } else {
    const fitted = fitBgNbd(summary, { penalty: options.penalty ?? 0 });
    if (!fitted.converged) return empty('purchaseModelFailed', calibrationEnd);
    fit = fitted;
  }

  const actual = holdoutPurchases(input, calibrationEnd, holdoutEnd);
  const holdoutLength = (holdoutEnd - calibrationEnd) / DAYS_PER_UNIT[timeUnit];
  const sums = Array.from({ length: HOLDOUT_CENSOR + 1 }, () => ({ clients: 0, actual: 0, expected: 0 }));
  let actualTotal = 0;
  let expectedTotal = 0;
  let absoluteError = 0;
  for (let client = 0; client < input.clientCount; client++) {
    if (!summary.included[client]) continue;
    const x = summary.frequency[client];
    const expected = bgNbdExpectedPurchases(fit, holdoutLength, x, summary.recency[client], summary.T[client]);
    const bin = sums[Math.min(HOLDOUT_CENSOR, x)];
    bin.clients++;
    bin.actual += actual[client];
    bin.expected += expected;
    actualTotal += actual[client];
    expectedTotal += expected;
    absoluteError += Math.abs(expected - actual[client]);
  }
  const bins = sums.map((bin, purchases): HoldoutBin => ({
    purchases, orMore: purchases === HOLDOUT_CENSOR, clients: bin.clients,
    actualMean: bin.clients > 0 ? bin.actual / bin.clients : 0,
    expectedMean: bin.clients > 0 ? bin.expected / bin.clients : 0,
  }));
  return {
    status: 'ok', timeUnit, calibrationEnd, holdoutEnd, holdoutLength, clients: summary.includedClients,
    params: { r: fit.r, alpha: fit.alpha, a: fit.a, b: fit.b }, bins, actualTotal, expectedTotal,
    meanAbsoluteError: summary.includedClients > 0 ? absoluteError / summary.includedClients : 0,
    off: actualTotal > 0 && Math.abs(expectedTotal - actualTotal) > HOLDOUT_MARGIN * actualTotal,
  };
}

/**
 * Per client, the purchase days in (calibrationEnd, holdoutEnd], counted as the repeat summary
 * counts them: one a day, a $0 row still a purchase, a negative row (a return) none.
 */
function holdoutPurchases(input: PurchaseColumns, calibrationEnd: DayNumber, holdoutEnd: DayNumber): Float64Array {
  const seen = new Set<number>();
  const span = holdoutEnd - calibrationEnd + 1;
  const purchases = new Float64Array(input.clientCount);
  for (let row = 0; row < input.day.length; row++) {
    const day = input.day[row];
    if (!(day > calibrationEnd && day <= holdoutEnd) || !(input.amount[row] >= 0)) continue;
    const key = input.client[row] * span + (day - calibrationEnd);
    if (seen.has(key)) continue;
    seen.add(key);
    purchases[input.client[row]]++;
  }
  return purchases;
}
