/**
 * Reading a sales sheet (METHODS.md section 0): the grid a host hands over → the columnar sales
 * table, the skipped rows with their reasons, and notes on ignored optional values.
 *
 * One pass over the rows after the header row (found by headers.ts). For each row, in order:
 * 1. blank row (every cell blank) → skipped 'blankRow' (blank rows after the last filled row are
 *    the end of the sheet, e.g. a whole-column range, and are not reported);
 * 2. totals row → 'totalsRow': the client cell is a totals label (totals.ts), or another text cell
 *    of the row is one, whatever the row's date and amount (a subtotal row often repeats the last
 *    date); only the lone word `Total` in the product column of a sale with a client and a date
 *    is a product's name, not a label;
 * 3. an error value (#N/A, #VALUE!, ...) in the client, amount or date cell → 'errorValue';
 * 4. no client → 'noClient';
 * 5. no amount → 'noAmount'; an amount that is not a number (numbers.ts), or one of a quadrillion
 *    or more (AMOUNT_LIMIT) → 'badAmount', unless the row repeats the header (client and amount
 *    cells read as the header's) → 'headerRow';
 * 6. with a date column: no date → 'noDate', a date that is not one (dates.ts) → 'badDate'.
 * Zero amounts are kept (a row, not an order: the methods decide). Negative amounts are returns.
 * Optional columns (order id, product, margin, due and paid dates, plan, manager, region, channel,
 * churn reason, KAM stage, Kp) never drop a sale: an unreadable value or an error value becomes
 * NaN (numbers, days) or -1 (categories) and a CellNote names the cell.
 *
 * After the pass, clients whose names look alike (clientKey.ts, lookAlikeKey: Latin letters typed
 * for Cyrillic ones, or only punctuation and spaces apart) are reported in `warnings`, both
 * spellings and their rows named; they are not merged.
 *
 * Every skip and note names the 1-based sheet row and the cell ("C14") in a Message that renders
 * in EN/RU/UK. Unusable input throws ClientValueError ('table.error.empty', 'table.error.noHeader',
 * 'table.error.columnNotFound'); nothing else is thrown whatever the cells hold.
 *
 * Speed: typed arrays sized to the row count (subarray at the end); the client text of each
 * distinct spelling is folded once (a Map from the raw text); category texts are coded in a typed
 * hash table (categoryCodes.ts).
 */
import { columnLetter, isBlankCell, isErrorCell, type Cell, type CellGrid } from '../cells';
import { ClientValueError } from '../errors';
import type { Message, MessageKey } from '../i18n/translate';
import type { ResolvedOptions } from '../pipeline/options';
import { CategoryCodes } from './categoryCodes';
import { clientKey, clientName, lettersFoldedKey, lookAlikeKey, withoutInvisible } from './clientKey';
import { dayFromDate, isoFromDay, parseDateCell, slashOrderOfColumn, type DateReadingOptions } from './dates';
import { findHeaderRow, normaliseHeader } from './headers';
import { AMOUNT_LIMIT, markEvidence, markShape, parseAmount } from './numbers';
import type {
  CategoryColumn, CellNote, ClientIdentity, ColumnRole, ReadResult, SalesTable, SkippedRow, SkipReason, TableWarning,
} from './salesTable';
import { isTotalsLabel } from './totals';

export type ReadOptions = Partial<Pick<ResolvedOptions, 'columns' | 'dateSystem' | 'slashDateOrder' | 'fillDown'>>;

/** What a client cell's text turned out to be; one per distinct raw text. */
interface ClientSpelling {
  /** 'client' for a usable name. */
  readonly kind: 'client' | 'blank' | 'totals' | 'error';
  readonly key: string;
  readonly name: string;
  /** Index into the table's clients, -1 until a row of this spelling is used. */
  index: number;
}

type NumericRole = 'margin' | 'dueDate' | 'paidDate' | 'plan' | 'paymentCoefficient';
type CategoryRole = 'orderId' | 'product' | 'manager' | 'region' | 'channel' | 'churnReason' | 'kamStage';

const NUMERIC_ROLES: readonly NumericRole[] = ['margin', 'dueDate', 'paidDate', 'plan', 'paymentCoefficient'];
const CATEGORY_ROLES: readonly CategoryRole[] = ['orderId', 'product', 'manager', 'region', 'channel', 'churnReason', 'kamStage'];

const NOTE_KEYS: Readonly<Record<NumericRole, MessageKey>> = {
  margin: 'table.note.badMargin',
  dueDate: 'table.note.badDueDate',
  paidDate: 'table.note.badPaidDate',
  plan: 'table.note.badPlan',
  paymentCoefficient: 'table.note.badPaymentCoefficient',
};

interface NumericColumn {
  readonly role: NumericRole;
  readonly column: number;
  readonly isDate: boolean;
  readonly values: Float64Array;
}

interface CategoryBuilder {
  readonly role: CategoryRole;
  readonly column: number;
  readonly codes: Int32Array;
  readonly coder: CategoryCodes;
  /** The previous row's cell and code: the lines of one order sit one under another. */
  lastCell: Cell;
  lastCode: number;
}

/** Longest cell text quoted in a message. */
const VALUE_LIMIT = 40;

/**
 * Reads a sales sheet. `options.columns` overrides the detected columns role by role;
 * `dateSystem` (default 1900) and `slashDateOrder` (default 'dmy') say how dates are read.
 * `headerRow` in the result is 0 when the sheet has no header row (client and amount chosen by
 * index or letter and the first row already holds a sale).
 */
export function readSales(cells: CellGrid, options: ReadOptions = {}): ReadResult {
  if (!Array.isArray(cells) || cells.length === 0) throw new ClientValueError('table.error.empty');
  let dateOptions: DateReadingOptions = {
    dateSystem: options.dateSystem === 1904 ? 1904 : 1900,
    slashDateOrder: options.slashDateOrder === 'mdy' ? 'mdy' : 'dmy',
  };
  const { headerIndex, mapping, headers } = findHeaderRow(cells, options.columns ?? {});
  const clientColumn = mapping.client as number;
  const amountColumn = mapping.amount as number;
  const dateColumn = mapping.date ?? -1;
  const productColumn = mapping.product ?? -1;
  const headerClient = headerIndex >= 0 ? normaliseHeader(headers[clientColumn] ?? '') : '';
  const headerAmount = headerIndex >= 0 ? normaliseHeader(headers[amountColumn] ?? '') : '';

  const capacity = Math.max(0, cells.length - headerIndex - 1);
  const sheetRow = new Int32Array(capacity);
  const client = new Int32Array(capacity);
  const amount = new Float64Array(capacity);
  const day = new Float64Array(capacity);
  const numeric: NumericColumn[] = [];
  for (const role of NUMERIC_ROLES) {
    const column = mapping[role];
    if (column !== undefined) {
      numeric.push({ role, column, isDate: role === 'dueDate' || role === 'paidDate', values: new Float64Array(capacity) });
    }
  }
  const categories: CategoryBuilder[] = [];
  for (const role of CATEGORY_ROLES) {
    const column = mapping[role];
    if (column !== undefined) {
      categories.push({ role, column, codes: new Int32Array(capacity), coder: new CategoryCodes(), lastCell: undefined, lastCode: -1 });
    }
  }

  const spellings = new Map<string, ClientSpelling>();
  const clientByKey = new Map<string, number>();
  const clients: ClientIdentity[] = [];
  const skipped: SkippedRow[] = [];
  const notes: CellNote[] = [];
  let count = 0;
  let lastClientCell: Cell = undefined;
  let lastSpelling: ClientSpelling | undefined;
  // Fill-down: the client of the block the row is in (the last row with a client, through rows
  // that could take it); undefined after a blank, totals or error row.
  const fillDown = options.fillDown === true;
  let blockClient: ClientSpelling | undefined;
  const fillable: number[] = [];
  let noClientRows = 0;

  const skip = (row: number, reason: SkipReason, key: MessageKey, column = -1, cell: Cell = undefined): void => {
    const params: Record<string, string | number> = { row };
    if (column >= 0) {
      params.cell = `${columnLetter(column)}${row}`;
      params.value = valueText(cell);
    }
    skipped.push({ row, reason, message: { key, params } });
  };

  // Blank rows after the last filled one are the end of the sheet (a whole-column range), not
  // skipped rows.
  let end = cells.length;
  while (end > headerIndex + 1 && (!Array.isArray(cells[end - 1]) || isBlankRow(cells[end - 1]))) end--;

  // `a/b/yyyy` text: cells that can be read only one way (03/15/2024) decide the column's order.
  const slash = dateColumn >= 0 ? slashOrderOfColumn(cells, headerIndex + 1, end, dateColumn, dateOptions.slashDateOrder) : null;
  if (slash !== null) {
    dateOptions = { ...dateOptions, slashDateOrder: slash.order };
    notes.push({
      row: slash.index + 1,
      column: dateColumn,
      message: {
        key: slash.order === 'mdy' ? 'table.note.slashDatesMonthFirst' : 'table.note.slashDatesDayFirst',
        params: { column: columnLetter(dateColumn), header: valueText(headers[dateColumn]), value: valueText(slash.text), row: slash.index + 1 },
      },
    });
  }

  // A CSV carries Excel serial dates as text ("45292"): the date column's values decide whether
  // such text is a serial (the column is mostly numbers) or a bad date among text dates.
  const serials = dateColumn >= 0 ? serialDatesAsText(cells, headerIndex + 1, end, dateColumn, dateOptions) : null;
  const readDay = serials === null
    ? (cell: Cell) => parseDateCell(cell, dateOptions)
    : (cell: Cell) => parseDateCell(typeof cell === 'string' && SERIAL_TEXT.test(cell) ? Number(cell) : cell, dateOptions);
  if (serials !== null) {
    notes.push({
      row: headerIndex + 1,
      column: dateColumn,
      message: {
        key: 'table.note.serialDatesAsText',
        params: {
          column: columnLetter(dateColumn), header: valueText(headers[dateColumn]), count: serials.count,
          value: serials.example, date: isoFromDay(readDay(serials.example)), system: dateOptions.dateSystem,
        },
      },
    });
  }

  // `1,500` among `12,50` and `3,75`: the column's decimal mark decides (issue 10, item 6).
  const columnMark = decimalMarkOfColumn(cells, headerIndex + 1, end, amountColumn);

  for (let index = headerIndex + 1; index < end; index++) {
    const row = cells[index];
    const rowNumber = index + 1;
    if (!Array.isArray(row)) {
      skip(rowNumber, 'blankRow', 'table.skip.blankRow');
      continue;
    }
    const clientCell = row[clientColumn];
    const amountCell = row[amountColumn];
    const dateCell = dateColumn >= 0 ? row[dateColumn] : undefined;
    // Sheets sorted by client repeat the same text row after row: skip the lookup then.
    const spelling = clientCell === lastClientCell && lastSpelling !== undefined ? lastSpelling : spellingOf(clientCell, spellings);
    lastClientCell = clientCell;
    lastSpelling = spelling;

    // 1. Blank row.
    if (spelling.kind === 'blank' && isBlankCell(amountCell) && isBlankCell(dateCell) && isBlankRow(row)) {
      blockClient = undefined;
      skip(rowNumber, 'blankRow', 'table.skip.blankRow');
      continue;
    }

    const saleDay = dateColumn >= 0 ? readDay(dateCell) : NaN;

    // 2. Totals row.
    if (spelling.kind === 'totals') {
      blockClient = undefined;
      skip(rowNumber, 'totalsRow', 'table.skip.totalsRow', clientColumn, clientCell);
      continue;
    }
    {
      // A product called "Total" on a sale with a client and a date is a product, not a label.
      const dated = spelling.kind === 'client' && dateColumn >= 0 && saleDay === saleDay;
      const totalsColumn = totalsLabelColumn(row, clientColumn, dated ? productColumn : -1);
      if (totalsColumn >= 0) {
        blockClient = undefined;
        skip(rowNumber, 'totalsRow', 'table.skip.totalsRow', totalsColumn, row[totalsColumn]);
        continue;
      }
    }

    // 3. Error values in the columns the sale needs.
    if (spelling.kind === 'error') {
      blockClient = undefined;
      skip(rowNumber, 'errorValue', 'table.skip.errorValue', clientColumn, clientCell);
      continue;
    }
    if (isErrorCell(amountCell)) {
      skip(rowNumber, 'errorValue', 'table.skip.errorValue', amountColumn, amountCell);
      continue;
    }
    if (dateColumn >= 0 && isErrorCell(dateCell)) {
      skip(rowNumber, 'errorValue', 'table.skip.errorValue', dateColumn, dateCell);
      continue;
    }

    // 4. Client (or, with fill-down, the client of the block).
    let sale = spelling;
    if (spelling.kind === 'blank') {
      const inBlock = blockClient !== undefined && (dateColumn < 0 || saleDay === saleDay) && isAmount(amountCell);
      if (inBlock && fillDown) {
        sale = blockClient as ClientSpelling;
        fillable.push(rowNumber);
      } else {
        if (inBlock) fillable.push(rowNumber);
        else blockClient = undefined;
        noClientRows++;
        skip(rowNumber, 'noClient', 'table.skip.noClient', clientColumn, clientCell);
        continue;
      }
    } else {
      blockClient = spelling;
    }

    // 5. Amount (or a repeated header row).
    let value = typeof amountCell === 'number' ? (Number.isFinite(amountCell) ? amountCell : NaN) : parseAmount(amountCell);
    if (columnMark !== null && typeof amountCell === 'string' && value === value && markEvidence(amountCell).ambiguous === columnMark) {
      value /= 1000; // `1,500` read with the column's decimal mark: 1.5
      notes.push({ row: rowNumber, column: amountColumn, message: { key: 'table.note.ambiguousDecimal', params: {
        row: rowNumber, cell: `${columnLetter(amountColumn)}${rowNumber}`, value: valueText(amountCell), mark: columnMark,
        read: String(value).replace('.', columnMark), other: String(value * 1000),
      } } });
    }
    if (value !== value) {
      if (isBlankCell(amountCell)) {
        skip(rowNumber, 'noAmount', 'table.skip.noAmount', amountColumn, amountCell);
      } else if (headerIndex >= 0 && typeof clientCell === 'string' && typeof amountCell === 'string' &&
        normaliseHeader(clientCell) === headerClient && normaliseHeader(amountCell) === headerAmount) {
        skip(rowNumber, 'headerRow', 'table.skip.headerRow');
      } else {
        skip(rowNumber, 'badAmount', 'table.skip.badAmount', amountColumn, amountCell);
      }
      continue;
    }
    if (Math.abs(value) >= AMOUNT_LIMIT) {
      skip(rowNumber, 'badAmount', 'table.skip.amountTooLarge', amountColumn, amountCell);
      continue;
    }

    // 6. Date.
    if (dateColumn >= 0 && saleDay !== saleDay) {
      if (isBlankCell(dateCell)) skip(rowNumber, 'noDate', 'table.skip.noDate', dateColumn, dateCell);
      else skip(rowNumber, 'badDate', 'table.skip.badDate', dateColumn, dateCell);
      continue;
    }

    // The sale is used.
    if (sale.index < 0) {
      let clientIndex = clientByKey.get(sale.key);
      if (clientIndex === undefined) {
        clientIndex = clients.length;
        clients.push({ key: sale.key, name: sale.name });
        clientByKey.set(sale.key, clientIndex);
      }
      sale.index = clientIndex;
    }
    sheetRow[count] = rowNumber;
    client[count] = sale.index;
    amount[count] = value;
    day[count] = saleDay;
    for (let i = 0; i < numeric.length; i++) {
      numeric[i].values[count] = readOptionalNumber(numeric[i], row, rowNumber, dateOptions, notes);
    }
    for (let i = 0; i < categories.length; i++) {
      categories[i].codes[count] = readCategory(categories[i], row, rowNumber, notes);
    }
    count++;
  }

  const table: SalesTable = {
    rowCount: count,
    sheetRow: sheetRow.subarray(0, count),
    client: client.subarray(0, count),
    clients,
    amount: amount.subarray(0, count),
    day: day.subarray(0, count),
    hasDates: dateColumn >= 0,
    ...optionalColumns(numeric, categories, count),
  };
  const warnings = [...fillDownWarnings(fillDown, fillable, noClientRows), ...lookAlikeWarnings(table)];
  return { table, skipped, notes, mapping, headerRow: headerIndex + 1, headers, ...(warnings.length > 0 ? { warnings } : {}) };
}

/** Rows of a client quoted in a warning. */
const ROWS_QUOTED = 3;

/** Rows quoted in the fill-down warnings. */
const FILL_ROWS_QUOTED = 5;

/**
 * Fill-down: with it on, how many rows took the client above (none: no warning). With it off, a
 * suggestion when the sheet looks like blocks with the client on their first row only: at least
 * two rows without a client that have an amount (and a date) and sit under a row with a client,
 * and they are most of the rows without a client.
 */
function fillDownWarnings(fillDown: boolean, rows: readonly number[], noClientRows: number): TableWarning[] {
  if (rows.length === 0) return [];
  const quoted = rows.slice(0, FILL_ROWS_QUOTED).join(', ') + (rows.length > FILL_ROWS_QUOTED ? ', …' : '');
  if (fillDown) {
    return [{ code: 'table.filledDown', message: { key: 'table.warning.filledDown', params: { count: rows.length, rows: quoted } } }];
  }
  if (rows.length < 2 || rows.length * 2 <= noClientRows) return [];
  return [{ code: 'table.fillDownSuggested', message: { key: 'table.warning.fillDownSuggested', params: { count: rows.length, rows: quoted } } }];
}

/** A non-blank amount cell that reads as a usable amount. */
function isAmount(cell: Cell): boolean {
  if (isBlankCell(cell) || isErrorCell(cell)) return false;
  const value = typeof cell === 'number' ? cell : parseAmount(cell);
  return Number.isFinite(value) && Math.abs(value) < AMOUNT_LIMIT;
}

/**
 * Clients whose keys differ but meet after folding look-alike Latin/Cyrillic letters, or after
 * dropping punctuation and spaces (clientKey.ts, lookAlikeKey): one warning per spelling that meets
 * an earlier one, naming both spellings and their first rows. They stay two clients.
 */
function lookAlikeWarnings(table: SalesTable): TableWarning[] {
  const { clients } = table;
  if (clients.length < 2) return [];
  const firstOfKey = new Map<string, number>();
  const pairs: [number, number][] = [];
  for (let c = 0; c < clients.length; c++) {
    const key = lookAlikeKey(clients[c].key);
    if (key === '') continue;
    const first = firstOfKey.get(key);
    if (first === undefined) firstOfKey.set(key, c);
    else pairs.push([first, c]);
  }
  if (pairs.length === 0) return [];
  const rows: number[][] = clients.map(() => []);
  for (let i = 0; i < table.rowCount; i++) {
    const list = rows[table.client[i]];
    if (list.length <= ROWS_QUOTED) list.push(table.sheetRow[i]);
  }
  const quoted = (list: number[]) => list.slice(0, ROWS_QUOTED).join(', ') + (list.length > ROWS_QUOTED ? ', …' : '');
  return pairs.map(([first, other]): TableWarning => {
    const letters = lettersFoldedKey(clients[first].key) === lettersFoldedKey(clients[other].key);
    return {
      code: letters ? 'table.lookAlikeLetters' : 'table.nearDuplicateNames',
      message: {
        key: letters ? 'table.warning.lookAlikeLetters' : 'table.warning.nearDuplicateNames',
        params: {
          first: clients[first].name, firstRows: quoted(rows[first]), firstCount: Math.min(rows[first].length, ROWS_QUOTED),
          other: clients[other].name, otherRows: quoted(rows[other]), otherCount: Math.min(rows[other].length, ROWS_QUOTED),
        },
      },
    };
  });
}

function optionalColumns(numeric: readonly NumericColumn[], categories: readonly CategoryBuilder[], count: number): Partial<SalesTable> {
  const columns: Record<string, Float64Array | CategoryColumn> = {};
  const numericField: Readonly<Record<NumericRole, keyof SalesTable>> = {
    margin: 'margin', dueDate: 'dueDay', paidDate: 'paidDay', plan: 'plan', paymentCoefficient: 'paymentCoefficient',
  };
  for (const column of numeric) columns[numericField[column.role]] = column.values.subarray(0, count);
  for (const column of categories) {
    columns[column.role] = { codes: column.codes.subarray(0, count), labels: column.coder.labels };
  }
  return columns as Partial<SalesTable>;
}

/** The spelling record of a client cell, folded once per distinct raw text. */
function spellingOf(cell: Cell, spellings: Map<string, ClientSpelling>): ClientSpelling {
  const text = cellText(cell);
  let spelling = spellings.get(text);
  if (spelling === undefined) {
    spelling = classifyClient(text, cell);
    spellings.set(text, spelling);
  }
  return spelling;
}

function classifyClient(raw: string, cell: Cell): ClientSpelling {
  const text = withoutInvisible(raw);
  if (text.trim() === '') return { kind: 'blank', key: '', name: '', index: -1 };
  if (isErrorCell(cell)) return { kind: 'error', key: '', name: '', index: -1 };
  if (isTotalsLabel(text)) return { kind: 'totals', key: '', name: '', index: -1 };
  return { kind: 'client', key: clientKey(text), name: clientName(raw), index: -1 };
}

/** The text of a cell as a person reads it (numbers plainly, dates as YYYY-MM-DD). */
function cellText(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) return isoFromDay(dayFromDate(cell));
  return '';
}

/** A cell's text for a message: white space collapsed, at most VALUE_LIMIT characters. */
function valueText(cell: Cell): string {
  const text = cellText(cell).replace(/\s+/g, ' ').trim();
  return text.length > VALUE_LIMIT ? `${text.slice(0, VALUE_LIMIT - 1)}…` : text;
}

function isBlankRow(row: readonly Cell[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) return false;
  return true;
}

/**
 * The column of a totals label among the row's text cells other than the client's; -1 if none.
 * In `productColumn` (>= 0 for a sale with a client and a date) the lone word `Total`/`Totals` is
 * a product's name (TotalEnergies sells as "Total"), not a label.
 */
function totalsLabelColumn(row: readonly Cell[], clientColumn: number, productColumn: number): number {
  for (let column = 0; column < row.length; column++) {
    const cell = row[column];
    if (column !== clientColumn && typeof cell === 'string' && isTotalsLabel(cell) &&
      !(column === productColumn && PRODUCT_TOTAL.test(cell))) return column;
  }
  return -1;
}

/** A product cell holding only the word Total or Totals (any case). */
const PRODUCT_TOTAL = /^\s*totals?\s*$/i;

/**
 * The decimal mark the amount column's text proves (`,` in `12,50`, `1 234,5`), when no cell of it
 * proves the other mark decimal or this mark a thousands separator; null otherwise. Then a cell
 * such as `1,500`, which alone reads as 1500 (three digits after one mark), is read with the
 * column's mark: 1.5, with a note naming the cell.
 */
function decimalMarkOfColumn(cells: CellGrid, from: number, to: number, column: number): ',' | '.' | null {
  // Only a column with an ambiguous amount (`1,500`) needs a mark: find one first, without parsing.
  let candidate = false;
  for (let index = from; index < to && !candidate; index++) {
    const row = cells[index];
    const cell = Array.isArray(row) ? row[column] : undefined;
    candidate = typeof cell === 'string' && markShape(cell).ambiguous !== null && markEvidence(cell).ambiguous !== null;
  }
  if (!candidate) return null;
  let comma = 0;
  let dot = 0;
  let ambiguous = 0;
  for (let index = from; index < to; index++) {
    const row = cells[index];
    const cell = Array.isArray(row) ? row[column] : undefined;
    if (typeof cell !== 'string') continue;
    const evidence = markEvidence(cell);
    if (evidence.ambiguous !== null) ambiguous++;
    if (evidence.decimal === ',' || evidence.thousands === '.') comma++;
    if (evidence.decimal === '.' || evidence.thousands === ',') dot++;
    if (comma > 0 && dot > 0) return null;
  }
  if (ambiguous === 0) return null;
  return comma > 0 ? ',' : dot > 0 ? '.' : null;
}

/** Text that is a plain number, as a CSV writes an Excel serial date (`45292`, `45292.5`). */
const SERIAL_TEXT = /^\s*\d{1,6}(\.\d+)?\s*$/;

/**
 * When the date column's text cells are mostly plain numbers that are plausible serials (at least
 * as many as the text dates), they are Excel serials written as text: how many, and one example.
 * Otherwise null, and a plain number among text dates stays a bad date.
 */
function serialDatesAsText(
  cells: CellGrid, from: number, to: number, column: number, dateOptions: DateReadingOptions,
): { count: number; example: string } | null {
  let count = 0;
  let textDates = 0;
  let example = '';
  for (let index = from; index < to; index++) {
    const row = cells[index];
    const cell = Array.isArray(row) ? row[column] : undefined;
    if (typeof cell !== 'string') continue;
    if (SERIAL_TEXT.test(cell)) {
      if (!Number.isNaN(parseDateCell(Number(cell), dateOptions))) {
        if (count === 0) example = cell.trim();
        count++;
      }
    } else if (!Number.isNaN(parseDateCell(cell, dateOptions))) textDates++;
  }
  return count > 0 && count >= textDates ? { count, example } : null;
}

function note(notes: CellNote[], row: number, column: number, key: MessageKey, cell: Cell): void {
  const message: Message = { key, params: { row, cell: `${columnLetter(column)}${row}`, value: valueText(cell) } };
  notes.push({ row, column, message });
}

function readOptionalNumber(
  target: NumericColumn, row: readonly Cell[], rowNumber: number, dateOptions: DateReadingOptions, notes: CellNote[],
): number {
  const cell = row[target.column];
  if (isBlankCell(cell)) return NaN;
  if (isErrorCell(cell)) {
    note(notes, rowNumber, target.column, 'table.note.errorValue', cell);
    return NaN;
  }
  const value = target.isDate ? parseDateCell(cell, dateOptions) : parseAmount(cell);
  if (value !== value) note(notes, rowNumber, target.column, NOTE_KEYS[target.role], cell);
  if (!target.isDate && Math.abs(value) >= AMOUNT_LIMIT) {
    note(notes, rowNumber, target.column, 'table.note.amountTooLarge', cell);
    return NaN;
  }
  return value;
}

function readCategory(target: CategoryBuilder, row: readonly Cell[], rowNumber: number, notes: CellNote[]): number {
  const cell = row[target.column];
  if (isErrorCell(cell)) {
    note(notes, rowNumber, target.column, 'table.note.errorValue', cell);
    return -1;
  }
  if (cell === target.lastCell && typeof cell !== 'object') return target.lastCode;
  const code = target.coder.codeOf(cellText(cell));
  target.lastCell = cell;
  target.lastCode = code;
  return code;
}

/** Roles read by this module, for callers that list them. */
export const OPTIONAL_ROLES: readonly ColumnRole[] = [...NUMERIC_ROLES, ...CATEGORY_ROLES];
