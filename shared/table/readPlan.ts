/**
 * Reading a plan table (METHODS.md section 5; issue 3: "plans often live in a second table"):
 * one row per planned item, with a client and
 * - a planned amount (volume plan), and/or
 * - a product (assortment plan: the products the client is expected to buy),
 * - optionally a period ("2024", "2024-Q3", "2024-07", "Q3 2024", a year number, or a date, read
 *   as that date's month) that limits the plan, and the fact compared with it, to that period.
 *
 * Columns are found by header with the sales sheet's synonyms (shared/table/headers.ts): client
 * (Клиент, Client...), planned amount (План, Plan, Target; else an amount header such as Сумма),
 * product (Товар, Product...), period (Период, Period, Дата, Date). The header row is the first of
 * the first 20 non-blank rows that has a client column and a planned amount or product column.
 * `columns` overrides the detection (0-based index, letter or header text).
 *
 * Rows are skipped, never silently: blank rows, repeated headers, totals rows (Итого, Total...),
 * rows with an error value, no client, an amount that is not a number, a period that cannot be
 * read, or neither an amount nor a product. Each skipped row carries a sentence naming the cell.
 */
import { columnLetter, isBlankCell, isErrorCell, type Cell, type CellGrid } from '../cells';
import { ClientValueError } from '../errors';
import type { MessageKey } from '../i18n/translate';
import type { ColumnChoice } from '../pipeline/options';
import type { DayNumber } from './salesTable';
import { clientKey, clientName } from './clientKey';
import { parseDateCell, ymdFromDay } from './dates';
import { detectColumns, gridWidth, HEADER_SEARCH_ROWS, normaliseHeader, resolveColumnChoice } from './headers';
import { parseAmount } from './numbers';
import { isTotalsLabel } from './totals';
import { parsePeriod, periodEnd, periodLabel, periodStart, type ParsedPeriod } from '../methods/periods';

export type PlanColumnRole = 'client' | 'plan' | 'product' | 'period';

export interface PlanReadOptions {
  readonly columns?: Partial<Record<PlanColumnRole, ColumnChoice>>;
  readonly dateSystem?: 1900 | 1904;
  readonly slashDateOrder?: 'dmy' | 'mdy';
}

/** The plan table, columnar: one entry per used row. */
export interface PlanTable {
  readonly rowCount: number;
  /** 1-based sheet row of each used row. */
  readonly sheetRow: Int32Array;
  /** Folded client key (shared/table/clientKey.ts) and the spelling as written. */
  readonly clientKey: readonly string[];
  readonly clientName: readonly string[];
  /** Planned amount, NaN when the row plans only a product. */
  readonly amount: Float64Array;
  /** Folded product key and spelling, null when the row plans only an amount. */
  readonly productKey: readonly (string | null)[];
  readonly productName: readonly (string | null)[];
  /** First and last day of the row's period, NaN when the row has no period (the whole history). */
  readonly periodStart: Float64Array;
  readonly periodEnd: Float64Array;
  /** "2024-Q3" etc., null without a period. */
  readonly periodLabel: readonly (string | null)[];
}

export interface PlanSkippedRow {
  readonly row: number;
  readonly reason: 'blankRow' | 'headerRow' | 'totalsRow' | 'errorValue' | 'noClient' | 'badAmount' | 'badPeriod' | 'noPlan';
  readonly message: { readonly key: MessageKey; readonly params: Readonly<Record<string, string | number>> };
}

export interface PlanReadResult {
  readonly plan: PlanTable;
  readonly skipped: readonly PlanSkippedRow[];
  readonly mapping: Partial<Record<PlanColumnRole, number>>;
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
}

const VALUE_LIMIT = 40;

/**
 * Reads a plan table from a grid of cells.
 * Throws ClientValueError 'history.plan.error.empty' (no non-blank row),
 * 'history.plan.error.noClientColumn' or 'history.plan.error.noPlanColumn'.
 */
export function readPlanTable(cells: CellGrid, options: PlanReadOptions = {}): PlanReadResult {
  const dateOptions = {
    dateSystem: options.dateSystem === 1904 ? 1904 as const : 1900 as const,
    slashDateOrder: options.slashDateOrder === 'mdy' ? 'mdy' as const : 'dmy' as const,
  };
  const { headerIndex, mapping } = findPlanHeader(cells, options.columns ?? {});
  const clientColumn = mapping.client as number;
  const planColumn = mapping.plan ?? -1;
  const productColumn = mapping.product ?? -1;
  const periodColumn = mapping.period ?? -1;
  const header = cells[headerIndex] ?? [];
  const headerKeys = [clientColumn, planColumn, productColumn].map((c) => (c >= 0 ? normaliseHeader(String(header[c] ?? '')) : ''));

  const sheetRow: number[] = [];
  const keys: string[] = [];
  const names: string[] = [];
  const amounts: number[] = [];
  const productKeys: (string | null)[] = [];
  const productNames: (string | null)[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const labels: (string | null)[] = [];
  const skipped: PlanSkippedRow[] = [];
  const skip = (row: number, reason: PlanSkippedRow['reason'], key: MessageKey, column = -1, cell: Cell = undefined) => {
    const params: Record<string, string | number> = { row };
    if (column >= 0) {
      params.cell = `${columnLetter(column)}${row}`;
      params.value = valueText(cell);
    }
    skipped.push({ row, reason, message: { key, params } });
  };

  for (let index = headerIndex + 1; index < cells.length; index++) {
    const row = Array.isArray(cells[index]) ? cells[index] : [];
    const rowNumber = index + 1;
    const used = [clientColumn, planColumn, productColumn, periodColumn].filter((c) => c >= 0);
    if (used.every((c) => isBlankCell(row[c]))) { skip(rowNumber, 'blankRow', 'history.plan.skip.blankRow'); continue; }
    const errorColumn = used.find((c) => isErrorCell(row[c]));
    if (errorColumn !== undefined) {
      skip(rowNumber, 'errorValue', 'history.plan.skip.errorValue', errorColumn, row[errorColumn]);
      continue;
    }
    const texts = [clientColumn, planColumn, productColumn].map((c) => (c >= 0 && typeof row[c] === 'string' ? normaliseHeader(row[c] as string) : ''));
    if (texts[0] !== '' && texts[0] === headerKeys[0] && texts.every((t, i) => t === headerKeys[i] || headerKeys[i] === '')) {
      skip(rowNumber, 'headerRow', 'history.plan.skip.headerRow');
      continue;
    }
    const totalsColumn = used.find((c) => typeof row[c] === 'string' && isTotalsLabel(String(row[c])));
    if (totalsColumn !== undefined) {
      skipped.push({ row: rowNumber, reason: 'totalsRow', message: { key: 'history.plan.skip.totalsRow', params: { row: rowNumber, value: valueText(row[totalsColumn]) } } });
      continue;
    }
    const clientCell = row[clientColumn];
    if (isBlankCell(clientCell)) { skip(rowNumber, 'noClient', 'history.plan.skip.noClient', clientColumn, clientCell); continue; }
    let amount = NaN;
    if (planColumn >= 0 && !isBlankCell(row[planColumn])) {
      amount = parseAmount(row[planColumn]);
      if (Number.isNaN(amount)) { skip(rowNumber, 'badAmount', 'history.plan.skip.badAmount', planColumn, row[planColumn]); continue; }
    }
    const productCell = productColumn >= 0 && !isBlankCell(row[productColumn]) ? String(row[productColumn]) : null;
    if (Number.isNaN(amount) && productCell === null) { skip(rowNumber, 'noPlan', 'history.plan.skip.noPlan'); continue; }
    let period: ParsedPeriod | null = null;
    if (periodColumn >= 0 && !isBlankCell(row[periodColumn])) {
      period = readPeriodCell(row[periodColumn], dateOptions);
      if (period === null) { skip(rowNumber, 'badPeriod', 'history.plan.skip.badPeriod', periodColumn, row[periodColumn]); continue; }
    }
    const text = String(clientCell);
    sheetRow.push(rowNumber);
    keys.push(clientKey(text));
    names.push(clientName(text));
    amounts.push(amount);
    productKeys.push(productCell === null ? null : clientKey(productCell));
    productNames.push(productCell === null ? null : clientName(productCell));
    starts.push(period ? periodStart(period.period, period.grain) : NaN);
    ends.push(period ? periodEnd(period.period, period.grain) : NaN);
    labels.push(period ? periodLabel(period.period, period.grain) : null);
  }

  const plan: PlanTable = {
    rowCount: sheetRow.length,
    sheetRow: Int32Array.from(sheetRow),
    clientKey: keys,
    clientName: names,
    amount: Float64Array.from(amounts),
    productKey: productKeys,
    productName: productNames,
    periodStart: Float64Array.from(starts),
    periodEnd: Float64Array.from(ends),
    periodLabel: labels,
  };
  return { plan, skipped, mapping, headerRow: headerIndex + 1 };
}

/** A period cell: period text, a year number (2024), or a date (its month). */
function readPeriodCell(cell: Cell, dateOptions: { dateSystem: 1900 | 1904; slashDateOrder: 'dmy' | 'mdy' }): ParsedPeriod | null {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1900 && cell <= 2199) return { grain: 'year', period: cell };
  if (typeof cell === 'string') {
    const parsed = parsePeriod(cell);
    if (parsed) return parsed;
  }
  const day: DayNumber = parseDateCell(cell, dateOptions);
  if (Number.isNaN(day)) return null;
  const { year, month } = ymdFromDay(day);
  return { grain: 'month', period: year * 12 + month - 1 };
}

/** The header row and the plan columns; choices override detection. */
function findPlanHeader(
  cells: CellGrid, choices: Partial<Record<PlanColumnRole, ColumnChoice>>,
): { headerIndex: number; mapping: Partial<Record<PlanColumnRole, number>> } {
  const width = gridWidth(cells);
  let searched = 0;
  let sawRow = false;
  let sawClient = false;
  for (let index = 0; index < cells.length && searched < HEADER_SEARCH_ROWS; index++) {
    const row = Array.isArray(cells[index]) ? cells[index] : [];
    if (row.every((cell) => isBlankCell(cell))) continue;
    searched++;
    sawRow = true;
    const detected = detectColumns(row);
    const mapping: Partial<Record<PlanColumnRole, number>> = {
      client: detected.client,
      plan: detected.plan ?? detected.amount,
      product: detected.product,
      period: detected.date,
    };
    for (const role of Object.keys(choices) as PlanColumnRole[]) {
      const choice = choices[role];
      if (choice === undefined) continue;
      const column = resolveColumnChoice(choice, row, width);
      if (column >= 0) mapping[role] = column;
    }
    if (mapping.client === undefined) continue;
    sawClient = true;
    if (mapping.plan !== undefined || mapping.product !== undefined) return { headerIndex: index, mapping };
  }
  if (!sawRow) throw new ClientValueError('history.plan.error.empty');
  if (!sawClient) throw new ClientValueError('history.plan.error.noClientColumn');
  throw new ClientValueError('history.plan.error.noPlanColumn');
}

function valueText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
  return text.length > VALUE_LIMIT ? `${text.slice(0, VALUE_LIMIT)}…` : text;
}
