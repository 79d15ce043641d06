/**
 * Compensated summation (Neumaier 1974, an improved Kahan summation): money columns summed so that
 * the total does not depend on the order of the rows. A plain float sum of 0.1 + 0.2 + 0.3 is
 * 0.6000000000000001 in one order and 0.6 in another; clients tied on money would then swap rank
 * and class when a sheet is sorted differently. Every sum that feeds a rank, a share or a class
 * goes through these.
 */

/**
 * Adds `value` to the running sum `sums[i]`, keeping the rounding error in `errors[i]` (Neumaier,
 * 1974: the error of each addition is exact in floating point, so it is collected and added back
 * at the end by `compensatedTotal`). One addition and four operations per value; no branch per row
 * beyond the magnitude test.
 */
export function addCompensated(sums: Float64Array, errors: Float64Array, i: number, value: number): void {
  const sum = sums[i];
  const next = sum + value;
  errors[i] += Math.abs(sum) >= Math.abs(value) ? (sum - next) + value : (value - next) + sum;
  sums[i] = next;
}

/** Folds the collected errors into the sums (in place) and returns them. */
export function compensatedTotal(sums: Float64Array, errors: Float64Array): Float64Array {
  for (let i = 0; i < sums.length; i++) sums[i] += errors[i];
  return sums;
}

/** Compensated sum of a column (see addCompensated): the same total in any order. */
export function compensatedSum(values: ArrayLike<number>): number {
  const sum = new Float64Array(1);
  const error = new Float64Array(1);
  for (let i = 0; i < values.length; i++) addCompensated(sum, error, 0, values[i]);
  return sum[0] + error[0];
}
