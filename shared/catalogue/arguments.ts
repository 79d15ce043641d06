/**
 * Argument coercion for the spreadsheet functions, in one place (formulajs keeps its error values
 * and conversions in one module; so do we). Ranges take whole columns: blanks at the end are
 * ignored. Every bad argument raises a ClientValueError naming the argument, the cell and the
 * problem, never a guessed number.
 */
import { isBlankCell, isErrorCell, type Cell } from '../cells';
import { ClientValueError } from '../errors';
import { AMOUNT_LIMIT, parseAmount } from '../table/numbers';
import type { ArgumentValue } from './types';

/** A 2-D block as the catalogue works on it (a scalar becomes a 1 × 1 block). */
export type Block = readonly (readonly Cell[])[];

/** One column (or one row) of cells, trailing blanks removed. */
export interface Line {
  readonly cells: readonly Cell[];
  /** Whether the user gave a row: results are then laid out as a row too. */
  readonly horizontal: boolean;
  /** Cells of the range as given, blanks at the end included (A2:A10 has 9); lineArgument sets it. */
  readonly size?: number;
}

export function isBlock(value: ArgumentValue): value is Block {
  return Array.isArray(value);
}

/** The argument as a 2-D block. */
export function toBlock(value: ArgumentValue): Block {
  return isBlock(value) ? value : [[value as Cell]];
}

/** True when the user left the argument out (or gave a blank cell / empty range). */
export function isOmitted(value: ArgumentValue | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (!isBlock(value)) return isBlankCell(value);
  return value.every((row) => row.every(isBlankCell));
}

/** Text shown for a cell in a message. */
export function describeCell(cell: Cell): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell ?? '');
}

/** One cell out of a scalar argument (a 1 × 1 range is unwrapped). */
export function singleCell(value: ArgumentValue, argument: string): Cell {
  if (!isBlock(value)) return value;
  const cells = value.reduce((count, row) => count + row.length, 0);
  if (cells !== 1) throw new ClientValueError('catalogue.error.notSingle', { argument, count: cells });
  return value[0][0];
}

/** A required single number. Text like "1 234,5" is read by the core's amount parser. */
export function numberArgument(value: ArgumentValue | undefined, argument: string): number {
  if (value === undefined || isOmitted(value)) throw new ClientValueError('catalogue.error.required', { argument });
  const cell = singleCell(value, argument);
  const parsed = numberFromCell(cell);
  if (parsed === null) throw new ClientValueError('catalogue.error.notNumber', { argument, value: describeCell(cell) });
  if (Math.abs(parsed) >= AMOUNT_LIMIT) throw new ClientValueError('catalogue.error.tooLarge', { argument, value: describeCell(cell) });
  return parsed;
}

/** A number from a cell, or null when the cell holds no number. */
export function numberFromCell(cell: Cell): number | null {
  if (isErrorCell(cell)) return null;
  const parsed = parseAmount(cell);
  return Number.isNaN(parsed) ? null : parsed;
}

/**
 * One column or one row of a range, with the blanks at its end removed (whole-column references
 * like A:A are fine). A 2-D block wider and taller than one cell is an error.
 */
export function lineArgument(value: ArgumentValue | undefined, argument: string): Line {
  if (value === undefined || isOmitted(value)) throw new ClientValueError('catalogue.error.required', { argument });
  const raw = toBlock(value);
  const size = raw.reduce((count, row) => count + row.length, 0);
  const block = trimBlock(raw);
  const rows = block.length;
  const columns = block.reduce((width, row) => Math.max(width, row.length), 0);
  if (rows > 1 && columns > 1) {
    throw new ClientValueError('catalogue.error.notLine', { argument, rows, columns });
  }
  if (rows === 1 && columns > 1) return { cells: block[0], horizontal: true, size };
  return { cells: block.map((row) => row[0]), horizontal: false, size };
}

/** Removes blank rows at the bottom and blank columns at the right. */
export function trimBlock(block: Block): Block {
  let rows = block.length;
  while (rows > 0 && block[rows - 1].every(isBlankCell)) rows--;
  let columns = 0;
  for (let r = 0; r < rows; r++) {
    const row = block[r];
    for (let c = row.length - 1; c >= columns; c--) {
      if (!isBlankCell(row[c])) { columns = c + 1; break; }
    }
  }
  const trimmed: Cell[][] = [];
  for (let r = 0; r < rows; r++) {
    const row = block[r];
    trimmed.push(row.length === columns ? row.slice() : Array.from({ length: columns }, (_, c) => row[c] ?? ''));
  }
  return trimmed;
}

/**
 * The numbers of a line, one per cell; a blank cell inside the range is NaN (its result stays
 * blank). Text that is not a number and error values are errors naming the cell.
 */
export function numbersOfLine(line: Line, argument: string): Float64Array {
  const numbers = new Float64Array(line.cells.length);
  line.cells.forEach((cell, index) => {
    if (isBlankCell(cell)) { numbers[index] = NaN; return; }
    if (isErrorCell(cell)) {
      throw new ClientValueError('catalogue.error.errorCell', { argument, position: index + 1, value: describeCell(cell) });
    }
    const parsed = numberFromCell(cell);
    if (parsed === null) {
      throw new ClientValueError('catalogue.error.notNumberAt', { argument, position: index + 1, value: describeCell(cell) });
    }
    // Beyond a quadrillion no figure is money, and the sums behind shares would overflow.
    if (Math.abs(parsed) >= AMOUNT_LIMIT) {
      throw new ClientValueError('catalogue.error.tooLargeAt', { argument, position: index + 1, value: describeCell(cell) });
    }
    numbers[index] = parsed;
  });
  return numbers;
}

/**
 * Lines that must be read side by side (the same client on the same row). Ranges of different
 * sizes (recency A2:A10 with frequency B2:B9) are an error naming both sizes, when their data too
 * differ in length: whole columns (A:A, B:B) with a blank at the end of one are fine, and so is a
 * range with extra blank cells at its end.
 */
export function requireSameSize(lines: readonly { readonly line: Line; readonly name: string }[]): void {
  const size = (line: Line) => line.size ?? line.cells.length;
  const first = lines[0];
  for (const other of lines.slice(1)) {
    if (size(other.line) !== size(first.line) && other.line.cells.length !== first.line.cells.length) {
      throw new ClientValueError('catalogue.error.lengthMismatch', {
        argument: first.name, count: size(first.line), other: other.name, expected: size(other.line),
      });
    }
  }
}

/**
 * Two class limits as fractions, from a 2-cell range / array constant ({80;95} or {0.8;0.95}) or a
 * text ("80,95", "80%,95%", "0.8;0.95"). Values above 1, or written with %, are percents. Null when the argument was left out.
 */
export function thresholdsArgument(value: ArgumentValue | undefined, argument: string): readonly [number, number] | null {
  if (value === undefined || isOmitted(value)) return null;
  const cells = toBlock(value).flat().filter((cell) => !isBlankCell(cell));
  const parts = cells.length === 1 && typeof cells[0] === 'string' ? splitList(cells[0]) : cells;
  // A trailing % (as the command line accepts: --abc 80%,95%) marks the limits as percents.
  const percentSign = parts.some((part) => typeof part === 'string' && /%\s*$/.test(part));
  const numbers = parts.map((part) => numberFromCell(typeof part === 'string' ? part.replace(/%\s*$/, '').trim() : part));
  const shown = cells.map(describeCell).join('; ');
  if (numbers.length !== 2 || numbers.some((n) => n === null)) {
    throw new ClientValueError('catalogue.error.thresholds', { argument, value: shown });
  }
  const percent = percentSign || (numbers as number[]).some((n) => n > 1);
  const [low, high] = (numbers as number[]).map((n) => (percent ? n / 100 : n));
  if (!(low > 0 && low < high && high <= 1)) {
    throw new ClientValueError('catalogue.error.thresholds', { argument, value: shown });
  }
  return [low, high];
}

/**
 * A list written as text: "80,95", "80;95", "0.8;0.95", "0,8;0,95". Semicolons separate when
 * present (so decimal commas survive), else commas, else white space.
 */
export function splitList(text: string): string[] {
  const trimmed = text.trim();
  const separator = trimmed.includes(';') ? ';' : trimmed.includes(',') ? ',' : /\s+/;
  return trimmed.split(separator).map((part) => part.trim()).filter((part) => part.length > 0);
}

/** One of a few words (case and spaces ignored), as the options of CLIENT_TABLE spell them; the default when left out. */
export function choiceArgument<T extends string>(
  value: ArgumentValue | undefined, argument: string, choices: readonly T[], fallback: T,
): T {
  if (value === undefined || isOmitted(value)) return fallback;
  const cell = singleCell(value, argument);
  const text = String(cell).trim().toLowerCase();
  const found = choices.find((choice) => choice === text);
  if (found === undefined) {
    throw new ClientValueError('catalogue.error.badChoice', { argument, value: describeCell(cell), choices: choices.join(', ') });
  }
  return found;
}
