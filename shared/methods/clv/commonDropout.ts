/**
 * BG/NBD with one drop-out chance for every client: the limit of Fader, Hardie and Lee's (2005)
 * model when a, b → ∞ with a / (a + b) → p. The Beta spread of drop-out chances then collapses to
 * the single value p, and the model's formulas take closed forms (the 2F1 series of eq. 10 becomes
 * (1 − (1 − p) z)^−(r+x)):
 *
 *   L(r, α, p | x, t_x, T) = Γ(r + x) αʳ / Γ(r) · [ (1 − p)ˣ / (α + T)^(r+x)
 *                                               + δ(x > 0) p (1 − p)^(x−1) / (α + t_x)^(r+x) ]
 *   P(alive | x, t_x, T)   = 1 / (1 + δ(x > 0) · p / (1 − p) · ((α + T) / (α + t_x))^(r+x))
 *   E[Y(t) | x, t_x, T]    = (1 / p) · [1 − ((α + T) / (α + T + p t))^(r+x)] · P(alive | x, t_x, T)
 *
 * As p → 0 the expectation tends to (r + x) t / (α + T), the NBD's (no drop-out at all). The
 * lifetime value uses this model only when the BG/NBD fit itself runs off to that limit (b at its
 * boundary with a large as well): the data then say that clients do leave, at one common rate.
 * Whole-sheet fits, like the BG/NBD's: parameters on a log (r, α) and logit (p) scale.
 */
import { logGamma, logSumExp } from './specialFunctions';
import { beyondLimit, minimize } from './optimizer';
import type { FitOptions, RepeatColumns } from './bgnbd';

export interface CommonDropoutParams {
  readonly r: number;
  readonly alpha: number;
  /** The drop-out chance after each purchase, the same for every client. */
  readonly p: number;
}

export interface CommonDropoutFit extends CommonDropoutParams {
  readonly logLikelihood: number;
  readonly converged: boolean;
  readonly evaluations: number;
}

/** Beyond e^±LIMIT (log r, log α, logit p) a parameter has run off: no fit. */
const LIMIT = 15;

/** Total log-likelihood of the clients with a repeat summary (frequency not NaN). */
export function commonDropoutLogLikelihood(params: CommonDropoutParams, summary: RepeatColumns): number {
  return logLikelihoodOf(params, canonicalHistories(summary));
}

/**
 * The (x, t_x, T) of the clients in the model, sorted by x, then t_x, then T: the likelihood is
 * summed in this order, so the fit does not depend on the order of the rows or on client numbers.
 */
function canonicalHistories(summary: RepeatColumns): Float64Array[] {
  const clients: number[] = [];
  for (let c = 0; c < summary.frequency.length; c++) {
    if (!Number.isNaN(summary.frequency[c]) && !(summary.included && !summary.included[c])) clients.push(c);
  }
  clients.sort((i, j) => summary.frequency[i] - summary.frequency[j] || summary.recency[i] - summary.recency[j] || summary.T[i] - summary.T[j]);
  return [
    Float64Array.from(clients, (c) => summary.frequency[c]),
    Float64Array.from(clients, (c) => summary.recency[c]),
    Float64Array.from(clients, (c) => summary.T[c]),
  ];
}

function logLikelihoodOf(params: CommonDropoutParams, [frequency, recency, age]: Float64Array[]): number {
  const { r, alpha, p } = params;
  const logAlpha = Math.log(alpha);
  const logStay = Math.log1p(-p);
  const logLeave = Math.log(p);
  const logGammaR = logGamma(r);
  let total = 0;
  for (let c = 0; c < frequency.length; c++) {
    const x = frequency[c];
    const tx = recency[c];
    const T = age[c];
    const stillBuying = x * logStay - (r + x) * Math.log(alpha + T);
    const leftAfterLast = x > 0 ? logLeave + (x - 1) * logStay - (r + x) * Math.log(alpha + tx) : -Infinity;
    total += logGamma(r + x) - logGammaR + r * logAlpha + logSumExp(stillBuying, leftAfterLast);
  }
  return total;
}

/**
 * Maximum-likelihood fit of r, α and p (Nelder–Mead on log r, log α, logit p), from `start` (the
 * BG/NBD fit's r, α and a / (a + b) when it ran off to this limit).
 */
export function fitCommonDropout(
  summary: RepeatColumns, start: CommonDropoutParams, options: FitOptions = {},
): CommonDropoutFit {
  const penalty = options.penalty ?? 0;
  const histories = canonicalHistories(summary);
  const clients = histories[0].length;
  const fromPoint = (point: Float64Array): CommonDropoutParams =>
    ({ r: Math.exp(point[0]), alpha: Math.exp(point[1]), p: 1 / (1 + Math.exp(-point[2])) });
  const objective = (point: Float64Array): number => {
    const params = fromPoint(point);
    const penaltyTerm = params.r * params.r + params.alpha * params.alpha + params.p * params.p;
    return -logLikelihoodOf(params, histories) / Math.max(clients, 1) + penalty * penaltyTerm;
  };
  const logit = Math.log(start.p / (1 - start.p));
  const result = minimize(objective, [Math.log(start.r), Math.log(start.alpha), logit],
    { coordinateLimit: LIMIT, maxEvaluations: 3_000 });
  const params = fromPoint(result.point);
  return {
    ...params,
    logLikelihood: logLikelihoodOf(params, histories),
    converged: result.converged && !result.boundary && !beyondLimit(result.point, LIMIT) && clients > 0,
    evaluations: result.evaluations,
  };
}

/** Probability that a client with this history is still buying at T. */
export function commonDropoutProbabilityAlive(params: CommonDropoutParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const { r, alpha, p } = params;
  return 1 / (1 + (p / (1 - p)) * Math.exp((r + x) * Math.log((alpha + T) / (alpha + tx))));
}

/** Expected purchases in the next t time units of a client with this history. */
export function commonDropoutExpectedPurchases(
  params: CommonDropoutParams, t: number, x: number, tx: number, T: number,
): number {
  const { r, alpha, p } = params;
  const notYetLeft = -Math.expm1((r + x) * Math.log((alpha + T) / (alpha + T + p * t)));
  return (notYetLeft / p) * commonDropoutProbabilityAlive(params, x, tx, T);
}
