/**
 * The analysis pipeline: sales cells in, client table and summary out (issues 2, 3 and 4;
 * METHODS.md sections 0 to 9). Hosts, the command line and the panel call only `analyzeSales`.
 *
 * The steps, in order, each a method of its own file:
 *   options → read the sheet (and the plan table, when given) → keep the rows up to the as-of day
 *   → part 1, the client table: client totals → Kp, Kf, Kc → ABC by the chosen measure → XYZ
 *     (with dates) → concentration
 *   → part 2, the history: periods, retention, churn, plan/fact, key clients, KAM stage, RFM
 *   → lifetime value: BG/NBD × Gamma-Gamma
 *   → client rows and summary, warnings of every step in that order.
 * Every per-client step yields columns aligned with `table.clients` of the CUT table (client index
 * c), not with `read.table`; `clientRow` merges them.
 */
import type { CellGrid } from '../cells';
import { ClientValueError } from '../errors';
import type { ReadResult, SalesTable, DayNumber } from '../table/salesTable';
import { readSales } from '../table/readSales';
import { isoFromDay } from '../table/dates';
import { compensatedSum } from '../methods/compensatedSum';
import { aggregateClients, type ClientTotals } from '../methods/clientTable';
import {
  paymentDiscipline, regularityCoefficients, valueCoefficient, type PaymentDiscipline,
} from '../methods/valueCoefficient';
import { abcAnalysis, abcSummary, validAbcThresholds, type AbcResult } from '../methods/abc';
import { abcXyzMatrix, xyzAnalysis, type XyzResult } from '../methods/xyz';
import { chooseGrain, periodLabel, type PeriodGrain } from '../methods/periods';
import { kcTrend, type KcTrend } from '../methods/kcTrend';
import { classHistory, periodTurnover } from '../methods/classHistory';
import { concentration, concentrationWarnings } from '../methods/concentration';
import { analyzeHistory, type HistoryClientFields } from '../methods/history';
import { clvFieldsForClient, lifetimeValue, type ClvPerClient } from '../methods/clv/lifetimeValue';
import { HOLDOUT_MARGIN, holdoutCalibrationEnd, holdoutCheck, type HoldoutCheck } from '../methods/clv/holdout';
import { readPlanTable, type PlanReadResult } from '../table/readPlan';
import { clientsWithRows, rowsUpToDay, rowsWhere } from '../table/upToDay';
import { todayDay, unusualDates } from '../table/unusualDates';
import { resolveOptions, type AnalysisOptions, type ResolvedOptions } from './options';
import type { Analysis, ClientRow, Summary, Warning } from './types';

/** Inputs besides the sales sheet. */
export interface SalesInputs {
  /** A plan table (client, planned amount and/or product, optional period): METHODS.md section 5. */
  readonly plan?: CellGrid;
}

/** Read a sales sheet (and a plan table) and analyse it. Throws ClientValueError for input it cannot use at all. */
export function analyzeSales(cells: CellGrid, options: AnalysisOptions = {}, inputs: SalesInputs = {}): Analysis {
  const resolved = resolveOptions(options);
  checkOptions(resolved);
  const read = readSales(cells, resolved);
  const plan = inputs.plan
    ? readPlanTable(inputs.plan, { dateSystem: resolved.dateSystem, slashDateOrder: resolved.slashDateOrder })
    : undefined;
  return analyzeTable(read, resolved, { plan });
}

/** Per-client results, aligned with `table.clients` of the analysed (cut) table. */
export interface ClientColumns {
  readonly totals: ClientTotals;
  readonly payment: PaymentDiscipline;
  readonly regularity: Float64Array;
  /** Kc in the chosen unit. */
  readonly value: Float64Array;
  readonly abc: AbcResult;
  readonly xyz: XyzResult | null;
  /** Part 2 (history) and lifetime value, when they were run. */
  readonly history?: readonly HistoryClientFields[];
  readonly clv?: ClvPerClient;
  /** The class history text per client (methods/classHistory.ts). */
  readonly classHistory?: readonly string[];
  /** Kc in the last two complete periods per client (methods/kcTrend.ts). */
  readonly kcPrevious?: Float64Array;
  readonly kcLast?: Float64Array;
}

/** Part 1 (the client table): the analysed table, the as-of day, the per-client columns and the summary. */
export interface ClientTableResult {
  /** The rows up to the as-of day, clients renumbered: what every per-client column is aligned with. */
  readonly table: SalesTable;
  readonly asOf: DayNumber | null;
  readonly columns: ClientColumns;
  readonly summary: Summary;
}

/** Analyse a sales table already read: part 1, then history, then lifetime value. */
export function analyzeTable(read: ReadResult, options: ResolvedOptions, inputs: { readonly plan?: PlanReadResult } = {}): Analysis {
  checkOptions(options);
  const part1 = analyzeClientTable(read, options);
  const { table, asOf } = part1;
  const { calibrationEnd } = options.clv;
  if (calibrationEnd !== null && asOf !== null && calibrationEnd > asOf) {
    // The rows after the as-of day are left out: a later calibration end would read them as silence.
    throw new ClientValueError('methods.error.calibrationAfterAsOf', { calibrationEnd: isoFromDay(calibrationEnd), asOf: isoFromDay(asOf) });
  }
  const history = analyzeHistory(table, { ...options, asOf }, { plan: inputs.plan?.plan, abcClass: part1.columns.abc.abcClass });
  const clv = lifetimeValue(table, table.hasDates ? options.clv : { ...options.clv, calibrationEnd: null }, asOf);
  const { warnings: clvWarnings, ...clvSummary } = clv.summary;
  const holdoutEnd = table.hasDates ? asOf : null;
  const holdout = holdoutCheck({ ...table, clientCount: table.clients.length }, {
    timeUnit: options.clv.timeUnit, calibrationEnd: holdoutCalibrationEnd(options.clv, holdoutEnd), holdoutEnd, penalty: options.clv.penalty,
  });

  // Turnover per client and period, once, for the class history and the Kc trend.
  const grain = table.hasDates && asOf !== null ? historyGrain(table, options, asOf) : null;
  const byPeriod = grain !== null && asOf !== null ? periodTurnover(table, grain, asOf) : null;
  const classes = byPeriod && grain !== null && asOf !== null ? classHistory(table.clients, byPeriod, {
    grain, asOf, thresholds: options.abc.thresholds, boundary: options.abc.boundary,
  }) : null;
  const kc = byPeriod && grain !== null && asOf !== null
    ? kcTrend(table.clients, byPeriod, part1.columns.payment.coefficient, part1.columns.regularity, { grain, asOf, unit: options.unit }) : null;
  const columns: ClientColumns = {
    ...part1.columns, history: history.perClient, clv: clv.perClient, ...(classes ? { classHistory: classes.text } : {}),
    ...(kc && kc.periods.length >= 2 ? { kcPrevious: kc.previous, kcLast: kc.last } : {}),
  };
  const summary: Summary = {
    ...part1.summary,
    ...history.summary,
    clv: clvSummary,
    holdout,
    classHistory: classes && { periods: classes.periods, lastIsPartial: classes.lastIsPartial, migration: classes.migration },
    kcTrend: kc && { periods: kc.periods, fall: kc.fall },
    warnings: [...part1.summary.warnings, ...history.warnings, ...clvWarnings, ...kcWarnings(kc), ...holdoutWarnings(holdout)],
  };
  const planTable = inputs.plan && {
    rowsUsed: inputs.plan.plan.rowCount, headerRow: inputs.plan.headerRow, skipped: inputs.plan.skipped,
  };
  return {
    clients: Array.from(columns.abc.order, (c) => clientRow(table, columns, c)),
    summary,
    skipped: read.skipped,
    notes: read.notes,
    mapping: read.mapping,
    headers: read.headers,
    options,
    ...(planTable ? { planTable } : {}),
  };
}

/** Part 1 of the analysis (issue 2): the client table with Kp, Kf, Kc, ABC, XYZ and concentration. */
export function analyzeClientTable(read: ReadResult, options: ResolvedOptions): ClientTableResult {
  const checked = withoutUnusualDates(read.table, options);
  const dataSpan = daySpan(checked.table);
  const asOf = analysisDay(dataSpan, options.asOf);
  // From here on `table` is the analysed table (rows up to the as-of day; clients renumbered when
  // rows were left out): every per-client column is aligned with `table.clients`, not read.table's.
  const cut = asOf !== null && dataSpan.last !== null && asOf >= dataSpan.last
    ? { table: checked.table, rowsAfter: 0 }
    : rowsUpToDay(checked.table, asOf);
  const table = clientsWithRows(cut.table);
  const { rowsAfter } = cut;

  const totals = aggregateClients(table);
  const payment = paymentDiscipline(table, totals.byClient, asOf, options.payment);
  const regularity = regularityCoefficients(totals.medianOrderInterval, options.regularity);
  const value = valueCoefficients(totals.turnover, options.unit, payment.coefficient, regularity);
  const names = table.clients.map((client) => client.name);
  const measure = abcMeasure(options.abc.measure, totals, value);
  const abc = abcAnalysis(measure, names, options.abc.thresholds, options.abc.boundary);
  const xyz = table.hasDates && asOf !== null
    ? xyzAnalysis(table, totals.byClient, totals.firstPurchase, asOf, options.xyz)
    : null;
  const dependence = concentration(totals.turnover, names);

  const warnings: Warning[] = [...(read.warnings ?? []), ...checked.warnings, ...concentrationWarnings(dependence, options.concentration)];
  if (xyz && xyz.leftOut !== null && asOf !== null) {
    warnings.push({
      code: 'xyz.partialPeriodLeftOut',
      message: {
        key: 'methods.warning.xyzPartialPeriodLeftOut',
        params: { period: periodLabel(xyz.leftOut, options.xyz.period), asOf: isoFromDay(asOf) },
      },
    });
  }
  if (rowsAfter > 0 && asOf !== null) {
    warnings.push({
      code: 'asOf.rowsAfter',
      message: { key: 'methods.warning.rowsAfterAsOf', params: { rows: rowsAfter, asOf: isoFromDay(asOf) } },
    });
  }
  const span = rowsAfter > 0 ? daySpan(table) : dataSpan;
  const summary: Summary = {
    rowsUsed: table.rowCount,
    rowsSkipped: read.skipped.length,
    clients: table.clients.length,
    turnover: compensatedSum(totals.turnover),
    returns: compensatedSum(totals.returns),
    firstDay: span.first,
    lastDay: span.last,
    asOf,
    abc: { measure: options.abc.measure, classes: abcSummary(abc, measure), zeroOrNegative: abc.zeroOrNegative },
    abcXyz: xyz ? abcXyzMatrix(abc.abcClass, xyz.xyzClass, totals.turnover) : null,
    concentration: dependence,
    warnings,
  };
  return { table, asOf, columns: { totals, payment, regularity, value, abc, xyz }, summary };
}

/** One client's row from the per-client columns. */
export function clientRow(table: SalesTable, columns: ClientColumns, c: number): ClientRow {
  const { totals, payment, regularity, value, abc, xyz, history, clv } = columns;
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
    ...(history ? history[c] : {}),
    ...(clv ? clvFieldsForClient(clv, c) : {}),
    ...(columns.classHistory ? { classHistory: columns.classHistory[c] } : {}),
    ...(columns.kcPrevious && columns.kcLast && !Number.isNaN(columns.kcLast[c]) ? {
      kcPrevious: columns.kcPrevious[c], kcLast: columns.kcLast[c], kcChange: columns.kcLast[c] - columns.kcPrevious[c],
    } : {}),
  };
}

/** The history's period grain (its choice, or `auto` from the span of the sales), null without sales. */
function historyGrain(table: SalesTable, options: ResolvedOptions, asOf: DayNumber): PeriodGrain | null {
  let first = Infinity;
  for (let row = 0; row < table.rowCount; row++) if (table.amount[row] > 0 && table.day[row] <= asOf && table.day[row] < first) first = table.day[row];
  return first === Infinity ? null : chooseGrain(options.period, first, asOf);
}

/** The article's warning when the client base's Kc fell between the last two complete periods. */
function kcWarnings(trend: KcTrend | null): Warning[] {
  if (!trend?.fall) return [];
  const { fall } = trend;
  const signed = (fraction: number) => `${fraction > 0 ? '+' : ''}${Math.round(fraction * 1000) / 10}%`;
  return [{ code: 'kcFalling', message: { key: 'trend.warning.kcFalling', params: {
    before: fall.before, now: fall.now, change: signed(fall.change), perClient: signed(fall.perClientChange),
    clients: fall.clients.map((entry) => `${entry.client} (−${Math.round(entry.fall * 100) / 100})`).join(', ') || '-',
  } } }];
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

/** How many rows a warning lists by number before it says "and N more". */
const LISTED_ROWS = 10;

/** "12 (2031-03-15), 40 (1969-03-15)": sheet rows and their days, the first LISTED_ROWS of them. */
function rowList(table: SalesTable, rows: readonly number[]): string {
  const listed = rows.slice(0, LISTED_ROWS).map((row) => `${table.sheetRow[row]} (${isoFromDay(table.day[row])})`);
  return rows.length > LISTED_ROWS ? `${listed.join(', ')} … (+${rows.length - LISTED_ROWS})` : listed.join(', ');
}

/**
 * The table without the rows dated after today or far from the rest of the column
 * (table/unusualDates.ts), with a warning naming them; with `keepUnusualDates` the table as it
 * is, with a warning that they were kept.
 */
export function withoutUnusualDates(table: SalesTable, options: ResolvedOptions): { table: SalesTable; warnings: Warning[] } {
  const today = todayDay(options.today);
  const { future, far } = unusualDates(table, today);
  if (future.length === 0 && far.length === 0) return { table, warnings: [] };
  if (options.keepUnusualDates) {
    const rows = [...future, ...far].sort((a, b) => a - b);
    return {
      table,
      warnings: [{
        code: 'dates.unusualKept',
        message: { key: 'table.warning.unusualDatesKept', params: { count: rows.length, today: isoFromDay(today), rows: rowList(table, rows) } },
      }],
    };
  }
  const keep = new Uint8Array(table.rowCount).fill(1);
  for (const row of future) keep[row] = 0;
  for (const row of far) keep[row] = 0;
  const warnings: Warning[] = [];
  if (future.length > 0) {
    warnings.push({
      code: 'dates.future',
      message: { key: 'table.warning.futureDates', params: { count: future.length, today: isoFromDay(today), rows: rowList(table, future) } },
    });
  }
  if (far.length > 0) {
    const middle = middleHalf(table, keep);
    warnings.push({
      code: 'dates.far',
      message: { key: 'table.warning.farDates', params: { count: far.length, from: middle.from, to: middle.to, rows: rowList(table, far) } },
    });
  }
  return { table: rowsWhere(table, keep), warnings };
}

/** First and third quartile days of the kept dated rows, as ISO text (what "the rest of the column" is). */
function middleHalf(table: SalesTable, keep: Uint8Array): { from: string; to: string } {
  const days: number[] = [];
  for (let row = 0; row < table.rowCount; row++) if (keep[row] && table.day[row] === table.day[row]) days.push(table.day[row]);
  days.sort((a, b) => a - b);
  const at = (p: number) => days[Math.round((days.length - 1) * p)];
  return { from: isoFromDay(at(0.25)), to: isoFromDay(at(0.75)) };
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

/** Options the analysis cannot work with: a typed error naming the option. */
export function checkOptions(options: ResolvedOptions): void {
  const [a, b] = options.abc.thresholds;
  if (!validAbcThresholds(options.abc.thresholds)) throw new ClientValueError('methods.error.abcThresholds', { a: String(a), b: String(b) });
  const [x, y] = options.xyz.thresholds;
  if (options.xyz.thresholds.length !== 2 || !(x > 0) || !(x <= y)) {
    throw new ClientValueError('methods.error.xyzThresholds', { x: String(x), y: String(y) });
  }
  if (![1, 1000, 1000000].includes(options.unit)) throw new ClientValueError('methods.error.badUnit', { unit: String(options.unit) });
  if (options.today !== null && !Number.isInteger(options.today)) {
    throw new ClientValueError('methods.error.badOption', { option: 'today', value: String(options.today), expected: 'yyyy-mm-dd' });
  }
  if (options.asOf !== null && !Number.isInteger(options.asOf)) {
    throw new ClientValueError('methods.error.badAsOf', { asOf: String(options.asOf) });
  }
  const bad = (option: string, value: unknown, expected: string) =>
    new ClientValueError('methods.error.badOption', { option, value: String(value), expected });
  if (!['month', 'quarter', 'year', 'auto'].includes(options.period)) throw bad('period', options.period, 'month, quarter, year or auto');
  if (!(options.churnNorm > 0 && options.churnNorm < 1)) throw bad('churnNorm', options.churnNorm, 'a fraction between 0 and 1 (0.1 = 10 %)');
  const { topN, declineThreshold } = options.keyClients;
  if (topN !== null && !(Number.isInteger(topN) && topN >= 1)) throw bad('keyClients.topN', topN, 'a whole number, 1 or more');
  if (!(declineThreshold > 0 && declineThreshold <= 1)) throw bad('keyClients.declineThreshold', declineThreshold, 'a fraction above 0, at most 1 (0.2 = 20 %)');
  if (!['quintile', 'rfm-package'].includes(options.rfm.mode)) throw bad('rfm.mode', options.rfm.mode, 'quintile or rfm-package');
}

function orNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

/** The holdout check's warning when the model missed the holdout by more than its margin. */
function holdoutWarnings(check: HoldoutCheck): Warning[] {
  if (check.status !== 'ok' || !check.off || check.calibrationEnd === null || check.holdoutEnd === null) return [];
  const whole = (value: number) => String(Math.round(value));
  return [{ code: 'holdoutOff', message: { key: 'forecast.warning.off', params: {
    calibrationEnd: isoFromDay(check.calibrationEnd), from: isoFromDay(check.calibrationEnd + 1), to: isoFromDay(check.holdoutEnd),
    expected: whole(check.expectedTotal), actual: whole(check.actualTotal),
    off: `${Math.round((100 * Math.abs(check.expectedTotal - check.actualTotal)) / check.actualTotal)}%`,
    margin: `${Math.round(HOLDOUT_MARGIN * 100)}%`,
  } } }];
}
