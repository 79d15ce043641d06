/**
 * RETENTION_RATE(clients, dates, amounts, [period]) and CHURN_RATE(...): retention rate
 * (E − N − R) / S and churn rate L / S per period (METHODS.md section 2, seeds 000 and 003),
 * through the core's analyzeHistory on the sales read from the three columns. A table with a
 * header row: the period and its rate (blank for the first period, which has no previous one).
 */
import { slashDateOrderForLocale } from '../../table/dates';
import { ClientValueError } from '../../errors';
import { t, type MessageKey } from '../../i18n/translate';
import { analyzeHistory } from '../../methods/history';
import type { AnalysisOptions, PeriodGrain } from '../../pipeline/options';
import type { PeriodRow } from '../../pipeline/types';
import { describeCell, isOmitted, singleCell } from '../arguments';
import { clientTableOptions } from '../clientTableOptions';
import { readSalesArguments } from '../salesArguments';
import type { ArgumentValue, CallContext, CatalogueFunction, CatalogueParam, FunctionResult, WorkedExample } from '../types';

const GRAINS: Readonly<Record<string, PeriodGrain | 'auto'>> = {
  auto: 'auto', month: 'month', quarter: 'quarter', year: 'year',
  'месяц': 'month', 'квартал': 'quarter', 'год': 'year', 'місяць': 'month', 'рік': 'year',
};

/** A period word ("quarter", "квартал"), or settings as CLIENT_TABLE takes them ("period=quarter; dates=1904"). */
export function periodOptions(value: ArgumentValue | undefined, context: CallContext): AnalysisOptions {
  // `a/b/yyyy` text follows the host's locale (en-US month first); without one, the default (day first).
  const slash = context.locale !== undefined ? { slashDateOrder: slashDateOrderForLocale(context.locale) } : {};
  if (value === undefined || isOmitted(value)) return { dateSystem: context.dateSystem, ...slash, period: 'auto' };
  if (Array.isArray(value) || String(singleCell(value, 'period')).includes('=')) {
    return { period: 'auto', ...clientTableOptions(value, context, 'period') };
  }
  const cell = singleCell(value, 'period');
  const grain = GRAINS[String(cell).trim().toLowerCase()];
  if (!grain) throw new ClientValueError('catalogue.error.badChoice', { argument: 'period', value: describeCell(cell), choices: 'auto, month, quarter, year' });
  return { dateSystem: context.dateSystem, ...slash, period: grain };
}

function ratesByPeriod(
  args: readonly ArgumentValue[], context: CallContext, header: MessageKey, rate: (row: PeriodRow) => number | null,
): FunctionResult {
  const { read, options } = readSalesArguments(args, { ...periodOptions(args[3], context), lang: context.lang }, false);
  const periods = analyzeHistory(read.table, options).summary.periods ?? [];
  return [
    [t(context.lang, 'catalogue.column.period'), t(context.lang, header)],
    ...periods.map((row) => [row.period, rate(row)]),
  ];
}

const salesParams = (prefix: 'RETENTION_RATE' | 'CHURN_RATE'): CatalogueParam[] => [
  { name: 'clients', kind: 'range', optional: false, help: 'catalogue.CLIENT_TABLE.clients' },
  { name: 'dates', kind: 'range', optional: false, help: 'catalogue.CLIENT_TABLE.dates' },
  { name: 'amounts', kind: 'range', optional: false, help: 'catalogue.CLIENT_TABLE.amounts' },
  { name: 'period', kind: 'text', optional: true, help: `catalogue.${prefix}.period` },
];

/** Four clients over two quarters: A and B stay, C leaves, D is new. */
const EXAMPLE_SALES: WorkedExample['args'] = [
  [['A'], ['B'], ['C'], ['A'], ['B'], ['D']],
  [[{ date: '2024-01-10' }], [{ date: '2024-02-10' }], [{ date: '2024-03-10' }], [{ date: '2024-04-10' }], [{ date: '2024-05-10' }], [{ date: '2024-06-10' }]],
  [[100], [100], [100], [100], [100], [100]],
  'quarter',
];

export const RETENTION_RATE: CatalogueFunction = {
  name: 'RETENTION_RATE',
  localNames: { ru: 'УДЕРЖАНИЕ', uk: 'УТРИМАННЯ' },
  help: 'catalogue.RETENTION_RATE.help',
  params: salesParams('RETENTION_RATE'),
  result: 'table',
  returns: 'catalogue.RETENTION_RATE.returns',
  percentColumns: ['catalogue.column.retentionRate'],
  examples: [{
    args: EXAMPLE_SALES,
    references: ['A2:A7', 'B2:B7', 'C2:C7'],
    expected: [['Period', 'Retention rate'], ['2024-Q1', null], ['2024-Q2', 2 / 3]],
  }],
  evaluate: (args, context) => ratesByPeriod(args, context, 'catalogue.column.retentionRate', (row) => row.retentionRate),
};

export const CHURN_RATE: CatalogueFunction = {
  name: 'CHURN_RATE',
  localNames: { ru: 'ОТТОК', uk: 'ВІДТІК' },
  help: 'catalogue.CHURN_RATE.help',
  params: salesParams('CHURN_RATE'),
  result: 'table',
  returns: 'catalogue.CHURN_RATE.returns',
  percentColumns: ['catalogue.column.churnRate'],
  examples: [{
    args: EXAMPLE_SALES,
    references: ['A2:A7', 'B2:B7', 'C2:C7'],
    expected: [['Period', 'Churn rate'], ['2024-Q1', null], ['2024-Q2', 1 / 3]],
  }],
  evaluate: (args, context) => ratesByPeriod(args, context, 'catalogue.column.churnRate', (row) => row.churnRate),
};
