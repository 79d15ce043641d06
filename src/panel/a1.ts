/** A1 notation for blocks of cells (conditional-format formulas, chart ranges, selections). */
import { columnLetter, type Cell, type CellGrid } from '../../shared/cells';
import type { CellBlock } from './port';

/** "B2:D10" for a 0-based block; a single cell gives "B2". */
export function blockToA1(block: CellBlock): string {
  const start = `${columnLetter(block.column)}${block.row + 1}`;
  if (block.rows === 1 && block.columns === 1) return start;
  return `${start}:${columnLetter(block.column + block.columns - 1)}${block.row + block.rows}`;
}

/** The 0-based block of "B2:D10", "B2", or "Sheet1!B2:D10"; null when it is not a cell range. */
export function a1ToBlock(address: string): CellBlock | null {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(bare.trim());
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
