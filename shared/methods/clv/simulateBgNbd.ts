/**
 * Clients drawn from the BG/NBD process (Fader, Hardie and Lee 2005, section 2), for checking that
 * the fit recovers known parameters and for measuring its speed on large bases. Each client gets
 * λ ~ Gamma(shape r, rate α) and p ~ Beta(a, b); from the first purchase at time 0 they buy at
 * exponential(λ) intervals until the age T, and after each repeat purchase drop out with
 * probability p. Deterministic for a given seed (mulberry32 generator; gamma variates by Marsaglia
 * and Tsang 2000, "A simple method for generating gamma variables").
 */
import type { BgNbdParams } from './bgnbd';

export interface SimulatedClients {
  readonly frequency: Float64Array;
  readonly recency: Float64Array;
  readonly T: Float64Array;
}

/**
 * `ages[c]` is client c's age T at the end of observation; returns their (x, t_x, T).
 * Example: simulateBgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, ages, 42).
 */
export function simulateBgNbd(params: BgNbdParams, ages: ArrayLike<number>, seed: number): SimulatedClients {
  const random = mulberry32(seed);
  const count = ages.length;
  const frequency = new Float64Array(count);
  const recency = new Float64Array(count);
  const T = Float64Array.from(ages);
  for (let c = 0; c < count; c++) {
    const rate = gammaVariate(params.r, random) / params.alpha;
    const u = gammaVariate(params.a, random);
    const dropout = u / (u + gammaVariate(params.b, random));
    let time = 0;
    let purchases = 0;
    let last = 0;
    for (;;) {
      time += -Math.log(1 - random()) / rate;
      if (!(time <= T[c])) break;
      purchases++;
      last = time;
      if (random() < dropout) break;
    }
    frequency[c] = purchases;
    recency[c] = last;
  }
  return { frequency, recency, T };
}

/** A uniform [0, 1) generator from a 32-bit seed (Tommy Ettinger's mulberry32). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

/** Gamma(shape, 1) variate; shapes below 1 through Gamma(shape + 1) · U^(1/shape). */
function gammaVariate(shape: number, random: () => number): number {
  if (shape < 1) return gammaVariate(shape + 1, random) * Math.pow(1 - random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normalVariate(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Standard normal variate (Box–Muller). */
function normalVariate(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
