/**
 * Gamma-Gamma spend model (Colombo and Jiang 1999; Fader, Hardie and Lee 2005, "RFM and CLV: using
 * iso-value curves for customer base analysis", Journal of Marketing Research 42(4), section on
 * spend, and Fader and Hardie's note "The Gamma-Gamma model of monetary value", 2013). A client's
 * spend per purchase is Gamma(p, ν) around their own mean, with ν ~ Gamma(q, γ) across clients.
 *
 * - fitGammaGamma: maximum likelihood on the repeat customers (x > 0) with mean repeat spend m̄,
 *     ln f(m̄ | x) = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m̄ + px ln x
 *                   − (px+q) ln(γ + m̄x),
 *   on log-parameters with our BFGS minimiser and the analytic gradient (Nelder–Mead as fallback).
 *   A repeat customer with zero or negative spend has no density: we refuse with a ClientValueError
 *   naming the client instead of failing later.
 * - gammaGammaExpectedSpend: E[M | x, m̄] = p(γ + x·m̄) / (px + q − 1); with x = 0 this is the
 *   population mean pγ / (q − 1) (infinite, so NaN, when q ≤ 1).
 *
 * Published check (FHL 2005, CDNOW, 946 repeat customers): p = 6.25, q = 3.74, γ = 15.44.
 */
import { ClientValueError } from '../../errors';
import { digamma, logGamma } from './specialFunctions';
import { beyondLimit, minimize, minimizeWithGradient } from './optimizer';
import type { FitOptions } from './bgnbd';

export interface GammaGammaParams {
  readonly p: number;
  readonly q: number;
  readonly gamma: number;
}

export interface GammaGammaFit extends GammaGammaParams {
  /** Log-likelihood of the repeat customers' mean spends (without the penalty). */
  readonly logLikelihood: number;
  readonly iterations: number;
  readonly converged: boolean;
  readonly failure: 'notConverged' | 'boundary' | null;
  /** Repeat customers the fit used. */
  readonly repeatCustomers: number;
}

export interface GammaGammaOptions extends FitOptions {
  /** How to name client c in an error (default: "#c+1"). */
  readonly clientName?: (client: number) => string;
}

const LOG_PARAMETER_LIMIT = 15;
/** Evaluations allowed to each optimiser (CDNOW needs about 30): bounds the wait on data the model does not fit. */
const MAX_EVALUATIONS = 1_500;

export function fitGammaGamma(
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>,
  options: GammaGammaOptions = {},
): GammaGammaFit {
  const penalty = options.penalty ?? 0;
  const clientName = options.clientName ?? ((client: number) => `#${client + 1}`);
  const x: number[] = [];
  const logM: number[] = [];
  const m: number[] = [];
  for (let c = 0; c < frequency.length; c++) {
    const xc = frequency[c];
    if (!(xc > 0)) continue;
    const spend = monetary[c];
    if (!(spend > 0) || !Number.isFinite(spend)) {
      throw new ClientValueError('clv.error.nonPositiveSpend',
        { client: clientName(c), frequency: xc, spend: String(spend) });
    }
    x.push(xc); m.push(spend);
  }
  // γ is in money, like the spends: fitted on spends in units of `scale` (a power of 2 near their
  // median, so the division is exact and does not depend on the order of the clients), it stays
  // near 1 instead of running past e^15 on sheets in roubles or cents; γ = scale · γ′ after.
  const scale = spendScale(m);
  for (let i = 0; i < m.length; i++) {
    m[i] /= scale;
    logM.push(Math.log(m[i]));
  }
  const data = spendData(x, m, logM);
  const parameters = new Float64Array(3);
  const unit = [1, 1, scale];
  const withGradient = (logParams: Float64Array, gradient: Float64Array): number => {
    for (let i = 0; i < 3; i++) parameters[i] = Math.exp(logParams[i]);
    const ll = spendLogLikelihood(parameters[0], parameters[1], parameters[2], data, gradient);
    let penaltyTerm = 0;
    for (let i = 0; i < 3; i++) {
      // The penalty is on the parameter in the sheet's money (as lifetimes), the gradient by ln γ′.
      const theta = parameters[i] * unit[i];
      penaltyTerm += theta * theta;
      gradient[i] = (-parameters[i] * gradient[i]) / data.count + 2 * penalty * theta * theta;
    }
    return -ll / data.count + penalty * penaltyTerm;
  };
  // BFGS with the analytic gradient; Nelder–Mead (no derivatives) when BFGS does not settle; both
  // stop as soon as a log-parameter passes the limit (no interior maximum: searching on only costs time).
  const bounds = { coordinateLimit: LOG_PARAMETER_LIMIT, maxEvaluations: MAX_EVALUATIONS };
  let result = minimizeWithGradient(withGradient, [0, 0, 0], bounds);
  let iterations = result.iterations;
  if (!result.converged && !result.boundary) {
    const gradient = new Float64Array(3);
    result = minimize((logParams) => withGradient(logParams, gradient), result.point, bounds);
    iterations += result.iterations;
  }
  const [p, q, scaledGamma] = Array.from(result.point, Math.exp);
  const gamma = scaledGamma * scale;
  const atBoundary = result.boundary || beyondLimit(result.point, LOG_PARAMETER_LIMIT);
  const converged = result.converged && !atBoundary && data.count > 0;
  return {
    p, q, gamma,
    // The density of m̄ in the sheet's money: f(m̄) = f′(m̄ / scale) / scale for each client.
    logLikelihood: spendLogLikelihood(p, q, scaledGamma, data, null) - data.count * Math.log(scale),
    iterations,
    converged,
    failure: converged ? null : atBoundary ? 'boundary' : 'notConverged',
    repeatCustomers: data.count,
  };
}

interface SpendData {
  readonly count: number;
  readonly x: Float64Array;
  readonly m: Float64Array;
  /** Per client ln m̄ and ln x (the constant terms are kept, so the likelihood is the true one). */
  readonly logM: Float64Array;
  readonly logX: Float64Array;
  readonly xIndex: Int32Array;
  readonly distinctX: Float64Array;
}

/** A power of 2 near the median spend (1 with no spends). */
function spendScale(spends: readonly number[]): number {
  if (spends.length === 0) return 1;
  const sorted = [...spends].sort((u, v) => u - v);
  return Math.pow(2, Math.round(Math.log2(sorted[Math.floor(sorted.length / 2)])));
}

/**
 * The repeat customers in canonical order (by x, then m̄), whatever the order of the clients, so
 * that the likelihood is summed in the same order and the fit cannot depend on row order.
 */
function spendData(unorderedX: number[], unorderedM: number[], unorderedLogM: number[]): SpendData {
  const order = Array.from(unorderedX.keys()).sort((i, j) => unorderedX[i] - unorderedX[j] || unorderedM[i] - unorderedM[j]);
  const x = order.map((i) => unorderedX[i]);
  const m = order.map((i) => unorderedM[i]);
  const logM = order.map((i) => unorderedLogM[i]);
  const distinctValues = [...new Set(x)].sort((u, v) => u - v);
  const position = new Map(distinctValues.map((value, k) => [value, k]));
  return {
    count: x.length,
    x: Float64Array.from(x),
    m: Float64Array.from(m),
    logM: Float64Array.from(logM),
    logX: Float64Array.from(x, Math.log),
    xIndex: Int32Array.from(x, (value) => position.get(value)!),
    distinctX: Float64Array.from(distinctValues),
  };
}

/**
 * Σ ln f(m̄ | p, q, γ, x) over the repeat customers; with `gradient`, also writes its derivatives:
 *   ∂/∂p = x [ψ(px+q) − ψ(px) + ln m̄ + ln x − ln(γ + m̄x)]
 *   ∂/∂q = ψ(px+q) − ψ(q) + ln γ − ln(γ + m̄x)
 *   ∂/∂γ = q/γ − (px+q) / (γ + m̄x)
 */
function spendLogLikelihood(p: number, q: number, gamma: number, data: SpendData, gradient: Float64Array | null): number {
  const { distinctX } = data;
  const perX = new Float64Array(distinctX.length);
  const perXSlope = new Float64Array(distinctX.length);
  const logGammaParam = Math.log(gamma);
  const shared = -logGamma(q) + q * logGammaParam;
  for (let k = 0; k < distinctX.length; k++) {
    const px = p * distinctX[k];
    perX[k] = shared + logGamma(px + q) - logGamma(px);
    if (gradient) perXSlope[k] = digamma(px + q);
  }
  let total = 0;
  let dp = 0;
  let dq = 0;
  let dGamma = 0;
  const psiQ = gradient ? digamma(q) : 0;
  for (let i = 0; i < data.count; i++) {
    const x = data.x[i];
    const px = p * x;
    const logSpent = Math.log(gamma + data.m[i] * x);
    total += perX[data.xIndex[i]] + (px - 1) * data.logM[i] + px * data.logX[i] - (px + q) * logSpent;
    if (!gradient) continue;
    const psiPxQ = perXSlope[data.xIndex[i]];
    dp += x * (psiPxQ - digamma(px) + data.logM[i] + data.logX[i] - logSpent);
    dq += psiPxQ - psiQ + logGammaParam - logSpent;
    dGamma += q / gamma - (px + q) / (gamma + data.m[i] * x);
  }
  if (gradient) {
    gradient[0] = dp;
    gradient[1] = dq;
    gradient[2] = dGamma;
  }
  return total;
}

/** E[M | x, m̄]: expected spend per future purchase of a client with x repeat purchases of mean m̄. */
export function gammaGammaExpectedSpend(params: GammaGammaParams, x: number, m: number): number {
  const { p, q, gamma } = params;
  if (x === 0 && q <= 1) return NaN;
  return (p * (gamma + x * (x > 0 ? m : 0))) / (p * x + q - 1);
}
