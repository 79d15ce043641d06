/**
 * Client history over time: the one entry the pipeline calls for METHODS.md sections 2, 5, 6, 8
 * and 9 (RFM). It cuts the sales table at the as-of date (options.asOf, else the last date in the
 * data; table/upToDay.ts, the pipeline's cut too), then runs, on the same cut table:
 * - periods, retention, churn, commitment and each client's status (retention.ts), the churn norm
 *   (warnings) and the churn-reason breakdown (churnReasons.ts);
 * - plan/fact coefficients (planFact.ts), from the sheet's plan column or a plan table;
 * - lost and declining key clients (keyClients.ts);
 * - a suggested KAM stage beside the manager's own (kamStage.ts), and the early-stage warning;
 * - RFM scores and segments (rfm.ts).
 * Per-client results are aligned with `table.clients`.
 */
import type { DayNumber, SalesTable } from '../table/salesTable';
import type { AbcClass, ClientRow, KamStage, Summary, Warning } from '../pipeline/types';
import type { ResolvedOptions } from '../pipeline/options';
import type { PlanTable } from '../table/readPlan';
import { isoFromDay, monthIndex } from '../table/dates';
import { rowsUpToDay } from '../table/upToDay';
import { abcAnalysis, compareNames } from './abc';
import { aggregateClients } from './clientTable';
import { addCompensated, compensatedTotal } from './compensatedSum';
import { chooseGrain, periodEnd, periodLabel } from './periods';
import { activityGrid, churnNormWarnings, clientStatuses, periodRows, percent, type ActivityGrid } from './retention';
import { CHURN_REASON_REFERENCE, churnReasonBreakdown } from './churnReasons';
import { planFact } from './planFact';
import { keyClients } from './keyClients';
import { isEarlyStage, suggestKamStage } from './kamStage';
import { quantileType7, rfmScores, rfmSegment, segmentCounts } from './rfm';

export type HistoryClientFields = Pick<ClientRow,
  'status' | 'periodsActive' | 'volumeFulfilment' | 'assortmentFulfilment' | 'paymentTimeliness' |
  'averageDaysLate' | 'planFactNote' | 'kamStage' | 'suggestedKamStage' | 'recencyDays' | 'recencyScore' |
  'frequencyScore' | 'monetaryScore' | 'rfmScore' | 'rfmSegment'>;

export type HistorySummary = Pick<Summary,
  'period' | 'periods' | 'churnReasons' | 'churnReasonReference' | 'churnReasonsUnstated' | 'keyClients' | 'rfm'>;

export interface HistoryInputs {
  /** A plan table read by readPlanTable; it replaces the sheet's plan column. */
  readonly plan?: PlanTable;
  /** The client table's ABC classes (aligned with table.clients); computed by turnover when absent. */
  readonly abcClass?: readonly AbcClass[];
}

export interface HistoryResult {
  readonly perClient: HistoryClientFields[];
  readonly summary: HistorySummary;
  readonly warnings: Warning[];
}

/** The history part of the analysis (see the module header). */
export function analyzeHistory(table: SalesTable, options: ResolvedOptions, inputs: HistoryInputs = {}): HistoryResult {
  const clientCount = table.clients.length;
  const warnings: Warning[] = [];
  const managerStage = managerStages(table);
  const asOf = options.asOf ?? lastDate(table);
  const cut = Number.isFinite(asOf) ? rowsUpToDay(table, asOf).table : table;
  const plan = planFact(cut, Number.isFinite(asOf) ? asOf : Infinity, options.payment, inputs.plan);
  warnings.push(...plan.warnings);

  const perClient: HistoryClientFields[] = table.clients.map((_, c) => ({
    status: null, periodsActive: 0,
    volumeFulfilment: plan.volumeFulfilment[c], assortmentFulfilment: plan.assortmentFulfilment[c],
    paymentTimeliness: plan.paymentTimeliness[c], averageDaysLate: plan.averageDaysLate[c],
    planFactNote: plan.planFactNote[c], kamStage: managerStage[c], suggestedKamStage: null,
    recencyDays: null, recencyScore: null, frequencyScore: null, monetaryScore: null, rfmScore: null, rfmSegment: null,
  }));

  const firstSale = firstSaleDay(cut);
  const grid = table.hasDates && Number.isFinite(asOf) && Number.isFinite(firstSale)
    ? activityGrid(cut, chooseGrain(options.period, firstSale, asOf), asOf) : null;
  if (!grid) {
    warnings.push(table.hasDates && Number.isFinite(asOf)
      ? { code: 'noSalesUpToAsOf', message: { key: 'history.warning.noSalesUpToAsOf', params: { asOf: isoFromDay(asOf) } } }
      : { code: 'noDates', message: { key: 'history.warning.noDates' } });
    return {
      perClient,
      summary: { periods: [], churnReasons: null, churnReasonReference: null, churnReasonsUnstated: null, keyClients: [], rfm: { mode: options.rfm.mode, segments: [] } },
      warnings,
    };
  }

  // Section 2: periods, statuses, churn norm, churn reasons.
  const rows = periodRows(grid, asOf);
  const lastPeriod = grid.firstPeriod + grid.periodCount - 1;
  const lastIsPartial = periodEnd(lastPeriod, grid.grain) > asOf;
  if (lastIsPartial) {
    warnings.push({
      code: 'partialLastPeriod',
      message: { key: 'history.warning.partialLastPeriod', params: { period: periodLabel(lastPeriod, grid.grain), asOf: isoFromDay(asOf) } },
    });
  }
  warnings.push(...churnNormWarnings(rows, grid.grain, options.churnNorm, lastIsPartial));
  const { status, periodsActive } = clientStatuses(grid);
  const lost = Array.from({ length: clientCount }, (_, c) => periodsActive[c] > 0 && !activeIn(grid, c, grid.periodCount - 1));
  const reasons = churnReasonBreakdown(cut, lost);

  // Section 6: key clients.
  const totals = aggregateClients(cut);
  const names = table.clients.map((client) => client.name);
  const abcClass = inputs.abcClass ?? abcAnalysis(totals.turnover, names, options.abc.thresholds, options.abc.boundary).abcClass;
  const key = keyClients(cut, asOf, {
    thresholds: options.abc.thresholds, boundary: options.abc.boundary,
    topN: options.keyClients.topN, declineThreshold: options.keyClients.declineThreshold,
  });
  warnings.push(...keyClientWarnings(key, asOf, options.keyClients.declineThreshold));

  // Section 8: suggested KAM stage.
  const recent = recentMonthsAndProducts(cut, asOf);
  // Breadth is judged among the key accounts (class A), not among all buyers: beside small clients
  // that buy two or three products, every large client would look broad.
  const productCounts = recent.products
    ? Array.from(recent.products).filter((_, c) => totals.orders[c] > 0 && abcClass[c] === 'A') : [];
  const broadLimit = recent.products && productCounts.length > 0
    ? quantileType7(Float64Array.from(productCounts).sort(), 0.75) : null;
  const asOfMonth = monthIndex(asOf);
  const firstDataMonth = monthIndex(firstDay(table));
  const suggested: (KamStage | null)[] = table.clients.map((_, c) => suggestKamStage({
    periodsActive: periodsActive[c],
    activeInLastPeriod: activeIn(grid, c, grid.periodCount - 1),
    orders: totals.orders[c],
    abcClass: abcClass[c] ?? null,
    keyClientStatus: key.statusByClient[c],
    relationshipMonths: Number.isNaN(totals.firstPurchase[c]) ? 0 : asOfMonth - monthIndex(totals.firstPurchase[c]) + 1,
    mayPredateData: monthIndex(totals.firstPurchase[c]) === firstDataMonth,
    monthsActiveOfLast12: recent.monthsActiveOfLast12[c],
    products: recent.products ? recent.products[c] : null,
    broadAssortmentLimit: broadLimit,
  }));
  // Largest first, ties by name: the list (up to ten names) must not depend on the order of the rows.
  const earlyKeyClients = table.clients
    .map((client, c) => ({ name: client.name, c }))
    .filter(({ c }) => abcClass[c] === 'A' && (managerStage[c] !== null ? isEarlyStage(managerStage[c]) : suggested[c] === 'early KAM'))
    .sort((x, y) => (totals.turnover[y.c] - totals.turnover[x.c]) || compareNames(x.name, y.name));
  if (earlyKeyClients.length > 0) {
    warnings.push({
      code: 'earlyKamKeyClients',
      message: { key: 'history.warning.earlyKamKeyClients', params: { count: earlyKeyClients.length, clients: listNames(earlyKeyClients.map((e) => e.name)) } },
    });
  }

  // Section 9: RFM.
  const rfmInput = options.rfm.mode === 'rfm-package' ? rfmPackageInput(cut, asOf) : {
    recency: Float64Array.from(totals.lastPurchase, (last) => asOf - last),
    frequency: Float64Array.from(totals.orders, (orders, c) => (Number.isNaN(totals.lastPurchase[c]) ? NaN : orders)),
    monetary: Float64Array.from(totals.turnover, (turnover, c) => (Number.isNaN(totals.lastPurchase[c]) ? NaN : turnover)),
  };
  const scores = rfmScores(rfmInput.recency, rfmInput.frequency, rfmInput.monetary, options.rfm.mode);
  const segments: (string | null)[] = table.clients.map((_, c) => (scores.score[c] > 0
    ? rfmSegment(scores.recency[c], scores.frequency[c], scores.monetary[c], options.rfm.segments) : null));

  perClient.forEach((fields, c) => {
    const scored = scores.score[c] > 0;
    Object.assign(fields, {
      status: status[c], periodsActive: periodsActive[c], suggestedKamStage: suggested[c],
      recencyDays: Number.isFinite(rfmInput.recency[c]) ? rfmInput.recency[c] : null,
      recencyScore: scored ? scores.recency[c] : null, frequencyScore: scored ? scores.frequency[c] : null,
      monetaryScore: scored ? scores.monetary[c] : null, rfmScore: scored ? scores.score[c] : null,
      rfmSegment: segments[c],
    });
  });

  return {
    perClient,
    summary: {
      period: grid.grain,
      periods: rows,
      churnReasons: reasons ? reasons.reasons : null,
      churnReasonReference: reasons ? CHURN_REASON_REFERENCE.map((r) => ({ reason: { key: r.key }, share: r.share })) : null,
      churnReasonsUnstated: reasons ? reasons.withoutReason : null,
      keyClients: [...key.rows],
      rfm: { mode: options.rfm.mode, segments: segmentCounts(segments, options.rfm.segments) },
    },
    warnings,
  };
}

/** The last date in the data (NaN when there is none). */
function lastDate(table: SalesTable): DayNumber {
  let last = -Infinity;
  for (let row = 0; row < table.rowCount; row++) if (table.day[row] > last) last = table.day[row];
  return last === -Infinity ? NaN : last;
}

/** The first date in the data, sales, returns and zero rows alike (NaN when there is none). */
function firstDay(table: SalesTable): DayNumber {
  let first = Infinity;
  for (let row = 0; row < table.rowCount; row++) if (table.day[row] < first) first = table.day[row];
  return first === Infinity ? NaN : first;
}

function firstSaleDay(table: SalesTable): DayNumber {
  let first = Infinity;
  for (let row = 0; row < table.rowCount; row++) {
    if (table.amount[row] > 0 && table.day[row] < first) first = table.day[row];
  }
  return first === Infinity ? NaN : first;
}

function activeIn(grid: ActivityGrid, client: number, p: number): boolean {
  return grid.active[client * grid.periodCount + p] === 1;
}

/** The manager's stage per client: the label on its latest dated row that has one, else null. */
function managerStages(table: SalesTable): (string | null)[] {
  const stages: (string | null)[] = new Array(table.clients.length).fill(null);
  const column = table.kamStage;
  if (!column) return stages;
  const when = new Float64Array(table.clients.length).fill(-Infinity);
  for (let row = 0; row < table.rowCount; row++) {
    const code = column.codes[row];
    if (code < 0) continue;
    const c = table.client[row];
    const day = Number.isNaN(table.day[row]) ? Infinity : table.day[row];
    if (day >= when[c]) { when[c] = day; stages[c] = column.labels[code]; }
  }
  return stages;
}

/** Months with a sale among the 12 months ending with the as-of month; distinct products bought. */
function recentMonthsAndProducts(table: SalesTable, asOf: DayNumber): { monthsActiveOfLast12: Int32Array; products: Int32Array | null } {
  const clientCount = table.clients.length;
  const lastMonth = monthIndex(asOf);
  const months = new Uint8Array(clientCount * 12);
  const product = table.product;
  const seen = product ? new Set<number>() : null;
  const products = product ? new Int32Array(clientCount) : null;
  for (let row = 0; row < table.rowCount; row++) {
    if (!(table.amount[row] > 0)) continue;
    const c = table.client[row];
    const back = lastMonth - monthIndex(table.day[row]);
    if (back >= 0 && back < 12) months[c * 12 + back] = 1;
    if (product && seen && products) {
      const code = product.codes[row];
      if (code >= 0) {
        const pair = c * product.labels.length + code;
        if (!seen.has(pair)) { seen.add(pair); products[c]++; }
      }
    }
  }
  const monthsActiveOfLast12 = new Int32Array(clientCount);
  for (let c = 0; c < clientCount; c++) for (let m = 0; m < 12; m++) monthsActiveOfLast12[c] += months[c * 12 + m];
  return { monthsActiveOfLast12, products };
}

/** rfm 0.3.0 inputs: every row is an order; recency from the last row's date; monetary = sum (compensated). */
function rfmPackageInput(table: SalesTable, asOf: DayNumber): { recency: Float64Array; frequency: Float64Array; monetary: Float64Array } {
  const clientCount = table.clients.length;
  const last = new Float64Array(clientCount).fill(NaN);
  const frequency = new Float64Array(clientCount).fill(NaN);
  const monetary = new Float64Array(clientCount).fill(NaN);
  const monetaryError = new Float64Array(clientCount);
  for (let row = 0; row < table.rowCount; row++) {
    const day = table.day[row];
    if (Number.isNaN(day)) continue;
    const c = table.client[row];
    if (Number.isNaN(frequency[c])) { frequency[c] = 0; monetary[c] = 0; }
    frequency[c]++;
    addCompensated(monetary, monetaryError, c, table.amount[row]); // the same sum in any row order
    if (!(day <= last[c])) last[c] = day;
  }
  compensatedTotal(monetary, monetaryError);
  return { recency: Float64Array.from(last, (day) => asOf - day), frequency, monetary };
}

function keyClientWarnings(key: ReturnType<typeof keyClients>, asOf: DayNumber, declineThreshold: number): Warning[] {
  if (key.years.length < 2) {
    return [{ code: 'fewFullYears', message: { key: 'history.warning.fewFullYears', params: { years: key.years.length, asOf: isoFromDay(asOf) } } }];
  }
  const atRisk = key.rows.filter((row) => row.status !== 'stable');
  if (atRisk.length === 0) return [];
  return [{
    code: 'keyClientsAtRisk',
    message: {
      key: 'history.warning.keyClientsAtRisk',
      params: {
        lost: atRisk.filter((row) => row.status === 'lost').length,
        declining: atRisk.filter((row) => row.status === 'declining').length,
        firstYear: key.years[0], lastYear: key.years[key.years.length - 1],
        threshold: percent(declineThreshold), clients: listNames(atRisk.map((row) => row.client)),
      },
    },
  }];
}

/** Up to ten names, then "…". */
function listNames(names: readonly string[]): string {
  return names.length > 10 ? `${names.slice(0, 10).join(', ')}, …` : names.join(', ');
}
