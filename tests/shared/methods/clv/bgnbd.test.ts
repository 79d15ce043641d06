import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bgNbdExpectedPurchases, bgNbdLogLikelihood, bgNbdPopulationExpectation, bgNbdProbabilityAlive, fitBgNbd,
} from '../../../../shared/methods/clv/bgnbd';
import { repeatSummary } from '../../../../shared/methods/clv/repeatSummary';
import { simulateBgNbd, mulberry32 } from '../../../../shared/methods/clv/simulateBgNbd';
import { CDNOW_CALIBRATION_END, readCdnowSample } from './cdnow';

const PUBLISHED = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('BG/NBD on CDNOW (Fader, Hardie and Lee 2005)', () => {
  const sample = readCdnowSample();
  const summary = repeatSummary(sample, { timeUnit: 'week', calibrationEnd: CDNOW_CALIBRATION_END });
  const fit = fitBgNbd(summary);

  it('reproduces r = 0.243, α = 4.414, a = 0.793, b = 2.426 and LL = −9582.4', () => {
    expect(fit.converged).toBe(true);
    expect(fit.clients).toBe(2357);
    expect(Math.abs(fit.r - 0.243)).toBeLessThanOrEqual(0.0005);
    expect(Math.abs(fit.alpha - 4.414)).toBeLessThanOrEqual(0.0005);
    expect(Math.abs(fit.a - 0.793)).toBeLessThanOrEqual(0.0005);
    expect(Math.abs(fit.b - 2.426)).toBeLessThanOrEqual(0.0005);
    expect(Math.abs(fit.logLikelihood - -9582.4)).toBeLessThanOrEqual(0.05);
  });

  it('gives LL −9582.4 at the published parameters too', () => {
    expect(bgNbdLogLikelihood(PUBLISHED, summary)).toBeCloseTo(-9582.4, 0);
  });

  it('has an analytic gradient that matches central differences', () => {
    const gradient = new Float64Array(4);
    bgNbdLogLikelihood(PUBLISHED, summary, gradient);
    const names = ['r', 'alpha', 'a', 'b'] as const;
    names.forEach((name, i) => {
      const h = 1e-6 * PUBLISHED[name];
      const up = bgNbdLogLikelihood({ ...PUBLISHED, [name]: PUBLISHED[name] + h }, summary);
      const down = bgNbdLogLikelihood({ ...PUBLISHED, [name]: PUBLISHED[name] - h }, summary);
      expect(gradient[i]).toBeCloseTo((up - down) / (2 * h), 2);
    });
    // At the maximum the gradient vanishes.
    bgNbdLogLikelihood(fit, summary, gradient);
    for (const component of gradient) expect(Math.abs(component)).toBeLessThan(1e-3);
  });

  it('expects 1.226 purchases in the next 39 weeks for x = 2, t_x = 30.43, T = 38.86 (lifetimes tests)', () => {
    expect(Math.abs(bgNbdExpectedPurchases(PUBLISHED, 39, 2, 30.43, 38.86) - 1.226)).toBeLessThanOrEqual(0.001);
    expect(Math.abs(bgNbdExpectedPurchases(fit, 39, 2, 30.43, 38.86) - 1.226)).toBeLessThanOrEqual(0.001);
  });

  it('does not depend on row order or client numbering', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
      const random = mulberry32(seed);
      const rows = Array.from(sample.client.keys());
      for (let i = rows.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [rows[i], rows[j]] = [rows[j], rows[i]];
      }
      const relabel = Array.from({ length: sample.clientCount }, (_, c) => c);
      for (let i = relabel.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [relabel[i], relabel[j]] = [relabel[j], relabel[i]];
      }
      const permuted = repeatSummary({
        client: Int32Array.from(rows, (row) => relabel[sample.client[row]]),
        day: Float64Array.from(rows, (row) => sample.day[row]),
        amount: Float64Array.from(rows, (row) => sample.amount[row]),
        clientCount: sample.clientCount,
      }, { timeUnit: 'week', calibrationEnd: CDNOW_CALIBRATION_END });
      const again = fitBgNbd(permuted);
      for (const name of ['r', 'alpha', 'a', 'b'] as const) {
        expect(Math.abs(again[name] - fit[name])).toBeLessThanOrEqual(1e-5 * fit[name]);
      }
      expect(again.logLikelihood).toBeCloseTo(fit.logLikelihood, 6);
    }), { numRuns: 3 });
  });
});

describe('BG/NBD when nobody stops buying (the likelihood has no interior maximum, a → 0)', () => {
  // 5,000 clients who never drop out (p ~ Beta(10⁻⁶, 1), so p ≈ 0): the fit can only push a to 0.
  // Before the boundary stop, BFGS crept along the flat ridge for its 500 iterations and then
  // Nelder–Mead ran: tens of thousands of evaluations (20 s on 10,000 clients) for the same verdict.
  const random = mulberry32(7);
  const ages = Float64Array.from({ length: 5_000 }, () => 20 + 60 * random());
  const noChurn = simulateBgNbd({ r: 2, alpha: 4, a: 1e-6, b: 1 }, ages, 11);

  it('stops as soon as a log-parameter passes the limit and reports the boundary', () => {
    const fit = fitBgNbd(noChurn);
    expect(fit.converged).toBe(false);
    expect(fit.failure).toBe('boundary');
    expect(fit.boundaryParameters).toContain('a');
    expect(fit.a).toBeLessThan(Math.exp(-15));
    expect(fit.evaluations).toBeLessThan(200);
  });

  it('still recovers the purchase rate: r / α = 0.5 purchases a week', () => {
    const fit = fitBgNbd(noChurn);
    expect(Math.abs(fit.r / fit.alpha - 0.5)).toBeLessThan(0.03);
  });
});

describe('BG/NBD recovers the parameters it was simulated with', () => {
  it('20,000 simulated clients, ages 20 to 40 weeks', () => {
    const truth = { r: 0.5, alpha: 6, a: 0.9, b: 3 };
    const random = mulberry32(7);
    const ages = Float64Array.from({ length: 20_000 }, () => 20 + 20 * random());
    const fit = fitBgNbd(simulateBgNbd(truth, ages, 2024));
    expect(fit.converged).toBe(true);
    expect(fit.r).toBeGreaterThan(truth.r * 0.9);
    expect(fit.r).toBeLessThan(truth.r * 1.1);
    expect(fit.alpha).toBeGreaterThan(truth.alpha * 0.85);
    expect(fit.alpha).toBeLessThan(truth.alpha * 1.15);
    expect(fit.a).toBeGreaterThan(truth.a * 0.75);
    expect(fit.a).toBeLessThan(truth.a * 1.25);
    expect(fit.b).toBeGreaterThan(truth.b * 0.75);
    expect(fit.b).toBeLessThan(truth.b * 1.25);
  });
});

describe('BG/NBD formulas', () => {
  const parameters = fc.record({
    r: fc.double({ min: 0.1, max: 3, noNaN: true }),
    alpha: fc.double({ min: 0.5, max: 30, noNaN: true }),
    a: fc.oneof(fc.double({ min: 0.2, max: 0.95, noNaN: true }), fc.double({ min: 1.05, max: 5, noNaN: true })),
    b: fc.double({ min: 0.2, max: 10, noNaN: true }),
  });
  const client = fc.tuple(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0.1, max: 100, noNaN: true }))
    .map(([x, share, T]) => ({ x, tx: x === 0 ? 0 : share * T, T }));

  it('P(alive) is exactly 1 for a client with no repeat purchase', () => {
    fc.assert(fc.property(parameters, fc.double({ min: 0, max: 500, noNaN: true }), (params, T) => {
      expect(bgNbdProbabilityAlive(params, 0, 0, T)).toBe(1);
    }));
  });

  it('P(alive) lies in (0, 1] and falls as the silence since the last purchase grows', () => {
    fc.assert(fc.property(parameters, client, (params, { x, tx, T }) => {
      const alive = bgNbdProbabilityAlive(params, x, tx, T);
      expect(alive).toBeGreaterThan(0);
      expect(alive).toBeLessThanOrEqual(1);
      if (x > 0) expect(bgNbdProbabilityAlive(params, x, tx, T + 10)).toBeLessThan(alive);
    }));
  });

  it('expected purchases grow with t', () => {
    fc.assert(fc.property(parameters, client, fc.double({ min: 0.01, max: 50, noNaN: true }),
      fc.double({ min: 0.01, max: 50, noNaN: true }), (params, { x, tx, T }, t, more) => {
        const before = bgNbdExpectedPurchases(params, t, x, tx, T);
        const after = bgNbdExpectedPurchases(params, t + more, x, tx, T);
        expect(before).toBeGreaterThan(0);
        expect(after).toBeGreaterThan(before * (1 - 1e-9));
      }));
  });

  it('a new client (x = 0, T = 0) expects what the population expects, E[X(t)]', () => {
    fc.assert(fc.property(parameters, fc.double({ min: 0.1, max: 100, noNaN: true }), (params, t) => {
      const population = bgNbdPopulationExpectation(params, t);
      expect(bgNbdExpectedPurchases(params, t, 0, 0, 0)).toBeCloseTo(population, 8);
    }));
  });

  it('E[X(t)] starts at the mean purchase rate r / α', () => {
    const t = 1e-4;
    expect(bgNbdPopulationExpectation(PUBLISHED, t) / t).toBeCloseTo(PUBLISHED.r / PUBLISHED.alpha, 4);
  });

  it('E[X(t)] tends to the NBD mean r·t/α when nobody drops out (b large)', () => {
    const params = { r: 1, alpha: 1, a: 2, b: 1000 };
    // Mean dropout probability a/(a+b) ≈ 0.2 %: over ~10 purchases about 1 % fewer.
    const expected = bgNbdPopulationExpectation(params, 10);
    expect(expected).toBeLessThan(10);
    expect(expected).toBeGreaterThan(9.8);
  });
});

describe('BG/NBD at a = 1 exactly (eqs. 7 and 10 are 0/0 there): the limit, not Infinity', () => {
  // At a = 1 the limit of eq. (7) is b·(1 − z)^r · Σ_{n≥1} (r)_n zⁿ/n! · Σ_{k<n} 1/(b + k), z = t/(α + t):
  // d/dc 2F1(r, b; c; z) at c = b, written out. Summed here independently of the code under test.
  function limitSeries(r: number, alpha: number, b: number, t: number): number {
    const z = t / (alpha + t);
    let term = 1; // (r)_n zⁿ / n!
    let harmonic = 0; // Σ_{k<n} 1/(b + k)
    let sum = 0;
    for (let n = 1; n < 5000; n++) {
      term *= ((r + n - 1) * z) / n;
      harmonic += 1 / (b + n - 1);
      sum += term * harmonic;
    }
    return b * Math.pow(1 - z, r) * sum;
  }
  const base = { r: 0.243, alpha: 4.414, b: 2.426 };

  it('E[X(t)] at a = 1 is finite, equals the series limit and lies between a = 1 ∓ 1e-9', () => {
    for (const t of [1, 39, 78]) {
      const atOne = bgNbdPopulationExpectation({ ...base, a: 1 }, t);
      expect(Number.isFinite(atOne)).toBe(true);
      expect(atOne).toBeCloseTo(limitSeries(base.r, base.alpha, base.b, t), 6);
      const below = bgNbdPopulationExpectation({ ...base, a: 1 - 1e-9 }, t);
      const above = bgNbdPopulationExpectation({ ...base, a: 1 + 1e-9 }, t);
      expect(Math.abs(atOne - below) / atOne).toBeLessThan(1e-5);
      expect(Math.abs(atOne - above) / atOne).toBeLessThan(1e-5);
      // and continuous with the plain formula just outside the band
      const outside = bgNbdPopulationExpectation({ ...base, a: 1 + 1e-3 }, t);
      expect(Math.abs(atOne - outside) / atOne).toBeLessThan(2e-3);
    }
  });

  it('E[Y(t) | x, t_x, T] at a = 1 is finite and agrees with a = 1 ± 1e-9', () => {
    for (const [x, tx, T] of [[0, 0, 30], [2, 30.43, 38.86], [5, 20, 39]]) {
      const atOne = bgNbdExpectedPurchases({ ...base, a: 1 }, 39, x, tx, T);
      expect(Number.isFinite(atOne)).toBe(true);
      expect(atOne).toBeGreaterThan(0);
      for (const a of [1 - 1e-9, 1 + 1e-9]) {
        const near = bgNbdExpectedPurchases({ ...base, a }, 39, x, tx, T);
        expect(Math.abs(atOne - near) / atOne).toBeLessThan(1e-5);
      }
    }
  });
});
