/**
 * Special functions the purchase and spend models need: log-gamma, log-beta, the Gauss
 * hypergeometric function 2F1 and a two-term log-sum-exp.
 *
 * - logGamma: the Lanczos approximation (Lanczos 1964) with g = 7 and nine coefficients (the set
 *   published by Godfrey, also in Press et al., Numerical Recipes 3rd ed., §6.1 discussion),
 *   relative error about 1e-15 for x > 0; the reflection formula Γ(x)Γ(1−x) = π / sin(πx) below 0.5.
 *   Example: logGamma(0.5) = ln √π = 0.5723649429247001, logGamma(10) = ln 362880.
 * - digamma: ψ = (ln Γ)′, for the gradients of the likelihoods.
 * - hypergeometric2F1: the defining power series Σ (a)ₙ(b)ₙ / (c)ₙ · zⁿ / n! for 0 ≤ z < 1, the only
 *   range BG/NBD uses (z = t / (α + T + t)); c = a + b + x − 1 there may be negative when a + b < 1. Example: 2F1(1, 1; 2; z) = −ln(1 − z) / z.
 */

const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
const LOG_SQRT_TWO_PI = 0.9189385332046728;

/** ln Γ(x) for x > 0 (and for negative non-integers, ln |Γ(x)|). NaN for x ≤ 0 integers. */
export function logGamma(x: number): number {
  if (Number.isNaN(x) || (x <= 0 && Number.isInteger(x))) return NaN;
  if (x < 0.5) {
    const sine = Math.sin(Math.PI * x);
    return Math.log(Math.PI / Math.abs(sine)) - logGamma(1 - x);
  }
  const z = x - 1;
  let series = LANCZOS_COEFFICIENTS[0];
  for (let i = 1; i < LANCZOS_COEFFICIENTS.length; i++) series += LANCZOS_COEFFICIENTS[i] / (z + i);
  const base = z + LANCZOS_G + 0.5;
  return LOG_SQRT_TWO_PI + (z + 0.5) * Math.log(base) - base + Math.log(series);
}

/**
 * ψ(x) = d/dx ln Γ(x) for x > 0: the recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10, then the
 * asymptotic series ln x − 1/(2x) − Σ B₂ₖ / (2k x²ᵏ) (Abramowitz and Stegun 6.3.18), error < 1e-13.
 * Example: digamma(1) = −0.5772156649015329 (minus the Euler–Mascheroni constant).
 */
export function digamma(x: number): number {
  if (!(x > 0)) return NaN;
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  const inverse = 1 / x;
  const inverse2 = inverse * inverse;
  const series = inverse2 * (1 / 12 - inverse2 * (1 / 120 - inverse2 * (1 / 252 - inverse2 * (1 / 240 - inverse2 * (1 / 132)))));
  return shift + Math.log(x) - 0.5 * inverse - series;
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0. */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** ln(eᵘ + eᵛ) without overflow or underflow. */
export function logSumExp(u: number, v: number): number {
  if (u === -Infinity) return v;
  if (v === -Infinity) return u;
  return u > v ? u + Math.log1p(Math.exp(v - u)) : v + Math.log1p(Math.exp(u - v));
}

/** Terms after which the 2F1 series gives up (z this close to 1 needs a transformation instead). */
const MAX_SERIES_TERMS = 1_000_000;

/**
 * Gauss hypergeometric function 2F1(a, b; c; z) for 0 ≤ z < 1 and c not 0, −1, −2…, summed term by term until
 * a term no longer changes the sum in double precision. Returns NaN outside that range or when the
 * series has not settled after a million terms.
 */
export function hypergeometric2F1(a: number, b: number, c: number, z: number): number {
  if (!(z >= 0 && z < 1) || (c <= 0 && Number.isInteger(c))) return NaN;
  let term = 1;
  let sum = 1;
  for (let n = 0; n < MAX_SERIES_TERMS; n++) {
    term *= ((a + n) * (b + n)) / ((c + n) * (n + 1)) * z;
    sum += term;
    if (Math.abs(term) <= 1e-16 * Math.abs(sum)) return sum;
    if (term === 0) return sum;
  }
  return NaN;
}
