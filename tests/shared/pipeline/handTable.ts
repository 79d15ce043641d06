/**
 * Sales tables built by hand for method tests: one object per sale, turned into the columnar
 * SalesTable the methods read (clients keyed by their name as written).
 */
import type { CategoryColumn, SalesTable } from '../../../shared/table/salesTable';
import { dayFromIso } from '../../../shared/table/dates';

export interface HandSale {
  readonly client: string;
  readonly amount: number;
  readonly date?: string;
  readonly order?: string;
  readonly margin?: number;
  readonly due?: string;
  readonly paid?: string;
  readonly kp?: number;
}

function category(values: (string | undefined)[]): CategoryColumn {
  const labels: string[] = [];
  const index = new Map<string, number>();
  const codes = Int32Array.from(values, (value) => {
    if (value === undefined) return -1;
    if (!index.has(value)) { index.set(value, labels.length); labels.push(value); }
    return index.get(value)!;
  });
  return { codes, labels };
}

const day = (text: string | undefined): number => (text === undefined ? NaN : dayFromIso(text));

export function handTable(sales: readonly HandSale[]): SalesTable {
  const clientIndex = new Map<string, number>();
  const clients: { key: string; name: string }[] = [];
  const client = Int32Array.from(sales, (sale) => {
    if (!clientIndex.has(sale.client)) {
      clientIndex.set(sale.client, clients.length);
      clients.push({ key: sale.client.toLowerCase(), name: sale.client });
    }
    return clientIndex.get(sale.client)!;
  });
  const has = (field: keyof HandSale): boolean => sales.some((sale) => sale[field] !== undefined);
  return {
    rowCount: sales.length,
    sheetRow: Int32Array.from(sales, (_, i) => i + 2),
    client,
    clients,
    amount: Float64Array.from(sales, (sale) => sale.amount),
    day: Float64Array.from(sales, (sale) => day(sale.date)),
    hasDates: has('date'),
    ...(has('order') ? { orderId: category(sales.map((sale) => sale.order)) } : {}),
    ...(has('margin') ? { margin: Float64Array.from(sales, (sale) => sale.margin ?? NaN) } : {}),
    ...(has('due') ? { dueDay: Float64Array.from(sales, (sale) => day(sale.due)) } : {}),
    ...(has('paid') ? { paidDay: Float64Array.from(sales, (sale) => day(sale.paid)) } : {}),
    ...(has('kp') ? { paymentCoefficient: Float64Array.from(sales, (sale) => sale.kp ?? NaN) } : {}),
  };
}
