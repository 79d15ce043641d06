/**
 * Client history: plan/fact coefficients K = fact / plan (METHODS.md section 5; seed 002, "history
 * of the client": columns with K = fact/plan describing how the client keeps its commitments).
 *
 * - Volume fulfilment = purchased amount / planned amount.
 *   Plan source: a plan table when one is given (rows with a planned amount; a row with a period
 *   compares with the client's net turnover in that period, a row without one with its whole net
 *   turnover up to the as-of date; the fact counts each sale once even when plan periods overlap);
 *   otherwise the sales sheet's plan column, summed per client and compared with the client's net
 *   turnover on the same rows.
 * - Assortment fulfilment = planned products bought / planned products (a plan table's rows with a
 *   product; "bought" = a sale of that product, folded like client names, by the client within the
 *   row's period, or at any time up to as-of when the row has none).
 * - Payment timeliness = amount paid by its due date / amount due, over the client's sales with a
 *   due date on or before the as-of date; a sale unpaid at as-of (no paid date, or one after as-of)
 *   is late. Average days late is the same figure the payment coefficient Kp uses
 *   (shared/methods/valueCoefficient.ts: mean over sales with a due date of max(0, days late)).
 *
 * A blank or zero (or negative) plan gives no coefficient (null) and a note saying why, never a
 * division by zero. When the sheet and the plan table have no plan at all, the values are null
 * without a note (nothing was expected).
 */
import type { DayNumber, SalesTable } from '../table/salesTable';
import type { PlanTable } from '../table/readPlan';
import type { Message } from '../i18n/translate';
import type { PaymentTable } from '../pipeline/options';
import type { Warning } from '../pipeline/types';
import { clientKey } from '../table/clientKey';
import { groupRowsByClient } from './clientTable';
import { paymentDiscipline } from './valueCoefficient';

export interface PlanFactResult {
  readonly volumeFulfilment: (number | null)[];
  readonly assortmentFulfilment: (number | null)[];
  readonly paymentTimeliness: (number | null)[];
  readonly averageDaysLate: (number | null)[];
  readonly planFactNote: (Message | null)[];
  readonly warnings: Warning[];
}

/** fact / plan, or null with the reason when the plan is blank or not positive. */
export function fulfilment(fact: number, plan: number): { value: number | null; note: Message | null } {
  if (Number.isNaN(plan)) return { value: null, note: { key: 'history.planFact.noPlan' } };
  if (!(plan > 0)) return { value: null, note: { key: 'history.planFact.zeroPlan' } };
  return { value: fact / plan, note: null };
}

/** Plan/fact per client of `table` (rows after `asOf` are ignored). */
export function planFact(table: SalesTable, asOf: DayNumber, payment: PaymentTable, plan?: PlanTable): PlanFactResult {
  const clientCount = table.clients.length;
  const volume = volumeFulfilment(table, asOf, plan);
  const assortment = assortmentFulfilment(table, asOf, plan);
  const timeliness = paymentTimeliness(table, asOf);
  const averageDaysLate: (number | null)[] = new Array(clientCount).fill(null);
  if (table.dueDay) {
    const late = paymentDiscipline(table, groupRowsByClient(table), asOf, payment).averageDaysLate;
    for (let c = 0; c < clientCount; c++) averageDaysLate[c] = Number.isNaN(late[c]) ? null : late[c];
  }
  const planFactNote = Array.from({ length: clientCount }, (_, c) =>
    volume.notes[c] ?? assortment.notes[c] ?? timeliness.notes[c] ?? null);
  const warnings: Warning[] = [];
  if (plan && volume.unknownClients.length + assortment.unknownClients.length > 0) {
    const unknown = [...new Set([...volume.unknownClients, ...assortment.unknownClients])];
    warnings.push({
      code: 'planClientsWithoutSales',
      message: { key: 'history.planFact.unknownPlanClients', params: { count: unknown.length, clients: unknown.slice(0, 10).join(', ') } },
    });
  }
  return {
    volumeFulfilment: volume.values, assortmentFulfilment: assortment.values, paymentTimeliness: timeliness.values,
    averageDaysLate, planFactNote, warnings,
  };
}

interface Coefficients {
  readonly values: (number | null)[];
  readonly notes: (Message | null)[];
  /** Plan-table clients with no sales row (display names). */
  readonly unknownClients: string[];
}

function clientIndexByKey(table: SalesTable): Map<string, number> {
  return new Map(table.clients.map((client, index) => [client.key, index]));
}

function volumeFulfilment(table: SalesTable, asOf: DayNumber, plan?: PlanTable): Coefficients {
  const clientCount = table.clients.length;
  const values: (number | null)[] = new Array(clientCount).fill(null);
  const notes: (Message | null)[] = new Array(clientCount).fill(null);
  const unknownClients: string[] = [];
  const planned = new Float64Array(clientCount).fill(NaN);
  const fact = new Float64Array(clientCount);
  const inWindow = (row: number) => !(table.day[row] > asOf);

  if (plan && plan.amount.some((a) => !Number.isNaN(a))) {
    const index = clientIndexByKey(table);
    // Per client: its planned periods ([start, end], or the whole history when a row has none).
    const periods: { start: number; end: number }[][] = Array.from({ length: clientCount }, () => []);
    for (let r = 0; r < plan.rowCount; r++) {
      if (Number.isNaN(plan.amount[r])) continue;
      const c = index.get(plan.clientKey[r]);
      if (c === undefined) { unknownClients.push(plan.clientName[r]); continue; }
      planned[c] = (Number.isNaN(planned[c]) ? 0 : planned[c]) + plan.amount[r];
      const start = Number.isNaN(plan.periodStart[r]) ? -Infinity : plan.periodStart[r];
      const end = Number.isNaN(plan.periodEnd[r]) ? Infinity : plan.periodEnd[r];
      if (!periods[c].some((p) => p.start === start && p.end === end)) periods[c].push({ start, end });
    }
    for (let row = 0; row < table.rowCount; row++) {
      if (!inWindow(row)) continue;
      const c = table.client[row];
      const day = table.day[row];
      // A row without a date can only count against a plan without a period.
      if (periods[c].some((p) => (Number.isNaN(day) ? p.start === -Infinity && p.end === Infinity : day >= p.start && day <= p.end))) {
        fact[c] += table.amount[row];
      }
    }
  } else if (table.plan) {
    for (let row = 0; row < table.rowCount; row++) {
      if (!inWindow(row)) continue;
      const c = table.client[row];
      fact[c] += table.amount[row];
      const p = table.plan[row];
      if (!Number.isNaN(p)) planned[c] = (Number.isNaN(planned[c]) ? 0 : planned[c]) + p;
    }
  } else {
    return { values, notes, unknownClients };
  }
  for (let c = 0; c < clientCount; c++) {
    const { value, note } = fulfilment(fact[c], planned[c]);
    values[c] = value;
    notes[c] = note;
  }
  return { values, notes, unknownClients };
}

function assortmentFulfilment(table: SalesTable, asOf: DayNumber, plan?: PlanTable): Coefficients {
  const clientCount = table.clients.length;
  const values: (number | null)[] = new Array(clientCount).fill(null);
  const notes: (Message | null)[] = new Array(clientCount).fill(null);
  const unknownClients: string[] = [];
  if (!plan || !plan.productKey.some((p) => p !== null)) return { values, notes, unknownClients };
  const index = clientIndexByKey(table);
  // Planned items per client: product + period, each counted once.
  const items: { product: string; start: number; end: number }[][] = Array.from({ length: clientCount }, () => []);
  for (let r = 0; r < plan.rowCount; r++) {
    const product = plan.productKey[r];
    if (product === null) continue;
    const c = index.get(plan.clientKey[r]);
    if (c === undefined) { unknownClients.push(plan.clientName[r]); continue; }
    const start = Number.isNaN(plan.periodStart[r]) ? -Infinity : plan.periodStart[r];
    const end = Number.isNaN(plan.periodEnd[r]) ? Infinity : plan.periodEnd[r];
    if (!items[c].some((i) => i.product === product && i.start === start && i.end === end)) items[c].push({ product, start, end });
  }
  const productKeys = table.product ? table.product.labels.map((label) => clientKey(label)) : [];
  const bought = items.map((list) => new Uint8Array(list.length));
  if (table.product) {
    for (let row = 0; row < table.rowCount; row++) {
      if (!(table.amount[row] > 0) || table.day[row] > asOf) continue;
      const code = table.product.codes[row];
      if (code < 0) continue;
      const c = table.client[row];
      const day = table.day[row];
      items[c].forEach((item, i) => {
        if (item.product !== productKeys[code]) return;
        if (Number.isNaN(day) ? item.start === -Infinity && item.end === Infinity : day >= item.start && day <= item.end) bought[c][i] = 1;
      });
    }
  }
  for (let c = 0; c < clientCount; c++) {
    if (items[c].length === 0) { notes[c] = { key: 'history.planFact.noProductPlan' }; continue; }
    values[c] = bought[c].reduce((a, b) => a + b, 0) / items[c].length;
  }
  return { values, notes, unknownClients };
}

function paymentTimeliness(table: SalesTable, asOf: DayNumber): Coefficients {
  const clientCount = table.clients.length;
  const values: (number | null)[] = new Array(clientCount).fill(null);
  const notes: (Message | null)[] = new Array(clientCount).fill(null);
  const { dueDay, paidDay } = table;
  if (!dueDay) return { values, notes, unknownClients: [] };
  const due = new Float64Array(clientCount);
  const onTime = new Float64Array(clientCount);
  for (let row = 0; row < table.rowCount; row++) {
    const amount = table.amount[row];
    const dueOn = dueDay[row];
    if (!(amount > 0) || !(dueOn <= asOf) || table.day[row] > asOf) continue;
    const c = table.client[row];
    due[c] += amount;
    const paid = paidDay ? paidDay[row] : NaN;
    if (paid <= dueOn) onTime[c] += amount;
  }
  for (let c = 0; c < clientCount; c++) {
    if (due[c] > 0) values[c] = onTime[c] / due[c];
    else notes[c] = { key: 'history.planFact.noDueDates' };
  }
  return { values, notes, unknownClients: [] };
}
