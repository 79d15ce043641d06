/**
 * The host port over Office.js (Excel task pane, shared runtime).
 *
 * Excel on the web refuses a request (one `sync`) whose payload passes 5 MB
 * (RequestPayloadSizeLimitExceeded), so nothing large goes in one sync: a sheet is read in row
 * blocks, and an output sheet is written values first, in row blocks of at most BLOCK_BYTES of
 * JSON with a `sync` after each, then one number format per run of equal formats down a column
 * (a single string for the whole run, not a 2-D array), then styled per block (a header row, a
 * table, three conditional formats, two charts), never per row. The sheets are written under
 * temporary names and swapped in only when complete, so a run stays all-or-nothing. Text goes in with the leading
 * apostrophe (textGuard.ts), so a client named `=HYPERLINK(...)` stays text. Dates go in as serial
 * numbers of the workbook's date system with a date format, so they are real dates.
 *
 * The code is typed against Office.js's own definitions (`@types/office-js`), so it can only call
 * what released Excel has; the tests drive it with a fake that models the same calls and limits.
 * Settings live in `context.workbook.settings` (ExcelApi 1.4) and are read and written inside the
 * batch that needs them: `Office.context.document.settings` is a copy taken when the pane opened,
 * and its `saveAsync` writes the whole copy back over what another pane or a co-author saved.
 */
/// <reference types="office-js" />
import type { Cell, CellGrid } from '../../../shared/cells';
import { ClientValueError } from '../../../shared/errors';
import { excelSerialFromDay } from '../../../shared/table/dates';
import { classRuleFormula, clipToUsed } from '../../panel/a1';
import { HEADER_FILL, NUMBER_FORMATS, POINTS_PER_CHARACTER, TITLE_FONT_SIZE } from '../../panel/formats';
import { markerValue } from '../../panel/marker';
import {
  OUTPUT_MARKER_KEY, type OutputRecord, type OutputSheet, type ProbeReadback, type SheetInfo, type WorkbookContext, type WorkbookPort,
  type WriteRequest, type WriteResult,
} from '../../panel/port';
import { guardText } from '../../panel/textGuard';

export interface ExcelHost {
  /** `Excel.run`. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.displayLanguage`. */
  locale: string;
  /** The cell ceiling of one run (limits.ts): Excel on the web or desktop. */
  cellLimit: number;
  dateSystem: 1900 | 1904;
  /** Platform and build (`Office.context.diagnostics`), for the self-test's report. */
  hostName?: string;
}

export function createExcelPort(host: ExcelHost): WorkbookPort {
  return {
    context: () => workbookContext(host),

    readValues: (sheetName, range) => host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
      const selected = range ? sheet.getRange(range).load('rowIndex,columnIndex,rowCount,columnCount') : null;
      await context.sync();
      // `isNullObject` is set by the sync itself (it is not a loadable property).
      if (used.isNullObject) return [];
      if (selected) {
        // A selection is read only where the sheet is in use: `A:D` is A1:D(last used row), not a
        // million blank rows.
        const part = clipToUsed(
          { row: selected.rowIndex, column: selected.columnIndex, rows: selected.rowCount, columns: selected.columnCount },
          used.rowIndex + used.rowCount, used.columnIndex + used.columnCount);
        if (part.rows === 0 || part.columns === 0) return [];
        return readBlocks(context, sheet, part.row, part.column, part.rows, part.columns);
      }
      const values = await readBlocks(context, sheet, used.rowIndex, used.columnIndex, used.rowCount, used.columnCount);
      // Rows and columns before the used range are blank: keep them, so that row numbers in
      // messages are the row numbers the user sees.
      return fromA1(values, used.rowIndex, used.columnIndex);
    }),

    getSetting: (key) => host.run((context) => readSetting(context, key)),

    setSetting: (key, value) => host.run(async (context) => {
      context.workbook.settings.add(key, value);
      await context.sync();
    }),

    activate: (sheetName) => host.run(async (context) => {
      context.workbook.worksheets.getItem(sheetName).activate();
      await context.sync();
    }),

    writeOutput: (request) => writeOutput(host, request),

    selfTest: (request) => selfTest(host, request),
  };
}

/**
 * The self-test's probe (src/panel/selfTest.ts): written by writeSheet exactly as an output sheet,
 * under a temporary name, read back (values in blocks; the detail rows' `text` and `formulas`), then
 * deleted. A failure half-way still removes the sheet.
 */
async function selfTest(host: ExcelHost, request: { readonly sheet: OutputSheet; readonly detailRows: number }): Promise<ProbeReadback> {
  const name = temporarySheetName(99);
  try {
    return await host.run(async (context) => {
      const rows = request.sheet.values.length;
      const columns = request.sheet.values[0]?.length ?? 0;
      const started = Date.now();
      const sheet = await writeSheet(context, context.workbook.worksheets.add(name), request.sheet, host.dateSystem);
      await context.sync();
      const writeMs = Date.now() - started;
      const values = await readBlocks(context, sheet, 0, 0, rows, columns);
      const detail = sheet.getRangeByIndexes(0, 0, request.detailRows, columns).load('text,formulas');
      await context.sync();
      sheet.delete();
      const gone = context.workbook.worksheets.getItemOrNullObject(name).load('name');
      await context.sync();
      return {
        values, writeMs, removed: gone.isNullObject,
        displayed: detail.text.map((row) => row.map(String)),
        formulas: detail.formulas.map((row) => row.map(String)),
      };
    });
  } catch (error) {
    await removeSheets(host, [name]);
    throw error;
  }
}

/** JSON bytes queued per `sync` at most: well under Excel on the web's 5 MB request limit. */
export const BLOCK_BYTES = 1_000_000;
/** Rows read in the first block, before bytes per row are measured. */
const FIRST_READ_ROWS = 1_000;

/** The JSON size of one row (what Office.js sends for it). */
function rowBytes(row: readonly unknown[]): number {
  return JSON.stringify(row).length + 1;
}

/**
 * Reads rows [0, rowCount) of `columnCount` columns at (rowIndex, columnIndex) in blocks, a `sync`
 * per block; block sizes follow the bytes per row measured on the rows read so far.
 */
async function readBlocks(
  context: Excel.RequestContext, sheet: Excel.Worksheet,
  rowIndex: number, columnIndex: number, rowCount: number, columnCount: number,
): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  let bytes = 0;
  while (rows.length < rowCount) {
    const perRow = rows.length === 0 ? 0 : bytes / rows.length;
    const size = perRow === 0 ? FIRST_READ_ROWS : Math.max(1, Math.floor(BLOCK_BYTES / perRow));
    const count = Math.min(size, rowCount - rows.length);
    const block = sheet.getRangeByIndexes(rowIndex + rows.length, columnIndex, count, columnCount).load('values');
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per row block keeps each request under Excel on the web's 5 MB limit
    await context.sync();
    for (const row of block.values) { rows.push(row); bytes += rowBytes(row); }
  }
  return rows;
}

/** A string setting of the workbook, null when absent or not a string. */
async function readSetting(context: Excel.RequestContext, key: string): Promise<string | null> {
  const setting = context.workbook.settings.getItemOrNullObject(key);
  setting.load('value');
  await context.sync();
  return !setting.isNullObject && typeof setting.value === 'string' ? setting.value : null;
}

/**
 * One batch: the marker is checked against the one the writer planned with (another manager's run
 * in between refuses this one), the sheets are written and swapped in, and the new marker is saved
 * with the swap's last `sync`.
 */
async function writeOutput(host: ExcelHost, request: WriteRequest): Promise<WriteResult> {
  const written = await host.run(async (context) => {
    if (await readSetting(context, OUTPUT_MARKER_KEY) !== request.expectedMarker) throw new ClientValueError('panel.error.concurrentRun');
    const { worksheets } = context.workbook;
    worksheets.load('items/name,items/id');
    await context.sync();
    const replaced = new Set(request.replace);
    const remaining = worksheets.items.filter((sheet) => !replaced.has(sheet.id));
    for (const output of request.sheets) {
      if (remaining.some((sheet) => sheet.name.toLowerCase() === output.name.toLowerCase())) {
        throw new ClientValueError('panel.error.nameTaken', { sheet: output.name });
      }
    }
    // The new sheets are written under temporary names first; only when they are complete are the
    // old ones deleted and the new ones renamed, so a failure leaves the previous output intact.
    const temporary = request.sheets.map((_, index) => temporarySheetName(index));
    const added: Excel.Worksheet[] = [];
    try {
      for (const [index, output] of request.sheets.entries()) {
        added.push(await writeSheet(context, worksheets.add(temporary[index]), output, host.dateSystem));
      }
      added.forEach((sheet) => sheet.load('id'));
      await context.sync();
    } catch (error) {
      await removeSheets(host, temporary);
      throw error;
    }
    // The swap and the new marker go in one request: a rename keeps a sheet's id.
    const records = added.map((sheet, index): OutputRecord => ({ role: request.sheets[index].role, id: sheet.id, name: request.sheets[index].name }));
    for (const sheet of worksheets.items) if (replaced.has(sheet.id)) sheet.delete();
    added.forEach((sheet, index) => { sheet.name = request.sheets[index].name; });
    context.workbook.settings.add(OUTPUT_MARKER_KEY, markerValue(records));
    await context.sync();
    return records;
  });
  return { written };
}

async function workbookContext(host: ExcelHost): Promise<WorkbookContext> {
  const selection = await selectedRange(host);
  return host.run(async (context) => {
    const { worksheets } = context.workbook;
    worksheets.load('items/name,items/id');
    const active = worksheets.getActiveWorksheet().load('name');
    await context.sync();
    const used = worksheets.items.map((sheet) =>
      sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
    await context.sync();
    // Sizes count from A1, as the panel reads (limits.ts).
    const sheets: SheetInfo[] = worksheets.items.map((sheet, index) => {
      const range = used[index];
      return range.isNullObject
        ? { id: sheet.id, name: sheet.name, rows: 0, columns: 0 }
        : { id: sheet.id, name: sheet.name, rows: range.rowIndex + range.rowCount, columns: range.columnIndex + range.columnCount };
    });
    return {
      sheets, activeSheet: active.name, selection, locale: host.locale, dateSystem: host.dateSystem, cellLimit: host.cellLimit,
      hostName: host.hostName,
    };
  });
}

/**
 * The selected range in A1 notation, null for a single cell. A batch of its own: when a chart or a
 * shape is selected, `getSelectedRange` fails, and that must not stop the panel from opening.
 */
async function selectedRange(host: ExcelHost): Promise<string | null> {
  try {
    return await host.run(async (context) => {
      const selection = context.workbook.getSelectedRange().load('address,rowCount,columnCount');
      await context.sync();
      if (selection.rowCount * selection.columnCount <= 1) return null;
      return selection.address.slice(selection.address.lastIndexOf('!') + 1);
    });
  } catch {
    return null;
  }
}

/** A name no user sheet has, for a sheet being written (Excel allows 31 characters). */
export function temporarySheetName(index: number): string {
  return `~client-value-${Date.now().toString(36)}-${index}`;
}

/** Deletes the half-written sheets of a failed write, in a batch of its own. */
async function removeSheets(host: ExcelHost, names: readonly string[]): Promise<void> {
  try {
    await host.run(async (context) => {
      const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name).load('name'));
      await context.sync();
      for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
      await context.sync();
    });
  } catch {
    // The original error is the one worth showing.
  }
}

/**
 * Writes one sheet: the values in row blocks of at most BLOCK_BYTES with a `sync` after each, then
 * the number formats one per run of equal formats down a column, then the styles (queued; the
 * caller's `sync` sends them).
 */
async function writeSheet(
  context: Excel.RequestContext, sheet: Excel.Worksheet, output: OutputSheet, dateSystem: 1900 | 1904,
): Promise<Excel.Worksheet> {
  const rows = output.values.length;
  const columns = output.values[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return sheet;
  const cells = output.values.map((row, r) => row.map((value, c) => {
    if (value === null) return '';
    if (typeof value === 'string') return guardText(value);
    if (typeof value === 'number' && output.formats[r][c] === 'date') return excelSerialFromDay(value, dateSystem);
    return value;
  }));
  let start = 0;
  let bytes = 0;
  for (let r = 0; r <= rows; r++) {
    const next = r < rows ? rowBytes(cells[r]) : 0;
    if (r === rows || (r > start && bytes + next > BLOCK_BYTES)) {
      sheet.getRangeByIndexes(start, 0, r - start, columns).values = cells.slice(start, r);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a sync per block of at most BLOCK_BYTES: Excel on the web refuses requests over 5 MB
      await context.sync();
      start = r;
      bytes = 0;
    }
    bytes += next;
  }
  // A single format string set on a range applies to every cell of it (Range.numberFormat).
  let queued = 0;
  for (let c = 0; c < columns; c++) {
    for (let r = 0; r < rows;) {
      const format = output.formats[r][c];
      let end = r + 1;
      while (end < rows && output.formats[end][c] === format) end++;
      setNumberFormat(sheet.getRangeByIndexes(r, c, end - r, 1), NUMBER_FORMATS[format]);
      queued += NUMBER_FORMATS[format].length + 64;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- formats are sent once BLOCK_BYTES are queued, for the same 5 MB request limit
      if (queued > BLOCK_BYTES) { await context.sync(); queued = 0; }
      r = end;
    }
  }
  output.columnWidths.forEach((width, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width * POINTS_PER_CHARACTER;
  });
  for (const block of output.headers) {
    const range = sheet.getRangeByIndexes(block.row, block.column, block.rows, block.columns);
    range.format.font.bold = true;
    range.format.fill.color = HEADER_FILL;
  }
  for (const block of output.titles) {
    const range = sheet.getRangeByIndexes(block.row, block.column, block.rows, block.columns);
    range.format.font.bold = true;
    range.format.font.size = TITLE_FONT_SIZE;
  }
  if (output.frozenRows > 0) sheet.freezePanes.freezeRows(output.frozenRows);
  if (output.table) {
    const { row, column, rows: tableRows, columns: tableColumns } = output.table;
    const table = sheet.tables.add(sheet.getRangeByIndexes(row, column, tableRows, tableColumns), true);
    table.style = 'TableStyleLight1';
  }
  for (const colouring of output.colouring) {
    const { row, column, rows: blockRows, columns: blockColumns } = colouring.block;
    const range = sheet.getRangeByIndexes(row, column, blockRows, blockColumns);
    for (const abcClass of ['A', 'B', 'C'] as const) {
      const format = range.conditionalFormats.add('Custom');
      format.custom.rule.formula = classRuleFormula(colouring.classColumn, row, abcClass);
      format.custom.format.fill.color = colouring.colours[abcClass];
    }
  }
  for (const request of output.charts) {
    const { row, column, rows: dataRows, columns: dataColumns } = request.data;
    const source = sheet.getRangeByIndexes(row, column, dataRows, dataColumns);
    const chart = sheet.charts.add(request.kind === 'matrix' ? 'ColumnStacked' : 'ColumnClustered', source, 'Columns');
    chart.title.text = request.title;
    chart.setPosition(sheet.getRangeByIndexes(request.anchor.row, request.anchor.column, 1, 1));
    chart.width = request.width * 0.75;
    chart.height = request.height * 0.75;
    if (request.kind === 'pareto') {
      const cumulative = chart.series.getItemAt(1);
      cumulative.chartType = 'Line';
      cumulative.axisGroup = 'Secondary';
    }
  }
  return sheet;
}

function setNumberFormat(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}

function fromA1(values: Cell[][], rowIndex: number, columnIndex: number): CellGrid {
  const shifted = columnIndex > 0 ? values.map((row) => [...Array<Cell>(columnIndex).fill(''), ...row]) : values;
  const width = shifted[0]?.length ?? 0;
  return [...Array.from({ length: rowIndex }, () => Array<Cell>(width).fill('')), ...shifted];
}

