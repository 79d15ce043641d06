/**
 * The "Clients" output sheet: the client table of the pipeline, one row per client, every column
 * the pipeline produced (part-2 and lifetime-value columns only when the analysis has them), with
 * number formats (money, %, real dates), a frozen header, a real table/filter and the rows
 * coloured by ABC class.
 */
import type { Lang } from '../../shared/i18n/lang';
import { render, t, type MessageKey } from '../../shared/i18n/translate';
import type { Analysis, ClientRow } from '../../shared/pipeline/types';
import type { AbcColours, CellFormat, OutputSheet, OutputValue } from './port';
import { SheetGrid } from './sheetGrid';

/** Light fills that keep black text readable: A green, B amber, C rose. */
export const ABC_COLOURS: AbcColours = { A: '#C6EFCE', B: '#FFEB9C', C: '#F8CBAD' };

type Field = keyof ClientRow;

interface ClientColumn {
  readonly field: Field;
  readonly header: MessageKey;
  readonly format: CellFormat;
  readonly width: number;
  /** Part 1 columns always appear; the others only when some client has the value. */
  readonly always?: boolean;
  readonly value?: (row: ClientRow, lang: Lang) => OutputValue;
}

const translated = (prefix: string) => (row: ClientRow, lang: Lang, field: Field): OutputValue => {
  const raw = row[field];
  return typeof raw === 'string' ? t(lang, `${prefix}.${raw}` as MessageKey) : null;
};

/** Columns in the order a reader scans them: who, how much, when, which class, why. */
export const CLIENT_COLUMNS: readonly ClientColumn[] = [
  { field: 'rank', header: 'panel.column.rank', format: 'integer', width: 6, always: true },
  { field: 'client', header: 'panel.column.client', format: 'text', width: 30, always: true },
  { field: 'abcClass', header: 'panel.column.abcClass', format: 'text', width: 6, always: true },
  { field: 'xyzClass', header: 'panel.column.xyzClass', format: 'text', width: 6, always: true },
  { field: 'abcXyz', header: 'panel.column.abcXyz', format: 'text', width: 8, always: true },
  { field: 'turnover', header: 'panel.column.turnover', format: 'money', width: 14, always: true },
  { field: 'returns', header: 'panel.column.returns', format: 'money', width: 12, always: true },
  { field: 'margin', header: 'panel.column.margin', format: 'money', width: 12 },
  { field: 'share', header: 'panel.column.share', format: 'percent', width: 9, always: true },
  { field: 'cumulativeShare', header: 'panel.column.cumulativeShare', format: 'percent', width: 11, always: true },
  { field: 'orders', header: 'panel.column.orders', format: 'integer', width: 8, always: true },
  { field: 'firstPurchase', header: 'panel.column.firstPurchase', format: 'date', width: 12, always: true },
  { field: 'lastPurchase', header: 'panel.column.lastPurchase', format: 'date', width: 12, always: true },
  { field: 'activeMonths', header: 'panel.column.activeMonths', format: 'integer', width: 9, always: true },
  { field: 'variation', header: 'panel.column.variation', format: 'percent', width: 10, always: true },
  { field: 'paymentCoefficient', header: 'panel.column.paymentCoefficient', format: 'coefficient', width: 8, always: true },
  { field: 'paymentBasis', header: 'panel.column.paymentBasis', format: 'text', width: 12, always: true,
    value: (row, lang) => translated('panel.basis')(row, lang, 'paymentBasis') },
  { field: 'regularityCoefficient', header: 'panel.column.regularityCoefficient', format: 'coefficient', width: 8, always: true },
  { field: 'medianOrderInterval', header: 'panel.column.medianOrderInterval', format: 'decimal', width: 10, always: true },
  { field: 'valueCoefficient', header: 'panel.column.valueCoefficient', format: 'money', width: 14, always: true },
  { field: 'status', header: 'panel.column.status', format: 'text', width: 12,
    value: (row, lang) => translated('panel.status')(row, lang, 'status') },
  { field: 'classHistory', header: 'trend.column.classHistory', format: 'text', width: 12 },
  { field: 'kcPrevious', header: 'trend.column.kcPrevious', format: 'money', width: 12 },
  { field: 'kcLast', header: 'trend.column.kcLast', format: 'money', width: 12 },
  { field: 'kcChange', header: 'trend.column.kcChange', format: 'money', width: 12 },
  { field: 'periodsActive', header: 'panel.column.periodsActive', format: 'integer', width: 9 },
  { field: 'volumeFulfilment', header: 'panel.column.volumeFulfilment', format: 'percent', width: 10 },
  { field: 'assortmentFulfilment', header: 'panel.column.assortmentFulfilment', format: 'percent', width: 10 },
  { field: 'paymentTimeliness', header: 'panel.column.paymentTimeliness', format: 'percent', width: 10 },
  { field: 'averageDaysLate', header: 'panel.column.averageDaysLate', format: 'decimal', width: 9 },
  { field: 'planFactNote', header: 'panel.column.planFactNote', format: 'text', width: 24,
    value: (row, lang) => (row.planFactNote ? render(lang, row.planFactNote) : null) },
  { field: 'kamStage', header: 'panel.column.kamStage', format: 'text', width: 16 },
  { field: 'suggestedKamStage', header: 'panel.column.suggestedKamStage', format: 'text', width: 16 },
  { field: 'recencyDays', header: 'panel.column.recencyDays', format: 'integer', width: 9 },
  { field: 'recencyScore', header: 'panel.column.recencyScore', format: 'integer', width: 6 },
  { field: 'frequencyScore', header: 'panel.column.frequencyScore', format: 'integer', width: 6 },
  { field: 'monetaryScore', header: 'panel.column.monetaryScore', format: 'integer', width: 6 },
  { field: 'rfmScore', header: 'panel.column.rfmScore', format: 'integer', width: 6 },
  { field: 'rfmSegment', header: 'panel.column.rfmSegment', format: 'text', width: 18 },
  { field: 'repeatFrequency', header: 'panel.column.repeatFrequency', format: 'integer', width: 8 },
  { field: 'repeatRecency', header: 'panel.column.repeatRecency', format: 'decimal', width: 8 },
  { field: 'age', header: 'panel.column.age', format: 'decimal', width: 8 },
  { field: 'pAlive', header: 'panel.column.pAlive', format: 'percent', width: 9 },
  { field: 'expectedPurchases', header: 'panel.column.expectedPurchases', format: 'decimal', width: 10 },
  { field: 'expectedSpend', header: 'panel.column.expectedSpend', format: 'money', width: 12 },
  { field: 'clv', header: 'panel.column.clv', format: 'money', width: 12 },
];

/** The columns this analysis has: part-1 columns always, others when any client has a value. */
export function clientColumns(clients: readonly ClientRow[]): ClientColumn[] {
  return CLIENT_COLUMNS.filter((column) =>
    column.always || clients.some((row) => row[column.field] !== undefined && row[column.field] !== null));
}

export function clientsSheet(analysis: Analysis, lang: Lang, name: string): OutputSheet {
  const columns = clientColumns(analysis.clients);
  const grid = new SheetGrid();
  grid.addRow(columns.map((column) => t(lang, column.header)), columns.map(() => 'text'));
  const formats = columns.map((column) => column.format);
  for (const row of analysis.clients) {
    grid.addRow(columns.map((column) => cellValue(row, column, lang)), formats);
  }
  const { values, formats: cellFormats, width } = grid.finish();
  const rows = values.length;
  const classColumn = columns.findIndex((column) => column.field === 'abcClass');
  return {
    role: 'clients',
    name,
    values,
    formats: cellFormats,
    headers: [{ row: 0, column: 0, rows: 1, columns: width }],
    titles: [],
    frozenRows: 1,
    table: { row: 0, column: 0, rows, columns: width },
    colouring: rows > 1
      ? [{ block: { row: 1, column: 0, rows: rows - 1, columns: width }, classColumn, colours: ABC_COLOURS }]
      : [],
    charts: [],
    columnWidths: columns.map((column) => column.width),
  };
}

function cellValue(row: ClientRow, column: ClientColumn, lang: Lang): OutputValue {
  if (column.value) return column.value(row, lang);
  const raw = row[column.field];
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  return null;
}
