/**
 * ABC analysis of clients (METHODS.md section 3; seed 000_30bce9ee634a0c14.txt: "the following ABC
 * analysis ranks the clients").
 *
 * - Clients are ranked by a measure (turnover, margin or Kc) descending; equal measures are ordered
 *   by display name, compared by UTF-16 code units (the same order on every machine and locale),
 *   then by position, so the result is deterministic.
 * - share = measure / total of the positive measures; cumulative share runs down the ranking.
 *   Clients with a zero or negative measure get share 0 and class C (and are counted).
 * - Thresholds [A, B] are cumulative-share limits (default 0.8, 0.95).
 * - Boundary 'upper' (default): a client belongs to the class whose limit its own share crosses,
 *   i.e. it is A when the cumulative share *before* it is below the A limit, so the first client is
 *   always A. Boundary 'lower': a client is A only when its cumulative share including itself is
 *   within the A limit, so the client that crosses a limit goes to the lower class (and a first
 *   client with more than 80 % is B, or C above 95 %).
 *
 * Worked example (tests/shared/methods/abc.test.ts): measures 50, 25, 10, 10, 5 (total 100),
 * cumulative 0.50, 0.75, 0.85, 0.95, 1.00. Upper: A A A B C. Lower: A A B B C.
 */
import type { AbcClass, AbcClassSummary } from '../pipeline/types';
import { addCompensated } from './compensatedSum';

/** Tolerance for comparing cumulative shares with limits (sums of fractions are not exact). */
const SHARE_EPSILON = 1e-9;

export type AbcBoundary = 'upper' | 'lower';

export interface AbcResult {
  /** Client indexes from rank 1 down. */
  readonly order: Int32Array;
  /** 1-based rank per client. */
  readonly rank: Int32Array;
  readonly share: Float64Array;
  readonly cumulativeShare: Float64Array;
  readonly abcClass: readonly AbcClass[];
  /** Sum of the positive measures (the denominator of the shares). */
  readonly positiveTotal: number;
  /** Clients with a zero or negative (or missing) measure: always C. */
  readonly zeroOrNegative: number;
}

/** Deterministic, locale-independent text order (UTF-16 code units). */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Rank order: measure descending, then name, then index. NaN measures rank last.
 */
export function rankOrder(measure: ArrayLike<number>, names?: readonly string[]): Int32Array {
  const order = new Int32Array(measure.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const key = Float64Array.from(measure, (value) => (Number.isNaN(value) ? -Infinity : value));
  order.sort((a, b) => {
    if (key[a] !== key[b]) return key[b] > key[a] ? 1 : -1;
    if (names) {
      const byName = compareNames(names[a], names[b]);
      if (byName !== 0) return byName;
    }
    return a - b;
  });
  return order;
}

/** The class for a cumulative share, given the share of the client itself. */
export function abcClassFor(
  cumulativeShare: number, ownShare: number, thresholds: readonly [number, number], boundary: AbcBoundary,
): AbcClass {
  if (!(ownShare > 0)) return 'C';
  const [limitA, limitB] = thresholds;
  if (boundary === 'upper') {
    const before = cumulativeShare - ownShare;
    if (before < limitA - SHARE_EPSILON) return 'A';
    if (before < limitB - SHARE_EPSILON) return 'B';
    return 'C';
  }
  if (cumulativeShare <= limitA + SHARE_EPSILON) return 'A';
  if (cumulativeShare <= limitB + SHARE_EPSILON) return 'B';
  return 'C';
}

/** ABC analysis over a measure per client (names break ties). */
export function abcAnalysis(
  measure: ArrayLike<number>,
  names: readonly string[] | undefined,
  thresholds: readonly [number, number] = [0.8, 0.95],
  boundary: AbcBoundary = 'upper',
): AbcResult {
  const count = measure.length;
  const order = rankOrder(measure, names);
  const positive = new Float64Array(1);
  const positiveError = new Float64Array(1);
  let zeroOrNegative = 0;
  for (let i = 0; i < count; i++) {
    if (measure[i] > 0) addCompensated(positive, positiveError, 0, measure[i]);
    else zeroOrNegative++;
  }
  const positiveTotal = positive[0] + positiveError[0];
  const rank = new Int32Array(count);
  const share = new Float64Array(count);
  const cumulativeShare = new Float64Array(count);
  const abcClass = new Array<AbcClass>(count);
  let cumulative = 0;
  for (let position = 0; position < count; position++) {
    const client = order[position];
    rank[client] = position + 1;
    const own = measure[client] > 0 ? measure[client] / positiveTotal : 0;
    share[client] = own;
    cumulative += own;
    // The last positive client closes the total exactly, whatever the rounding on the way.
    if (own > 0 && position === count - 1 - zeroOrNegative) cumulative = 1;
    cumulativeShare[client] = cumulative;
    abcClass[client] = abcClassFor(cumulative, own, thresholds, boundary);
  }
  return { order, rank, share, cumulativeShare, abcClass, positiveTotal, zeroOrNegative };
}

/**
 * Classes for a plain list of values (the spreadsheet function `ABC_CLASS(values)`); ties keep the
 * list order. `abcClasses([50, 25, 10, 10, 5])` → ['A', 'A', 'A', 'B', 'C'].
 */
export function abcClasses(
  values: readonly number[], thresholds: readonly [number, number] = [0.8, 0.95], boundary: AbcBoundary = 'upper',
): AbcClass[] {
  return [...abcAnalysis(values, undefined, thresholds, boundary).abcClass];
}

/** Per class: clients, their share of clients, the sum of their measure and its share of the positive total. */
export function abcSummary(result: AbcResult, measure: ArrayLike<number>): AbcClassSummary[] {
  const classes: AbcClass[] = ['A', 'B', 'C'];
  const count = measure.length;
  return classes.map((abcClass) => {
    let clients = 0;
    let sum = 0;
    let shareSum = 0;
    for (let c = 0; c < count; c++) {
      if (result.abcClass[c] !== abcClass) continue;
      clients++;
      if (!Number.isNaN(measure[c])) sum += measure[c];
      shareSum += result.share[c];
    }
    return { abcClass, clients, clientShare: count > 0 ? clients / count : 0, measure: sum, measureShare: shareSum };
  });
}

/** Validate thresholds: 0 < A ≤ B ≤ 1. */
export function validAbcThresholds(thresholds: readonly number[]): boolean {
  return thresholds.length === 2 && thresholds[0] > 0 && thresholds[0] <= thresholds[1] && thresholds[1] <= 1;
}
