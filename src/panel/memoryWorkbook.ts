/**
 * An in-memory workbook behind the host port: the test double of the writer and the workbook of
 * the local preview. It behaves like a host where it matters for safety: text arrives guarded
 * (textGuard.ts) the way the real adapters send it, and an unguarded text that starts like a
 * formula is stored as a formula, so a test can prove that client names stay text. It counts the
 * port calls, so tests can check that they do not grow with the number of rows.
 */
import type { Cell, CellGrid } from '../../shared/cells';
import { ClientValueError } from '../../shared/errors';
import { isoFromDay } from '../../shared/table/dates';
import { a1ToBlock, clipToUsed } from './a1';
import { markerValue } from './marker';
import {
  OUTPUT_MARKER_KEY, type CellFormat, type ChartRequest, type ClassColouring, type CellBlock, type OutputRecord,
  type OutputSheet, type OutputValue, type ProbeReadback, type SheetInfo, type WorkbookContext, type WorkbookPort, type WriteRequest,
  type WriteResult,
} from './port';
import { guardText } from './textGuard';

/** A stored cell: its value as the host keeps it, what was entered, and how it is shown. */
export interface MemoryCell {
  readonly value: Cell;
  readonly format: CellFormat;
  /** True when the host would have stored a formula (the writer must never cause this). */
  readonly formula: boolean;
  /** What was typed or sent (with the guard apostrophe, when there is one). */
  readonly entered: Cell;
}

export interface MemorySheet {
  readonly id: string;
  name: string;
  cells: MemoryCell[][];
  frozenRows: number;
  table: CellBlock | null;
  headers: readonly CellBlock[];
  titles: readonly CellBlock[];
  colouring: readonly ClassColouring[];
  charts: readonly ChartRequest[];
  columnWidths: readonly number[];
}

export interface MemoryWorkbookOptions {
  readonly locale?: string;
  readonly cellLimit?: number;
  readonly selection?: string | null;
}

export class MemoryWorkbook implements WorkbookPort {
  readonly sheets: MemorySheet[] = [];
  readonly settings = new Map<string, string>();
  /** Port calls by operation name. */
  readonly calls: Record<string, number> = {};
  activeSheet = '';
  private nextId = 1;
  private readonly options: MemoryWorkbookOptions;

  constructor(options: MemoryWorkbookOptions = {}) {
    this.options = options;
  }

  /** Adds a user sheet holding `grid` as typed by a user (no guarding: what you give is what is stored). */
  addUserSheet(name: string, grid: CellGrid): MemorySheet {
    const sheet = this.newSheet(name);
    sheet.cells = grid.map((row) => row.map((value) => ({ value, entered: value, format: 'general' as CellFormat, formula: isFormulaEntry(value) })));
    if (!this.activeSheet) this.activeSheet = name;
    return sheet;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  /** Values of a sheet as a host would read them (for tests and the preview grid). */
  values(name: string): Cell[][] {
    const sheet = this.requireSheet(name);
    return sheet.cells.map((row) => row.map((cell) => cell.value));
  }

  async context(): Promise<WorkbookContext> {
    this.count('context');
    return {
      sheets: this.sheets.map((sheet) => this.info(sheet)),
      activeSheet: this.activeSheet,
      selection: this.options.selection ?? null,
      locale: this.options.locale ?? 'en-US',
      hostName: 'Client Value preview (in-memory workbook)',
      dateSystem: 1900,
      cellLimit: this.options.cellLimit ?? 2_000_000,
    };
  }

  async readValues(name: string, range?: string | null): Promise<CellGrid> {
    this.count('readValues');
    const all = this.values(name);
    const selected = range ? a1ToBlock(range) : null;
    if (!selected) return all;
    const block = clipToUsed(selected, all.length, all.reduce((width, row) => Math.max(width, row.length), 0));
    return Array.from({ length: block.rows }, (_, r) =>
      Array.from({ length: block.columns }, (_, c) => all[block.row + r]?.[block.column + c] ?? ''));
  }

  async getSetting(key: string): Promise<string | null> {
    this.count('getSetting');
    return this.settings.get(key) ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.count('setSetting');
    this.settings.set(key, value);
  }

  async activate(name: string): Promise<void> {
    this.count('activate');
    this.requireSheet(name);
    this.activeSheet = name;
  }

  async writeOutput(request: WriteRequest): Promise<WriteResult> {
    this.count('writeOutput');
    if ((this.settings.get(OUTPUT_MARKER_KEY) ?? null) !== request.expectedMarker) {
      throw new ClientValueError('panel.error.concurrentRun');
    }
    for (const id of request.replace) {
      const index = this.sheets.findIndex((sheet) => sheet.id === id);
      if (index >= 0) this.sheets.splice(index, 1);
    }
    const written: OutputRecord[] = request.sheets.map((output) => {
      if (this.sheet(output.name)) throw new ClientValueError('panel.error.nameTaken', { sheet: output.name });
      const sheet = this.newSheet(output.name);
      writeSheet(sheet, output);
      return { role: output.role, id: sheet.id, name: sheet.name };
    });
    this.settings.set(OUTPUT_MARKER_KEY, markerValue(written));
    return { written };
  }

  /** The self-test's probe: written as an output sheet is, read back as shown, then deleted. */
  async selfTest(request: { readonly sheet: OutputSheet; readonly detailRows: number }): Promise<ProbeReadback> {
    this.count('selfTest');
    if (this.sheet(request.sheet.name)) throw new ClientValueError('panel.error.nameTaken', { sheet: request.sheet.name });
    const started = Date.now();
    const sheet = this.newSheet(request.sheet.name);
    writeSheet(sheet, request.sheet);
    const writeMs = Date.now() - started;
    // Dates read back as ISO text, as in Google Sheets (this workbook has no serial dates).
    const values = sheet.cells.map((row) => row.map((cell) =>
      (cell.format === 'date' && typeof cell.value === 'number' ? isoFromDay(cell.value) : cell.value)));
    const detail = sheet.cells.slice(0, request.detailRows);
    const readback: ProbeReadback = {
      values,
      displayed: detail.map((row) => row.map(displayed)),
      formulas: detail.map((row) => row.map((cell) => (cell.formula ? String(cell.entered) : ''))),
      writeMs,
      removed: false,
    };
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    return { ...readback, removed: !this.sheet(request.sheet.name) };
  }

  private newSheet(name: string): MemorySheet {
    const sheet: MemorySheet = {
      id: `sheet-${this.nextId++}`, name, cells: [], frozenRows: 0, table: null,
      headers: [], titles: [], colouring: [], charts: [], columnWidths: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  private requireSheet(name: string): MemorySheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new ClientValueError('panel.error.noSheet', { sheet: name });
    return sheet;
  }

  private info(sheet: MemorySheet): SheetInfo {
    return { id: sheet.id, name: sheet.name, rows: sheet.cells.length, columns: Math.max(0, ...sheet.cells.map((row) => row.length)) };
  }

  private count(operation: string): void {
    this.calls[operation] = (this.calls[operation] ?? 0) + 1;
  }
}

function writeSheet(sheet: MemorySheet, output: OutputSheet): void {
  sheet.cells = output.values.map((row, r) => row.map((value, c) => enter(value, output.formats[r][c])));
  sheet.frozenRows = output.frozenRows;
  sheet.table = output.table;
  sheet.headers = output.headers;
  sheet.titles = output.titles;
  sheet.colouring = output.colouring;
  sheet.charts = output.charts;
  sheet.columnWidths = output.columnWidths;
}

/** What a host stores when the writer's value is sent the way the adapters send it. */
function enter(value: OutputValue, format: CellFormat): MemoryCell {
  const entered = typeof value === 'string' ? guardText(value) : value;
  if (typeof entered === 'string' && entered.startsWith("'")) {
    return { value: entered.slice(1), entered, format, formula: false };
  }
  return { value: entered ?? '', entered, format, formula: isFormulaEntry(entered) };
}

/** A cell as a spreadsheet shows it with its format (English separators). */
function displayed(cell: MemoryCell): string {
  const { value, format } = cell;
  if (typeof value !== 'number') return value === null ? '' : String(value);
  switch (format) {
    case 'date': return isoFromDay(value);
    case 'percent': return `${(value * 100).toFixed(1)}%`;
    case 'money': return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case 'integer': return value.toLocaleString('en-US', { maximumFractionDigits: 0 });
    default: return String(value);
  }
}

function isFormulaEntry(value: Cell): boolean {
  return typeof value === 'string' && /^[=+\-@]/.test(value) && value.length > 1;
}
