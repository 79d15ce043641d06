/**
 * The built-in sample sales sheet as a spreadsheet would hold it after opening the CSV: plain
 * numbers become numbers, everything else stays text (dates as typed, read by the core's one date
 * module). Used at build time for the preview page and by the tests that compare the page with
 * `analyzeSales` run in Node on the same file.
 */
import Papa from 'papaparse';
import type { Cell } from '../../../shared/cells';

export function csvToGrid(text: string): Cell[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const rows = parsed.data;
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell.trim() === '')) rows.pop();
  return rows.map((row) => row.map((cell): Cell => (/^-?\d+(\.\d+)?$/.test(cell.trim()) ? Number(cell) : cell)));
}
