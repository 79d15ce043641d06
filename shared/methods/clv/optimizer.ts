/**
 * Nelder–Mead downhill simplex minimiser (Nelder and Mead 1965, "A simplex method for function
 * minimization", The Computer Journal 7(4)), with the usual coefficients: reflection 1, expansion 2,
 * contraction ½, shrink ½. No derivatives needed, deterministic, and robust on the smooth,
 * low-dimensional likelihoods of BG/NBD (4 parameters) and Gamma-Gamma (3), which we minimise on
 * log-parameters so that every point of ℝⁿ is a valid model.
 *
 * A simplex can collapse before reaching the minimum, so after it converges we restart from the best
 * point with a fresh simplex, and stop when a restart no longer improves the value (Press et al.,
 * Numerical Recipes, §10.5 advice).
 */

export interface MinimizeOptions {
  /** Side of the initial simplex along each axis. */
  readonly step?: number;
  /** Converged when the simplex values differ by at most this (absolute)... */
  readonly valueTolerance?: number;
  /** ...and the vertices lie within this distance of the best one along every axis. */
  readonly pointTolerance?: number;
  /** Total function evaluations allowed over all restarts. */
  readonly maxEvaluations?: number;
  /** Restarts from the best point after the first convergence. */
  readonly maxRestarts?: number;
}

export interface MinimizeResult {
  readonly point: Float64Array;
  readonly value: number;
  /** Simplex iterations over all restarts. */
  readonly iterations: number;
  readonly evaluations: number;
  readonly converged: boolean;
}

/**
 * Minimise `objective` from `start`. Non-finite objective values count as +∞ (worse than anything),
 * so the objective may return NaN or Infinity where the model is undefined.
 */
export function minimize(
  objective: (point: Float64Array) => number,
  start: ArrayLike<number>,
  options: MinimizeOptions = {},
): MinimizeResult {
  const step = options.step ?? 0.5;
  const valueTolerance = options.valueTolerance ?? 1e-10;
  const pointTolerance = options.pointTolerance ?? 1e-7;
  const maxEvaluations = options.maxEvaluations ?? 20_000;
  const maxRestarts = options.maxRestarts ?? 3;

  let evaluations = 0;
  const evaluate = (point: Float64Array): number => {
    evaluations++;
    const value = objective(point);
    return Number.isFinite(value) ? value : Infinity;
  };

  let best: Float64Array = Float64Array.from(start);
  let bestValue = evaluate(best);
  let iterations = 0;
  let converged = false;
  for (let round = 0; round <= maxRestarts; round++) {
    const run = simplexRun(evaluate, best, step, valueTolerance, pointTolerance,
      () => evaluations >= maxEvaluations);
    iterations += run.iterations;
    const improvement = bestValue - run.value;
    if (run.value <= bestValue) {
      best = run.point;
      bestValue = run.value;
    }
    if (!run.converged) { converged = false; break; }
    converged = true;
    if (round > 0 && !(improvement > valueTolerance)) break;
  }
  return { point: best, value: bestValue, iterations, evaluations, converged };
}

interface RunResult {
  readonly point: Float64Array;
  readonly value: number;
  readonly iterations: number;
  readonly converged: boolean;
}

function simplexRun(
  evaluate: (point: Float64Array) => number,
  start: Float64Array,
  step: number,
  valueTolerance: number,
  pointTolerance: number,
  outOfBudget: () => boolean,
): RunResult {
  const n = start.length;
  const vertices: Float64Array[] = [Float64Array.from(start)];
  for (let i = 0; i < n; i++) {
    const vertex = Float64Array.from(start);
    vertex[i] += step;
    vertices.push(vertex);
  }
  const values = vertices.map(evaluate);
  const order = Array.from({ length: n + 1 }, (_, i) => i);
  const centroid = new Float64Array(n);
  const trial = new Float64Array(n);
  const trial2 = new Float64Array(n);
  const along = (target: Float64Array, from: Float64Array, coefficient: number): void => {
    for (let j = 0; j < n; j++) target[j] = centroid[j] + coefficient * (from[j] - centroid[j]);
  };

  let iterations = 0;
  for (;;) {
    order.sort((i, j) => values[i] - values[j]);
    const bestIndex = order[0];
    const worstIndex = order[n];
    const secondWorstValue = values[order[n - 1]];
    if (isConverged(vertices, values, bestIndex, valueTolerance, pointTolerance)) {
      return { point: Float64Array.from(vertices[bestIndex]), value: values[bestIndex], iterations, converged: true };
    }
    if (outOfBudget()) {
      return { point: Float64Array.from(vertices[bestIndex]), value: values[bestIndex], iterations, converged: false };
    }
    iterations++;

    centroid.fill(0);
    for (let k = 0; k < n; k++) {
      const vertex = vertices[order[k]];
      for (let j = 0; j < n; j++) centroid[j] += vertex[j] / n;
    }
    const worst = vertices[worstIndex];
    along(trial, worst, -1);
    const reflected = evaluate(trial);
    if (reflected < values[bestIndex]) {
      along(trial2, worst, -2);
      const expanded = evaluate(trial2);
      if (expanded < reflected) replace(worstIndex, trial2, expanded);
      else replace(worstIndex, trial, reflected);
      continue;
    }
    if (reflected < secondWorstValue) {
      replace(worstIndex, trial, reflected);
      continue;
    }
    // Contract: outside when the reflection beat the worst vertex, inside otherwise.
    const outside = reflected < values[worstIndex];
    along(trial2, worst, outside ? -0.5 : 0.5);
    const contracted = evaluate(trial2);
    if (contracted < (outside ? reflected : values[worstIndex])) {
      replace(worstIndex, trial2, contracted);
      continue;
    }
    const bestVertex = vertices[bestIndex];
    for (let k = 1; k <= n; k++) {
      const vertex = vertices[order[k]];
      for (let j = 0; j < n; j++) vertex[j] = bestVertex[j] + 0.5 * (vertex[j] - bestVertex[j]);
      values[order[k]] = evaluate(vertex);
    }
  }

  function replace(index: number, point: Float64Array, value: number): void {
    vertices[index].set(point);
    values[index] = value;
  }
}

function isConverged(
  vertices: readonly Float64Array[],
  values: readonly number[],
  bestIndex: number,
  valueTolerance: number,
  pointTolerance: number,
): boolean {
  const best = vertices[bestIndex];
  for (let i = 0; i < vertices.length; i++) {
    if (!(Math.abs(values[i] - values[bestIndex]) <= valueTolerance)) return false;
    const vertex = vertices[i];
    for (let j = 0; j < best.length; j++) {
      if (!(Math.abs(vertex[j] - best[j]) <= pointTolerance)) return false;
    }
  }
  return true;
}
