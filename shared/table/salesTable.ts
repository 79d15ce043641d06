/**
 * The sales table: what reading a sales sheet produces and what every method consumes.
 *
 * Columnar and typed: one entry per used sheet row, in sheet order. Dates are day numbers (whole
 * days since 1970-01-01, the calendar day the user typed, no time zone); a missing optional value
 * is NaN (numbers, days) or -1 (category codes).
 */
import type { Message } from '../i18n/translate';

/** Whole days since 1970-01-01 (day 0). Calendar days, no time of day, no time zone. */
export type DayNumber = number;

/** The roles a column can play (METHODS.md section 0). */
export type ColumnRole =
  | 'client' | 'date' | 'amount'
  | 'orderId' | 'product' | 'margin' | 'dueDate' | 'paidDate' | 'plan'
  | 'manager' | 'region' | 'channel'
  | 'churnReason' | 'kamStage' | 'paymentCoefficient';

export const REQUIRED_ROLES: readonly ColumnRole[] = ['client', 'amount'];

/** Role → 0-based column index in the grid. Absent roles are not in the sheet. */
export type ColumnMapping = Partial<Record<ColumnRole, number>>;

/** A text column stored as codes into a list of distinct labels (first spelling seen). */
export interface CategoryColumn {
  /** Per row, index into `labels`, or -1 when the cell was blank. */
  readonly codes: Int32Array;
  readonly labels: readonly string[];
}

/** One client as the table knows it: the folded key and the first spelling seen. */
export interface ClientIdentity {
  readonly key: string;
  readonly name: string;
}

export interface SalesTable {
  readonly rowCount: number;
  /** 1-based sheet row of each used row (the row number the user sees). */
  readonly sheetRow: Int32Array;
  /** Per row, index into `clients`. */
  readonly client: Int32Array;
  readonly clients: readonly ClientIdentity[];
  /** Signed amount: negative rows are returns / credit notes. */
  readonly amount: Float64Array;
  /** Sale day, NaN when the sheet has no date column. */
  readonly day: Float64Array;
  readonly hasDates: boolean;
  readonly orderId?: CategoryColumn;
  readonly product?: CategoryColumn;
  readonly margin?: Float64Array;
  readonly dueDay?: Float64Array;
  readonly paidDay?: Float64Array;
  readonly plan?: Float64Array;
  readonly manager?: CategoryColumn;
  readonly region?: CategoryColumn;
  readonly channel?: CategoryColumn;
  readonly churnReason?: CategoryColumn;
  readonly kamStage?: CategoryColumn;
  readonly paymentCoefficient?: Float64Array;
}

/** Why a sheet row was not used. */
export type SkipReason =
  | 'blankRow' | 'headerRow' | 'totalsRow' | 'errorValue'
  | 'noClient' | 'noAmount' | 'badAmount' | 'noDate' | 'badDate' | 'badOptionalValue';

export interface SkippedRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly reason: SkipReason;
  /** The human sentence (names the cell and what was wrong), renderable in EN/RU/UK. */
  readonly message: Message;
}

/** A cell that was read but whose optional value was ignored (the row itself was used). */
export interface CellNote {
  readonly row: number;
  readonly column: number;
  readonly message: Message;
}

/** A warning about the sheet as a whole (look-alike client names, a layout to fill down). */
export interface TableWarning {
  readonly code: string;
  readonly message: Message;
}

export interface ReadResult {
  readonly table: SalesTable;
  readonly skipped: readonly SkippedRow[];
  readonly notes: readonly CellNote[];
  /** The mapping actually used (detected, then overridden by the user's). */
  readonly mapping: ColumnMapping;
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  /** Header text of each column, as in the sheet. */
  readonly headers: readonly string[];
  /** Warnings about the sheet as a whole, in the order found (absent: none). */
  readonly warnings?: readonly TableWarning[];
}
