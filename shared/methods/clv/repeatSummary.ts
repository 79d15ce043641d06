/**
 * The repeat-purchase summary per client that BG/NBD and Gamma-Gamma are fitted on: frequency x,
 * recency t_x, age T and mean repeat spend (Fader, Hardie and Lee 2005, "Counting your customers
 * the easy way", section 2; the rules of lifetimes' `summary_data_from_transaction_data`, as
 * written down in ../shared/reference/README.md).
 *
 * Rules, for the purchases on or before the calibration end:
 * - all purchases of a client on one calendar day are one purchase (amounts summed); a $0 row is
 *   still a purchase;
 * - frequency = distinct purchase days − 1 (the repeat purchases);
 * - recency = last purchase day − first purchase day, in time units: the client's AGE AT THE LAST
 *   PURCHASE. This is not RFM's recency (days since the last purchase): a client who bought often
 *   and recently has a LARGE recency here;
 * - T (age) = calibration end − first purchase day, in time units;
 * - monetary value = mean spend per repeat purchase day (the first purchase day excluded), 0 for a
 *   client with no repeat purchase;
 * - a negative row (a return, a credit note) is not a purchase: its amount reduces the spend of the
 *   client's latest purchase day on or before it (the purchase it most likely returns); a return
 *   dated before any purchase of the client is ignored and counted;
 * - time units: day = 1 day, week = 7 days, month = 365.25 / 12 = 30.4375 days (the mean Gregorian
 *   month, so that 12 months are one year);
 * - clients with no purchase on or before the calibration end are not in the model: `included` is 0
 *   and their values are NaN.
 *
 * Example (weeks, calibration end day 28): client 0 buys on days 0, 0 (10 + 5), 7 (20) and 14 (40)
 * → frequency 2, recency 2, T 4, monetary value 30; client 1 buys once on day 21 → 0, 0, 1, 0;
 * client 2 first buys on day 35 → not included.
 */
import type { DayNumber } from '../../table/salesTable';
import { ClientValueError } from '../../errors';

export type TimeUnit = 'day' | 'week' | 'month';

/** Days in one time unit (a month is the mean Gregorian month, 365.25 / 12 days). */
export const DAYS_PER_UNIT: Readonly<Record<TimeUnit, number>> = {
  day: 1,
  week: 7,
  month: 365.25 / 12,
};

/** The sales rows the summary reads: parallel columns, one entry per sales row. */
export interface PurchaseColumns {
  /** Per row, the client index (0 ≤ client < clientCount). */
  readonly client: Int32Array;
  /** Per row, the sale day (NaN rows are not used). */
  readonly day: Float64Array;
  /** Per row, the signed amount (negative = return). */
  readonly amount: Float64Array;
  readonly clientCount: number;
}

export interface RepeatSummaryOptions {
  readonly timeUnit: TimeUnit;
  /** Last day of the calibration period (inclusive). */
  readonly calibrationEnd: DayNumber;
}

/** Per client, aligned with the client index; NaN where `included` is 0. */
export interface RepeatSummary {
  readonly timeUnit: TimeUnit;
  readonly calibrationEnd: DayNumber;
  readonly clientCount: number;
  /** 1 when the client bought on or before the calibration end. */
  readonly included: Uint8Array;
  /** Repeat purchase days (distinct purchase days − 1). */
  readonly frequency: Float64Array;
  /** Age at the last purchase (last − first purchase), NOT days since the last purchase. */
  readonly recency: Float64Array;
  /** Age at the calibration end (calibration end − first purchase). */
  readonly T: Float64Array;
  /** Mean spend per repeat purchase day; 0 without a repeat purchase. */
  readonly monetaryValue: Float64Array;
  /** First purchase day (a day number), NaN when not included. */
  readonly firstPurchase: Float64Array;
  readonly includedClients: number;
  readonly repeatCustomers: number;
  /** Return rows whose amount was taken off an earlier purchase day. */
  readonly returnsNetted: number;
  /** Return rows dated before the client's first purchase, ignored. */
  readonly returnsIgnored: number;
}

export function repeatSummary(input: PurchaseColumns, options: RepeatSummaryOptions): RepeatSummary {
  const { client, day, amount, clientCount } = input;
  const { timeUnit, calibrationEnd } = options;
  const unitDays = DAYS_PER_UNIT[timeUnit];
  if (unitDays === undefined) throw new ClientValueError('clv.error.badTimeUnit', { value: String(timeUnit) });
  if (!Number.isFinite(calibrationEnd)) throw new ClientValueError('clv.error.noCalibrationEnd');
  const rowCount = client.length;

  // Bucket the purchase days (rows with amount ≥ 0 up to the calibration end) by client.
  const offsets = new Int32Array(clientCount + 1);
  for (let row = 0; row < rowCount; row++) {
    if (isPurchase(day[row], amount[row], calibrationEnd)) offsets[client[row] + 1]++;
  }
  for (let c = 0; c < clientCount; c++) offsets[c + 1] += offsets[c];
  const days = new Float64Array(offsets[clientCount]);
  const spend = new Float64Array(offsets[clientCount]);
  const fill = offsets.slice(0, clientCount);
  for (let row = 0; row < rowCount; row++) {
    if (isPurchase(day[row], amount[row], calibrationEnd)) days[fill[client[row]]++] = day[row];
  }

  // Per client: sort its days, merge equal days in place; the client's distinct days then occupy
  // days[offsets[c] .. offsets[c] + distinct[c]).
  const distinct = new Int32Array(clientCount);
  for (let c = 0; c < clientCount; c++) {
    const from = offsets[c];
    const to = offsets[c + 1];
    if (to === from) continue;
    days.subarray(from, to).sort();
    let kept = from;
    for (let k = from + 1; k < to; k++) if (days[k] !== days[kept]) days[++kept] = days[k];
    distinct[c] = kept - from + 1;
  }

  // Amounts to purchase days: a sale to its own day, a return to the latest day on or before it.
  let returnsNetted = 0;
  let returnsIgnored = 0;
  for (let row = 0; row < rowCount; row++) {
    const d = day[row];
    if (!(d <= calibrationEnd)) continue;
    const c = client[row];
    const slot = latestDayAtOrBefore(days, offsets[c], distinct[c], d);
    const value = amount[row];
    if (slot < 0) { if (value < 0) returnsIgnored++; continue; }
    if (value < 0) returnsNetted++;
    spend[slot] += value;
  }

  const included = new Uint8Array(clientCount);
  const frequency = new Float64Array(clientCount).fill(NaN);
  const recency = new Float64Array(clientCount).fill(NaN);
  const T = new Float64Array(clientCount).fill(NaN);
  const monetaryValue = new Float64Array(clientCount).fill(NaN);
  const firstPurchase = new Float64Array(clientCount).fill(NaN);
  let includedClients = 0;
  let repeatCustomers = 0;
  for (let c = 0; c < clientCount; c++) {
    const count = distinct[c];
    if (count === 0) continue;
    const from = offsets[c];
    const first = days[from];
    const last = days[from + count - 1];
    included[c] = 1;
    includedClients++;
    frequency[c] = count - 1;
    recency[c] = (last - first) / unitDays;
    T[c] = (calibrationEnd - first) / unitDays;
    firstPurchase[c] = first;
    let repeatSpend = 0;
    for (let k = from + 1; k < from + count; k++) repeatSpend += spend[k];
    monetaryValue[c] = count > 1 ? repeatSpend / (count - 1) : 0;
    if (count > 1) repeatCustomers++;
  }
  return {
    timeUnit, calibrationEnd, clientCount, included, frequency, recency, T, monetaryValue,
    firstPurchase, includedClients, repeatCustomers, returnsNetted, returnsIgnored,
  };
}

function isPurchase(day: number, amount: number, calibrationEnd: number): boolean {
  return day <= calibrationEnd && amount >= 0;
}

/** Index of the latest of the sorted `count` days from `from` that is ≤ `day`, or −1. */
function latestDayAtOrBefore(days: Float64Array, from: number, count: number, day: number): number {
  let low = 0;
  let high = count - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (days[from + middle] <= day) { found = from + middle; low = middle + 1; } else high = middle - 1;
  }
  return found;
}
