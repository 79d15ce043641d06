/**
 * The human form of an analysis for the terminal: the top clients as an aligned table, the summary
 * (rows used and skipped, ABC classes, the ABC-XYZ matrix, concentration, warnings) and the skipped
 * rows with their reasons. Every text comes from the message tables, in the user's language.
 */
import type { Analysis } from '../../shared/pipeline/types';
import { render, t, type MessageKey } from '../../shared/i18n/translate';
import type { Lang } from '../../shared/i18n/lang';
import { isoFromDay } from '../../shared/table/dates';

/** Longest list of skipped rows or notes printed; the rest are counted (all are in --json). */
const LIST_LIMIT = 50;
const NAME_WIDTH = 32;

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

  if (summary.warnings.length > 0) {
    lines.push('', t(lang, 'cli.report.warnings'));
    for (const warning of summary.warnings) lines.push(`  ! ${render(lang, warning.message)}`);
  }
  if (analysis.skipped.length > 0) {
    lines.push('', `${t(lang, 'cli.report.skipped')} (${analysis.skipped.length})`);
    for (const skipped of analysis.skipped.slice(0, LIST_LIMIT)) lines.push(`  ${render(lang, skipped.message)}`);
    if (analysis.skipped.length > LIST_LIMIT) lines.push(`  ${t(lang, 'cli.report.more', { count: analysis.skipped.length - LIST_LIMIT })}`);
  }
  if (analysis.notes.length > 0) {
    lines.push('', `${t(lang, 'cli.report.notes')} (${analysis.notes.length})`);
    for (const note of analysis.notes.slice(0, LIST_LIMIT)) lines.push(`  ${render(lang, note.message)}`);
    if (analysis.notes.length > LIST_LIMIT) lines.push(`  ${t(lang, 'cli.report.more', { count: analysis.notes.length - LIST_LIMIT })}`);
  }
  return `${lines.join('\n')}\n`;
}

function moneyFormat(lang: Lang): (value: number) => string {
  const format = new Intl.NumberFormat(lang === 'en' ? 'en-US' : lang === 'ru' ? 'ru-RU' : 'uk-UA', {
    minimumFractionDigits: 2, maximumFractionDigits: 2,
  });
  // Non-breaking spaces of ru/uk grouping become plain spaces so that columns align in any terminal.
  return (value) => format.format(value).replace(/[\u00a0\u202f]/g, ' ');
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)} %`;
}

/** Names are cut to a readable width; the full name is in --json. */
function clip(name: string): string {
  const chars = [...name];
  return chars.length <= NAME_WIDTH ? name : `${chars.slice(0, NAME_WIDTH - 1).join('')}…`;
}

/** Rows aligned under their headers: numbers to the right, text to the left. */
function table(headers: readonly string[], rows: readonly (readonly string[])[], rightAligned: readonly boolean[]): string[] {
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
