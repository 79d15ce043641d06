/**
 * How much one run may read, per host, checked BEFORE anything is read or written so that a run
 * is refused up front rather than cut off half-way.
 *
 * - Google Sheets: a sidebar action has 6 minutes, and the whole sheet travels through
 *   `google.script.run` twice (read, then the results written back). Measured Apps Script rates
 *   are of the order of 1–2 million cells a minute for `getValues`/`setValues`; 1,000,000 input
 *   cells keeps the read, the transfer and the write well inside the limit.
 * - Excel on the web: one Office.js request (one `sync`) carries at most 5 MB. The Excel port
 *   reads and writes in row blocks of at most 1 MB of JSON each (excelPort.ts BLOCK_BYTES), so
 *   the 5 MB cap no longer bounds a run; what does is the number of round trips, each some
 *   hundreds of milliseconds on the web. EXCEL_WEB_SYNCS blocks at EXCEL_BYTES_PER_CELL (the
 *   measured JSON size of an output cell, checked by tests/panel/excelPort.test.ts) give the
 *   ceiling: 2,000,000 cells, a 20,000-row sheet many times over. Excel desktop: 2,000,000 too.
 * - The local preview: the browser's memory only, 2,000,000.
 */
import { ClientValueError } from '../../shared/errors';

/** JSON bytes per cell that Office.js sends for our output, at most (measured: about 10–20). */
export const EXCEL_BYTES_PER_CELL = 25;
/** Block syncs of 1 MB one web run may make, read and write together. */
export const EXCEL_WEB_SYNCS = 50;

export const CELL_LIMITS = {
  sheets: 1_000_000,
  excelWeb: Math.floor((EXCEL_WEB_SYNCS * 1_000_000) / EXCEL_BYTES_PER_CELL),
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
