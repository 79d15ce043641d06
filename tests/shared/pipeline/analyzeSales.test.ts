import { describe, expect, it } from 'vitest';
import { analyzeSales, analysisToJson, ClientValueError } from '../../../shared/index';

// A small sheet as a host hands it over: Russian headers, text amounts, the same client spelled
// three ways, a return, a totals row and a blank row.
const grid = [
  ['Клиент', 'Дата', 'Сумма', '№ заказа'],
  ['ООО «Ромашка»', '15.01.2024', '1 000,00', 'З-1'],
  ['ооо "ромашка" ', '15.02.2024', '1 000,00', 'З-2'],
  ['ООО  "Ромашка"', '15.03.2024', '1 000,00', 'З-3'],
  ['ИП Петров', '20.01.2024', 500, 'З-4'],
  ['ИП Петров', '20.03.2024', '-100', 'В-1'],
  ['', '', '', ''],
  ['ТОВ Світанок', 45366, 1500, 'З-5'], // Excel serial 45366 = 2024-03-15
  ['Итого', '', '3 900,00', ''],
];

describe('analyzeSales on a small messy sheet', () => {
  const analysis = analyzeSales(grid);

  it('reads, aggregates and ranks', () => {
    expect(analysis.clients.map((c) => [c.client, c.turnover, c.orders, c.abcClass])).toEqual([
      // shares 61.2 %, 30.6 %, 8.2 %: cumulative before each 0, 61.2 %, 91.8 % → A, A, B
      ['ООО «Ромашка»', 3000, 3, 'A'], ['ТОВ Світанок', 1500, 1, 'A'], ['ИП Петров', 400, 1, 'B'],
    ]);
    expect(analysis.summary.rowsUsed).toBe(6);
    expect(analysis.summary.rowsSkipped).toBe(2);
    expect(analysis.skipped.map((s) => [s.row, s.reason])).toEqual([[7, 'blankRow'], [9, 'totalsRow']]);
  });

  it('renders to JSON in Russian', () => {
    const json = analysisToJson(analysis, 'ru');
    expect(json.clients[0]).toMatchObject({ client: 'ООО «Ромашка»', firstPurchase: '2024-01-15', lastPurchase: '2024-03-15' });
    expect(json.summary).toMatchObject({ rowsUsed: 6, rowsSkipped: 2, turnover: 4900, returns: 100 });
    expect(json.skipped[1]).toMatchObject({ row: 9, code: 'totalsRow' });
    expect(json.skipped[1].reason).toMatch(/9/);
  });

  it('options pass through to reading (column mapping) and to the methods', () => {
    const byLetter = analyzeSales(grid, { columns: { amount: 'C' }, abc: { thresholds: [0.5, 0.9] } });
    expect(byLetter.clients.map((c) => c.abcClass)).toEqual(['A', 'B', 'C']);
    expect(byLetter.options.abc.thresholds).toEqual([0.5, 0.9]);
  });

  it('unusable input is a ClientValueError', () => {
    expect(() => analyzeSales([])).toThrowError(ClientValueError);
    expect(() => analyzeSales([['Foo', 'Bar'], ['x', 'y']])).toThrowError(ClientValueError);
  });
});
