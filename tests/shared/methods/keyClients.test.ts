import { describe, expect, it } from 'vitest';
import { readSales } from '../../../shared/table/readSales';
import { dayFromIso } from '../../../shared/table/dates';
import { fullYears, keyClients, keyClientStatus, leastSquaresSlope } from '../../../shared/methods/keyClients';

const options = { thresholds: [0.8, 0.95] as const, boundary: 'upper' as const, topN: null, declineThreshold: 0.2 };

/*
 * Net turnover per year (each year totals 100, so turnover = share in %):
 *   client  2022  2023  2024
 *   A        50    45    38    key (A class in 2022); slope < 0, 38 ≤ 50 · 0.8 = 40 → declining
 *   B        30    30     .    key (crosses 80 % in 2022, upper boundary keeps it in A); nothing in 2024 → lost
 *   C        20    25    62    class B in 2022: not key (key with top 3: rising → stable)
 */
const sheet = [
  ['Client', 'Date', 'Amount'],
  ['A', '2022-02-01', 50], ['B', '2022-03-01', 30], ['C', '2022-04-01', 20],
  ['A', '2023-02-01', 45], ['B', '2023-03-01', 30], ['C', '2023-04-01', 25],
  ['A', '2024-02-01', 38], ['C', '2024-04-01', 62],
];

describe('lost and declining key clients (METHODS.md section 6)', () => {
  const { table } = readSales(sheet);
  const asOf = dayFromIso('2024-12-31');

  it('takes class A of the first year and follows its share of sales', () => {
    const result = keyClients(table, asOf, options);
    expect(result.years).toEqual([2022, 2023, 2024]);
    expect(result.rows.map((r) => [r.client, r.status])).toEqual([['A', 'declining'], ['B', 'lost']]);
    expect(result.rows[0].shares.map((s) => Math.round(s * 100))).toEqual([50, 45, 38]);
    expect(result.rows[1].shares.map((s) => Math.round(s * 100))).toEqual([30, 30, 0]);
    expect(result.statusByClient).toEqual(['declining', 'lost', null]);
  });

  it('takes the top N of the first year when the user sets N', () => {
    const result = keyClients(table, asOf, { ...options, topN: 3 });
    expect(result.rows.map((r) => [r.client, r.status])).toEqual([['A', 'declining'], ['B', 'lost'], ['C', 'stable']]);
  });

  it('counts the as-of year only when it is complete; needs two full years', () => {
    expect(keyClients(table, dayFromIso('2024-12-30'), options).years).toEqual([2022, 2023]);
    // Up to 30 Dec 2023 only 2022 is complete.
    const one = keyClients(table, dayFromIso('2023-12-30'), options);
    expect(one.years).toEqual([2022]);
    expect(one.rows).toEqual([]);
  });
});

describe('the rules on plain arrays', () => {
  it('full years run from the first sale\'s year to the last complete year', () => {
    expect(fullYears(dayFromIso('2022-03-05'), dayFromIso('2024-12-31'))).toEqual([2022, 2023, 2024]);
    expect(fullYears(dayFromIso('2022-03-05'), dayFromIso('2024-12-30'))).toEqual([2022, 2023]);
  });
  it('least-squares slope', () => {
    expect(leastSquaresSlope([2022, 2023, 2024], [0.5, 0.45, 0.38])).toBeCloseTo(-0.06, 12);
    expect(leastSquaresSlope([1, 2], [3, 3])).toBe(0);
  });
  it('declining needs both a negative slope and a drop of at least 20 %', () => {
    const years = [2022, 2023, 2024];
    expect(keyClientStatus(years, [0.5, 0.45, 0.40], true, 0.2)).toBe('declining'); // exactly 20 % below
    expect(keyClientStatus(years, [0.5, 0.45, 0.41], true, 0.2)).toBe('stable'); // only 18 % below
    expect(keyClientStatus(years, [0.5, 0.3, 0.45], true, 0.2)).toBe('stable'); // slope < 0 but 10 % below
    expect(keyClientStatus(years, [0.5, 0.45, 0.1], false, 0.2)).toBe('lost');
  });
});
