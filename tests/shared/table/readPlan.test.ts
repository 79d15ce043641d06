import { describe, expect, it } from 'vitest';
import { readPlanTable } from '../../../shared/table/readPlan';
import { dayFromIso } from '../../../shared/table/dates';
import { ClientValueError } from '../../../shared/errors';
import { render } from '../../../shared/i18n/translate';

describe('readPlanTable', () => {
  it('finds the columns under a title line and reads amounts, products and periods', () => {
    const { plan, skipped, headerRow, mapping } = readPlanTable([
      ['Sales plan 2024'],
      ['Клиент', 'Период', 'План, руб.', 'Товар'],
      ['ООО «Ромашка»', '2024-Q1', '1 200,50', ''],
      ['ооо "ромашка" ', 2024, '', 'Бумага A4'],
      ['Лютик', '07.2024', 500, null],
    ]);
    expect(headerRow).toBe(2);
    expect(mapping).toEqual({ client: 0, period: 1, plan: 2, product: 3 });
    expect(skipped).toEqual([]);
    expect(plan.rowCount).toBe(3);
    expect(plan.clientKey).toEqual(['ооо "ромашка"', 'ооо "ромашка"', 'лютик']);
    expect([...plan.amount]).toEqual([1200.5, NaN, 500]);
    expect(plan.productKey).toEqual([null, 'бумага a4', null]);
    expect(plan.periodLabel).toEqual(['2024-Q1', '2024', '2024-07']);
    expect(plan.periodStart[0]).toBe(dayFromIso('2024-01-01'));
    expect(plan.periodEnd[0]).toBe(dayFromIso('2024-03-31'));
    expect(Array.from(plan.sheetRow)).toEqual([3, 4, 5]);
  });

  it('reports every skipped row with its reason and cell', () => {
    const { plan, skipped } = readPlanTable([
      ['Client', 'Period', 'Plan', 'Product'],
      ['', '', '', ''],
      ['Client', 'Period', 'Plan', 'Product'],
      ['Total', '', 3000, ''],
      ['A', '2024', '#N/A', ''],
      ['', '2024', 100, ''],
      ['B', '2024', 'lots', ''],
      ['C', 'July', 100, ''],
      ['D', '2024', '', ''],
      ['E', '2024', 0, ''],
    ]);
    expect(skipped.map((s) => [s.row, s.reason])).toEqual([
      [2, 'blankRow'], [3, 'headerRow'], [4, 'totalsRow'], [5, 'errorValue'], [6, 'noClient'],
      [7, 'badAmount'], [8, 'badPeriod'], [9, 'noPlan'],
    ]);
    expect(render('en', skipped[3].message)).toBe('Row 5: cell C5 holds the error #N/A.');
    expect(render('ru', skipped[5].message)).toBe('Строка 7: ячейка C7 не сумма («lots»).');
    expect(render('uk', skipped[6].message)).toContain('B8');
    // A zero plan is read as written: plan/fact reports it, not the reader.
    expect(plan.clientName).toEqual(['E']);
    expect([...plan.amount]).toEqual([0]);
  });

  it('accepts a product-only plan and a date as the period (its month)', () => {
    const { plan } = readPlanTable([
      ['Customer', 'Date', 'SKU'],
      ['A', new Date(2024, 6, 15), 'X-1'],
    ]);
    expect(plan.periodLabel).toEqual(['2024-07']);
    expect(plan.productName).toEqual(['X-1']);
  });

  it('names what is missing', () => {
    const error = (grid: unknown[][]) => {
      try { readPlanTable(grid as never); } catch (e) { return (e as ClientValueError).key; }
      return null;
    };
    expect(error([])).toBe('history.plan.error.empty');
    expect(error([['Period', 'Plan'], ['2024', 1]])).toBe('history.plan.error.noClientColumn');
    expect(error([['Client', 'Period'], ['A', '2024']])).toBe('history.plan.error.noPlanColumn');
  });
});
