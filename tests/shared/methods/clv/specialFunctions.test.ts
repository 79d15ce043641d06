import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { digamma, hypergeometric2F1, logBeta, logGamma, logSumExp } from '../../../../shared/methods/clv/specialFunctions';

describe('logGamma', () => {
  it('matches known values to about 1e-14 relative', () => {
    const cases: [number, number][] = [
      [1, 0],
      [2, 0],
      [0.5, Math.log(Math.sqrt(Math.PI))],
      [10, Math.log(362880)],
      [3.5, Math.log(3.323350970447843)], // Γ(3.5) = 15√π / 8
      [0.1, 2.252712651734206],
      [100, 359.1342053695754],
      [1e-8, 18.420680738180209], // −ln(1e-8) − γ·1e-8
    ];
    for (const [x, expected] of cases) {
      expect(Math.abs(logGamma(x) - expected)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(expected)));
    }
  });

  it('satisfies Γ(x + 1) = x Γ(x)', () => {
    fc.assert(fc.property(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (x) => {
      expect(logGamma(x + 1)).toBeCloseTo(Math.log(x) + logGamma(x), 10);
    }));
  });

  it('is NaN at the poles', () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-2)).toBeNaN();
  });
});

describe('logBeta', () => {
  it('B(2, 3) = 1/12 and B(a, 1) = 1/a', () => {
    expect(logBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 14);
    expect(logBeta(7.5, 1)).toBeCloseTo(-Math.log(7.5), 14);
  });
});

describe('logSumExp', () => {
  it('adds in log space without overflow', () => {
    expect(logSumExp(Math.log(2), Math.log(3))).toBeCloseTo(Math.log(5), 15);
    expect(logSumExp(1000, 1000)).toBeCloseTo(1000 + Math.log(2), 12);
    expect(logSumExp(-1000, -Infinity)).toBe(-1000);
  });
});

describe('hypergeometric2F1', () => {
  it('2F1(1, 1; 2; z) = −ln(1 − z) / z', () => {
    for (const z of [0.01, 0.3, 0.5, 0.9, 0.99]) {
      expect(hypergeometric2F1(1, 1, 2, z)).toBeCloseTo(-Math.log(1 - z) / z, 12);
    }
  });

  it('2F1(a, b; b; z) = (1 − z)^−a', () => {
    fc.assert(fc.property(
      fc.double({ min: 0.01, max: 20, noNaN: true }), fc.double({ min: 0.01, max: 20, noNaN: true }),
      fc.double({ min: 0, max: 0.95, noNaN: true }),
      (a, b, z) => {
        const exact = Math.pow(1 - z, -a);
        expect(Math.abs(hypergeometric2F1(a, b, b, z) - exact)).toBeLessThan(1e-10 * exact);
      }));
  });

  it('is 1 at z = 0 and NaN outside [0, 1)', () => {
    expect(hypergeometric2F1(2, 3, 4, 0)).toBe(1);
    expect(hypergeometric2F1(2, 3, 4, 1)).toBeNaN();
    expect(hypergeometric2F1(2, 3, 4, -0.5)).toBeNaN();
  });
});

describe('digamma', () => {
  it('matches known values', () => {
    expect(digamma(1)).toBeCloseTo(-0.5772156649015329, 13);
    expect(digamma(0.5)).toBeCloseTo(-0.5772156649015329 - 2 * Math.LN2, 13);
    expect(digamma(10)).toBeCloseTo(2.251752589066721, 13);
  });

  it('is the derivative of logGamma', () => {
    fc.assert(fc.property(fc.double({ min: 0.05, max: 500, noNaN: true }), (x) => {
      const h = 1e-5 * Math.max(1, x);
      const numeric = (logGamma(x + h) - logGamma(x - h)) / (2 * h);
      expect(Math.abs(digamma(x) - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
    }));
  });
});
