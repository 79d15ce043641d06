/**
 * XYZ analysis of clients (METHODS.md section 4: the standard companion of ABC).
 *
 * For each client: net turnover per period (month by default; quarter or year), from the period of
 * the client's first purchase to the last complete period (by default; the period of the as-of day
 * with `partialPeriod: 'include'`), periods without purchases counted as 0; then the coefficient of variation CV = standard deviation / mean (population deviation by
 * default, sample on request). Class X when CV ≤ 10 %, Y when ≤ 25 %, Z above (default limits).
 *
 * Decisions where the method is silent (tested in tests/shared/methods/xyz.test.ts):
 * - Fewer than two periods (a client whose first purchase is in the as-of period): the variation
 *   of one value says nothing about stability, and the sample deviation is undefined, so CV is
 *   null and the client gets no XYZ class (null), whichever deviation is chosen.
 * - Period totals are net: a return lowers its period's total, which may go negative. The CV is
 *   taken as is; when the mean is zero or negative (returns cancel the sales) the CV has no meaning
 *   (null) and the client is Z: its demand is not forecastable.
 * - Rows after the as-of day are left out; rows before the first purchase (a return with no sale
 *   before it) count in the first period.
 * - The period of the as-of day is partial unless the as-of day is its last day. Counted as a whole
 *   period, its low total reads as a fall in demand (on the sample as of 2025-12-14, 7 of 12 X
 *   clients became Y), so by default the series ends at the last complete period and the partial
 *   one is left out (`leftOut`, reported as a warning naming it); its rows still count everywhere
 *   else. A client whose first purchase is in the left-out period has no series and no class.
 *
 * Worked example: monthly 10, 20, 30 → mean 20, population deviation √(200/3) = 8.165, CV 0.408 → Z;
 * sample deviation 10, CV 0.5.
 */
import type { AbcClass, AbcXyzCell, XyzClass } from '../pipeline/types';
import type { PeriodGrain } from '../pipeline/options';
import type { SalesTable } from '../table/salesTable';
import { periodByDayOffset, type ClientRows } from './clientTable';
import { periodEnd, periodOfDay } from './periods';
import { addCompensated } from './compensatedSum';

export type Deviation = 'population' | 'sample';

const CV_EPSILON = 1e-12;

/**
 * Coefficient of variation of a series (a fraction). Null with fewer than two values or a mean ≤ 0.
 * `coefficientOfVariation([10, 20, 30])` → 0.4082…; `coefficientOfVariation([10, 20, 30], 'sample')` → 0.5.
 */
export function coefficientOfVariation(values: ArrayLike<number>, deviation: Deviation = 'population'): number | null {
  return variationOf(values, 0, values.length, deviation);
}

function variationOf(values: ArrayLike<number>, from: number, to: number, deviation: Deviation): number | null {
  const n = to - from;
  if (n < 2) return null;
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i];
  const mean = sum / n;
  if (!(mean > 0)) return null;
  let squares = 0;
  for (let i = from; i < to; i++) squares += (values[i] - mean) * (values[i] - mean);
  const variance = squares / (deviation === 'sample' ? n - 1 : n);
  return Math.sqrt(variance) / mean;
}

/** The class for a CV (fraction) by limits [X, Y]; a null CV is Z (see the header). */
export function xyzClassFor(variation: number | null, thresholds: readonly [number, number] = [0.1, 0.25]): XyzClass {
  if (variation === null) return 'Z';
  if (variation <= thresholds[0] + CV_EPSILON) return 'X';
  if (variation <= thresholds[1] + CV_EPSILON) return 'Y';
  return 'Z';
}

/**
 * XYZ class of a plain series of period totals (the spreadsheet function `XYZ_CLASS(values)`).
 * Null with fewer than two periods. `xyzClassOfSeries([100, 100, 110])` → 'X'.
 */
export function xyzClassOfSeries(
  periodTotals: readonly number[], thresholds: readonly [number, number] = [0.1, 0.25], deviation: Deviation = 'population',
): XyzClass | null {
  if (periodTotals.length < 2) return null;
  return xyzClassFor(coefficientOfVariation(periodTotals, deviation), thresholds);
}

export interface XyzResult {
  /** CV per client, NaN when undefined. */
  readonly variation: Float64Array;
  /** Class per client, null with fewer than two periods. */
  readonly xyzClass: readonly (XyzClass | null)[];
  /** Number of periods each client was measured over. */
  readonly periods: Int32Array;
  /** The partial period of the as-of day when it was left out of the series, else null. */
  readonly leftOut: number | null;
}

/**
 * XYZ per client. `firstPurchase` per client (NaN = no sale: no class); rows after `asOfDay` are
 * left out.
 */
export function xyzAnalysis(
  table: SalesTable,
  byClient: ClientRows,
  firstPurchase: Float64Array,
  asOfDay: number,
  options: {
    readonly period: PeriodGrain; readonly thresholds: readonly [number, number]; readonly deviation: Deviation;
    /** 'exclude' (default): end at the last complete period; 'include': end at the as-of day's period. */
    readonly partialPeriod?: 'exclude' | 'include';
  },
): XyzResult {
  const clientCount = table.clients.length;
  const variation = new Float64Array(clientCount).fill(NaN);
  const xyzClass = new Array<XyzClass | null>(clientCount).fill(null);
  const periodCount = new Int32Array(clientCount);
  const asOfPeriod = periodOfDay(asOfDay, options.period);
  const leftOut = (options.partialPeriod ?? 'exclude') === 'exclude' && periodEnd(asOfPeriod, options.period) > asOfDay
    ? asOfPeriod : null;
  const lastPeriod = leftOut === null ? asOfPeriod : asOfPeriod - 1;
  // The last day whose rows enter the series.
  const lastDay = leftOut === null ? asOfDay : periodEnd(lastPeriod, options.period);
  let earliest = lastPeriod;
  for (let c = 0; c < clientCount; c++) {
    if (!Number.isNaN(firstPurchase[c]) && firstPurchase[c] <= lastDay) {
      earliest = Math.min(earliest, periodOfDay(firstPurchase[c], options.period));
    }
  }
  const totals = new Float64Array(Math.max(lastPeriod - earliest + 1, 0));
  const totalsError = new Float64Array(totals.length);
  const { start, firstDay, amount, day } = byClient;
  const periodOf = periodByDayOffset(byClient, (d) => periodOfDay(d, options.period));

  for (let c = 0; c < clientCount; c++) {
    if (Number.isNaN(firstPurchase[c]) || firstPurchase[c] > lastDay) continue;
    const firstPeriod = periodOfDay(firstPurchase[c], options.period);
    const length = lastPeriod - firstPeriod + 1;
    totals.fill(0, 0, length);
    totalsError.fill(0, 0, length);
    for (let i = start[c]; i < start[c + 1]; i++) {
      const d = day[i];
      if (!(d <= lastDay)) continue;
      const p = periodOf[d - firstDay] - firstPeriod;
      addCompensated(totals, totalsError, p > 0 ? p : 0, amount[i]);
    }
    for (let p = 0; p < length; p++) totals[p] += totalsError[p];
    periodCount[c] = length;
    if (length < 2) continue;
    const cv = variationOf(totals, 0, length, options.deviation);
    variation[c] = cv ?? NaN;
    xyzClass[c] = xyzClassFor(cv, options.thresholds);
  }
  return { variation, xyzClass, periods: periodCount, leftOut };
}

/** The 3 × 3 ABC-XYZ matrix: clients and turnover per cell (AX, AY, AZ, BX, ... CZ). Unclassified clients are left out. */
export function abcXyzMatrix(
  abcClass: readonly AbcClass[], xyzClass: readonly (XyzClass | null)[], turnover: ArrayLike<number>,
): AbcXyzCell[] {
  const cells: AbcXyzCell[] = [];
  for (const a of ['A', 'B', 'C'] as const) {
    for (const x of ['X', 'Y', 'Z'] as const) {
      let clients = 0;
      let sum = 0;
      for (let c = 0; c < abcClass.length; c++) {
        if (abcClass[c] === a && xyzClass[c] === x) { clients++; sum += turnover[c]; }
      }
      cells.push({ cell: `${a}${x}`, clients, turnover: sum });
    }
  }
  return cells;
}
