/** A1 notation for blocks of cells (conditional-format formulas, chart ranges, selections). */
import { columnLetter, type Cell, type CellGrid } from '../../shared/cells';
import type { CellBlock } from './port';

/** "B2:D10" for a 0-based block; a single cell gives "B2". */
export function blockToA1(block: CellBlock): string {
  const start = `${columnLetter(block.column)}${block.row + 1}`;
  if (block.rows === 1 && block.columns === 1) return start;
  return `${start}:${columnLetter(block.column + block.columns - 1)}${block.row + block.rows}`;
}

/** The largest grid a host has (Excel: 1,048,576 rows × 16,384 columns); whole rows and columns span it. */
export const MAX_GRID = { rows: 1_048_576, columns: 16_384 } as const;

/**
 * The 0-based block of "B2:D10", "B2", "Sheet1!B2:D10", of whole columns "A:D" or whole rows
 * "3:10" (spanning MAX_GRID); null when it is not a cell range.
 */
export function a1ToBlock(address: string): CellBlock | null {
  const bare = (address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address).trim();
  const columns = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(bare);
  if (columns) {
    const [c1, c2] = [columnIndex(columns[1]), columnIndex(columns[2])];
    return { row: 0, rows: MAX_GRID.rows, column: Math.min(c1, c2), columns: Math.abs(c2 - c1) + 1 };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(bare);
  if (rows) {
    const [r1, r2] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    if (r1 < 0 || r2 < 0) return null;
    return { row: Math.min(r1, r2), rows: Math.abs(r2 - r1) + 1, column: 0, columns: MAX_GRID.columns };
  }
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(bare);
  if (!match) return null;
  const c1 = columnIndex(match[1]);
  const r1 = Number(match[2]) - 1;
  const c2 = match[3] ? columnIndex(match[3]) : c1;
  const r2 = match[4] ? Number(match[4]) - 1 : r1;
  return {
    row: Math.min(r1, r2), column: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1,
  };
}

/**
 * The part of `block` inside a sheet's used extent counted from A1 (`usedRows` × `usedColumns`):
 * a whole-column selection `A:D` becomes A1:D(last used row). Only the bottom and right are cut,
 * so the block keeps its top-left cell; an empty result has 0 rows or 0 columns.
 */
export function clipToUsed(block: CellBlock, usedRows: number, usedColumns: number): CellBlock {
  return {
    row: block.row, column: block.column,
    rows: Math.max(0, Math.min(block.row + block.rows, usedRows) - block.row),
    columns: Math.max(0, Math.min(block.column + block.columns, usedColumns) - block.column),
  };
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The conditional-format formula that tests the class of a block's first row: `=$C2="A"`. */
export function classRuleFormula(classColumn: number, firstRow: number, abcClass: 'A' | 'B' | 'C'): string {
  return `=$${columnLetter(classColumn)}${firstRow + 1}="${abcClass}"`;
}

/**
 * The values of a selected block placed where they are on the sheet (blank rows above, blank
 * columns to the left), so that row numbers in messages and column letters in the mapping are the
 * ones the user sees.
 */
export function placeAtBlock(values: CellGrid, block: CellBlock | null): CellGrid {
  if (!block || (block.row === 0 && block.column === 0)) return values;
  const left: Cell[] = new Array<Cell>(block.column).fill('');
  const width = block.column + Math.max(0, ...values.map((row) => row.length));
  const above = Array.from({ length: block.row }, () => new Array<Cell>(width).fill(''));
  return [...above, ...values.map((row) => [...left, ...row])];
}
