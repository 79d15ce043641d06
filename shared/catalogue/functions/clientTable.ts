/**
 * CLIENT_TABLE(clients, dates, amounts, [options]): the analyst's one-formula segmentation. The
 * three columns become a sales sheet (a header row at the top of the ranges is recognised and
 * skipped), the core pipeline `analyzeSales` analyses it, and the client table comes back with a
 * header row in the host's language, clients in ABC rank order.
 *
 * Sales it cannot use are errors naming the argument and cell (salesArguments.ts).
 */
import { t, type MessageKey } from '../../i18n/translate';
import { analyzeTable } from '../../pipeline/analyzeSales';
import type { ClientRow } from '../../pipeline/types';
import { clientTableOptions } from '../clientTableOptions';
import { readSalesArguments } from '../salesArguments';
import type { CatalogueFunction, ResultCell } from '../types';

/** A client table column: its header key and how a client row fills it. */
interface Column {
  readonly header: MessageKey;
  readonly value: (row: ClientRow, day: (value: number | null) => ResultCell) => ResultCell | undefined;
}


/** Part-1 columns, always shown. */
const COLUMNS: readonly Column[] = [
  { header: 'catalogue.column.client', value: (row) => row.client },
  { header: 'catalogue.column.turnover', value: (row) => row.turnover },
  { header: 'catalogue.column.returns', value: (row) => row.returns },
  { header: 'catalogue.column.orders', value: (row) => row.orders },
  { header: 'catalogue.column.firstPurchase', value: (row, day) => day(row.firstPurchase) },
  { header: 'catalogue.column.lastPurchase', value: (row, day) => day(row.lastPurchase) },
  { header: 'catalogue.column.activeMonths', value: (row) => row.activeMonths },
  { header: 'catalogue.column.rank', value: (row) => row.rank },
  { header: 'catalogue.column.share', value: (row) => row.share },
  { header: 'catalogue.column.cumulativeShare', value: (row) => row.cumulativeShare },
  { header: 'catalogue.column.abcClass', value: (row) => row.abcClass },
  { header: 'catalogue.column.variation', value: (row) => row.variation },
  { header: 'catalogue.column.xyzClass', value: (row) => row.xyzClass },
  { header: 'catalogue.column.abcXyz', value: (row) => row.abcXyz },
  { header: 'catalogue.column.paymentCoefficient', value: (row) => row.paymentCoefficient },
  { header: 'catalogue.column.regularityCoefficient', value: (row) => row.regularityCoefficient },
  { header: 'catalogue.column.medianOrderInterval', value: (row) => row.medianOrderInterval },
  { header: 'catalogue.column.valueCoefficient', value: (row) => row.valueCoefficient },
];

/** Columns of later parts, shown when the pipeline fills them for some client. */
const LATER_COLUMNS: readonly Column[] = [
  { header: 'catalogue.column.status', value: (row) => row.status },
  { header: 'catalogue.column.rfmScore', value: (row) => row.rfmScore },
  { header: 'catalogue.column.rfmSegment', value: (row) => row.rfmSegment },
  { header: 'catalogue.column.pAlive', value: (row) => row.pAlive },
  { header: 'catalogue.column.clv', value: (row) => row.clv },
];

export const CLIENT_TABLE: CatalogueFunction = {
  name: 'CLIENT_TABLE',
  localNames: { ru: 'ТАБЛИЦА_КЛИЕНТОВ', uk: 'ТАБЛИЦЯ_КЛІЄНТІВ' },
  help: 'catalogue.CLIENT_TABLE.help',
  params: [
    { name: 'clients', kind: 'range', optional: false, help: 'catalogue.CLIENT_TABLE.clients' },
    { name: 'dates', kind: 'range', optional: false, help: 'catalogue.CLIENT_TABLE.dates' },
    { name: 'amounts', kind: 'range', optional: false, help: 'catalogue.CLIENT_TABLE.amounts' },
    { name: 'options', kind: 'rangeOrText', optional: true, help: 'catalogue.CLIENT_TABLE.options' },
  ],
  result: 'table',
  percentColumns: ['catalogue.column.share', 'catalogue.column.cumulativeShare', 'catalogue.column.pAlive'],
  returns: 'catalogue.CLIENT_TABLE.returns',
  examples: [{
    args: [
      [['Client'], ['Alpha'], ['Beta'], ['Alpha'], ['Gamma'], ['Beta'], ['Alpha']],
      [['Date'], [{ date: '2024-01-15' }], [{ date: '2024-01-20' }], [{ date: '2024-02-14' }], [{ date: '2024-02-20' }], [{ date: '2024-03-05' }], [{ date: '2024-03-15' }]],
      [['Amount'], [500], [200], [400], [100], [-50], [600]],
    ],
    references: ['A1:A7', 'B1:B7', 'C1:C7'],
    expected: [
      ['Client', 'Turnover', 'Returns', 'Orders', 'First purchase', 'Last purchase'],
      ['Alpha', 1500, 0, 3, { date: '2024-01-15' }, { date: '2024-03-15' }],
      ['Beta', 150, 50, 1, { date: '2024-01-20' }, { date: '2024-01-20' }],
      ['Gamma', 100, 0, 1, { date: '2024-02-20' }, { date: '2024-02-20' }],
    ],
    expectedBlock: true,
  }],
  evaluate(args, context) {
    const { read, options } = readSalesArguments(args, { ...clientTableOptions(args[3], context), lang: context.lang }, true);
    const analysis = analyzeTable(read, options);
    // Days go back in the date system the user declared (dates=1904), else the host's.
    const dateSystem = options.dateSystem === context.dateSystem ? undefined : options.dateSystem;
    const day = (value: number | null): ResultCell => (value === null ? null : dateSystem ? { day: value, dateSystem } : { day: value });
    const shown = [...COLUMNS, ...LATER_COLUMNS.filter((column) =>
      analysis.clients.some((row) => column.value(row, day) !== undefined && column.value(row, day) !== null))];
    return [
      shown.map((column) => t(context.lang, column.header)),
      ...analysis.clients.map((row) => shown.map((column) => column.value(row, day) ?? null)),
    ];
  },
};
