import { describe, expect, it } from 'vitest';
import { minimize, minimizeWithGradient } from '../../../../shared/methods/clv/optimizer';

describe('minimize (Nelder–Mead)', () => {
  it('finds the minimum of a shifted quadratic', () => {
    const result = minimize((p) => (p[0] - 3) ** 2 + 2 * (p[1] + 1) ** 2, [0, 0]);
    expect(result.converged).toBe(true);
    expect(result.point[0]).toBeCloseTo(3, 6);
    expect(result.point[1]).toBeCloseTo(-1, 6);
  });

  it('finds the Rosenbrock minimum (1, 1) from (−1.2, 1)', () => {
    const rosenbrock = (p: Float64Array) => 100 * (p[1] - p[0] ** 2) ** 2 + (1 - p[0]) ** 2;
    const result = minimize(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.point[0]).toBeCloseTo(1, 5);
    expect(result.point[1]).toBeCloseTo(1, 5);
  });

  it('treats non-finite values as worse than anything', () => {
    const result = minimize((p) => (p[0] < 0 ? NaN : (p[0] - 2) ** 2), [1]);
    expect(result.point[0]).toBeCloseTo(2, 6);
  });

  it('reports no convergence when the budget runs out', () => {
    const result = minimize((p) => (p[0] - 3) ** 2 + (p[1] - 4) ** 2, [0, 0], { maxEvaluations: 10 });
    expect(result.converged).toBe(false);
  });
});

describe('minimizeWithGradient (BFGS)', () => {
  it('finds the Rosenbrock minimum (1, 1) from (−1.2, 1) with the analytic gradient', () => {
    const result = minimizeWithGradient((p, gradient) => {
      gradient[0] = -400 * p[0] * (p[1] - p[0] ** 2) - 2 * (1 - p[0]);
      gradient[1] = 200 * (p[1] - p[0] ** 2);
      return 100 * (p[1] - p[0] ** 2) ** 2 + (1 - p[0]) ** 2;
    }, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.point[0]).toBeCloseTo(1, 6);
    expect(result.point[1]).toBeCloseTo(1, 6);
  });

  it('solves a quadratic in a few steps', () => {
    const result = minimizeWithGradient((p, gradient) => {
      gradient[0] = 2 * (p[0] - 3) + 0.5 * p[2];
      gradient[1] = 8 * (p[1] + 1);
      gradient[2] = 2 * p[2] + 0.5 * p[0];
      return (p[0] - 3) ** 2 + 4 * (p[1] + 1) ** 2 + p[2] ** 2 + 0.5 * p[0] * p[2];
    }, [0, 0, 0]);
    expect(result.converged).toBe(true);
    expect(result.iterations).toBeLessThan(20);
    // Minimum: 2(x − 3) + 0.5z = 0 and 2z + 0.5x = 0, so z = −x/4, 15x/8 = 6: x = 3.2, z = −0.8.
    expect(result.point[0]).toBeCloseTo(3.2, 6);
    expect(result.point[1]).toBeCloseTo(-1, 6);
    expect(result.point[2]).toBeCloseTo(-0.8, 6);
  });
});

describe('both minimisers stop at once when a coordinate runs off (no interior minimum)', () => {
  // (p₀ − 1)² + e^p₁ has no minimum: p₁ → −∞, the way ln a does on a sheet where nobody stops buying.
  const runaway = (p: Float64Array, gradient?: Float64Array) => {
    if (gradient) {
      gradient[0] = 2 * (p[0] - 1);
      gradient[1] = Math.exp(p[1]);
    }
    return (p[0] - 1) ** 2 + Math.exp(p[1]);
  };

  it('BFGS reports the boundary as soon as a coordinate passes −15, after a few evaluations', () => {
    const result = minimizeWithGradient(runaway, [0, 0], { coordinateLimit: 15 });
    expect(result.boundary).toBe(true);
    expect(result.converged).toBe(false);
    expect(result.point[1]).toBeLessThan(-15);
    expect(result.evaluations).toBeLessThan(100);
  });

  it('Nelder–Mead does too', () => {
    const result = minimize((p) => runaway(p), [0, 0], { coordinateLimit: 15 });
    expect(result.boundary).toBe(true);
    expect(result.converged).toBe(false);
    expect(result.point[1]).toBeLessThan(-15);
    expect(result.evaluations).toBeLessThan(1000);
  });

  it('without a limit, a converged result is not a boundary', () => {
    const result = minimizeWithGradient((p, gradient) => {
      gradient[0] = 2 * (p[0] - 3);
      return (p[0] - 3) ** 2;
    }, [0], { coordinateLimit: 15 });
    expect(result.converged).toBe(true);
    expect(result.boundary).toBe(false);
  });

  it('BFGS keeps to its evaluation budget, line-search trials included', () => {
    const result = minimizeWithGradient((p, gradient) => {
      gradient[0] = -400 * p[0] * (p[1] - p[0] ** 2) - 2 * (1 - p[0]);
      gradient[1] = 200 * (p[1] - p[0] ** 2);
      return 100 * (p[1] - p[0] ** 2) ** 2 + (1 - p[0]) ** 2;
    }, [-1.2, 1], { maxEvaluations: 15 });
    expect(result.converged).toBe(false);
    expect(result.evaluations).toBeLessThanOrEqual(15);
  });
});
