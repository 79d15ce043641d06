/**
 * How much one run may read, per host, checked BEFORE anything is read or written so that a run
 * is refused up front rather than cut off half-way.
 *
 * - Google Sheets: a sidebar action has 6 minutes, and the whole sheet travels through
 *   `google.script.run` twice (read, then the results written back). Measured Apps Script rates
 *   are of the order of 1–2 million cells a minute for `getValues`/`setValues`; 1,000,000 input
 *   cells keeps the read, the transfer and the write well inside the limit.
 * - Excel on the web: one Office.js request carries at most 5 MB; at roughly 20–25 bytes per cell
 *   in JSON that is about 200,000 cells in one read. Excel desktop has no such cap: 2,000,000.
 * - The local preview: the browser's memory only, 2,000,000.
 */
import { ClientValueError } from '../../shared/errors';

export const CELL_LIMITS = {
  sheets: 1_000_000,
  excelWeb: 200_000,
  excelDesktop: 2_000_000,
  preview: 2_000_000,
} as const;

/** Throws the translated "too large for one run" error when rows × columns exceeds `limit`. */
export function checkSheetSize(sheet: string, rows: number, columns: number, limit: number): void {
  const cells = rows * columns;
  if (cells > limit) {
    throw new ClientValueError('panel.error.tooLarge', {
      sheet,
      cells: cells.toLocaleString('en-US'),
      limit: limit.toLocaleString('en-US'),
      rows: Math.floor(limit / Math.max(columns, 1)).toLocaleString('en-US'),
    });
  }
}
