import { describe, expect, it } from 'vitest';
import { minimize } from '../../../../shared/methods/clv/optimizer';

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
