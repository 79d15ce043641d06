/**
 * The human form of an analysis for the terminal: the top clients as an aligned table, the summary
 * (rows used and skipped, ABC classes, the ABC-XYZ matrix, concentration), short history sections
 * (periods with retention and churn, key clients at risk, RFM segments), the lifetime-value summary,
 * warnings, and the skipped rows with their reasons. Every text comes from the message tables, in
 * the user's language. The whole detail is in --json.
 */
import type { Analysis, ClientRow, Summary } from '../../shared/pipeline/types';
import { RFM_SEGMENT_MESSAGES } from '../../shared/methods/rfm';
import { compareNames } from '../../shared/methods/abc';
import { HOLDOUT_MIN_REPEAT_CUSTOMERS, type HoldoutCheck } from '../../shared/methods/clv/holdout';
import { render, t, type MessageKey } from '../../shared/i18n/translate';
import type { Lang } from '../../shared/i18n/lang';
import { isoFromDay } from '../../shared/table/dates';

/** Longest list of skipped rows or notes printed; the rest are counted (all are in --json). */
const LIST_LIMIT = 50;
const NAME_WIDTH = 32;
/** Clients listed in the lifetime-value section of `segment`. */
const CLV_TOP = 10;

export function formatReport(analysis: Analysis, file: string, lang: Lang, top: number): string {
  const { summary } = analysis;
  const money = moneyFormat(lang);
  const lines: string[] = [];
  const measureName = t(lang, `cli.measure.${summary.abc.measure}` as MessageKey);

  lines.push(t(lang, 'cli.report.title', { file }), '');
  lines.push(t(lang, 'cli.report.rows', {
    used: summary.rowsUsed, skipped: summary.rowsSkipped, clients: summary.clients,
    turnover: money(summary.turnover), returns: money(summary.returns),
  }));
  if (summary.firstDay !== null && summary.lastDay !== null && summary.asOf !== null) {
    lines.push(t(lang, 'cli.report.span', { first: isoFromDay(summary.firstDay), last: isoFromDay(summary.lastDay), asOf: isoFromDay(summary.asOf) }));
  }

  const shown = top === 0 ? analysis.clients : analysis.clients.slice(0, top);
  lines.push('', t(lang, 'cli.report.top', { count: shown.length, total: analysis.clients.length, measure: measureName }));
  lines.push(...table(
    t(lang, 'cli.report.columns').split('|'),
    shown.map((c) => [
      String(c.rank), clip(c.client), c.abcClass, money(c.turnover), percent(c.share), percent(c.cumulativeShare),
      c.xyzClass ?? '-', String(c.orders), money(c.valueCoefficient),
    ]),
    [true, false, false, true, true, true, false, true, true],
  ));

  lines.push('', t(lang, 'cli.report.abcTitle'));
  lines.push(...table(
    t(lang, 'cli.report.abcColumns', { Measure: capitalised(measureName), measure: measureName }).split('|'),
    summary.abc.classes.map((c) => [c.abcClass, String(c.clients), percent(c.clientShare), money(c.measure), percent(c.measureShare)]),
    [false, true, true, true, true],
  ));
  if (summary.abc.zeroOrNegative > 0) lines.push(t(lang, 'cli.report.zeroOrNegative', { count: summary.abc.zeroOrNegative, measure: measureName }));

  if (summary.abcXyz) {
    lines.push('', t(lang, 'cli.report.matrixTitle'));
    const cell = (name: string) => summary.abcXyz!.find((c) => c.cell === name)!;
    lines.push(...table(
      ['', 'X', 'Y', 'Z'],
      ['A', 'B', 'C'].map((a) => [a, ...['X', 'Y', 'Z'].map((x) => `${cell(a + x).clients} / ${money(cell(a + x).turnover)}`)]),
      [false, true, true, true],
    ));
    const unclassified = analysis.clients.filter((c) => c.xyzClass === null).length;
    if (unclassified > 0) lines.push(t(lang, 'cli.report.unclassified', { count: unclassified }));
  }

  const { concentration } = summary;
  lines.push('', t(lang, 'cli.report.concentration', {
    top1: percent(concentration.top1Share), client: concentration.top1Client ?? '-',
    top5: percent(concentration.top5Share), hhi: concentration.hhi.toFixed(3),
  }));

  lines.push(...historySections(summary, lang));
  if (summary.clv) lines.push(...clvSection(summary.clv, analysis.clients, lang, CLV_TOP, false));
  if (summary.kcTrend) lines.push(...kcTrendSection(summary.kcTrend, lang));
  if (summary.classHistory) lines.push(...migrationSection(summary.classHistory, lang));
  if (summary.holdout) lines.push(...holdoutSection(summary.holdout, lang));
  if (analysis.planTable) {
    lines.push('', t(lang, 'cli.report.planTable', { used: analysis.planTable.rowsUsed, skipped: analysis.planTable.skipped.length }));
  }

  if (summary.warnings.length > 0) {
    lines.push('', t(lang, 'cli.report.warnings'));
    for (const warning of summary.warnings) lines.push(`  ! ${render(lang, warning.message)}`);
  }
  if (analysis.skipped.length > 0) {
    lines.push('', `${t(lang, 'cli.report.skipped')} (${analysis.skipped.length})`);
    for (const skipped of analysis.skipped.slice(0, LIST_LIMIT)) lines.push(`  ${render(lang, skipped.message)}`);
    if (analysis.skipped.length > LIST_LIMIT) lines.push(`  ${t(lang, 'cli.report.more', { count: analysis.skipped.length - LIST_LIMIT })}`);
  }
  const planSkipped = analysis.planTable?.skipped ?? [];
  if (planSkipped.length > 0) {
    lines.push('', `${t(lang, 'cli.report.planSkipped')} (${planSkipped.length})`);
    for (const skipped of planSkipped.slice(0, LIST_LIMIT)) lines.push(`  ${render(lang, skipped.message)}`);
    if (planSkipped.length > LIST_LIMIT) lines.push(`  ${t(lang, 'cli.report.more', { count: planSkipped.length - LIST_LIMIT })}`);
  }
  if (analysis.notes.length > 0) {
    lines.push('', `${t(lang, 'cli.report.notes')} (${analysis.notes.length})`);
    for (const note of analysis.notes.slice(0, LIST_LIMIT)) lines.push(`  ${render(lang, note.message)}`);
    if (analysis.notes.length > LIST_LIMIT) lines.push(`  ${t(lang, 'cli.report.more', { count: analysis.notes.length - LIST_LIMIT })}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Periods with retention and churn, key clients at risk, RFM segment counts (each only when present). */
function historySections(summary: Summary, lang: Lang): string[] {
  const lines: string[] = [];
  const rate = (value: number | null) => (value === null ? '-' : percent(value));
  if (summary.periods && summary.periods.length > 0 && summary.period) {
    lines.push('', t(lang, 'cli.report.periodsTitle', { grain: t(lang, `cli.grain.${summary.period}` as MessageKey) }));
    lines.push(...table(
      t(lang, 'cli.report.periodColumns').split('|'),
      summary.periods.map((p) => [
        p.period, String(p.active), String(p.new), String(p.returning), String(p.lost), String(p.permanent),
        rate(p.retentionRate), rate(p.churnRate), rate(p.commitment),
      ]),
      [false, true, true, true, true, true, true, true, true],
    ));
  }
  const keyClients = summary.keyClients ?? [];
  if (keyClients.length > 0) {
    const atRisk = keyClients.filter((k) => k.status !== 'stable');
    const years = keyClients[0].years;
    lines.push('', t(lang, 'cli.report.keyClientsTitle', {
      atRisk: atRisk.length, count: keyClients.length, first: years[0], last: years[years.length - 1],
    }));
    if (atRisk.length > 0) {
      lines.push(...table(
        [t(lang, 'cli.report.client'), ...years.map(String), t(lang, 'cli.report.status')],
        atRisk.map((k) => [clip(k.client), ...k.shares.map((share) => percent(share)), t(lang, `cli.keyStatus.${k.status}` as MessageKey)]),
        [false, ...years.map(() => true), false],
      ));
    }
  }
  if (summary.rfm && summary.rfm.segments.length > 0) {
    lines.push('', t(lang, 'cli.report.rfmTitle', { mode: summary.rfm.mode }));
    lines.push(...table(
      t(lang, 'cli.report.rfmColumns').split('|'),
      summary.rfm.segments.map((s) => [segmentName(s.segment, lang), String(s.clients)]),
      [false, true],
    ));
  }
  return lines;
}

/** An RFM segment as the user reads it: the translation of a default segment, else its id. */
export function segmentName(segment: string, lang: Lang): string {
  const key = RFM_SEGMENT_MESSAGES[segment];
  return key ? t(lang, key) : segment;
}

/** One client's lifetime-value fields, as the client table holds them. */
export type ClvClient = Pick<ClientRow, 'client' | 'repeatFrequency' | 'repeatRecency' | 'age' | 'pAlive' | 'expectedPurchases' | 'expectedSpend' | 'clv'>;

/**
 * The lifetime-value summary: setup, fitted parameters, the recency note, and the top clients by
 * CLV (`withHistory` adds each client's repeat purchases, age at last purchase and age).
 */
export function clvSection(
  clv: NonNullable<Summary['clv']>, clients: readonly ClvClient[], lang: Lang, top: number, withHistory: boolean,
): string[] {
  const money = moneyFormat(lang);
  const lines = ['', t(lang, 'cli.report.clvTitle')];
  if (clv.calibrationEnd === null) {
    lines.push(`  ${t(lang, 'cli.report.clvNotComputed')}`);
    return lines;
  }
  lines.push(`  ${t(lang, 'cli.report.clvSetup', {
    calibrationEnd: isoFromDay(clv.calibrationEnd), timeUnit: clv.timeUnit, horizon: clv.horizon,
    rate: percent(clv.annualDiscountRate), clients: clv.clients, repeat: clv.repeatCustomers,
  })}`);
  if (clv.bgnbd) {
    const { r, alpha, a, b, logLikelihood } = clv.bgnbd;
    lines.push(`  ${t(lang, 'cli.report.clvBgnbd', { r: digits(r), alpha: digits(alpha), a: digits(a), b: digits(b), ll: logLikelihood.toFixed(1) })}`);
  }
  if (clv.commonDropout) {
    const { r, alpha, p, logLikelihood } = clv.commonDropout;
    lines.push(`  ${t(lang, 'cli.report.clvCommonDropout', { r: digits(r), alpha: digits(alpha), p: digits(p), ll: logLikelihood.toFixed(1) })}`);
  }
  if (clv.gammaGamma) {
    const { p, q, gamma } = clv.gammaGamma;
    lines.push(`  ${t(lang, 'cli.report.clvGammaGamma', { p: digits(p), q: digits(q), gamma: digits(gamma) })}`);
  }
  if (clv.status !== 'ok' && clv.status !== 'unboundedMeanSpend' && clv.status !== 'spendModelFailed' && clv.status !== 'spendModelRefused') {
    lines.push(`  ${t(lang, 'cli.report.clvNotComputed')}`);
    return lines;
  }
  lines.push(`  ${t(lang, 'clv.note.recency')}`);
  const ranked = clients.filter((c) => c.pAlive !== null && c.pAlive !== undefined)
    .sort((x, y) => ((y.clv ?? -Infinity) - (x.clv ?? -Infinity)) || compareNames(x.client, y.client));
  // One-time buyers when q ≤ 1, and clients left out of the spend model, have no CLV: the total
  // says how many of the modelled clients it sums.
  const valued = ranked.filter((c) => c.clv !== null && c.clv !== undefined);
  const total = valued.reduce((sum, c) => sum + (c.clv ?? 0), 0);
  if (valued.length > 0) lines.push(`  ${t(lang, 'clv.total', { total: money(total), valued: valued.length, clients: ranked.length })}`);
  const shown = top === 0 ? ranked : ranked.slice(0, top);
  const value = (x: number | null | undefined, format: (n: number) => string) => (x === null || x === undefined ? '-' : format(x));
  const history = (c: ClvClient) => (withHistory
    ? [String(c.repeatFrequency ?? '-'), value(c.repeatRecency, (n) => n.toFixed(2)), value(c.age, (n) => n.toFixed(2))] : []);
  lines.push('', t(lang, 'cli.report.clvTop', { count: shown.length, total: ranked.length }));
  lines.push(...table(
    t(lang, withHistory ? 'cli.report.clvHistoryColumns' : 'cli.report.clvColumns').split('|'),
    shown.map((c) => [
      clip(c.client), ...history(c), value(c.pAlive, (n) => n.toFixed(3)), value(c.expectedPurchases, (n) => n.toFixed(2)),
      value(c.expectedSpend, money), value(c.clv, money),
    ]),
    [false, ...(withHistory ? [true, true, true] : []), true, true, true, true],
  ));
  return lines;
}

/** Four significant digits, no exponent for ordinary magnitudes. */
/** Kc of the client base per period: turnover, Kc, active clients, Kc per client, weighted Kp and Kf, change. */
export function kcTrendSection(trend: NonNullable<Summary['kcTrend']>, lang: Lang): string[] {
  const money = moneyFormat(lang);
  return ['', t(lang, 'trend.kcTitle'), ...table(
    t(lang, 'trend.kcColumns').split('|'),
    trend.periods.map((row) => [
      row.period, money(row.turnover), money(row.kc), String(row.activeClients), money(row.kcPerClient),
      row.meanKp.toFixed(2), row.meanKf.toFixed(2), row.change === null ? '-' : percent(row.change),
    ]),
    [false, true, true, true, true, true, true, true],
  ).map((line) => `  ${line}`)];
}

/** The ABC migration between the last two complete periods: clients and turnover, and who left A. */
export function migrationSection(history: NonNullable<Summary['classHistory']>, lang: Lang): string[] {
  const { migration } = history;
  if (!migration) {
    return ['', t(lang, 'trend.noMigration', { periods: history.periods.length - (history.lastIsPartial ? 1 : 0) })];
  }
  const money = moneyFormat(lang);
  const to = ['A', 'B', 'C', 'lost'] as const;
  const label = (value: string) => (value === 'new' ? t(lang, 'trend.new') : value === 'lost' ? t(lang, 'trend.lost') : value);
  const lines = ['', t(lang, 'trend.migrationTitle', { before: migration.before, now: migration.now })];
  lines.push(...table(
    [t(lang, 'trend.migrationClients'), ...to.map(label)],
    (['A', 'B', 'C', 'new'] as const).map((from) => [label(from), ...to.map((target) => {
      const cell = migration.cells.find((one) => one.from === from && one.to === target);
      return cell && cell.clients > 0 ? `${cell.clients} / ${money(cell.turnover)}` : '-';
    })]),
    [false, true, true, true, true],
  ).map((line) => `  ${line}`));
  lines.push(`  ${migration.leftA.length === 0 ? t(lang, 'trend.noneLeftA')
    : t(lang, 'trend.leftA', { clients: migration.leftA.map((left) => `${left.client} (→ ${label(left.now)})`).join(', ') })}`);
  return lines;
}

/** The forecast check: the setup line, then predicted vs made purchases by purchases before the holdout. */
export function holdoutSection(check: HoldoutCheck, lang: Lang): string[] {
  const lines = ['', t(lang, 'forecast.title')];
  if (check.status !== 'ok' || check.calibrationEnd === null || check.holdoutEnd === null) {
    const reason = t(lang, `forecast.reason.${check.status === 'ok' ? 'noDates' : check.status}` as MessageKey, { minimum: HOLDOUT_MIN_REPEAT_CUSTOMERS });
    lines.push(`  ${t(lang, 'forecast.notComputed', { reason })}`);
    return lines;
  }
  lines.push(`  ${t(lang, 'forecast.setup', {
    calibrationEnd: isoFromDay(check.calibrationEnd), from: isoFromDay(check.calibrationEnd + 1), to: isoFromDay(check.holdoutEnd),
    length: digits(check.holdoutLength), timeUnit: check.timeUnit, clients: check.clients,
    expected: check.expectedTotal.toFixed(0), actual: check.actualTotal.toFixed(0), mae: check.meanAbsoluteError.toFixed(2),
  })}`);
  lines.push(...table(
    (['purchases', 'actual', 'expected', 'clients'] as const).map((column) => t(lang, `forecast.column.${column}`)),
    check.bins.map((bin) => [`${bin.purchases}${bin.orMore ? '+' : ''}`, bin.actualMean.toFixed(3), bin.expectedMean.toFixed(3), String(bin.clients)]),
    [false, true, true, true],
  ).map((line) => `  ${line}`));
  return lines;
}

function digits(value: number): string {
  return Number(value.toPrecision(4)).toString();
}

export function moneyFormat(lang: Lang): (value: number) => string {
  const format = new Intl.NumberFormat(lang === 'en' ? 'en-US' : lang === 'ru' ? 'ru-RU' : 'uk-UA', {
    minimumFractionDigits: 2, maximumFractionDigits: 2,
  });
  // Non-breaking spaces of ru/uk grouping become plain spaces so that columns align in any terminal.
  return (value) => format.format(value).replace(/[\u00a0\u202f]/g, ' ');
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)} %`;
}

/** Names are cut to a readable width; the full name is in --json. */
export function clip(name: string): string {
  const chars = [...name];
  return chars.length <= NAME_WIDTH ? name : `${chars.slice(0, NAME_WIDTH - 1).join('')}…`;
}

/** Rows aligned under their headers: numbers to the right, text to the left. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], rightAligned: readonly boolean[]): string[] {
  const width = headers.map((header, i) => Math.max(length(header), ...rows.map((row) => length(row[i]))));
  const line = (cells: readonly string[]) => cells
    .map((cell, i) => (rightAligned[i] ? pad(cell, width[i], true) : pad(cell, width[i], false)))
    .join('  ').trimEnd();
  return [line(headers), line(width.map((w) => '-'.repeat(w))), ...rows.map(line)].map((text) => `  ${text}`);
}

function length(text: string): number {
  return [...text].length;
}

function pad(text: string, width: number, left: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - length(text)));
  return left ? fill + text : text + fill;
}
