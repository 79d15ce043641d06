import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { repeatSummary, type PurchaseColumns } from '../../../../shared/methods/clv/repeatSummary';
import { ClientValueError } from '../../../../shared/errors';
import { CDNOW_CALIBRATION_END, readCdnowSample, readReferenceCsv } from './cdnow';

function columns(rows: [client: number, day: number, amount: number][], clientCount: number): PurchaseColumns {
  return {
    client: Int32Array.from(rows, (row) => row[0]),
    day: Float64Array.from(rows, (row) => row[1]),
    amount: Float64Array.from(rows, (row) => row[2]),
    clientCount,
  };
}

describe('repeatSummary: a 3-client example counted on paper', () => {
  // Weeks, calibration end = day 28.
  // Client 0: days 0 (10 + 5, one purchase), 7 (20), 14 (40), and day 30 after the end (ignored):
  //   3 purchase days → frequency 2; recency (14 − 0) / 7 = 2; T (28 − 0) / 7 = 4;
  //   monetary = (20 + 40) / 2 = 30 (the first day's 15 is not a repeat purchase).
  // Client 1: one purchase on day 21 → frequency 0, recency 0, T 1, monetary 0.
  // Client 2: first purchase on day 35, after the end → not in the model.
  const rows: [number, number, number][] = [
    [0, 7, 20], [1, 21, 99], [0, 0, 10], [2, 35, 50], [0, 14, 40], [0, 0, 5], [0, 30, 1000],
  ];
  const summary = repeatSummary(columns(rows, 3), { timeUnit: 'week', calibrationEnd: 28 });

  it('counts frequency, recency, T and mean repeat spend', () => {
    expect(Array.from(summary.frequency)).toEqual([2, 0, NaN]);
    expect(Array.from(summary.recency)).toEqual([2, 0, NaN]);
    expect(Array.from(summary.T)).toEqual([4, 1, NaN]);
    expect(Array.from(summary.monetaryValue)).toEqual([30, 0, NaN]);
    expect(Array.from(summary.included)).toEqual([1, 1, 0]);
    expect(Array.from(summary.firstPurchase)).toEqual([0, 21, NaN]);
    expect(summary.includedClients).toBe(2);
    expect(summary.repeatCustomers).toBe(1);
  });

  it('measures in days and in months of 365.25 / 12 days', () => {
    const days = repeatSummary(columns(rows, 3), { timeUnit: 'day', calibrationEnd: 28 });
    expect(Array.from(days.recency)).toEqual([14, 0, NaN]);
    expect(Array.from(days.T)).toEqual([28, 7, NaN]);
    const months = repeatSummary(columns(rows, 3), { timeUnit: 'month', calibrationEnd: 28 });
    expect(months.T[0]).toBeCloseTo(28 / 30.4375, 12);
  });
});

describe('repeatSummary: $0 rows and returns', () => {
  it('counts a $0 row as a purchase', () => {
    const summary = repeatSummary(columns([[0, 0, 10], [0, 3, 0]], 1), { timeUnit: 'day', calibrationEnd: 10 });
    expect(summary.frequency[0]).toBe(1);
    expect(summary.monetaryValue[0]).toBe(0);
  });

  it('takes a return off the latest purchase on or before it, never counts it as a purchase', () => {
    // Purchases on days 0 (10), 5 (30), 8 (50); return −20 on day 6 → day 5 becomes 10.
    // A return on day 0 reduces the first purchase, which is not a repeat purchase.
    const summary = repeatSummary(
      columns([[0, 0, 10], [0, 5, 30], [0, 6, -20], [0, 8, 50], [0, 0, -4]], 1),
      { timeUnit: 'day', calibrationEnd: 10 });
    expect(summary.frequency[0]).toBe(2);
    expect(summary.recency[0]).toBe(8);
    expect(summary.monetaryValue[0]).toBe((10 + 50) / 2);
    expect(summary.returnsNetted).toBe(2);
  });

  it('ignores (and counts) a return before the first purchase; a client with only returns is not included', () => {
    const summary = repeatSummary(columns([[0, 1, -5], [0, 2, 10], [1, 3, -7]], 2),
      { timeUnit: 'day', calibrationEnd: 10 });
    expect(summary.returnsIgnored).toBe(2);
    expect(Array.from(summary.included)).toEqual([1, 0]);
    expect(summary.frequency[0]).toBe(0);
  });

  it('skips rows without a date', () => {
    const summary = repeatSummary(columns([[0, NaN, 10], [0, 2, 10]], 1), { timeUnit: 'day', calibrationEnd: 10 });
    expect(summary.frequency[0]).toBe(0);
  });

  it('refuses an unknown time unit', () => {
    expect(() => repeatSummary(columns([[0, 2, 10]], 1), { timeUnit: 'year' as 'day', calibrationEnd: 10 }))
      .toThrow(ClientValueError);
  });
});

describe('repeatSummary: properties', () => {
  it('does not depend on row order', () => {
    const row = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: -50, max: 200 }));
    fc.assert(fc.property(fc.array(row, { maxLength: 40 }), fc.integer({ min: 0, max: 1_000_000 }), (rows, seed) => {
      const shuffled = [...rows];
      let state = seed;
      for (let i = shuffled.length - 1; i > 0; i--) {
        state = (state * 1103515245 + 12345) % 2147483648;
        const j = state % (i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
      }
      const options = { timeUnit: 'week' as const, calibrationEnd: 45 };
      const a = repeatSummary(columns(rows, 5), options);
      const b = repeatSummary(columns(shuffled, 5), options);
      expect(Array.from(b.frequency)).toEqual(Array.from(a.frequency));
      expect(Array.from(b.recency)).toEqual(Array.from(a.recency));
      expect(Array.from(b.T)).toEqual(Array.from(a.T));
      for (let c = 0; c < 5; c++) {
        if (Number.isNaN(a.monetaryValue[c])) expect(b.monetaryValue[c]).toBeNaN();
        else expect(b.monetaryValue[c]).toBeCloseTo(a.monetaryValue[c], 9);
      }
    }));
  });

  it('keeps 0 ≤ recency ≤ T and frequency a whole number', () => {
    const row = fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 200 }));
    fc.assert(fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
      const summary = repeatSummary(columns(rows, 3), { timeUnit: 'day', calibrationEnd: 40 });
      for (let c = 0; c < 3; c++) {
        if (!summary.included[c]) continue;
        expect(summary.recency[c]).toBeGreaterThanOrEqual(0);
        expect(summary.recency[c]).toBeLessThanOrEqual(summary.T[c]);
        expect(Number.isInteger(summary.frequency[c])).toBe(true);
      }
    }));
  });
});

describe('repeatSummary: CDNOW, rebuilt from the transactions', () => {
  const sample = readCdnowSample();
  const summary = repeatSummary(sample, { timeUnit: 'week', calibrationEnd: CDNOW_CALIBRATION_END });

  it('equals cdnow_customers_summary.csv to 2 decimals (2,357 clients, 946 repeaters, Σ frequency 2,457)', () => {
    const reference = readReferenceCsv('cdnow_customers_summary.csv');
    expect(reference.length).toBe(2357);
    expect(summary.includedClients).toBe(2357);
    expect(summary.repeatCustomers).toBe(946);
    expect(summary.frequency.reduce((sum, x) => sum + x, 0)).toBe(2457);
    for (const [id, frequency, recency, T] of reference) {
      const c = id - 1;
      expect(summary.frequency[c]).toBe(frequency);
      expect(summary.recency[c].toFixed(2)).toBe(recency.toFixed(2));
      expect(summary.T[c].toFixed(2)).toBe(T.toFixed(2));
    }
  });

  it('gives the mean repeat spend of cdnow_customers_summary_with_transactions.csv (zbar) to 2 decimals', () => {
    const reference = readReferenceCsv('cdnow_customers_summary_with_transactions.csv');
    expect(reference.length).toBe(2357);
    for (const [id, x, , , zbar] of reference) {
      expect(summary.frequency[id - 1]).toBe(x);
      expect(Math.abs(summary.monetaryValue[id - 1] - zbar)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });
});
