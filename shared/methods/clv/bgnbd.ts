/**
 * BG/NBD purchase model (Fader, Hardie and Lee 2005, "Counting your customers the easy way: an
 * alternative to the Pareto/NBD model", Marketing Science 24(2); equation numbers below are the
 * paper's). While alive a client buys as a Poisson process with rate λ ~ Gamma(r, α); after each
 * purchase they drop out with probability p ~ Beta(a, b).
 *
 * - fitBgNbd: maximum likelihood, eq. (6), on log-parameters with our BFGS minimiser and the
 *   analytic gradient (Nelder–Mead if BFGS does not settle); the log-likelihood of one client is
 *     ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 *       + ln[ (α+T)^−(r+x) + δ(x>0) · a/(b+x−1) · (α+t_x)^−(r+x) ]
 *   the last term by log-sum-exp. Clients with the same (x, t_x, T) are counted once with a weight,
 *   in a canonical order so that the fit does not depend on row order. When a log-parameter passes
 *   ±LOG_PARAMETER_LIMIT the search stops at once and the fit reports `failure: 'boundary'`.
 * - bgNbdPopulationExpectation: E[X(t)], eq. (7).
 * - bgNbdProbabilityAlive: P(alive | x, t_x, T), from eq. (10)'s denominator (FHL 2008 note
 *   "Computing P(alive) using the BG/NBD model"): 1 / (1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)).
 * - bgNbdExpectedPurchases: E[Y(t) | x, t_x, T], eq. (10).
 *
 * Published check (the paper, CDNOW, weeks): r = 0.243, α = 4.414, a = 0.793, b = 2.426,
 * LL = −9582.4; E[Y(39) | x=2, t_x=30.43, T=38.86] = 1.226.
 */
import { digamma, hypergeometric2F1, logGamma, logSumExp } from './specialFunctions';
import { beyondLimit, minimize, minimizeWithGradient } from './optimizer';

export interface BgNbdParams {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

export interface BgNbdFit extends BgNbdParams {
  /** Total log-likelihood over the clients (without the penalty). */
  readonly logLikelihood: number;
  readonly iterations: number;
  /** False when the optimiser ran out of evaluations or a parameter ran off to 0 or ∞. */
  readonly converged: boolean;
  /** Why `converged` is false. */
  readonly failure: 'notConverged' | 'boundary' | null;
  /**
   * The parameters that ran off to 0 or ∞ (beyond e^±LOG_PARAMETER_LIMIT) when failure is
   * 'boundary'. a → 0 or b → ∞ means a drop-out probability of 0: nobody in the data has been
   * seen to stop buying, and the BG/NBD degenerates to the NBD (see shared/methods/clv/README.md).
   */
  readonly boundaryParameters: readonly ('r' | 'alpha' | 'a' | 'b')[];
  /** Objective evaluations over both optimisers (bounded: see MAX_EVALUATIONS). */
  readonly evaluations: number;
  /** Clients the fit used. */
  readonly clients: number;
}

/** The per-client inputs; rows with a NaN (or `included` 0) are left out of the fit. */
export interface RepeatColumns {
  readonly frequency: ArrayLike<number>;
  readonly recency: ArrayLike<number>;
  readonly T: ArrayLike<number>;
  readonly included?: ArrayLike<number>;
}

export interface FitOptions {
  /** L2 penalty: the minimised objective is −LL / clients + penalty · Σ parameter². 0 = none. */
  readonly penalty?: number;
}

/** Beyond e^±LOG_PARAMETER_LIMIT a parameter is taken to have run off to 0 or ∞. */
const LOG_PARAMETER_LIMIT = 15;
/**
 * Evaluations allowed to each optimiser. One evaluation is a pass over the distinct (x, t_x, T)
 * histories (about 1 ms per 10,000); CDNOW needs about 40 (BFGS), so this only bounds the wait
 * on data the model does not fit.
 */
const MAX_EVALUATIONS = 1_500;

const PARAMETER_NAMES = ['r', 'alpha', 'a', 'b'] as const;

/** Distinct (x, t_x, T) triples with how many clients share each. */
interface GroupedClients {
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly weight: Float64Array;
  /** Per group, the index of its x in `distinctX`. */
  readonly xIndex: Int32Array;
  readonly distinctX: Float64Array;
  readonly clients: number;
}

export function fitBgNbd(summary: RepeatColumns, options: FitOptions = {}): BgNbdFit {
  const penalty = options.penalty ?? 0;
  const groups = groupClients(summary);
  const work = likelihoodWorkspace(groups);
  const parameters = new Float64Array(4);
  const withGradient = (logParams: Float64Array, gradient: Float64Array): number => {
    for (let i = 0; i < 4; i++) parameters[i] = Math.exp(logParams[i]);
    const ll = groupedLogLikelihood(parameters[0], parameters[1], parameters[2], parameters[3], groups, work, gradient);
    let penaltyTerm = 0;
    for (let i = 0; i < 4; i++) {
      const theta = parameters[i];
      penaltyTerm += theta * theta;
      // d/dφ of −LL/N + λ·Σθ² with θ = e^φ.
      gradient[i] = (-theta * gradient[i]) / groups.clients + 2 * penalty * theta * theta;
    }
    return -ll / groups.clients + penalty * penaltyTerm;
  };
  // BFGS with the analytic gradient; Nelder–Mead (no derivatives) when BFGS does not settle. Both
  // stop as soon as a log-parameter passes the limit: the likelihood then has no interior maximum
  // (a → 0 on a sheet where nobody stops buying) and searching further only costs time.
  const bounds = { coordinateLimit: LOG_PARAMETER_LIMIT };
  let result = minimizeWithGradient(withGradient, [0, 0, 0, 0], { ...bounds, maxEvaluations: MAX_EVALUATIONS });
  let iterations = result.iterations;
  let evaluations = result.evaluations;
  if (!result.converged && !result.boundary) {
    const gradient = new Float64Array(4);
    result = minimize((logParams) => withGradient(logParams, gradient), result.point,
      { ...bounds, maxEvaluations: MAX_EVALUATIONS });
    iterations += result.iterations;
    evaluations += result.evaluations;
  }
  const [r, alpha, a, b] = Array.from(result.point, Math.exp);
  const atBoundary = result.boundary || beyondLimit(result.point, LOG_PARAMETER_LIMIT);
  const converged = result.converged && !atBoundary && groups.clients > 0;
  return {
    r, alpha, a, b,
    logLikelihood: groupedLogLikelihood(r, alpha, a, b, groups, work, null),
    iterations,
    converged,
    failure: converged ? null : atBoundary ? 'boundary' : 'notConverged',
    boundaryParameters: PARAMETER_NAMES.filter((_, i) => Math.abs(result.point[i]) > LOG_PARAMETER_LIMIT),
    evaluations,
    clients: groups.clients,
  };
}

/**
 * Total BG/NBD log-likelihood of the clients in `summary` at the given parameters, eq. (6); with
 * `gradient` (length 4), also its derivatives by r, α, a, b.
 */
export function bgNbdLogLikelihood(
  params: BgNbdParams, summary: RepeatColumns, gradient: Float64Array | null = null,
): number {
  const groups = groupClients(summary);
  return groupedLogLikelihood(params.r, params.alpha, params.a, params.b, groups, likelihoodWorkspace(groups), gradient);
}

/** Per distinct x: the x-only terms of the log-likelihood and their derivatives by r, α, a, b. */
interface LikelihoodWorkspace {
  readonly perX: Float64Array;
  /** Clients (weights) with each distinct x. */
  readonly clientsPerX: Float64Array;
}

function likelihoodWorkspace(groups: GroupedClients): LikelihoodWorkspace {
  const clientsPerX = new Float64Array(groups.distinctX.length);
  for (let g = 0; g < groups.x.length; g++) clientsPerX[groups.xIndex[g]] += groups.weight[g];
  return {
    perX: new Float64Array(groups.distinctX.length),
    clientsPerX,
  };
}

/**
 * Σ weight · ln L(r, α, a, b | x, t_x, T) over the groups; when `gradient` is given, also writes
 * ∂/∂r, ∂/∂α, ∂/∂a, ∂/∂b of that sum into it. With the two terms of the likelihood's tail as
 * weights w_A (alive at T) and w_B = 1 − w_A (dropped out after the last purchase):
 *   ∂/∂r = ψ(r+x) − ψ(r) + ln α − w_A ln(α+T) − w_B ln(α+t_x)
 *   ∂/∂α = r/α − (r+x) (w_A / (α+T) + w_B / (α+t_x))
 *   ∂/∂a = ψ(a+b) − ψ(a+b+x) + w_B / a
 *   ∂/∂b = ψ(a+b) + ψ(b+x) − ψ(b) − ψ(a+b+x) − w_B / (b+x−1)
 */
function groupedLogLikelihood(
  r: number, alpha: number, a: number, b: number, groups: GroupedClients, work: LikelihoodWorkspace,
  gradient: Float64Array | null,
): number {
  const { distinctX } = groups;
  const { perX, clientsPerX } = work;
  // The terms that depend on x only: ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b).
  const logAlpha = Math.log(alpha);
  const shared = -logGamma(r) + r * logAlpha + logGamma(a + b) - logGamma(b);
  for (let k = 0; k < distinctX.length; k++) {
    const x = distinctX[k];
    perX[k] = shared + logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x);
  }
  const logA = Math.log(a);
  let total = 0;
  if (!gradient) {
    for (let g = 0; g < groups.x.length; g++) {
      const x = groups.x[g];
      const alive = -(r + x) * Math.log(alpha + groups.T[g]);
      const tail = x > 0
        ? logSumExp(alive, logA - Math.log(b + x - 1) - (r + x) * Math.log(alpha + groups.tx[g]))
        : alive;
      total += groups.weight[g] * (perX[groups.xIndex[g]] + tail);
    }
    return total;
  }

  const psiR = digamma(r);
  const psiAB = digamma(a + b);
  const psiB = digamma(b);
  let dr = 0;
  let dAlpha = 0;
  let da = 0;
  let db = 0;
  for (let k = 0; k < distinctX.length; k++) {
    const x = distinctX[k];
    const psiABX = digamma(a + b + x);
    const count = clientsPerX[k];
    dr += count * (digamma(r + x) - psiR + logAlpha);
    dAlpha += count * (r / alpha);
    da += count * (psiAB - psiABX);
    db += count * (psiAB + digamma(b + x) - psiB - psiABX);
  }
  for (let g = 0; g < groups.x.length; g++) {
    const x = groups.x[g];
    const weight = groups.weight[g];
    const logAgeT = Math.log(alpha + groups.T[g]);
    const alive = -(r + x) * logAgeT;
    if (x === 0) {
      total += weight * (perX[groups.xIndex[g]] + alive);
      dr -= weight * logAgeT;
      dAlpha -= weight * (r + x) / (alpha + groups.T[g]);
      continue;
    }
    const logAgeTx = Math.log(alpha + groups.tx[g]);
    const dropped = logA - Math.log(b + x - 1) - (r + x) * logAgeTx;
    const tail = logSumExp(alive, dropped);
    const wDropped = Math.exp(dropped - tail);
    const wAlive = 1 - wDropped;
    total += weight * (perX[groups.xIndex[g]] + tail);
    dr -= weight * (wAlive * logAgeT + wDropped * logAgeTx);
    dAlpha -= weight * (r + x) * (wAlive / (alpha + groups.T[g]) + wDropped / (alpha + groups.tx[g]));
    da += weight * wDropped / a;
    db -= weight * wDropped / (b + x - 1);
  }
  gradient[0] = dr;
  gradient[1] = dAlpha;
  gradient[2] = da;
  gradient[3] = db;
  return total;
}

/**
 * The distinct (x, t_x, T) histories in canonical order (by x, then t_x, then T), whatever the
 * order of the clients: the likelihood is then summed in the same order for any numbering of the
 * clients or order of the rows, so the fit (and whether it converges) cannot depend on them.
 */
function groupClients(summary: RepeatColumns): GroupedClients {
  const { frequency, recency, T, included } = summary;
  const kept: number[] = [];
  for (let c = 0; c < frequency.length; c++) {
    if (included && !included[c]) continue;
    if (Number.isNaN(frequency[c]) || Number.isNaN(recency[c]) || Number.isNaN(T[c])) continue;
    kept.push(c);
  }
  kept.sort((i, j) => frequency[i] - frequency[j] || recency[i] - recency[j] || T[i] - T[j]);
  const x: number[] = [];
  const tx: number[] = [];
  const age: number[] = [];
  const weight: number[] = [];
  for (const c of kept) {
    const last = x.length - 1;
    if (last >= 0 && x[last] === frequency[c] && tx[last] === recency[c] && age[last] === T[c]) {
      weight[last]++;
      continue;
    }
    x.push(frequency[c]); tx.push(recency[c]); age.push(T[c]); weight.push(1);
  }
  // x is sorted, so its distinct values come in order.
  const distinctValues: number[] = [];
  const xIndex = new Int32Array(x.length);
  for (let g = 0; g < x.length; g++) {
    if (distinctValues.length === 0 || distinctValues[distinctValues.length - 1] !== x[g]) distinctValues.push(x[g]);
    xIndex[g] = distinctValues.length - 1;
  }
  return {
    x: Float64Array.from(x),
    tx: Float64Array.from(tx),
    T: Float64Array.from(age),
    weight: Float64Array.from(weight),
    xIndex,
    distinctX: Float64Array.from(distinctValues),
    clients: kept.length,
  };
}

/**
 * Half-width of the band around a = 1 where eqs. (7) and (10) are 0/0: their factor 1/(a − 1) meets a
 * numerator that vanishes at a = 1 (there 2F1(·, c; c; z) = (1 − z)^−·). Both are analytic in a, so
 * inside the band the value is the mean of the formula at a = 1 ± A_ONE_STEP, which equals the limit
 * up to O(A_ONE_STEP²) ≈ 1e-8 relative; outside it the formula itself is used.
 */
const A_ONE_BAND = 1e-6;
const A_ONE_STEP = 1e-4;

function atAOne<T extends { a: number }>(params: T, formula: (p: T) => number): number | null {
  if (!(Math.abs(params.a - 1) < A_ONE_BAND)) return null;
  return (formula({ ...params, a: 1 - A_ONE_STEP }) + formula({ ...params, a: 1 + A_ONE_STEP })) / 2;
}

/** E[X(t)]: expected purchases of a random new client in (0, t], eq. (7); at a = 1 its limit. */
export function bgNbdPopulationExpectation(params: BgNbdParams, t: number): number {
  if (t <= 0) return 0;
  return atAOne(params, (p) => bgNbdPopulationExpectation(p, t)) ?? populationExpectation(params, t);
}

function populationExpectation(params: BgNbdParams, t: number): number {
  const { r, alpha, a, b } = params;
  const hyper = hypergeometric2F1(r, b, a + b - 1, t / (alpha + t));
  return ((a + b - 1) / (a - 1)) * (1 - Math.pow(alpha / (alpha + t), r) * hyper);
}

/** P(alive at T | x, t_x, T). Exactly 1 for a client with no repeat purchase (x = 0). */
export function bgNbdProbabilityAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const { r, alpha, a, b } = params;
  const logOdds = Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + T) / (alpha + tx));
  return 1 / (1 + Math.exp(logOdds));
}

/** E[Y(t) | x, t_x, T]: expected purchases in the next t time units after T, eq. (10); at a = 1 its limit. */
export function bgNbdExpectedPurchases(
  params: BgNbdParams, t: number, x: number, tx: number, T: number,
): number {
  if (t <= 0) return 0;
  return atAOne(params, (p) => bgNbdExpectedPurchases(p, t, x, tx, T)) ?? expectedPurchases(params, t, x, tx, T);
}

function expectedPurchases(params: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = params;
  const z = t / (alpha + T + t);
  const hyper = hypergeometric2F1(r + x, b + x, a + b + x - 1, z);
  const numerator = 1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * hyper;
  const denominator = x > 0
    ? 1 + (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x)
    : 1;
  return ((a + b + x - 1) / (a - 1)) * numerator / denominator;
}
