/**
 * Catalogue results as Excel takes them (no Office globals here, so Node tests import it): a day
 * becomes a serial in the workbook's date system, a blank "", a non-finite number blank.
 */
import type { FunctionResult, ResultCell } from '../../../shared/catalogue/types';
import { excelSerialFromDay } from '../../../shared/table/dates';

/** A catalogue result as Excel takes it: days as serials, blanks as "", no NaN. */
export function excelResult(result: FunctionResult, dateSystem: 1900 | 1904): any {
  if (Array.isArray(result)) {
    return (result as readonly (readonly ResultCell[])[]).map((row) => row.map((cell) => excelCell(cell, dateSystem)));
  }
  return excelCell(result as ResultCell, dateSystem);
}

function excelCell(cell: ResultCell, dateSystem: 1900 | 1904): string | number | boolean {
  if (cell === null) return '';
  if (typeof cell === 'object') return excelSerialFromDay(cell.day, cell.dateSystem ?? dateSystem);
  if (typeof cell === 'number' && !Number.isFinite(cell)) return '';
  return cell;
}
