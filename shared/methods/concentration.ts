/**
 * Dependence on key clients (METHODS.md section 7; seed 003_96586d18d11a7090.txt: key clients carry
 * the risk of a sharp fall in sales if they leave).
 *
 * Over the clients with a positive turnover, shares s_i = turnover_i / Σ positive turnover:
 * - top-1 share = the largest s_i; top-5 share = the sum of the five largest;
 * - Herfindahl–Hirschman index HHI = Σ s_i², as a fraction (0..1; 1 = a single client,
 *   1/n = n equal clients).
 * Warnings (defaults): the largest client above 20 % of turnover, HHI above 0.25.
 *
 * Worked example: turnovers 50, 30, 20 → top-1 0.5, top-5 1.0, HHI 0.25 + 0.09 + 0.04 = 0.38;
 * both warnings fire.
 */
import type { Concentration, Warning } from '../pipeline/types';

/** Share of the `n` largest positive values in the positive total (0 when there is none). `topShare([50, 30, 20], 1)` → 0.5. */
export function topShare(values: ArrayLike<number>, n: number): number {
  const positive = positiveValues(values);
  const total = sum(positive);
  if (total === 0) return 0;
  positive.sort().reverse();
  return sum(positive.subarray(0, Math.min(n, positive.length))) / total;
}

/** HHI of the positive values' shares, as a fraction. `herfindahlIndex([50, 30, 20])` → 0.38. */
export function herfindahlIndex(values: ArrayLike<number>): number {
  const positive = positiveValues(values);
  const total = sum(positive);
  if (total === 0) return 0;
  let hhi = 0;
  for (let i = 0; i < positive.length; i++) hhi += (positive[i] / total) ** 2;
  return hhi;
}

/** Top-1, top-5 and HHI of client turnovers; `names` names the largest client. */
export function concentration(turnover: ArrayLike<number>, names: readonly string[]): Concentration {
  let largest = -1;
  for (let c = 0; c < turnover.length; c++) {
    if (turnover[c] > 0 && (largest < 0 || turnover[c] > turnover[largest] ||
      (turnover[c] === turnover[largest] && names[c] < names[largest]))) largest = c;
  }
  return {
    top1Share: topShare(turnover, 1),
    top5Share: topShare(turnover, 5),
    hhi: herfindahlIndex(turnover),
    top1Client: largest >= 0 ? names[largest] : null,
  };
}

/** The section 7 warnings for a concentration, against the limits (fractions). */
export function concentrationWarnings(
  result: Concentration, limits: { readonly top1Warning: number; readonly hhiWarning: number },
): Warning[] {
  const warnings: Warning[] = [];
  if (result.top1Share > limits.top1Warning) {
    warnings.push({
      code: 'concentration.top1',
      message: {
        key: 'methods.warning.top1',
        params: { client: result.top1Client ?? '', share: percent(result.top1Share), limit: percent(limits.top1Warning) },
      },
    });
  }
  if (result.hhi > limits.hhiWarning) {
    warnings.push({
      code: 'concentration.hhi',
      message: {
        key: 'methods.warning.hhi',
        params: { hhi: result.hhi.toFixed(2), limit: limits.hhiWarning.toFixed(2), top5: percent(result.top5Share) },
      },
    });
  }
  return warnings;
}

/** 0.356 → "35.6 %" (the form messages show). */
export function percent(fraction: number): string {
  return `${(Math.round(fraction * 1000) / 10).toFixed(1)} %`;
}

function positiveValues(values: ArrayLike<number>): Float64Array {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > 0) count++;
  const positive = new Float64Array(count);
  let next = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > 0) positive[next++] = values[i];
  return positive;
}

function sum(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}
