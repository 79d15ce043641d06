/**
 * Gamma-Gamma spend model (Colombo and Jiang 1999; Fader, Hardie and Lee 2005, "RFM and CLV: using
 * iso-value curves for customer base analysis", Journal of Marketing Research 42(4), section on
 * spend, and Fader and Hardie's note "The Gamma-Gamma model of monetary value", 2013). A client's
 * spend per purchase is Gamma(p, ν) around their own mean, with ν ~ Gamma(q, γ) across clients.
 *
 * - fitGammaGamma: maximum likelihood on the repeat customers (x > 0) with mean repeat spend m̄,
 *     ln f(m̄ | x) = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m̄ + px ln x
 *                   − (px+q) ln(γ + m̄x),
 *   on log-parameters with our Nelder–Mead minimiser. A repeat customer with zero or negative spend
 *   has no density: we refuse with a ClientValueError naming the client instead of failing later.
 * - gammaGammaExpectedSpend: E[M | x, m̄] = p(γ + x·m̄) / (px + q − 1); with x = 0 this is the
 *   population mean pγ / (q − 1) (infinite, so NaN, when q ≤ 1).
 *
 * Published check (FHL 2005, CDNOW, 946 repeat customers): p = 6.25, q = 3.74, γ = 15.44.
 */
import { ClientValueError } from '../../errors';
import { logGamma } from './specialFunctions';
import { minimize } from './optimizer';
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
    x.push(xc); m.push(spend); logM.push(Math.log(spend));
  }
  const data = spendData(x, m, logM);
  const objective = (logParams: Float64Array): number => {
    const p = Math.exp(logParams[0]);
    const q = Math.exp(logParams[1]);
    const gamma = Math.exp(logParams[2]);
    return -spendLogLikelihood(p, q, gamma, data) / data.count + penalty * (p * p + q * q + gamma * gamma);
  };
  const result = minimize(objective, [0, 0, 0]);
  const [p, q, gamma] = Array.from(result.point, Math.exp);
  const atBoundary = Array.from(result.point).some((value) => Math.abs(value) > LOG_PARAMETER_LIMIT);
  const converged = result.converged && !atBoundary && data.count > 0;
  return {
    p, q, gamma,
    logLikelihood: spendLogLikelihood(p, q, gamma, data),
    iterations: result.iterations,
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

function spendData(x: number[], m: number[], logM: number[]): SpendData {
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

function spendLogLikelihood(p: number, q: number, gamma: number, data: SpendData): number {
  const { distinctX } = data;
  const perX = new Float64Array(distinctX.length);
  const shared = -logGamma(q) + q * Math.log(gamma);
  for (let k = 0; k < distinctX.length; k++) {
    const px = p * distinctX[k];
    perX[k] = shared + logGamma(px + q) - logGamma(px);
  }
  let total = 0;
  for (let i = 0; i < data.count; i++) {
    const x = data.x[i];
    const px = p * x;
    total += perX[data.xIndex[i]] + (px - 1) * data.logM[i] + px * data.logX[i]
      - (px + q) * Math.log(gamma + data.m[i] * x);
  }
  return total;
}

/** E[M | x, m̄]: expected spend per future purchase of a client with x repeat purchases of mean m̄. */
export function gammaGammaExpectedSpend(params: GammaGammaParams, x: number, m: number): number {
  const { p, q, gamma } = params;
  if (x === 0 && q <= 1) return NaN;
  return (p * (gamma + x * (x > 0 ? m : 0))) / (p * x + q - 1);
}
