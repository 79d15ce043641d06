/**
 * The client table: per client totals of the sales table (METHODS.md section 0 and the
 * "Client table" list of issue 2), the base every method builds on.
 *
 * Rules:
 * - turnover is net: the sum of all the client's amounts (returns are negative rows);
 * - returns is the sum of the negative amounts, as a positive number;
 * - a *sale* is a row with a positive amount; returns and zero rows are not orders;
 * - orders = distinct order ids over the client's sales when the sheet has an order id column
 *   (a sale with a blank order id counts by its sale day, as below); without that column,
 *   distinct sale days; without dates either, the number of sale rows;
 * - first / last purchase = first / last sale day; active months = calendar months with a sale;
 * - median order interval = median of the gaps between consecutive distinct sale days (two orders
 *   on the same day are one visit, so they do not make a client look "weekly");
 * - margin = sum of the margin column (blank cells ignored), when the sheet has one.
 *
 * Sums are compensated (Neumaier's variant of Kahan summation, `addCompensated`): a plain float sum
 * of decimal amounts depends on the order of the rows in its last bit (170.12 or
 * 170.11999999999998), and two clients equal in money could then swap rank and ABC class. The
 * compensated sum is the exactly rounded total for any ordinary sheet, whatever the row order.
 *
 * Columnar: one entry per client, indexed as `table.clients`; NaN where a value does not exist.
 * One pass over the rows for the sums, then one pass per client over its own rows, grouped by two
 * counting sorts (by day, then by client) so that no comparison sort runs; no object per row.
 */
import type { SalesTable } from '../table/salesTable';
import { monthIndex } from '../table/dates';
import { addCompensated, compensatedTotal } from './compensatedSum';

/**
 * Rows grouped by client: the rows of client c are positions `start[c] .. start[c + 1] - 1`, in day
 * order (rows without a day first), ties in sheet order. `rows[i]` is the table row at position i;
 * `amount[i]`, `day[i]` and `orderCode[i]` are copies of its amount, day and order id code, so
 * that the per-client passes read memory in order.
 */
export interface ClientRows {
  readonly rows: Int32Array;
  readonly start: Int32Array;
  readonly amount: Float64Array;
  readonly day: Float64Array;
  /** Copies of the order id codes, when the table has an order id column. */
  readonly orderCode: Int32Array | null;
  /** The earliest day of the table (NaN without dates); `dayOffset(day) = day - firstDay`. */
  readonly firstDay: number;
  /** Days from the earliest to the latest day, inclusive (0 without dates). */
  readonly daySpan: number;
}

export interface ClientTotals {
  readonly clientCount: number;
  readonly turnover: Float64Array;
  readonly returns: Float64Array;
  readonly orders: Int32Array;
  /** First and last sale day, NaN without dates or without any sale. */
  readonly firstPurchase: Float64Array;
  readonly lastPurchase: Float64Array;
  readonly activeMonths: Int32Array;
  /** Median days between distinct sale days, NaN with fewer than two. */
  readonly medianOrderInterval: Float64Array;
  /** Sum of the margin column, null when the sheet has none. */
  readonly margin: Float64Array | null;
  readonly byClient: ClientRows;
}

/**
 * Two counting sorts, linear in rows + days + clients (no comparison sort): first by day, then,
 * stably, by client. A client's rows then come in day order, so its distinct days, gaps and
 * months are found in one streaming pass.
 */
export function groupRowsByClient(table: SalesTable): ClientRows {
  const { rowCount, day, client, amount } = table;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let row = 0; row < rowCount; row++) {
    const d = day[row];
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
  }
  const daySpan = firstDay === Infinity ? 0 : lastDay - firstDay + 1;

  // Pass 1: by day. Sheets are usually kept in date order: then the rows already are.
  let dayRow: Int32Array;
  let dayClient: Int32Array;
  let dayAmount: Float64Array;
  let dayDay: Float64Array;
  const codes = table.orderId?.codes;
  let dayCode: Int32Array | null;
  if (isInDayOrder(day, rowCount)) {
    dayRow = new Int32Array(rowCount);
    for (let row = 0; row < rowCount; row++) dayRow[row] = row;
    dayClient = client;
    dayAmount = amount;
    dayDay = day;
    dayCode = codes ?? null;
  } else {
    // Bucket 0 holds rows without a day; bucket k > 0 the day firstDay + k - 1. Rows are read in
    // order and written to their bucket with their client, amount, day and order id code.
    dayRow = new Int32Array(rowCount);
    dayClient = new Int32Array(rowCount);
    dayAmount = new Float64Array(rowCount);
    dayDay = new Float64Array(rowCount);
    dayCode = codes ? new Int32Array(rowCount) : null;
    const dayStart = new Int32Array(daySpan + 2);
    const bucket = (d: number) => (d === d && daySpan > 0 ? d - firstDay + 1 : 0);
    for (let row = 0; row < rowCount; row++) dayStart[bucket(day[row]) + 1]++;
    for (let k = 0; k <= daySpan; k++) dayStart[k + 1] += dayStart[k];
    for (let row = 0; row < rowCount; row++) {
      const d = day[row];
      const at = dayStart[bucket(d)]++;
      dayRow[at] = row;
      dayClient[at] = client[row];
      dayAmount[at] = amount[row];
      dayDay[at] = d;
      if (dayCode && codes) dayCode[at] = codes[row];
    }
  }

  // Pass 2: stably by client.
  const clientCount = table.clients.length;
  const start = new Int32Array(clientCount + 1);
  for (let row = 0; row < rowCount; row++) start[client[row] + 1]++;
  for (let c = 0; c < clientCount; c++) start[c + 1] += start[c];
  const next = start.slice(0, clientCount);
  const rows = new Int32Array(rowCount);
  const groupedAmount = new Float64Array(rowCount);
  const groupedDay = new Float64Array(rowCount);
  const orderCode = dayCode ? new Int32Array(rowCount) : null;
  for (let i = 0; i < rowCount; i++) {
    const at = next[dayClient[i]]++;
    rows[at] = dayRow[i];
    groupedAmount[at] = dayAmount[i];
    groupedDay[at] = dayDay[i];
    if (orderCode && dayCode) orderCode[at] = dayCode[i];
  }
  return { rows, start, amount: groupedAmount, day: groupedDay, orderCode, firstDay: daySpan > 0 ? firstDay : NaN, daySpan };
}

/** True when rows without a day come first and the days never decrease (the order pass 1 makes). */
function isInDayOrder(day: Float64Array, rowCount: number): boolean {
  for (let row = 1; row < rowCount; row++) {
    const previous = day[row - 1];
    const current = day[row];
    if (current !== current) {
      if (previous === previous) return false; // a row without a day after a dated row
    } else if (current < previous) {
      return false;
    }
  }
  return true;
}

/**
 * A lookup from day offset (day - firstDay) to a period counter, so that the per-row work is an
 * array read instead of calendar arithmetic.
 */
export function periodByDayOffset(byClient: ClientRows, period: (day: number) => number): Int32Array {
  const table = new Int32Array(byClient.daySpan);
  for (let offset = 0; offset < byClient.daySpan; offset++) table[offset] = period(byClient.firstDay + offset);
  return table;
}

/** Median of the first `length` values of `values` (reordered in place; linear time). NaN when empty. */
export function medianInPlace(values: Float64Array, length: number): number {
  if (length === 0) return NaN;
  const middle = length >> 1;
  const upper = selectInPlace(values, length, middle);
  if (length % 2 === 1) return upper;
  // The lower middle is the largest value left of the upper middle after selection.
  let lower = -Infinity;
  for (let i = 0; i < middle; i++) if (values[i] > lower) lower = values[i];
  return (lower + upper) / 2;
}

/** The k-th smallest of the first `length` values (Hoare's quickselect, middle pivot). */
function selectInPlace(values: Float64Array, length: number, k: number): number {
  let left = 0;
  let right = length - 1;
  while (left < right) {
    const pivot = values[(left + right) >> 1];
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const swap = values[i]; values[i] = values[j]; values[j] = swap;
        i++; j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k];
}

/**
 * Median interval in days between consecutive distinct order days (plain-array entry point).
 * `orderIntervalMedian([0, 31, 59, 90])` → 31 (gaps 31, 28, 31). Null with fewer than two days.
 */
export function orderIntervalMedian(days: readonly number[]): number | null {
  const sorted = Float64Array.from(days.filter((day) => Number.isFinite(day))).sort();
  const gaps = new Float64Array(sorted.length);
  let gapCount = 0;
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] !== sorted[i - 1]) gaps[gapCount++] = sorted[i] - sorted[i - 1];
  }
  const median = medianInPlace(gaps, gapCount);
  return Number.isNaN(median) ? null : median;
}

/** Aggregate the sales table per client. */
export function aggregateClients(table: SalesTable, byClient: ClientRows = groupRowsByClient(table)): ClientTotals {
  const clientCount = table.clients.length;
  const { amount, client } = table;
  const turnover = new Float64Array(clientCount);
  const turnoverError = new Float64Array(clientCount);
  const returns = new Float64Array(clientCount);
  const returnsError = new Float64Array(clientCount);
  const marginColumn = table.margin;
  const margin = marginColumn ? new Float64Array(clientCount) : null;
  const marginError = marginColumn ? new Float64Array(clientCount) : null;

  for (let row = 0; row < table.rowCount; row++) {
    const c = client[row];
    const value = amount[row];
    addCompensated(turnover, turnoverError, c, value);
    if (value < 0) addCompensated(returns, returnsError, c, -value);
    if (margin && marginError && marginColumn) {
      const m = marginColumn[row];
      if (!Number.isNaN(m)) addCompensated(margin, marginError, c, m);
    }
  }
  compensatedTotal(turnover, turnoverError);
  compensatedTotal(returns, returnsError);
  if (margin && marginError) compensatedTotal(margin, marginError);

  const orders = new Int32Array(clientCount);
  const firstPurchase = new Float64Array(clientCount).fill(NaN);
  const lastPurchase = new Float64Array(clientCount).fill(NaN);
  const activeMonths = new Int32Array(clientCount);
  const medianOrderInterval = new Float64Array(clientCount).fill(NaN);

  const { start, firstDay, amount: saleAmount, day: saleDay, orderCode: orderCodes } = byClient;
  let largestGroup = 0;
  for (let c = 0; c < clientCount; c++) largestGroup = Math.max(largestGroup, start[c + 1] - start[c]);
  const gaps = new Float64Array(largestGroup);
  const monthOf = periodByDayOffset(byClient, monthIndex);
  const orderSeenBy = table.orderId ? new Int32Array(table.orderId.labels.length).fill(-1) : null;

  for (let c = 0; c < clientCount; c++) {
    let saleCount = 0;
    let distinctDays = 0;
    let months = 0;
    let gapCount = 0;
    let previousDay = NaN;
    let previousMonth = -1;
    let distinctIds = 0;
    let blankIdDays = 0;
    let blankIdRows = 0;
    let previousBlankIdDay = NaN;
    // Rows come in day order (rows without a day first), so each new day is a new distinct day.
    for (let i = start[c]; i < start[c + 1]; i++) {
      if (!(saleAmount[i] > 0)) continue;
      saleCount++;
      const d = saleDay[i];
      const hasDay = d === d;
      if (hasDay && d !== previousDay) {
        if (distinctDays === 0) firstPurchase[c] = d;
        else gaps[gapCount++] = d - previousDay;
        previousDay = d;
        distinctDays++;
        const month = monthOf[d - firstDay];
        if (month !== previousMonth) { months++; previousMonth = month; }
      }
      if (orderCodes && orderSeenBy) {
        const code = orderCodes[i];
        if (code >= 0) {
          if (orderSeenBy[code] !== c) { orderSeenBy[code] = c; distinctIds++; }
        } else if (!hasDay) {
          blankIdRows++;
        } else if (d !== previousBlankIdDay) {
          blankIdDays++;
          previousBlankIdDay = d;
        }
      }
    }
    if (saleCount === 0) continue;
    if (distinctDays > 0) lastPurchase[c] = previousDay;
    activeMonths[c] = months;
    medianOrderInterval[c] = medianInPlace(gaps, gapCount);
    if (orderCodes) orders[c] = distinctIds + blankIdDays + blankIdRows;
    else orders[c] = table.hasDates ? distinctDays : saleCount;
  }

  return {
    clientCount, turnover, returns, orders, firstPurchase, lastPurchase, activeMonths,
    medianOrderInterval, margin, byClient,
  };
}
