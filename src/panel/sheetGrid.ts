/**
 * A small builder for an output sheet laid out as blocks one under another (a title, a header row,
 * data rows): it keeps values and formats the same shape and remembers where headers and titles
 * are, so the writer describes a sheet section by section and hands the host one rectangle.
 */
import type { CellBlock, CellFormat, OutputValue } from './port';

export class SheetGrid {
  private readonly rows: OutputValue[][] = [];
  private readonly rowFormats: CellFormat[][] = [];
  readonly headers: CellBlock[] = [];
  readonly titles: CellBlock[] = [];

  get rowCount(): number {
    return this.rows.length;
  }

  /** Appends one row starting in column A; returns its 0-based row index. */
  addRow(values: readonly OutputValue[], formats: readonly CellFormat[] = []): number {
    this.rows.push(values.map(cleanValue));
    this.rowFormats.push(values.map((_, index) => formats[index] ?? 'general'));
    return this.rows.length - 1;
  }

  addTitle(text: string): number {
    const row = this.addRow([text], ['text']);
    this.titles.push({ row, column: 0, rows: 1, columns: 1 });
    return row;
  }

  addHeader(labels: readonly string[]): number {
    const row = this.addRow(labels, labels.map(() => 'text'));
    this.headers.push({ row, column: 0, rows: 1, columns: labels.length });
    return row;
  }

  addBlank(count = 1): void {
    for (let i = 0; i < count; i++) this.addRow([]);
  }

  /** Pads to a rectangle (blank cells, general format). */
  finish(): { values: OutputValue[][]; formats: CellFormat[][]; width: number } {
    const width = widestRow(this.rows);
    const values = this.rows.map((row) => pad(row, width, null));
    const formats = this.rowFormats.map((row) => pad(row, width, 'general' as CellFormat));
    return { values, formats, width };
  }
}

/**
 * The length of the longest row, at least 1. A loop, not `Math.max(...rows)`: spreading 300,000
 * rows into one call's arguments overflows the stack.
 */
export function widestRow(rows: readonly { readonly length: number }[]): number {
  let width = 1;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}

/** NaN and infinities cannot travel to a host (nor through `google.script.run`): blank instead. */
function cleanValue(value: OutputValue | undefined): OutputValue {
  if (value === undefined) return null;
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

function pad<T>(row: readonly T[], width: number, fill: T): T[] {
  const out = row.slice();
  while (out.length < width) out.push(fill);
  return out;
}
