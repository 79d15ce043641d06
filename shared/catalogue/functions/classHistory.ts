/**
 * CLASS_HISTORY(clients, dates, amounts, [period]): each client's ABC class per period (issue 14;
 * shared/methods/classHistory.ts), each period ranked on its own turnover with the default limits
 * 80/95 % (or those given as settings, "period=quarter; abc=70,90"). A table with a header row:
 * the client, then one column per period, oldest first; "-" where the client bought nothing.
 * Clients in the order of the whole span's ABC ranking.
 */
import { t } from '../../i18n/translate';
import { analyzeTable } from '../../pipeline/analyzeSales';
import { readSalesArguments } from '../salesArguments';
import type { CatalogueFunction } from '../types';
import { periodOptions } from './retention';

export const CLASS_HISTORY: CatalogueFunction = {
  name: 'CLASS_HISTORY',
  localNames: { ru: 'ИСТОРИЯ_КЛАССОВ', uk: 'ІСТОРІЯ_КЛАСІВ' },
  help: 'trend.CLASS_HISTORY.help',
  params: [
    { name: 'clients', kind: 'range', optional: false, help: 'catalogue.CLIENT_TABLE.clients' },
    { name: 'dates', kind: 'range', optional: false, help: 'catalogue.CLIENT_TABLE.dates' },
    { name: 'amounts', kind: 'range', optional: false, help: 'catalogue.CLIENT_TABLE.amounts' },
    { name: 'period', kind: 'rangeOrText', optional: true, help: 'trend.CLASS_HISTORY.period' },
  ],
  result: 'table',
  returns: 'trend.CLASS_HISTORY.returns',
  examples: [{
    // Q1: A 100, B 60, C 40 → A A B (C starts at 80 %); Q2: B 100, C 60 → A A (C starts at 62.5 %); A bought nothing in Q2.
    args: [
      [['A'], ['B'], ['C'], ['B'], ['C']],
      [[{ date: '2024-01-10' }], [{ date: '2024-02-10' }], [{ date: '2024-03-10' }], [{ date: '2024-04-10' }], [{ date: '2024-05-10' }]],
      [[100], [60], [40], [100], [60]],
      'quarter',
    ],
    references: ['A2:A6', 'B2:B6', 'C2:C6'],
    expected: [['Client', '2024-Q1', '2024-Q2'], ['B', 'A', 'A'], ['A', 'A', '-'], ['C', 'B', 'A']],
  }],
  evaluate(args, context) {
    const { read, options } = readSalesArguments(args, { ...periodOptions(args[3], context), lang: context.lang }, false);
    const analysis = analyzeTable(read, options);
    const periods = analysis.summary.classHistory?.periods ?? [];
    return [
      [t(context.lang, 'catalogue.column.client'), ...periods],
      ...analysis.clients.map((row) => [row.client, ...(row.classHistory ?? '').split(' ').slice(0, periods.length)]),
    ];
  },
};
