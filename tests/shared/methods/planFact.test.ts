import { describe, expect, it } from 'vitest';
import { readSales } from '../../../shared/table/readSales';
import { readPlanTable } from '../../../shared/table/readPlan';
import { dayFromIso } from '../../../shared/table/dates';
import { DEFAULT_OPTIONS } from '../../../shared/pipeline/options';
import { fulfilment, planFact } from '../../../shared/methods/planFact';
import { render } from '../../../shared/i18n/translate';

const asOf = dayFromIso('2024-12-31');
const payment = DEFAULT_OPTIONS.payment;

describe('volume fulfilment from the sheet\'s plan column (METHODS.md section 5)', () => {
  /*
   * X: plan 60 + 40 = 100, bought 50 + 30 = 80 → 0.8
   * Y: plan 0 → empty, "the plan is zero"
   * Z: no plan → empty, "no plan"
   */
  const { table } = readSales([
    ['Client', 'Date', 'Amount', 'Plan'],
    ['X', '2024-01-10', 50, 60], ['X', '2024-02-10', 30, 40],
    ['Y', '2024-01-10', 70, 0],
    ['Z', '2024-01-10', 10, ''],
  ]);
  const result = planFact(table, asOf, payment);

  it('divides fact by plan, and never by zero', () => {
    expect(result.volumeFulfilment).toEqual([0.8, null, null]);
    expect(result.planFactNote).toEqual([null, { key: 'history.planFact.zeroPlan' }, { key: 'history.planFact.noPlan' }]);
    expect(render('ru', result.planFactNote[1]!)).toBe('План по объему равен нулю, выполнение не рассчитать.');
  });

  it('leaves everything empty, without a note, when there is no plan at all', () => {
    const { table: plain } = readSales([['Client', 'Date', 'Amount'], ['X', '2024-01-10', 50]]);
    const none = planFact(plain, asOf, payment);
    expect([none.volumeFulfilment, none.assortmentFulfilment, none.paymentTimeliness, none.planFactNote]).toEqual([[null], [null], [null], [null]]);
  });

  it('fulfilment on plain numbers', () => {
    expect(fulfilment(80, 100).value).toBe(0.8);
    expect(fulfilment(80, 0)).toEqual({ value: null, note: { key: 'history.planFact.zeroPlan' } });
    expect(fulfilment(80, -5).value).toBeNull();
    expect(fulfilment(80, NaN)).toEqual({ value: null, note: { key: 'history.planFact.noPlan' } });
  });
});

describe('a separate plan table', () => {
  const { table } = readSales([
    ['Client', 'Date', 'Amount', 'Product'],
    ['X', '2024-01-10', 50, 'Paper'],
    ['X', '2024-05-10', 30, 'Toner'],
    ['X', '2024-08-10', 100, 'Paper'],
    ['Y', '2024-02-01', 20, 'Paper'],
  ]);

  it('compares each planned period with the turnover in it', () => {
    // X: plan 100 for Q1 and 100 for Q2 → fact 50 + 30 = 80 of 200 → 0.4 (the August sale is outside).
    // Y: a plan of 0 for 2024 → empty. Ghost: in the plan, not in the sheet → a warning.
    const { plan } = readPlanTable([
      ['Client', 'Period', 'Plan'],
      ['X', '2024-Q1', 100], ['X', '2024-Q2', 100], ['Y', '2024', 0], ['Ghost', '2024', 10],
    ]);
    const result = planFact(table, asOf, payment, plan);
    expect(result.volumeFulfilment).toEqual([0.4, null]);
    expect(result.planFactNote[1]).toEqual({ key: 'history.planFact.zeroPlan' });
    expect(result.warnings).toEqual([{
      code: 'planClientsWithoutSales',
      message: { key: 'history.planFact.unknownPlanClients', params: { count: 1, clients: 'Ghost' } },
    }]);
  });

  it('counts a sale once when plan periods overlap; a plan without a period takes the whole history', () => {
    const { plan } = readPlanTable([['Client', 'Period', 'Plan'], ['X', '2024', 100], ['X', '2024-Q1', 100], ['Y', '', 40]]);
    expect(planFact(table, asOf, payment, plan).volumeFulfilment).toEqual([0.9, 0.5]);
  });

  it('assortment: planned products bought / planned products', () => {
    // X planned Paper, Toner and Ink in 2024: bought Paper and Toner → 2/3. Y planned Toner in Q1: not bought → 0.
    const { plan } = readPlanTable([
      ['Client', 'Period', 'Product'],
      ['X', '2024', 'paper'], ['X', '2024', 'Toner'], ['X', '2024', 'Ink'], ['X', '2024', 'Ink'],
      ['Y', '2024-Q1', 'Toner'],
    ]);
    const result = planFact(table, asOf, payment, plan);
    expect(result.assortmentFulfilment[0]).toBeCloseTo(2 / 3, 12);
    expect(result.assortmentFulfilment[1]).toBe(0);
    expect(result.volumeFulfilment).toEqual([null, null]);
  });
});

describe('payment timeliness', () => {
  /*
   * X: 100 due 01-10 paid 01-05 (on time); 300 due 02-10 paid 02-20 (10 days late) → 100 / 400 = 0.25
   * Y: 200 due 12-01 unpaid at as-of 12-31 (30 days late) → 0; 50 due 2025-01-15 not yet due: left out
   * Z: no due dates → empty with a note
   */
  const { table } = readSales([
    ['Client', 'Date', 'Amount', 'Due date', 'Paid date'],
    ['X', '2024-01-01', 100, '2024-01-10', '2024-01-05'],
    ['X', '2024-02-01', 300, '2024-02-10', '2024-02-20'],
    ['Y', '2024-11-01', 200, '2024-12-01', ''],
    ['Y', '2024-12-15', 50, '2025-01-15', ''],
    ['Z', '2024-03-01', 70, '', ''],
  ]);
  const result = planFact(table, asOf, payment);

  it('is the share of the amount due that was paid by its due date', () => {
    expect(result.paymentTimeliness).toEqual([0.25, 0, null]);
    expect(result.planFactNote[2]).toEqual({ key: 'history.planFact.noDueDates' });
  });

  it('gives the average days late of the payment coefficient Kp', () => {
    // X: (0 + 10) / 2 = 5; Y: (30 + 0) / 2 = 15 (the sale not yet due counts 0 days, as for Kp).
    expect(result.averageDaysLate.slice(0, 2)).toEqual([5, 15]);
  });
});
