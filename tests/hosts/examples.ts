/**
 * Worked examples and arguments converted the way each host hands them over: Excel gives serial
 * dates, "" for blank cells and null for an omitted argument; Sheets gives Date objects (midnight
 * in the spreadsheet's zone), "" for blank cells and leaves omitted arguments out.
 */
import { expect } from 'vitest';
import type { ExampleArgument, ExampleCell } from '../../shared/catalogue/types';
import { dayFromIso, excelSerialFromDay } from '../../shared/table/dates';
import { midnightInZone } from './fakes';

function isDateCell(cell: unknown): cell is { date: string } {
  return typeof cell === 'object' && cell !== null && 'date' in cell;
}

function convert(argument: ExampleArgument, cell: (value: ExampleCell) => unknown): unknown {
  if (Array.isArray(argument)) return argument.map((row: readonly ExampleCell[]) => row.map(cell));
  return cell(argument as ExampleCell);
}

export function excelArgument(argument: ExampleArgument | undefined): unknown {
  if (argument === undefined) return null;
  const excelCell = (value: ExampleCell): unknown =>
    isDateCell(value) ? excelSerialFromDay(dayFromIso(value.date), 1900) : value === null ? '' : value;
  return convert(argument, excelCell);
}

export function sheetsArguments(args: readonly (ExampleArgument | undefined)[], timeZone: string): unknown[] {
  const sheetsCell = (value: ExampleCell): unknown =>
    isDateCell(value) ? midnightInZone(value.date, timeZone) : value === null ? '' : value;
  const converted = args.map((argument) => (argument === undefined ? undefined : convert(argument, sheetsCell)));
  while (converted.length > 0 && converted[converted.length - 1] === undefined) converted.pop();
  return converted;
}

/** Compares a host result with an expected value (numbers to 9 digits; dates by `dateOf`). */
export function expectResult(actual: unknown, expected: ExampleArgument, dateOf: (iso: string) => unknown, block = false): void {
  const check = (got: unknown, want: ExampleCell, where: string) => {
    if (isDateCell(want)) expect(got, where).toEqual(dateOf(want.date));
    else if (typeof want === 'number') {
      expect(typeof got, where).toBe('number');
      expect(got as number, where).toBeCloseTo(want, 9);
    } else expect(got, where).toEqual(want === null ? '' : want);
  };
  if (!Array.isArray(expected)) { check(actual, expected as ExampleCell, 'scalar'); return; }
  expect(Array.isArray(actual)).toBe(true);
  const rows = actual as unknown[][];
  const wanted = expected as readonly (readonly ExampleCell[])[];
  if (!block) {
    expect(rows.length).toBe(wanted.length);
    wanted.forEach((row, r) => expect(rows[r].length, `row ${r}`).toBe(row.length));
  }
  wanted.forEach((row, r) => row.forEach((cell, c) => check(rows[r]?.[c], cell, `row ${r} column ${c}`)));
}

export { midnightInZone };
