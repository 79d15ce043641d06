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
 * Columnar: one entry per client, indexed as `table.clients`; NaN where a value does not exist.
 * One pass over the rows for the sums, then one pass per client over its own rows, grouped by a
 * counting sort; no object per row.
 */
import type { SalesTable } from '../table/salesTable';
import { monthIndex } from '../table/dates';

/** Rows grouped by client: the rows of client c are `rows[start[c]] .. rows[start[c + 1] - 1]`, in sheet order. */
export interface ClientRows {
  readonly rows: Int32Array;
  readonly start: Int32Array;
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

/** Counting sort of row indexes by client (stable: each client's rows stay in sheet order). */
export function groupRowsByClient(table: SalesTable): ClientRows {
  const clientCount = table.clients.length;
  const start = new Int32Array(clientCount + 1);
  const client = table.client;
  for (let row = 0; row < table.rowCount; row++) start[client[row] + 1]++;
  for (let c = 0; c < clientCount; c++) start[c + 1] += start[c];
  const next = start.slice(0, clientCount);
  const rows = new Int32Array(table.rowCount);
  for (let row = 0; row < table.rowCount; row++) rows[next[client[row]]++] = row;
  return { rows, start };
}

/** Median of the first `length` values of `values` (sorted in place). NaN when empty. */
export function medianInPlace(values: Float64Array, length: number): number {
  if (length === 0) return NaN;
  const sorted = values.subarray(0, length).sort();
  const middle = length >> 1;
  return length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
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
  const { amount, client, day } = table;
  const turnover = new Float64Array(clientCount);
  const returns = new Float64Array(clientCount);
  const marginColumn = table.margin;
  const margin = marginColumn ? new Float64Array(clientCount) : null;

  for (let row = 0; row < table.rowCount; row++) {
    const c = client[row];
    const value = amount[row];
    turnover[c] += value;
    if (value < 0) returns[c] -= value;
    if (margin && marginColumn) {
      const m = marginColumn[row];
      if (!Number.isNaN(m)) margin[c] += m;
    }
  }

  const orders = new Int32Array(clientCount);
  const firstPurchase = new Float64Array(clientCount).fill(NaN);
  const lastPurchase = new Float64Array(clientCount).fill(NaN);
  const activeMonths = new Int32Array(clientCount);
  const medianOrderInterval = new Float64Array(clientCount).fill(NaN);

  const { rows, start } = byClient;
  let largestGroup = 0;
  for (let c = 0; c < clientCount; c++) largestGroup = Math.max(largestGroup, start[c + 1] - start[c]);
  const saleDays = new Float64Array(largestGroup);
  const blankIdDays = new Float64Array(largestGroup);
  const gaps = new Float64Array(largestGroup);
  const orderCodes = table.orderId?.codes;
  const orderSeenBy = table.orderId ? new Int32Array(table.orderId.labels.length).fill(-1) : null;

  for (let c = 0; c < clientCount; c++) {
    let saleCount = 0;
    let dayCount = 0;
    let blankIdCount = 0;
    let blankIdRows = 0;
    let distinctIds = 0;
    for (let i = start[c]; i < start[c + 1]; i++) {
      const row = rows[i];
      if (!(amount[row] > 0)) continue;
      saleCount++;
      const saleDay = day[row];
      const hasDay = !Number.isNaN(saleDay);
      if (hasDay) saleDays[dayCount++] = saleDay;
      if (orderCodes && orderSeenBy) {
        const code = orderCodes[row];
        if (code >= 0) {
          if (orderSeenBy[code] !== c) { orderSeenBy[code] = c; distinctIds++; }
        } else if (hasDay) {
          blankIdDays[blankIdCount++] = saleDay;
        } else {
          blankIdRows++;
        }
      }
    }
    if (saleCount === 0) continue;

    const sorted = saleDays.subarray(0, dayCount).sort();
    let distinctDays = 0;
    let months = 0;
    let previousDay = NaN;
    let previousMonth = NaN;
    let gapCount = 0;
    for (let i = 0; i < dayCount; i++) {
      const d = sorted[i];
      if (d === previousDay) continue;
      if (!Number.isNaN(previousDay)) gaps[gapCount++] = d - previousDay;
      previousDay = d;
      distinctDays++;
      const m = monthIndex(d);
      if (m !== previousMonth) { months++; previousMonth = m; }
    }
    if (dayCount > 0) {
      firstPurchase[c] = sorted[0];
      lastPurchase[c] = sorted[dayCount - 1];
    }
    activeMonths[c] = months;
    medianOrderInterval[c] = medianInPlace(gaps, gapCount);

    if (orderCodes) {
      orders[c] = distinctIds + countDistinct(blankIdDays, blankIdCount) + blankIdRows;
    } else {
      orders[c] = table.hasDates ? distinctDays : saleCount;
    }
  }

  return {
    clientCount, turnover, returns, orders, firstPurchase, lastPurchase, activeMonths,
    medianOrderInterval, margin, byClient,
  };
}

function countDistinct(values: Float64Array, length: number): number {
  const sorted = values.subarray(0, length).sort();
  let count = 0;
  for (let i = 0; i < length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) count++;
  return count;
}
