import { describe, expect, it } from 'vitest';
import {
  commonDropoutExpectedPurchases, commonDropoutLogLikelihood, commonDropoutProbabilityAlive, fitCommonDropout,
} from '../../../../shared/methods/clv/commonDropout';
import {
  bgNbdExpectedPurchases, bgNbdLogLikelihood, bgNbdProbabilityAlive, fitBgNbd,
} from '../../../../shared/methods/clv/bgnbd';
import { simulateBgNbd } from '../../../../shared/methods/clv/simulateBgNbd';
import { lifetimeValue, type ClvTable } from '../../../../shared/methods/clv/lifetimeValue';
import { DEFAULT_OPTIONS } from '../../../../shared/pipeline/options';
import { render } from '../../../../shared/i18n/translate';

const common = { r: 1.5, alpha: 4, p: 0.05 };
/** BG/NBD with a Beta(a, b) of mean p squeezed to a point: a + b = 10⁸. */
const squeezed = { r: common.r, alpha: common.alpha, a: common.p * 1e8, b: (1 - common.p) * 1e8 };
const histories: [number, number, number][] = [[0, 0, 30], [1, 10, 30], [2, 25.5, 38.9], [7, 20, 52], [12, 51, 52]];

describe('BG/NBD with one drop-out chance (the limit a, b → ∞, a / (a + b) = p)', () => {
  it.each(histories)('agrees with BG/NBD at a + b = 10⁸ for x = %d, t_x = %d, T = %d', (x, tx, T) => {
    expect(commonDropoutProbabilityAlive(common, x, tx, T)).toBeCloseTo(bgNbdProbabilityAlive(squeezed, x, tx, T), 6);
    for (const t of [1, 13, 52]) {
      const limit = commonDropoutExpectedPurchases(common, t, x, tx, T);
      expect(limit).toBeCloseTo(bgNbdExpectedPurchases(squeezed, t, x, tx, T), 5);
    }
  });

  it('has the BG/NBD log-likelihood of the squeezed model', () => {
    const summary = { frequency: histories.map((h) => h[0]), recency: histories.map((h) => h[1]), T: histories.map((h) => h[2]) };
    expect(commonDropoutLogLikelihood(common, summary)).toBeCloseTo(bgNbdLogLikelihood(squeezed, summary), 4);
  });

  it('tends to the NBD (no drop-out) as p → 0: (r + x) t / (α + T)', () => {
    const x = 3;
    const T = 40;
    const nbd = ((common.r + x) * 10) / (common.alpha + T);
    expect(commonDropoutExpectedPurchases({ ...common, p: 1e-9 }, 10, x, 40, T)).toBeCloseTo(nbd, 6);
  });

  it('a client who never bought again is alive for sure; one silent since long ago much less so', () => {
    expect(commonDropoutProbabilityAlive(common, 0, 0, 50)).toBe(1);
    expect(commonDropoutProbabilityAlive(common, 10, 50, 52)).toBeGreaterThan(commonDropoutProbabilityAlive(common, 10, 5, 52));
  });

  it('recovers the drop-out chance of simulated clients who all share it', () => {
    const ages = Float64Array.from({ length: 8000 }, (_, c) => 20 + (c % 60));
    const clients = simulateBgNbd({ r: 2, alpha: 3, a: 0.03 * 1e7, b: 0.97 * 1e7 }, ages, 7);
    const fit = fitCommonDropout(clients, { r: 1, alpha: 1, p: 0.1 });
    expect(fit.converged).toBe(true);
    expect(fit.p).toBeGreaterThan(0.02);
    expect(fit.p).toBeLessThan(0.04);
    expect(fit.r / fit.alpha).toBeCloseTo(2 / 3, 1);
  });
});

describe('lifetimeValue when every client shares one drop-out chance', () => {
  /** Transactions whose weekly repeat summary is the simulated one (first buy at calibration end − T). */
  function sheetOf(clients: { frequency: Float64Array; recency: Float64Array; T: Float64Array }, end: number): ClvTable {
    const rows: [number, number, number][] = [];
    for (let c = 0; c < clients.T.length; c++) {
      const first = end - Math.round(clients.T[c] * 7);
      const x = clients.frequency[c];
      const last = first + Math.round(clients.recency[c] * 7);
      // Each client its own typical spend, each purchase around it (Gamma-Gamma needs both spreads).
      const typical = 20 + ((c * 37) % 200);
      const spend = (k: number) => typical * (0.5 + ((c * 7 + k * 13) % 100) / 100);
      rows.push([c, first, spend(0)]);
      for (let k = 1; k <= x; k++) rows.push([c, first + Math.round(((last - first) * k) / x), spend(k)]);
    }
    return {
      client: Int32Array.from(rows, (row) => row[0]),
      day: Float64Array.from(rows, (row) => row[1]),
      amount: Float64Array.from(rows, (row) => row[2]),
      clients: Array.from({ length: clients.T.length }, (_, c) => ({ name: `Client ${c + 1}` })),
    };
  }

  it('predicts with the limit model and says so, instead of refusing as if nobody left', () => {
    // Frequent buyers (about 0.3 a week) who all leave after a purchase with the same 1 % chance.
    const ages = Float64Array.from({ length: 2000 }, (_, c) => 100 + (c % 56));
    const simulated = simulateBgNbd({ r: 3, alpha: 10, a: 0.01 * 1e8, b: 0.99 * 1e8 }, ages, 11);
    const end = 20_000;
    const table = sheetOf(simulated, end);
    // The full model on these clients runs off to its b boundary (a large too): the situation handled here.
    const bgnbd = fitBgNbd(simulated);
    expect(bgnbd.boundaryParameters).toEqual(['b']);

    const result = lifetimeValue(table, { ...DEFAULT_OPTIONS.clv, timeUnit: 'week', calibrationEnd: end }, end);
    expect(result.summary.status).toBe('ok');
    expect(result.summary.commonDropout).not.toBeNull();
    expect(result.summary.commonDropout!.p).toBeGreaterThan(0.006);
    expect(result.summary.commonDropout!.p).toBeLessThan(0.015);
    const warning = result.summary.warnings.find((w) => w.code === 'clvCommonDropout')!;
    expect(render('en', warning.message)).toMatch(/about \d[\d.]* % after each purchase/);
    expect(result.summary.warnings.map((w) => w.code)).not.toContain('clvPurchaseModelFailed');
    const pAlive = Array.from(result.perClient.pAlive);
    expect(pAlive.every((value) => value > 0 && value <= 1)).toBe(true);
    expect(Array.from(result.perClient.clv).every((value) => Number.isFinite(value) && value >= 0)).toBe(true);
  }, 30_000);
});
