/**
 * RFM: recency, frequency and monetary scores 1–5 and named segments (METHODS.md section 9).
 *
 * Two scoring modes, both on plain arrays (one entry per client; NaN = the client has no score):
 *
 * - 'quintile' (**default**): a client's score is the quintile of its tie group's mid-rank:
 *   score = 1 + floor(5 · (w + t/2) / n), capped to 1..5, where n = clients with a value,
 *   w = clients with a strictly worse value (smaller frequency or monetary; larger recency, i.e. an
 *   older last purchase) and t = clients with the same value (the client included). The rule is
 *   symmetric: reversing the order maps score s to 6 − s (7 − s where the mid-rank falls exactly
 *   on a fifth: it then rounds up both ways), so a large tie group at the good end scores as high as one at the bad end scores
 *   low, and an all-tied column scores 3 (w = 0, t = n → 1 + floor(2.5)). Ties always share a
 *   score. Without ties (t = 1) and n a multiple of 5, each score holds exactly n/5 clients.
 *   Example: frequencies 1..10 → scores 1,1,2,2,3,3,4,4,5,5; recency days 1..10 → 5,5,4,4,...,1,1.
 *   70 of 100 clients who bought on the as-of day (recency 0): w = 30, t = 70 →
 *   1 + floor(5 · 65 / 100) = 4; 60 % one-order clients: w = 0, t = 60 → 1 + floor(1.5) = 2.
 *
 * - 'rfm-package': the R package rfm 0.3.0 (../shared/reference/README.md), as coded there: cut
 *   points are R's default (type 7) quantiles at 0.2, 0.4, 0.6, 0.8, each plus 1; bin i holds the
 *   values with lower_i ≤ v < upper_i, the lowest lower being the minimum and the highest upper the
 *   maximum + 1; frequency and monetary score = bin, recency score = 6 − bin (most recent = 5).
 *
 * RFM score = 100·R + 10·F + M (543 = R 5, F 4, M 3). Segments: rules tried in order, the first rule
 * whose three inclusive ranges hold the scores wins, no match = "Others".
 */
import type { RfmSegmentRule } from '../pipeline/options';
import { DEFAULT_RFM_SEGMENTS } from '../pipeline/options';
import type { MessageKey } from '../i18n/translate';

export type RfmMode = 'quintile' | 'rfm-package';

/** The segment of clients no rule matches. */
export const OTHERS_SEGMENT = 'Others';

/**
 * Translations of the default segment names: the English name stays the segment's id (in JSON and
 * in rules); hosts show `t(lang, RFM_SEGMENT_MESSAGES[name])` when there is one, else the name as
 * the user wrote it in their own rules.
 */
export const RFM_SEGMENT_MESSAGES: Readonly<Record<string, MessageKey>> = {
  Champions: 'history.rfmSegment.champions',
  'Potential Loyalist': 'history.rfmSegment.potentialLoyalist',
  'Loyal Customers': 'history.rfmSegment.loyalCustomers',
  Promising: 'history.rfmSegment.promising',
  'New Customers': 'history.rfmSegment.newCustomers',
  "Can't Lose Them": 'history.rfmSegment.cantLoseThem',
  'At Risk': 'history.rfmSegment.atRisk',
  'Need Attention': 'history.rfmSegment.needAttention',
  'About To Sleep': 'history.rfmSegment.aboutToSleep',
  Lost: 'history.rfmSegment.lost',
  [OTHERS_SEGMENT]: 'history.rfmSegment.others',
};

/**
 * Quintile scores of `values` (NaN → 0, meaning "no score"). `higherIsBetter` false for recency.
 * `quintileScores([1,2,3,4,5,6,7,8,9,10], true)` → [1,1,2,2,3,3,4,4,5,5].
 */
export function quintileScores(values: ArrayLike<number>, higherIsBetter: boolean): Int8Array {
  const scores = new Int8Array(values.length);
  const sorted = validSorted(values);
  const n = sorted.length;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    // Values strictly below v = first index of v in the sorted list; strictly above = n − (last index + 1).
    const first = lowerBound(sorted, v);
    const end = upperBound(sorted, v);
    const tied = end - first;
    const worse = higherIsBetter ? first : n - end;
    // Mid-rank of the tie group as a share of n; 2·worse + tied keeps the arithmetic in integers.
    const score = 1 + Math.floor((5 * (2 * worse + tied)) / (2 * n));
    scores[i] = Math.min(5, Math.max(1, score));
  }
  return scores;
}

/**
 * R's default quantile (type 7) of an ascending array at probability p, computed the way R does it:
 * index = 1 + (n − 1)·p, and the two neighbours are blended only when they differ.
 */
export function quantileType7(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  const index = 1 + Math.max(n - 1, 0) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const low = sorted[lo - 1];
  const high = sorted[hi - 1];
  if (!(index > lo) || high === low) return low;
  const h = index - lo;
  return (1 - h) * low + h * high;
}

/** Bin edges of the rfm package for 5 bins: lower[0..4] and upper[0..4]. */
export function rfmPackageBreaks(sorted: Float64Array): { lower: number[]; upper: number[] } {
  // Probabilities as R's seq(0, 1, length.out = 6) builds them: k · 0.2 (so 0.6000000000000001).
  const step = 1 / 5;
  const cuts = [1, 2, 3, 4].map((k) => quantileType7(sorted, k * step) + 1);
  return { lower: [sorted[0], ...cuts], upper: [...cuts, sorted[sorted.length - 1] + 1] };
}

/** rfm 0.3.0 scores of `values` (NaN → 0). `reverse` for recency (bin 1 → score 5). */
export function rfmPackageScores(values: ArrayLike<number>, reverse: boolean): Int8Array {
  const scores = new Int8Array(values.length);
  const sorted = validSorted(values);
  if (sorted.length === 0) return scores;
  const { lower, upper } = rfmPackageBreaks(sorted);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    for (let bin = 0; bin < 5; bin++) {
      if (lower[bin] <= v && v < upper[bin]) {
        scores[i] = reverse ? 5 - bin : bin + 1;
        break;
      }
    }
  }
  return scores;
}

export interface RfmScores {
  readonly recency: Int8Array;
  readonly frequency: Int8Array;
  readonly monetary: Int8Array;
  /** 100·R + 10·F + M, 0 where a client has no score. */
  readonly score: Int16Array;
}

/**
 * R, F, M and RFM scores for clients given by plain arrays (recency in days; frequency; monetary).
 * A client with any of the three missing (NaN) gets no scores (0) and does not count in the ranking.
 * This is what the spreadsheet function RFM_SCORE calls.
 */
export function rfmScores(
  recency: ArrayLike<number>, frequency: ArrayLike<number>, monetary: ArrayLike<number>, mode: RfmMode = 'quintile',
): RfmScores {
  const n = recency.length;
  if (frequency.length !== n || monetary.length !== n) {
    throw new RangeError('recency, frequency and monetary must have one value per client');
  }
  const complete = (i: number) => Number.isFinite(recency[i]) && Number.isFinite(frequency[i]) && Number.isFinite(monetary[i]);
  const masked = (values: ArrayLike<number>) => Float64Array.from({ length: n }, (_, i) => (complete(i) ? values[i] : NaN));
  const [r, f, m] = [masked(recency), masked(frequency), masked(monetary)];
  const packageMode = mode === 'rfm-package';
  const recencyScore = packageMode ? rfmPackageScores(r, true) : quintileScores(r, false);
  const frequencyScore = packageMode ? rfmPackageScores(f, false) : quintileScores(f, true);
  const monetaryScore = packageMode ? rfmPackageScores(m, false) : quintileScores(m, true);
  const total = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    if (recencyScore[i] > 0) total[i] = 100 * recencyScore[i] + 10 * frequencyScore[i] + monetaryScore[i];
  }
  return { recency: recencyScore, frequency: frequencyScore, monetary: monetaryScore, score: total };
}

/**
 * The segment of one client's scores: the first rule whose recency, frequency and monetary ranges
 * (inclusive) all hold, else "Others". This is what the spreadsheet function RFM_SEGMENT calls.
 * `rfmSegment(5, 5, 5)` → "Champions"; `rfmSegment(1, 1, 1)` → "Lost".
 */
export function rfmSegment(
  r: number, f: number, m: number, rules: readonly RfmSegmentRule[] = DEFAULT_RFM_SEGMENTS,
): string {
  for (const rule of rules) {
    if (within(r, rule.recency) && within(f, rule.frequency) && within(m, rule.monetary)) return rule.segment;
  }
  return OTHERS_SEGMENT;
}

/** Clients per segment: every rule's segment in rule order (zeros kept), then "Others" if any. */
export function segmentCounts(
  segments: readonly (string | null)[], rules: readonly RfmSegmentRule[],
): { segment: string; clients: number }[] {
  const counts = new Map<string, number>();
  for (const rule of rules) counts.set(rule.segment, 0);
  let others = 0;
  for (const segment of segments) {
    if (segment === null) continue;
    if (counts.has(segment)) counts.set(segment, (counts.get(segment) ?? 0) + 1);
    else others++;
  }
  const rows = [...counts].map(([segment, clients]) => ({ segment, clients }));
  if (others > 0) rows.push({ segment: OTHERS_SEGMENT, clients: others });
  return rows;
}

function within(score: number, range: readonly [number, number]): boolean {
  return score >= range[0] && score <= range[1];
}

function validSorted(values: ArrayLike<number>): Float64Array {
  const valid: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) valid.push(values[i]);
  return Float64Array.from(valid).sort();
}

/** First index whose value is ≥ v. */
function lowerBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** First index whose value is > v. */
function upperBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= v) lo = mid + 1; else hi = mid;
  }
  return lo;
}
