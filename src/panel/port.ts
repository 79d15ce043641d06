/**
 * The host port: the few whole-range, batched operations a spreadsheet host must offer the panel.
 *
 * One UI and one writer run against this interface; Excel (Office.js), Google Sheets (the sidebar
 * talking to Apps Script) and the local preview (an in-memory workbook) each implement it. Every
 * operation is one host round trip whatever the number of rows: a sheet is read with one call and
 * each output sheet is written, formatted and charted with one call.
 */
import type { Cell, CellGrid } from '../../shared/cells';

/** A sheet of the workbook as the port lists it. */
export interface SheetInfo {
  /** Stable id that survives a rename (Excel worksheet id, Sheets sheet id, in-memory counter). */
  readonly id: string;
  readonly name: string;
  /** Size of the used range counted from A1 (rows × columns), for the limit check before reading. */
  readonly rows: number;
  readonly columns: number;
}

/** What the panel learns about the workbook when it opens. */
export interface WorkbookContext {
  readonly sheets: readonly SheetInfo[];
  /** Name of the active sheet. */
  readonly activeSheet: string;
  /** The selected range on the active sheet in A1 notation, null for a single cell. */
  readonly selection: string | null;
  /** The host's display language tag ("ru-RU"), for `langFromLocale`. */
  readonly locale: string;
  /** Excel serial date system of the workbook (Google Sheets and the preview: 1900). */
  readonly dateSystem: 1900 | 1904;
  /** The cell ceiling of one run on this host (see limits.ts). */
  readonly cellLimit: number;
  /** Which host and build, for the self-test's report ("Excel OfficeOnline 16.0…", "Google Sheets"). */
  readonly hostName?: string;
}

/** A block of cells on a sheet: 0-based first row and column, and its size. */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** A value as the writer hands it over. Text is literal text: adapters keep it from turning into a formula. */
export type OutputValue = string | number | boolean | null;

/**
 * How a cell's number is shown. `date` cells hold day numbers (days since 1970-01-01); adapters
 * turn them into the host's serial dates so that the cell is a real date.
 */
export type CellFormat = 'text' | 'integer' | 'decimal' | 'coefficient' | 'money' | 'percent' | 'date' | 'general';

export type AbcColours = Readonly<Record<'A' | 'B' | 'C', string>>;

/** Conditional colours: every row of `block` takes the colour of the ABC class in `classColumn`. */
export interface ClassColouring {
  readonly block: CellBlock;
  /** 0-based sheet column holding the class letter. */
  readonly classColumn: number;
  readonly colours: AbcColours;
}

/**
 * A chart of data already on the sheet. `data` includes its header row; the first column holds
 * the categories.
 * - `pareto`: column 2 as columns (share of the measure), column 3 as a line on a second axis
 *   (cumulative share).
 * - `matrix`: the 3 × 3 ABC-XYZ counts, ABC classes as categories, X/Y/Z as stacked series.
 * - `holdout`: the forecast check, purchases before as categories, made and predicted purchases
 *   (columns 2 and 3) as side-by-side columns.
 */
export interface ChartRequest {
  readonly kind: 'pareto' | 'matrix' | 'holdout';
  readonly title: string;
  readonly data: CellBlock;
  /** Top-left cell the chart is placed at (0-based) and its size in pixels. */
  readonly anchor: { readonly row: number; readonly column: number };
  readonly width: number;
  readonly height: number;
}

/** Which output sheet this is: the add-in recognises its own sheets by role. */
export type OutputRole = 'clients' | 'summary';

/** One output sheet, complete, written by one port call. */
export interface OutputSheet {
  readonly role: OutputRole;
  /** Final sheet name (the writer has already avoided the user's sheet names). */
  readonly name: string;
  /** Rectangular: every row has the same length. */
  readonly values: readonly (readonly OutputValue[])[];
  /** Same shape as `values`. */
  readonly formats: readonly (readonly CellFormat[])[];
  /** Header rows of tables (bold, shaded), and section titles (bold, larger). */
  readonly headers: readonly CellBlock[];
  readonly titles: readonly CellBlock[];
  /** Rows frozen at the top (0 = none). */
  readonly frozenRows: number;
  /** A real table (Excel) / filter (Sheets) over this block, header row first. */
  readonly table: CellBlock | null;
  readonly colouring: readonly ClassColouring[];
  readonly charts: readonly ChartRequest[];
  /** Column widths in characters, one per column. */
  readonly columnWidths: readonly number[];
}

/** Document setting under which the add-in records the output sheets it created. */
export const OUTPUT_MARKER_KEY = 'clientValue.outputSheets';
/** Document setting holding the team's analysis options (see settings.ts). */
export const OPTIONS_SETTING_KEY = 'clientValue.options';

/** An output sheet the add-in wrote, as recorded in the marker setting. */
export interface OutputRecord {
  readonly role: OutputRole;
  readonly id: string;
  readonly name: string;
}

/** Everything one run writes, done by the host in one call (Sheets: under the document lock). */
export interface WriteRequest {
  readonly sheets: readonly OutputSheet[];
  /** Sheet ids of the add-in's previous output to delete (the user confirmed). */
  readonly replace: readonly string[];
  /**
   * The marker value the writer saw when it planned; the host refuses the write when the marker
   * changed meanwhile (another manager's run), so two runs never interleave.
   */
  readonly expectedMarker: string | null;
}

export interface WriteResult {
  /** The sheets written, with the ids the host gave them (also saved as the new marker). */
  readonly written: readonly OutputRecord[];
}

/** What a host reads back from the self-test's probe sheet (selfTest.ts), before deleting it. */
export interface ProbeReadback {
  /** Every cell's value as the host returns it (Sheets: dates as yyyy-mm-dd text, as readValues). */
  readonly values: readonly (readonly Cell[])[];
  /** The first `detailRows` rows as the host shows them (Excel `text`, Sheets `getDisplayValues`). */
  readonly displayed: readonly (readonly string[])[];
  /** The same rows' formulas as the host reports them ("" or the value where there is none). */
  readonly formulas: readonly (readonly string[])[];
  /** Milliseconds the write of the whole probe took. */
  readonly writeMs: number;
  /** Whether the probe sheet is gone afterwards. */
  readonly removed: boolean;
}

export interface WorkbookPort {
  context(): Promise<WorkbookContext>;
  /** Values of the used range of a sheet counted from A1, or of `range` (A1 notation) on it. */
  readValues(sheet: string, range?: string | null): Promise<CellGrid>;
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
  /** Writes all output sheets, deletes the replaced ones, records the new marker: one call. */
  writeOutput(request: WriteRequest): Promise<WriteResult>;
  /** Shows a sheet to the user. */
  activate(sheet: string): Promise<void>;
  /**
   * The self-test (selfTest.ts): writes `sheet` as a new sheet with the output writer, reads it
   * back, deletes it. Never touches the user's sheets or the output marker. Hosts without it
   * offer no self-test.
   */
  selfTest?(request: { readonly sheet: OutputSheet; readonly detailRows: number }): Promise<ProbeReadback>;
}
