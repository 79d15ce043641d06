/**
 * The sales-sheet arguments shared by CLIENT_TABLE, RETENTION_RATE and CHURN_RATE: three columns
 * (clients, dates, amounts) read by the core's readSales as a sheet without a header row (a header
 * at the top of whole-column ranges is recognised and skipped, as are blank rows, repeated
 * headers and totals rows).
 *
 * Rows readSales would skip for bad data (an amount that is not a number, a missing or bad date, a
 * row without a client, an error value) are errors naming the argument and the cell: a formula
 * cannot show a skipped-rows report, and dropping a sale would give a wrong number. When the
 * blank clients look like blocks (the client on the first row only), the error names the option
 * filldown=yes, which gives each the client above.
 */
import type { Cell } from '../cells';
import { ClientValueError } from '../errors';
import { resolveOptions, type AnalysisOptions, type ResolvedOptions } from '../pipeline/options';
import { readSales } from '../table/readSales';
import { isoFromDay } from '../table/dates';
import { todayDay, unusualDates } from '../table/unusualDates';
import type { ReadResult, SkippedRow } from '../table/salesTable';
import { describeCell, isOmitted, lineArgument, requireSameSize, type Line } from './arguments';
import type { ArgumentValue } from './types';

const ARGUMENTS = ['clients', 'dates', 'amounts'] as const;

export interface SalesArguments {
  readonly read: ReadResult;
  readonly options: ResolvedOptions;
}

/** The error for a row readSales could not use, pointing at the argument and cell to fix. */
function rowError(skipped: SkippedRow, columns: readonly (readonly Cell[])[]): ClientValueError | null {
  const position = skipped.row;
  const at = (index: number) => columns[index][position - 1];
  switch (skipped.reason) {
    case 'noClient': return new ClientValueError('catalogue.error.blankAt', { argument: 'clients', position });
    case 'noAmount': return new ClientValueError('catalogue.error.blankAt', { argument: 'amounts', position });
    case 'noDate': return new ClientValueError('catalogue.error.blankAt', { argument: 'dates', position });
    case 'badAmount':
      return new ClientValueError('catalogue.error.notNumberAt', { argument: 'amounts', position, value: describeCell(at(2)) });
    case 'badDate':
      return new ClientValueError('catalogue.error.notDateAt', { argument: 'dates', position, value: describeCell(at(1)) });
    case 'errorValue': {
      const index = [0, 1, 2].find((i) => typeof at(i) === 'string' && String(at(i)).startsWith('#')) ?? 2;
      return new ClientValueError('catalogue.error.errorCell', { argument: ARGUMENTS[index], position, value: describeCell(at(index)) });
    }
    default:
      return null;
  }
}

/**
 * Reads clients, dates and amounts (args[0..2]) with the given options. Dates may be left blank
 * altogether (no date column) when `datesOptional`; otherwise they are required.
 */
export function readSalesArguments(
  args: readonly ArgumentValue[], options: AnalysisOptions, datesOptional: boolean,
): SalesArguments {
  const lines: (Line | null)[] = ARGUMENTS.map((name, index) =>
    (name === 'dates' && datesOptional && isOmitted(args[index]) ? null : lineArgument(args[index], name)));
  requireSameSize(lines.flatMap((line, index) => (line ? [{ line, name: ARGUMENTS[index] }] : [])));
  const height = Math.max(...lines.map((line) => line?.cells.length ?? 0));
  const columns = lines.map((line) => Array.from({ length: height }, (_, row): Cell => line?.cells[row] ?? ''));
  const hasDates = lines[1] !== null;
  const grid = Array.from({ length: height }, (_, row) =>
    (hasDates ? [columns[0][row], columns[1][row], columns[2][row]] : [columns[0][row], columns[2][row]]));
  const resolved = resolveOptions({ ...options, columns: hasDates ? { client: 0, date: 1, amount: 2 } : { client: 0, amount: 1 } });
  const read = readSales(grid, resolved);
  const fillDown = read.warnings?.find((warning) => warning.code === 'table.fillDownSuggested');
  for (const skipped of read.skipped) {
    if (fillDown && skipped.reason === 'noClient') {
      // The clients range looks like blocks: say which option fills them.
      throw new ClientValueError('catalogue.error.blankClientFillDown', { position: skipped.row, count: fillDown.message.params?.count ?? 0 });
    }
    const error = rowError(skipped, columns);
    if (error) throw error;
  }
  if (read.table.rowCount === 0) throw new ClientValueError('catalogue.error.noRows', { argument: 'amounts' });
  if (!resolved.keepUnusualDates) {
    const error = unusualDateError(read, columns[1], todayDay(resolved.today));
    if (error) throw error;
  }
  return { read, options: resolved };
}

/**
 * A date after today or far from the rest of the dates (table/unusualDates.ts) is an error naming
 * its position, as a bad date is: a formula cannot show a warning, and one typo would re-time the
 * whole result. The option keepunusualdates=yes confirms such dates.
 */
function unusualDateError(read: ReadResult, dates: readonly Cell[], today: number): ClientValueError | null {
  const { future, far } = unusualDates(read.table, today);
  const first = Math.min(future[0] ?? Infinity, far[0] ?? Infinity);
  if (first === Infinity) return null;
  const position = read.table.sheetRow[first];
  const cell = dates[position - 1];
  const day = isoFromDay(read.table.day[first]);
  const value = typeof cell === 'string' && cell.trim() !== day ? `${describeCell(cell)} (${day})` : day;
  if (first === future[0]) return new ClientValueError('table.error.futureDateAt', { position, value, today: isoFromDay(today) });
  const rest = Array.from(read.table.day).filter((day, row) => day === day && !far.includes(row)).sort((a, b) => a - b);
  const at = (p: number) => isoFromDay(rest[Math.round((rest.length - 1) * p)]);
  return new ClientValueError('table.error.farDateAt', { position, value, from: at(0.25), to: at(0.75) });
}
