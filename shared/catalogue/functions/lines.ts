/**
 * Column results aligned with a column (or row) argument: the method runs on the non-blank cells
 * and each result goes back to its cell's position; blank cells inside the range stay blank.
 */
import type { Line } from '../arguments';
import type { ResultCell } from '../types';

/** Positions of the numbers (non-NaN) in `numbers`, and those numbers packed. */
export function packNumbers(numbers: Float64Array): { positions: number[]; values: number[] } {
  const positions: number[] = [];
  const values: number[] = [];
  numbers.forEach((value, position) => {
    if (!Number.isNaN(value)) { positions.push(position); values.push(value); }
  });
  return { positions, values };
}

/** Results for `positions` spread back over `length` cells (the rest blank), laid out like `line`. */
export function alignedResult(line: Line, positions: readonly number[], results: readonly ResultCell[]): ResultCell[][] {
  const cells: ResultCell[] = new Array(line.cells.length).fill(null);
  positions.forEach((position, index) => { cells[position] = results[index]; });
  return line.horizontal ? [cells] : cells.map((cell) => [cell]);
}
