/**
 * Lost and declining key clients (METHODS.md section 6; seed 002).
 *
 * - Years: the full calendar years in the data, from the year of the first sale to the last
 *   complete year (the as-of year counts only when the as-of date is 31 December). At least two
 *   are needed. The first year is taken as it is even when the data start in its middle: shares are
 *   shares of that year's total, so a short first year still compares clients fairly.
 * - Key clients: class A of the first year by net turnover (ABC with the options' thresholds and
 *   boundary, shared/methods/abc.ts), or the top N of the first year when the user sets N.
 * - Share of total sales per year = the client's net turnover in the year / all clients' net
 *   turnover in the year (0 when that total is not positive).
 * - lost: no sale (positive row) in the last year; declining: the least-squares slope of the share
 *   over the years is negative and the last share is at least `declineThreshold` (default 20 %)
 *   below the first (last ≤ first · (1 − 0.2)); otherwise stable.
 *
 * Example (tests): first-year shares A 0.50, B 0.30, C 0.20 with limits 0.8/0.95 → A and B are key
 * (upper boundary: B crosses 0.8); A's shares 0.50 → 0.45 → 0.38 is declining (0.38 ≤ 0.40).
 */
import type { DayNumber, SalesTable } from '../table/salesTable';
import type { KeyClientRow } from '../pipeline/types';
import { dayFromYmd, yearOf, ymdFromDay } from '../table/dates';
import { abcAnalysis, rankOrder, type AbcBoundary } from './abc';
import { addCompensated, compensatedTotal } from './compensatedSum';

export type KeyClientStatus = KeyClientRow['status'];

/** Calendar years from the first sale's year to the last complete year up to `asOf`. */
export function fullYears(firstDay: DayNumber, asOf: DayNumber): number[] {
  if (!Number.isFinite(firstDay) || !Number.isFinite(asOf)) return [];
  const asOfDate = ymdFromDay(asOf);
  const lastYear = asOfDate.month === 12 && asOfDate.day === 31 ? asOfDate.year : asOfDate.year - 1;
  const years: number[] = [];
  for (let year = yearOf(firstDay); year <= lastYear; year++) years.push(year);
  return years;
}

/** Least-squares slope of y over x (0 with fewer than two points). */
export function leastSquaresSlope(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  if (n < 2) return 0;
  const meanX = x.reduce((a, b) => a + b, 0) / n;
  const meanY = y.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (x[i] - meanX) * (y[i] - meanY);
    den += (x[i] - meanX) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

/**
 * lost / declining / stable for one key client's share series (plain-array entry point).
 * `keyClientStatus([2022, 2023, 2024], [0.5, 0.45, 0.38], true, 0.2)` → 'declining'.
 */
export function keyClientStatus(
  years: readonly number[], shares: readonly number[], boughtInLastYear: boolean, declineThreshold: number,
): KeyClientStatus {
  if (!boughtInLastYear) return 'lost';
  const first = shares[0];
  const last = shares[shares.length - 1];
  const slope = leastSquaresSlope(years, shares);
  return slope < 0 && last <= first * (1 - declineThreshold) ? 'declining' : 'stable';
}

export interface KeyClientOptions {
  readonly thresholds: readonly [number, number];
  readonly boundary: AbcBoundary;
  /** null = class A of the first year; a number = the top N of the first year. */
  readonly topN: number | null;
  readonly declineThreshold: number;
}

export interface KeyClientResult {
  readonly years: readonly number[];
  /** Key clients from the largest first-year turnover down. */
  readonly rows: readonly KeyClientRow[];
  /** Per client of the table: its key-client status, or null when it is not a key client. */
  readonly statusByClient: readonly (KeyClientStatus | null)[];
}

/**
 * Key clients of a sales table up to `asOf`: years, shares and status. Rows after `asOf`, without
 * a date, or in years before the first full year are not counted. Empty rows with fewer than two
 * full years.
 */
export function keyClients(table: SalesTable, asOf: DayNumber, options: KeyClientOptions): KeyClientResult {
  const clientCount = table.clients.length;
  const none: KeyClientResult = { years: [], rows: [], statusByClient: new Array(clientCount).fill(null) };
  let firstDay = Infinity;
  for (let row = 0; row < table.rowCount; row++) {
    if (table.amount[row] > 0 && table.day[row] <= asOf && table.day[row] < firstDay) firstDay = table.day[row];
  }
  const years = fullYears(firstDay, asOf);
  if (years.length < 2) return { ...none, years };

  const yearCount = years.length;
  const firstYear = years[0];
  const lastDay = dayFromYmd(years[yearCount - 1], 12, 31);
  const turnover = new Float64Array(clientCount * yearCount);
  const bought = new Uint8Array(clientCount * yearCount);
  const total = new Float64Array(yearCount);
  const turnoverError = new Float64Array(clientCount * yearCount);
  const totalError = new Float64Array(yearCount);
  for (let row = 0; row < table.rowCount; row++) {
    const day = table.day[row];
    if (!(day <= lastDay)) continue;
    const y = yearOf(day) - firstYear;
    if (y < 0) continue;
    const cell = table.client[row] * yearCount + y;
    addCompensated(turnover, turnoverError, cell, table.amount[row]);
    addCompensated(total, totalError, y, table.amount[row]);
    if (table.amount[row] > 0) bought[cell] = 1;
  }
  compensatedTotal(turnover, turnoverError);
  compensatedTotal(total, totalError);

  const firstYearTurnover = Float64Array.from({ length: clientCount }, (_, c) => turnover[c * yearCount]);
  const names = table.clients.map((client) => client.name);
  const key = selectKeyClients(firstYearTurnover, names, options);

  const statusByClient: (KeyClientStatus | null)[] = new Array(clientCount).fill(null);
  const rows: KeyClientRow[] = key.map((c) => {
    const shares = Array.from({ length: yearCount }, (_, y) => (total[y] > 0 ? turnover[c * yearCount + y] / total[y] : 0));
    const status = keyClientStatus(years, shares, bought[c * yearCount + yearCount - 1] === 1, options.declineThreshold);
    statusByClient[c] = status;
    return { client: table.clients[c].name, years, shares, status };
  });
  return { years, rows, statusByClient };
}

/** Client indexes of the key clients, largest first-year turnover first. */
export function selectKeyClients(
  firstYearTurnover: Float64Array, names: readonly string[], options: Pick<KeyClientOptions, 'thresholds' | 'boundary' | 'topN'>,
): number[] {
  const order = [...rankOrder(firstYearTurnover, names)].filter((c) => firstYearTurnover[c] > 0);
  if (options.topN !== null) return order.slice(0, Math.max(0, Math.floor(options.topN)));
  const { abcClass } = abcAnalysis(firstYearTurnover, names, options.thresholds, options.boundary);
  return order.filter((c) => abcClass[c] === 'A');
}
