/**
 * Excel's cells at the custom-function edge (no Office globals here, so Node tests import it).
 *
 * Arguments: with `allowCustomDataForDataTypeAny` on (functions.json), a cell holding a data type
 * arrives as its JSON object, not as a plain value: a formatted number `{ type: "Double",
 * basicValue: 12.5, numberFormat }`, a linked entity (a stock, a geography) `{ type:
 * "LinkedEntity", text }`. Each is unwrapped to what the cell shows as a plain value.
 *
 * Results: a day becomes a serial in the workbook's date system, a blank "", a non-finite number
 * blank. Where Excel takes formatted-number results (CustomFunctionsRuntime 1.4), a day is a
 * number formatted as a date and a share one formatted as a percentage, so a spilled table reads
 * right without formatting the cells by hand; elsewhere they are plain numbers.
 */
import type { FunctionResult, ResultCell } from '../../../shared/catalogue/types';
import { excelSerialFromDay } from '../../../shared/table/dates';

/** Number formats of formatted results (the panel's date and percent codes). */
export const RESULT_FORMATS = { date: 'yyyy-mm-dd', percent: '0.0%' } as const;

/**
 * How this Excel takes a formatted number: `Double` (ExcelApi 1.19), the older `FormattedNumber`
 * (ExcelApi 1.16), or not at all (`null`: plain values only).
 */
export type FormattedNumberType = 'Double' | 'FormattedNumber' | null;

export interface ExcelResultStyle {
  readonly dateSystem: 1900 | 1904;
  readonly formatted: FormattedNumberType;
  /** Whether result cell (row, column) is a share (the catalogue's percentColumns). */
  readonly isPercent: (row: number, column: number) => boolean;
}

/** A data-type value of a cell reduced to the plain value the cell shows; other values unchanged. */
export function excelArgument(argument: unknown): unknown {
  if (Array.isArray(argument)) return argument.map((row: unknown) => (Array.isArray(row) ? row.map(plainCell) : plainCell(row)));
  return plainCell(argument);
}

function plainCell(cell: unknown): unknown {
  if (cell === null || typeof cell !== 'object') return cell;
  const value = cell as { type?: unknown; text?: unknown; basicValue?: unknown };
  // Entities show their text; their basicValue is #VALUE!.
  if ((value.type === 'Entity' || value.type === 'LinkedEntity') && typeof value.text === 'string') return value.text;
  if ('basicValue' in value) return value.basicValue;
  return cell;
}

/** A catalogue result as Excel takes it: days as serials, blanks as "", no NaN, formats where possible. */
export function excelResult(result: FunctionResult, style: ExcelResultStyle): any {
  if (Array.isArray(result)) {
    return (result as readonly (readonly ResultCell[])[]).map((row, r) => row.map((cell, c) => excelCell(cell, r, c, style)));
  }
  return excelCell(result as ResultCell, 0, 0, style);
}

function excelCell(cell: ResultCell, row: number, column: number, style: ExcelResultStyle): unknown {
  if (cell === null) return '';
  if (typeof cell === 'object') return formatted(excelSerialFromDay(cell.day, cell.dateSystem ?? style.dateSystem), RESULT_FORMATS.date, style);
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    return style.isPercent(row, column) ? formatted(cell, RESULT_FORMATS.percent, style) : cell;
  }
  return cell;
}

function formatted(value: number, numberFormat: string, style: ExcelResultStyle): unknown {
  return style.formatted ? { type: style.formatted, basicValue: value, numberFormat } : value;
}
