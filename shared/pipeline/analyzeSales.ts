/**
 * The analysis pipeline: sales cells in, client table and summary out (issue 2, METHODS.md
 * sections 0, 1, 3, 4 and 7). Hosts, the command line and the panel call only `analyzeSales`.
 *
 * The steps, in order, each a method of its own file:
 *   options → read the sheet → keep the rows up to the as-of day → client totals → Kp, Kf, Kc
 *   → ABC by the chosen measure → XYZ (with dates) → concentration → client rows and summary.
 * Every per-client step yields columns aligned with `table.clients` (client index c), so a later
 * step (history, lifetime value) adds its own columns and a few lines in `clientRow`.
 */
import type { CellGrid } from '../cells';
import { ClientValueError } from '../errors';
import type { ReadResult, SalesTable, DayNumber, CategoryColumn } from '../table/salesTable';
import { readSales } from '../table/readSales';
import { isoFromDay } from '../table/dates';
import { aggregateClients, type ClientTotals } from '../methods/clientTable';
import {
  paymentDiscipline, regularityCoefficients, valueCoefficient, type PaymentDiscipline,
} from '../methods/valueCoefficient';
import { abcAnalysis, abcSummary, validAbcThresholds, type AbcResult } from '../methods/abc';
import { abcXyzMatrix, xyzAnalysis, type XyzResult } from '../methods/xyz';
import { concentration, concentrationWarnings } from '../methods/concentration';
import { resolveOptions, type AnalysisOptions, type ResolvedOptions } from './options';
import type { Analysis, ClientRow, Summary, Warning } from './types';

/** Read a sales sheet and analyse it. Throws ClientValueError for input it cannot use at all. */
export function analyzeSales(cells: CellGrid, options: AnalysisOptions = {}): Analysis {
  const resolved = resolveOptions(options);
  checkOptions(resolved);
  return analyzeTable(readSales(cells, resolved), resolved);
}

/** Per-client results of part 1, aligned with `table.clients`. */
export interface ClientColumns {
  readonly totals: ClientTotals;
  readonly payment: PaymentDiscipline;
  readonly regularity: Float64Array;
  /** Kc in the chosen unit. */
  readonly value: Float64Array;
  readonly abc: AbcResult;
  readonly xyz: XyzResult | null;
}

/** Analyse a sales table already read (the steps after reading; later parts hook in here). */
export function analyzeTable(read: ReadResult, options: ResolvedOptions): Analysis {
  checkOptions(options);
  const dataSpan = daySpan(read.table);
  const asOf = analysisDay(dataSpan, options.asOf);
  // From here on `table` is the analysed table (rows up to the as-of day; clients renumbered when
  // rows were left out): every per-client column is aligned with `table.clients`, not read.table's.
  const { table, rowsAfter } = asOf !== null && dataSpan.last !== null && asOf >= dataSpan.last
    ? { table: read.table, rowsAfter: 0 }
    : rowsUpTo(read.table, asOf);

  const totals = aggregateClients(table);
  const payment = paymentDiscipline(table, totals.byClient, asOf, options.payment);
  const regularity = regularityCoefficients(totals.medianOrderInterval, options.regularity);
  const value = valueCoefficients(totals.turnover, options.unit, payment.coefficient, regularity);
  const names = table.clients.map((client) => client.name);
  const abc = abcAnalysis(abcMeasure(options.abc.measure, totals, value), names, options.abc.thresholds, options.abc.boundary);
  const xyz = table.hasDates && asOf !== null
    ? xyzAnalysis(table, totals.byClient, totals.firstPurchase, asOf, options.xyz)
    : null;
  const columns: ClientColumns = { totals, payment, regularity, value, abc, xyz };

  const clients = Array.from(abc.order, (c) => clientRow(table, columns, c));
  const dependence = concentration(totals.turnover, names);
  const warnings: Warning[] = [...concentrationWarnings(dependence, options.concentration)];
  if (rowsAfter > 0 && asOf !== null) {
    warnings.push({
      code: 'asOf.rowsAfter',
      message: { key: 'methods.warning.rowsAfterAsOf', params: { rows: rowsAfter, asOf: isoFromDay(asOf) } },
    });
  }

  const span = rowsAfter > 0 ? daySpan(table) : dataSpan;
  const measure = abcMeasure(options.abc.measure, totals, value);
  const summary: Summary = {
    rowsUsed: table.rowCount,
    rowsSkipped: read.skipped.length,
    clients: table.clients.length,
    turnover: sum(totals.turnover),
    returns: sum(totals.returns),
    firstDay: span.first,
    lastDay: span.last,
    asOf,
    abc: { measure: options.abc.measure, classes: abcSummary(abc, measure), zeroOrNegative: abc.zeroOrNegative },
    abcXyz: xyz ? abcXyzMatrix(abc.abcClass, xyz.xyzClass, totals.turnover) : null,
    concentration: dependence,
    warnings,
  };

  return {
    clients, summary, skipped: read.skipped, notes: read.notes, mapping: read.mapping, headers: read.headers, options,
  };
}

/** One client's row from the per-client columns. */
export function clientRow(table: SalesTable, columns: ClientColumns, c: number): ClientRow {
  const { totals, payment, regularity, value, abc, xyz } = columns;
  const xyzClass = xyz ? xyz.xyzClass[c] : null;
  return {
    client: table.clients[c].name,
    key: table.clients[c].key,
    turnover: totals.turnover[c],
    returns: totals.returns[c],
    orders: totals.orders[c],
    firstPurchase: orNull(totals.firstPurchase[c]),
    lastPurchase: orNull(totals.lastPurchase[c]),
    activeMonths: totals.activeMonths[c],
    margin: totals.margin ? totals.margin[c] : null,
    rank: abc.rank[c],
    share: abc.share[c],
    cumulativeShare: abc.cumulativeShare[c],
    abcClass: abc.abcClass[c],
    variation: xyz ? orNull(xyz.variation[c]) : null,
    xyzClass,
    abcXyz: xyzClass ? `${abc.abcClass[c]}${xyzClass}` : null,
    paymentCoefficient: payment.coefficient[c],
    paymentBasis: payment.basis[c],
    regularityCoefficient: regularity[c],
    medianOrderInterval: orNull(totals.medianOrderInterval[c]),
    valueCoefficient: value[c],
  };
}

/** Kc per client: turnover in the unit × Kp × Kf. */
function valueCoefficients(turnover: Float64Array, unit: number, payment: Float64Array, regularity: Float64Array): Float64Array {
  const value = new Float64Array(turnover.length);
  for (let c = 0; c < value.length; c++) value[c] = valueCoefficient(turnover[c] / unit, payment[c], regularity[c]);
  return value;
}

function abcMeasure(measure: ResolvedOptions['abc']['measure'], totals: ClientTotals, value: Float64Array): Float64Array {
  if (measure === 'valueCoefficient') return value;
  if (measure === 'margin') {
    if (!totals.margin) throw new ClientValueError('methods.error.noMarginColumn');
    return totals.margin;
  }
  return totals.turnover;
}

/** The as-of day: the user's, else the last sale date in the data; null without dates. */
function analysisDay(span: { first: DayNumber | null; last: DayNumber | null }, asOf: DayNumber | null): DayNumber | null {
  if (asOf === null) return span.last;
  if (span.first !== null && asOf < span.first) {
    throw new ClientValueError('methods.error.asOfBeforeData', { asOf: isoFromDay(asOf), firstDay: isoFromDay(span.first) });
  }
  return asOf;
}

function daySpan(table: SalesTable): { first: DayNumber | null; last: DayNumber | null } {
  let first = Infinity;
  let last = -Infinity;
  const { day } = table;
  for (let row = 0; row < table.rowCount; row++) {
    const d = day[row];
    if (d < first) first = d;
    if (d > last) last = d;
  }
  return first === Infinity ? { first: null, last: null } : { first, last };
}

/**
 * The table without the rows dated after the as-of day (the analysis ends there). Clients are
 * renumbered so that a client with rows only after the as-of day does not appear.
 */
export function rowsUpTo(table: SalesTable, asOf: DayNumber | null): { table: SalesTable; rowsAfter: number } {
  if (asOf === null || !table.hasDates) return { table, rowsAfter: 0 };
  const keep = new Uint8Array(table.rowCount);
  let kept = 0;
  for (let row = 0; row < table.rowCount; row++) {
    if (!(table.day[row] > asOf)) { keep[row] = 1; kept++; }
  }
  if (kept === table.rowCount) return { table, rowsAfter: 0 };

  const newIndex = new Int32Array(table.clients.length).fill(-1);
  const clients: SalesTable['clients'][number][] = [];
  const client = new Int32Array(kept);
  let next = 0;
  for (let row = 0; row < table.rowCount; row++) {
    if (!keep[row]) continue;
    const old = table.client[row];
    if (newIndex[old] < 0) { newIndex[old] = clients.length; clients.push(table.clients[old]); }
    client[next++] = newIndex[old];
  }
  const numbers = (column: Float64Array | undefined) => column && filterColumn(column, keep, kept, new Float64Array(kept));
  const category = (column: CategoryColumn | undefined) =>
    column && { codes: filterColumn(column.codes, keep, kept, new Int32Array(kept)), labels: column.labels };
  const filtered: SalesTable = {
    rowCount: kept,
    sheetRow: filterColumn(table.sheetRow, keep, kept, new Int32Array(kept)),
    client,
    clients,
    amount: numbers(table.amount)!,
    day: numbers(table.day)!,
    hasDates: table.hasDates,
    orderId: category(table.orderId),
    product: category(table.product),
    margin: numbers(table.margin),
    dueDay: numbers(table.dueDay),
    paidDay: numbers(table.paidDay),
    plan: numbers(table.plan),
    manager: category(table.manager),
    region: category(table.region),
    channel: category(table.channel),
    churnReason: category(table.churnReason),
    kamStage: category(table.kamStage),
    paymentCoefficient: numbers(table.paymentCoefficient),
  };
  return { table: filtered, rowsAfter: table.rowCount - kept };
}

function filterColumn<T extends Float64Array | Int32Array>(column: T, keep: Uint8Array, kept: number, into: T): T {
  let next = 0;
  for (let row = 0; row < keep.length && next < kept; row++) if (keep[row]) into[next++] = column[row];
  return into;
}

/** Options the analysis cannot work with: a typed error naming the option. */
export function checkOptions(options: ResolvedOptions): void {
  const [a, b] = options.abc.thresholds;
  if (!validAbcThresholds(options.abc.thresholds)) throw new ClientValueError('methods.error.abcThresholds', { a: String(a), b: String(b) });
  const [x, y] = options.xyz.thresholds;
  if (options.xyz.thresholds.length !== 2 || !(x > 0) || !(x <= y)) {
    throw new ClientValueError('methods.error.xyzThresholds', { x: String(x), y: String(y) });
  }
  if (![1, 1000, 1000000].includes(options.unit)) throw new ClientValueError('methods.error.badUnit', { unit: String(options.unit) });
  if (options.asOf !== null && !Number.isInteger(options.asOf)) {
    throw new ClientValueError('methods.error.badAsOf', { asOf: String(options.asOf) });
  }
}

function orNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

function sum(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}
