/**
 * The "Client summary" output sheet: key figures, the ABC table (METHODS.md §3), the ABC-XYZ
 * matrix (§4), concentration with its warnings (§7), the periods and key clients (§2, §6) and RFM
 * segments when the analysis has them, the options used, the skipped rows (row and reason), and two
 * charts over blocks of this sheet: a Pareto chart of the ABC analysis and the ABC-XYZ matrix.
 */
import type { Lang } from '../../shared/i18n/lang';
import { isoFromDay } from '../../shared/table/dates';
import { render, t, type MessageKey } from '../../shared/i18n/translate';
import type { Analysis, ClientRow } from '../../shared/pipeline/types';
import type { ResolvedOptions } from '../../shared/pipeline/options';
import { ABC_COLOURS } from './clientsSheet';
import type { CellBlock, CellFormat, ChartRequest, ClassColouring, OutputSheet, OutputValue } from './port';
import { SheetGrid } from './sheetGrid';

const CHART_COLUMN = 6;
const CHART_WIDTH = 480;
const CHART_HEIGHT = 288;
/** Rows a chart covers at the default row height of about 20 px, plus a gap. */
const CHART_ROWS = Math.ceil(CHART_HEIGHT / 20) + 1;
/** Up to this many clients the Pareto chart shows one column per client; beyond, 20 groups of 5 %. */
const PARETO_CLIENT_LIMIT = 25;
const PARETO_GROUPS = 20;

export function summarySheet(analysis: Analysis, lang: Lang, name: string): OutputSheet {
  const colouring: ClassColouring[] = [];
  const { summary } = analysis;
  const tr = (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
  const grid = new SheetGrid();
  const charts: ChartRequest[] = [];

  grid.addTitle(tr('panel.summary.title'));
  grid.addBlank();

  grid.addHeader([tr('panel.summary.figure'), tr('panel.summary.value')]);
  const figures: [MessageKey, OutputValue, CellFormat][] = [
    ['panel.summary.rowsUsed', summary.rowsUsed, 'integer'],
    ['panel.summary.rowsSkipped', summary.rowsSkipped, 'integer'],
    ['panel.summary.clients', summary.clients, 'integer'],
    ['panel.summary.turnover', summary.turnover, 'money'],
    ['panel.summary.returns', summary.returns, 'money'],
    ['panel.summary.firstDay', summary.firstDay, 'date'],
    ['panel.summary.lastDay', summary.lastDay, 'date'],
    ['panel.summary.asOf', summary.asOf, 'date'],
  ];
  for (const [key, value, format] of figures) grid.addRow([tr(key), value], ['text', format]);
  const clvTotal = clvTotalRow(analysis.clients, lang);
  if (clvTotal) grid.addRow(clvTotal, ['text', 'money']);
  grid.addBlank();

  grid.addTitle(tr('panel.summary.abcTitle', { measure: tr(`panel.measure.${summary.abc.measure}` as MessageKey) }));
  grid.addHeader([tr('panel.summary.class'), tr('panel.summary.clients'), tr('panel.summary.clientShare'),
    tr('panel.summary.measure'), tr('panel.summary.measureShare')]);
  for (const row of summary.abc.classes) {
    grid.addRow([row.abcClass, row.clients, row.clientShare, row.measure, row.measureShare],
      ['text', 'integer', 'percent', 'money', 'percent']);
  }
  grid.addRow([tr('panel.summary.zeroOrNegative'), summary.abc.zeroOrNegative], ['text', 'integer']);
  grid.addBlank();

  if (summary.abcXyz) {
    grid.addTitle(tr('panel.summary.matrixTitle'));
    const countsHeader = grid.addHeader([tr('panel.summary.matrixCounts'), 'X', 'Y', 'Z']);
    for (const abc of ['A', 'B', 'C'] as const) {
      grid.addRow([abc, ...(['X', 'Y', 'Z'] as const).map((xyz) => matrixCell(summary.abcXyz, `${abc}${xyz}`, 'clients'))],
        ['text', 'integer', 'integer', 'integer']);
    }
    charts.push({ kind: 'matrix', title: tr('panel.chart.matrix'), data: block(countsHeader, 4, 4),
      anchor: { row: 0, column: CHART_COLUMN }, width: CHART_WIDTH, height: CHART_HEIGHT });
    grid.addHeader([tr('panel.summary.matrixTurnover'), 'X', 'Y', 'Z']);
    for (const abc of ['A', 'B', 'C'] as const) {
      grid.addRow([abc, ...(['X', 'Y', 'Z'] as const).map((xyz) => matrixCell(summary.abcXyz, `${abc}${xyz}`, 'turnover'))],
        ['text', 'money', 'money', 'money']);
    }
  } else {
    grid.addTitle(tr('panel.summary.matrixTitle'));
    grid.addRow([tr('panel.summary.noDates')], ['text']);
  }
  grid.addBlank();

  const { concentration } = summary;
  grid.addTitle(tr('panel.summary.concentrationTitle'));
  grid.addRow([tr('panel.summary.top1Share'), concentration.top1Share, concentration.top1Client ?? ''], ['text', 'percent', 'text']);
  grid.addRow([tr('panel.summary.top5Share'), concentration.top5Share], ['text', 'percent']);
  grid.addRow([tr('panel.summary.hhi'), concentration.hhi], ['text', 'coefficient']);
  if (summary.warnings.length === 0) grid.addRow([tr('panel.summary.noWarnings')], ['text']);
  for (const warning of summary.warnings) grid.addRow(['⚠ ' + render(lang, warning.message)], ['text']);
  // How a whole date column was read (slash order proved by a cell, serials written as text).
  for (const note of analysis.notes) {
    if (COLUMN_NOTES.has(note.message.key)) grid.addRow(['ℹ ' + render(lang, note.message)], ['text']);
  }
  grid.addBlank();

  grid.addTitle(tr('panel.summary.paretoTitle'));
  const paretoHeader = grid.addHeader([tr('panel.summary.paretoClients'), tr('panel.summary.measureShare'), tr('panel.summary.cumulativeShare')]);
  const pareto = paretoRows(analysis.clients, lang);
  for (const row of pareto) grid.addRow(row, ['text', 'percent', 'percent']);
  charts.unshift({ kind: 'pareto', title: tr('panel.chart.pareto'), data: block(paretoHeader, pareto.length + 1, 3),
    anchor: { row: 0, column: CHART_COLUMN }, width: CHART_WIDTH, height: CHART_HEIGHT });
  grid.addBlank();

  // Wide blocks start below the charts so that no chart covers them.
  const chartsBottom = 2 + charts.length * CHART_ROWS;
  if (summary.periods?.length || summary.keyClients?.length) {
    while (grid.rowCount < chartsBottom) grid.addBlank();
  }
  if (summary.periods && summary.periods.length > 0) {
    grid.addTitle(tr('panel.summary.periodsTitle'));
    grid.addHeader(['period', 'start', 'end', 'active', 'new', 'returning', 'lost', 'permanent', 'retention', 'churn', 'commitment']
      .map((column) => tr(`panel.period.${column}` as MessageKey)));
    for (const p of summary.periods) {
      grid.addRow([p.period, p.start, p.end, p.active, p.new, p.returning, p.lost, p.permanent, p.retentionRate, p.churnRate, p.commitment],
        ['text', 'date', 'date', 'integer', 'integer', 'integer', 'integer', 'integer', 'percent', 'percent', 'percent']);
    }
    grid.addBlank();
  }
  if (summary.keyClients && summary.keyClients.length > 0) {
    const years = summary.keyClients[0].years;
    grid.addTitle(tr('panel.summary.keyClientsTitle'));
    grid.addHeader([tr('panel.column.client'), tr('panel.column.status'), ...years.map(String)]);
    for (const key of summary.keyClients) {
      grid.addRow([key.client, tr(`panel.keyStatus.${key.status}` as MessageKey), ...key.shares],
        ['text', 'text', ...key.shares.map((): CellFormat => 'percent')]);
    }
    grid.addBlank();
  }
  if (summary.churnReasons && summary.churnReasons.length > 0) {
    // Seed 003: the lost clients' reasons beside the article's reference shares.
    grid.addTitle(tr('panel.summary.churnReasonsTitle'));
    grid.addHeader([tr('panel.summary.reason'), tr('panel.summary.clients'), tr('panel.summary.clientShare')]);
    for (const reason of summary.churnReasons) grid.addRow([reason.reason, reason.clients, reason.share], ['text', 'integer', 'percent']);
    if (summary.churnReasonsUnstated) grid.addRow([tr('panel.summary.churnUnstated'), summary.churnReasonsUnstated], ['text', 'integer']);
    if (summary.churnReasonReference && summary.churnReasonReference.length > 0) {
      grid.addHeader([tr('panel.summary.churnReference'), tr('panel.summary.clientShare')]);
      for (const reference of summary.churnReasonReference) grid.addRow([render(lang, reference.reason), reference.share], ['text', 'percent']);
    }
    grid.addBlank();
  }
  if (summary.rfm && summary.rfm.segments.length > 0) {
    grid.addTitle(tr('panel.summary.rfmTitle'));
    grid.addHeader([tr('panel.column.rfmSegment'), tr('panel.summary.clients')]);
    for (const segment of summary.rfm.segments) grid.addRow([segment.segment, segment.clients], ['text', 'integer']);
    grid.addBlank();
  }

  const kc = summary.kcTrend;
  if (kc && kc.periods.length > 0) {
    // The article's trend: a falling Kc of the client base (methods/kcTrend.ts).
    grid.addTitle(tr('trend.kcTitle'));
    grid.addHeader(tr('trend.kcColumns').split('|'));
    for (const row of kc.periods) {
      grid.addRow([row.period, row.turnover, row.kc, row.activeClients, row.kcPerClient, row.meanKp, row.meanKf, row.change],
        ['text', 'money', 'money', 'integer', 'money', 'coefficient', 'coefficient', 'percent']);
    }
    grid.addBlank();
  }

  const migration = summary.classHistory?.migration;
  if (migration) {
    // Who moved between ABC classes from the previous complete period to the last (methods/classHistory.ts).
    grid.addTitle(tr('trend.migrationTitle', { before: migration.before, now: migration.now }));
    const to = ['A', 'B', 'C', 'lost'] as const;
    const label = (value: string) => (value === 'new' ? tr('trend.new') : value === 'lost' ? tr('trend.lost') : value);
    for (const [key, field, format] of [['trend.migrationClients', 'clients', 'integer'], ['trend.migrationTurnover', 'turnover', 'money']] as const) {
      const header = grid.addHeader([tr(key), ...to.map(label)]);
      // Rows coloured by the class before, as the Clients sheet colours its rows.
      colouring.push({ block: { row: header + 1, column: 0, rows: 3, columns: 5 }, classColumn: 0, colours: ABC_COLOURS });
      for (const from of ['A', 'B', 'C', 'new'] as const) {
        const row = to.map((target) => migration.cells.find((cell) => cell.from === from && cell.to === target)?.[field] ?? 0);
        grid.addRow([label(from), ...row], ['text', format, format, format, format]);
      }
    }
    grid.addRow([migration.leftA.length === 0 ? tr('trend.noneLeftA')
      : tr('trend.leftA', { clients: migration.leftA.map((left) => `${left.client} (→ ${label(left.now)})`).join(', ') })], ['text']);
    grid.addBlank();
  }

  const { holdout } = summary;
  if (holdout && holdout.status === 'ok' && holdout.calibrationEnd !== null && holdout.holdoutEnd !== null) {
    // Does the forecast hold: predicted vs made purchases after the calibration end (methods/clv/holdout.ts).
    grid.addTitle(tr('forecast.title'));
    grid.addRow([tr('forecast.setup', {
      calibrationEnd: isoFromDay(holdout.calibrationEnd), from: isoFromDay(holdout.calibrationEnd + 1), to: isoFromDay(holdout.holdoutEnd),
      length: Number(holdout.holdoutLength.toFixed(2)), timeUnit: holdout.timeUnit, clients: holdout.clients,
      expected: Math.round(holdout.expectedTotal), actual: Math.round(holdout.actualTotal), mae: holdout.meanAbsoluteError.toFixed(2),
    })], ['text']);
    const header = grid.addHeader((['purchases', 'actual', 'expected', 'clients'] as const).map((column) => tr(`forecast.column.${column}`)));
    for (const bin of holdout.bins) {
      grid.addRow([`${bin.purchases}${bin.orMore ? '+' : ''}`, bin.actualMean, bin.expectedMean, bin.clients], ['text', 'coefficient', 'coefficient', 'integer']);
    }
    charts.push({ kind: 'holdout', title: tr('forecast.chart'), data: block(header, holdout.bins.length + 1, 3),
      anchor: { row: header - 1, column: CHART_COLUMN }, width: CHART_WIDTH, height: CHART_HEIGHT });
    grid.addBlank();
    while (grid.rowCount < header - 1 + CHART_ROWS) grid.addBlank();
  }

  grid.addTitle(tr('panel.summary.optionsTitle'));
  grid.addHeader([tr('panel.summary.option'), tr('panel.summary.value')]);
  for (const [label, value, format] of optionRows(analysis.options, lang)) grid.addRow([label, value], ['text', format]);
  grid.addBlank();

  grid.addTitle(tr('panel.summary.skippedTitle', { count: analysis.skipped.length }));
  if (analysis.skipped.length === 0) {
    grid.addRow([tr('panel.summary.noSkipped')], ['text']);
  } else {
    grid.addHeader([tr('panel.summary.row'), tr('panel.summary.reason')]);
    for (const skipped of analysis.skipped) grid.addRow([skipped.row, render(lang, skipped.message)], ['integer', 'text']);
  }

  const { values, formats, width } = grid.finish();
  return {
    role: 'summary',
    name,
    values,
    formats,
    headers: grid.headers,
    titles: grid.titles,
    frozenRows: 0,
    table: null,
    colouring,
    charts: charts.map((chart, index) => ({ ...chart, anchor: { row: 2 + index * CHART_ROWS, column: CHART_COLUMN } })),
    columnWidths: Array.from({ length: width }, (_, column) => (column === 0 ? 34 : 14)),
  };
}

/** Notes about how a whole column was read: shown with the warnings. */
const COLUMN_NOTES: ReadonlySet<string> = new Set(['table.note.slashDatesMonthFirst', 'table.note.slashDatesDayFirst', 'table.note.serialDatesAsText']);

/**
 * The sum of the clients' lifetime values, labelled with how many of the modelled clients it covers
 * (one-time buyers get none when the spend fit has q ≤ 1; nor do clients left out of the spend
 * model); null when no client has one.
 */
function clvTotalRow(clients: readonly ClientRow[], lang: Lang): [string, number] | null {
  let modelled = 0;
  let valued = 0;
  let total = 0;
  for (const client of clients) {
    if (client.pAlive === null || client.pAlive === undefined) continue;
    modelled++;
    if (client.clv === null || client.clv === undefined) continue;
    valued++;
    total += client.clv;
  }
  return valued === 0 ? null : [t(lang, 'clv.totalLabel', { valued, clients: modelled }), total];
}

function block(headerRow: number, rows: number, columns: number): CellBlock {
  return { row: headerRow, column: 0, rows, columns };
}

function matrixCell(cells: Analysis['summary']['abcXyz'], cell: string, field: 'clients' | 'turnover'): number {
  return cells?.find((entry) => entry.cell === cell)?.[field] ?? 0;
}

/**
 * The Pareto data: per client while there are few (a column per client), else 20 groups of 5 % of
 * the clients by rank, each with its share of the measure and the cumulative share after it.
 */
export function paretoRows(clients: readonly ClientRow[], lang: Lang): [string, number, number][] {
  const ranked = clients.slice().sort((a, b) => a.rank - b.rank);
  if (ranked.length <= PARETO_CLIENT_LIMIT) return ranked.map((row) => [row.client, row.share, row.cumulativeShare]);
  const rows: [string, number, number][] = [];
  let start = 0;
  for (let group = 1; group <= PARETO_GROUPS; group++) {
    const end = Math.round((ranked.length * group) / PARETO_GROUPS);
    let share = 0;
    for (let i = start; i < end; i++) share += ranked[i].share;
    const cumulative = end > 0 ? ranked[end - 1].cumulativeShare : 0;
    rows.push([t(lang, 'panel.summary.paretoGroup', { percent: group * 5 }), share, cumulative]);
    start = end;
  }
  return rows;
}

function optionRows(options: ResolvedOptions, lang: Lang): [string, OutputValue, CellFormat][] {
  const tr = (key: MessageKey) => t(lang, key);
  const { abc, xyz, payment, regularity } = options;
  return [
    [tr('panel.option.measure'), tr(`panel.measure.${abc.measure}` as MessageKey), 'text'],
    [tr('panel.option.abcA'), abc.thresholds[0], 'percent'],
    [tr('panel.option.abcB'), abc.thresholds[1], 'percent'],
    [tr('panel.option.boundary'), tr(`panel.boundary.${abc.boundary}` as MessageKey), 'text'],
    [tr('panel.option.fillDown'), tr(options.fillDown ? 'panel.selfTest.yes' : 'panel.selfTest.no'), 'text'],
    [tr('panel.option.xyzPeriod'), tr(`panel.grain.${xyz.period}` as MessageKey), 'text'],
    [tr('panel.option.xyzX'), xyz.thresholds[0], 'percent'],
    [tr('panel.option.xyzY'), xyz.thresholds[1], 'percent'],
    [tr('panel.option.asOf'), options.asOf, 'date'],
    [tr('panel.option.unit'), options.unit, 'integer'],
    [tr('panel.option.kpPrepayment'), payment.prepayment, 'coefficient'],
    [tr('panel.option.kpOnTime'), payment.onTime, 'coefficient'],
    [tr('panel.option.kpLateShort'), payment.lateShort, 'coefficient'],
    [tr('panel.option.kpLateLong'), payment.lateLong, 'coefficient'],
    [tr('panel.option.kpLateDays'), payment.lateDaysLimit, 'integer'],
    [tr('panel.option.kfWeekly'), regularity.weekly.coefficient, 'coefficient'],
    [tr('panel.option.kfWeeklyDays'), regularity.weekly.maxDays, 'integer'],
    [tr('panel.option.kfMonthly'), regularity.monthly.coefficient, 'coefficient'],
    [tr('panel.option.kfMonthlyDays'), regularity.monthly.maxDays, 'integer'],
    [tr('panel.option.kfQuarterly'), regularity.quarterly.coefficient, 'coefficient'],
    [tr('panel.option.kfQuarterlyDays'), regularity.quarterly.maxDays, 'integer'],
    [tr('panel.option.kfRare'), regularity.rare, 'coefficient'],
  ];
}
