/**
 * P_ALIVE(clients, dates, amounts, [options]) and CLV(clients, dates, amounts, [options]): the
 * probability that each client is still active, and its customer lifetime value over the horizon
 * (METHODS.md section 9; BG/NBD and Gamma-Gamma, Fader, Hardie and Lee 2005), through the core's
 * lifetimeValue fitted on all the clients of the given sales. A table with a header row: client and
 * value, clients in the order they first appear. When the data cannot support the models (too few
 * repeat customers, a fit that does not converge) the function gives the core's message as an
 * error instead of numbers; so does CLV when the spend fit has q ≤ 1 (one-time buyers could not be
 * valued, and the others only roughly: status unboundedMeanSpend), while P_ALIVE still answers.
 */
import { ClientValueError } from '../../errors';
import { t, type MessageKey } from '../../i18n/translate';
import { lifetimeValue, type ClvStatus, type LifetimeValueResult } from '../../methods/clv';
import { clientTableOptions } from '../clientTableOptions';
import { readSalesArguments } from '../salesArguments';
import type { ArgumentValue, CallContext, CatalogueParam, CatalogueFunction, FunctionResult, WorkedExample } from '../types';

function fitted(args: readonly ArgumentValue[], context: CallContext, usable: readonly ClvStatus[]): { names: string[]; result: LifetimeValueResult } {
  const { read, options } = readSalesArguments(args, { ...clientTableOptions(args[3], context), lang: context.lang }, false);
  const result = lifetimeValue(read.table, options.clv, options.asOf);
  if (!usable.includes(result.summary.status)) {
    // The warning that stopped the model is the last one (earlier ones, such as the common
    // drop-out rate, do not explain the refusal).
    const warning = result.summary.warnings[result.summary.warnings.length - 1];
    if (warning) throw new ClientValueError(warning.message.key, warning.message.params);
    throw new ClientValueError('catalogue.error.unexpected', { name: 'CLV', detail: result.summary.status });
  }
  return { names: read.table.clients.map((client) => client.name), result };
}

function table(context: CallContext, header: MessageKey, names: readonly string[], values: Float64Array): FunctionResult {
  return [
    [t(context.lang, 'catalogue.column.client'), t(context.lang, header)],
    ...names.map((name, c) => [name, Number.isFinite(values[c]) ? values[c] : null]),
  ];
}

const params = (prefix: 'P_ALIVE' | 'CLV'): CatalogueParam[] => [
  { name: 'clients', kind: 'range', optional: false, help: 'catalogue.CLIENT_TABLE.clients' },
  { name: 'dates', kind: 'range', optional: false, help: 'catalogue.CLIENT_TABLE.dates' },
  { name: 'amounts', kind: 'range', optional: false, help: 'catalogue.CLIENT_TABLE.amounts' },
  { name: 'options', kind: 'rangeOrText', optional: true, help: `catalogue.${prefix}.options` },
];

/**
 * The worked example's sales (src/README.md shows them): 13 clients over 2024, ten of them buying
 * again, the smallest data the models accept; a small penalty (0.001) steadies the fits on so few
 * clients. "Solo" bought once, so BG/NBD gives it P(alive) = 1: a client cannot have dropped out
 * before a repeat purchase it never made.
 */
export const CLV_EXAMPLE_SALES = 'Solo 2024-06-03 75|C01 2024-03-02 38|C01 2024-04-09 25|C02 2024-01-17 162|C02 2024-02-21 250|C02 2024-03-25 122|C02 2024-04-26 239|C03 2024-01-31 225|C04 2024-03-10 229|C04 2024-03-25 239|C04 2024-04-15 251|C04 2024-05-06 206|C04 2024-05-24 171|C04 2024-06-11 257|C04 2024-06-25 105|C04 2024-07-09 274|C04 2024-07-28 196|C04 2024-08-08 105|C04 2024-08-20 159|C04 2024-09-09 240|C04 2024-09-30 252|C04 2024-10-12 123|C04 2024-10-25 300|C04 2024-11-06 259|C04 2024-11-18 178|C05 2024-02-15 244|C05 2024-03-18 247|C05 2024-04-23 139|C05 2024-05-26 264|C05 2024-07-02 154|C06 2024-02-17 153|C06 2024-05-11 108|C07 2024-02-22 258|C07 2024-03-13 239|C07 2024-04-02 157|C07 2024-04-21 122|C08 2024-03-01 130|C08 2024-04-18 113|C08 2024-05-15 243|C08 2024-06-12 124|C08 2024-07-25 124|C09 2024-01-17 198|C09 2024-02-14 211|C09 2024-03-02 144|C09 2024-03-31 195|C09 2024-04-20 171|C09 2024-05-10 80|C09 2024-06-04 101|C09 2024-06-26 137|C09 2024-07-25 130|C09 2024-08-22 190|C09 2024-09-06 222|C09 2024-10-02 147|C09 2024-10-29 216|C10 2024-02-10 178|C10 2024-03-03 229|C10 2024-03-22 191|C11 2024-01-14 59|C11 2024-04-08 33|C11 2024-07-05 59|C11 2024-09-09 53|C12 2024-02-27 176';

const EXAMPLE_SALES: WorkedExample['args'] = (() => {
  const rows = CLV_EXAMPLE_SALES.split('|').map((row) => row.split(' '));
  return [
    rows.map(([client]) => [client]),
    rows.map(([, date]) => [{ date }]),
    rows.map(([, , amount]) => [Number(amount)]),
    'penalty=0.001',
  ];
})();

export const P_ALIVE: CatalogueFunction = {
  name: 'P_ALIVE',
  localNames: { ru: 'P_АКТИВЕН', uk: 'P_АКТИВНИЙ' },
  help: 'catalogue.P_ALIVE.help',
  params: params('P_ALIVE'),
  result: 'table',
  returns: 'catalogue.P_ALIVE.returns',
  examples: [{
    args: EXAMPLE_SALES,
    references: ['A2:A63', 'B2:B63', 'C2:C63'],
    expected: [['Client', 'P(alive)'], ['Solo', 1]],
    expectedBlock: true,
  }],
  evaluate(args, context) {
    const { names, result } = fitted(args, context, ['ok', 'unboundedMeanSpend', 'spendModelFailed', 'spendModelRefused']);
    return table(context, 'catalogue.column.pAlive', names, result.perClient.pAlive);
  },
};

export const CLV: CatalogueFunction = {
  name: 'CLV',
  localNames: { ru: 'CLV', uk: 'CLV' },
  help: 'catalogue.CLV.help',
  params: params('CLV'),
  result: 'table',
  returns: 'catalogue.CLV.returns',
  examples: [{
    args: EXAMPLE_SALES,
    references: ['A2:A63', 'B2:B63', 'C2:C63'],
    expected: [['Client', 'CLV'], ['Solo']],
    expectedBlock: true,
  }],
  evaluate(args, context) {
    const { names, result } = fitted(args, context, ['ok']);
    return table(context, 'catalogue.column.clv', names, result.perClient.clv);
  },
};
