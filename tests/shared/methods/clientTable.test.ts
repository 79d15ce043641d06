import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregateClients, groupRowsByClient, medianInPlace, orderIntervalMedian } from '../../../shared/methods/clientTable';
import { compensatedSum } from '../../../shared/methods/compensatedSum';
import { dayFromIso } from '../../../shared/table/dates';
import { handTable } from '../pipeline/handTable';

describe('client totals', () => {
  const table = handTable([
    { client: 'Alpha', date: '2024-01-10', amount: 100, order: 'A-1', margin: 20 },
    { client: 'Beta', date: '2024-01-11', amount: 40, order: 'B-1' },
    { client: 'Alpha', date: '2024-01-10', amount: 50, order: 'A-1', margin: 10 }, // same order, second line
    { client: 'Alpha', date: '2024-01-10', amount: 30, order: 'A-2' },             // second order, same day
    { client: 'Alpha', date: '2024-03-05', amount: -25, order: 'R-1' },            // a return: not an order
    { client: 'Alpha', date: '2024-02-20', amount: 70, order: 'A-3', margin: 5 },
    { client: 'Beta', date: '2024-04-01', amount: 60 },                            // blank order id: counts by day
    { client: 'Beta', date: '2024-04-01', amount: 10 },                            // same day, blank id: same order
  ]);
  const totals = aggregateClients(table);

  it('turnover is net, returns positive', () => {
    expect([...totals.turnover]).toEqual([225, 110]);
    expect([...totals.returns]).toEqual([25, 0]);
  });
  it('orders: distinct ids over sales; blank ids by sale day; returns are not orders', () => {
    expect([...totals.orders]).toEqual([3, 2]);
  });
  it('first and last purchase are sale days (the March return is not a purchase)', () => {
    expect([...totals.firstPurchase]).toEqual([dayFromIso('2024-01-10'), dayFromIso('2024-01-11')]);
    expect([...totals.lastPurchase]).toEqual([dayFromIso('2024-02-20'), dayFromIso('2024-04-01')]);
  });
  it('active months and median interval between distinct sale days', () => {
    expect([...totals.activeMonths]).toEqual([2, 2]);
    expect([...totals.medianOrderInterval]).toEqual([41, 81]);
  });
  it('sums do not depend on row order: 0.1 + 0.2 + 0.3 is 0.6 either way (a plain float sum gives 0.6000000000000001 one way)', () => {
    expect(0.1 + 0.2 + 0.3).not.toBe(0.3 + 0.2 + 0.1); // why compensated sums are needed
    const rows = (amounts: number[]) => handTable(amounts.map((amount) => ({ client: 'Gamma', date: '2024-01-10', amount, margin: amount })));
    for (const amounts of [[0.1, 0.2, 0.3], [0.3, 0.2, 0.1]]) {
      const sums = aggregateClients(rows(amounts));
      expect([sums.turnover[0], sums.margin![0]]).toEqual([0.6, 0.6]);
    }
    const withReturns = aggregateClients(rows([0.5, -0.25, 1.5, -0.75]));
    expect([withReturns.turnover[0], withReturns.returns[0]]).toEqual([1, 1]);
  });
  /**
   * The exactly rounded sum of doubles, for reference only (Shewchuk 1997, the "partials" method:
   * exact, but a growing list per sum, too slow for the pipeline).
   */
  const exactSum = (values: readonly number[]): number => {
    const partials: number[] = [];
    for (let x of values) {
      let kept = 0;
      for (let y of partials) {
        if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
        const high = x + y;
        const low = y - (high - x);
        if (low !== 0) partials[kept++] = low;
        x = high;
      }
      partials.length = kept;
      partials.push(x);
    }
    let total = 0;
    for (let i = partials.length - 1; i >= 0; i--) {
      const next = total + partials[i];
      const low = partials[i] - (next - total);
      total = next;
      if (low !== 0) { // round half even across the remaining partials
        if (i > 0 && ((low < 0 && partials[i - 1] < 0) || (low > 0 && partials[i - 1] > 0))) {
          const doubled = low * 2;
          const candidate = total + doubled;
          if (doubled === candidate - total) total = candidate;
        }
        break;
      }
    }
    return total;
  };
  it('compensated sums of cent amounts are the exactly rounded total whatever the order (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -50_000, max: 5_000_000 }), { minLength: 1, maxLength: 200 }), fc.integer(), (cents, seed) => {
      const amounts = cents.map((c) => c / 100);
      const exact = exactSum(amounts);
      expect(Math.abs(exact - cents.reduce((s, c) => s + c, 0) / 100)).toBeLessThan(1e-6); // the reference is right
      const shuffled = [...amounts].sort((a, b) => ((amounts.indexOf(a) * 7919 + seed) % 101) - ((amounts.indexOf(b) * 7919 + seed) % 101));
      expect(compensatedSum(amounts)).toBe(exact);
      expect(compensatedSum(shuffled)).toBe(exact);
    }), { numRuns: 300 });
  });
  it('margin sums the margin column, blanks ignored', () => {
    expect([...totals.margin!]).toEqual([35, 0]);
  });
  it('groups rows by client, each in day order (ties in sheet order)', () => {
    const { rows, start, firstDay, daySpan } = groupRowsByClient(table);
    expect([...start]).toEqual([0, 5, 8]);
    expect([...rows]).toEqual([0, 2, 3, 5, 4, 1, 6, 7]); // Alpha: 10 Jan ×3, 20 Feb, 5 Mar
    expect([firstDay, daySpan]).toEqual([dayFromIso('2024-01-10'), dayFromIso('2024-04-01') - dayFromIso('2024-01-10') + 1]);
  });
});

describe('orders without an order id column', () => {
  it('are distinct sale days', () => {
    const totals = aggregateClients(handTable([
      { client: 'a', date: '2024-01-01', amount: 1 },
      { client: 'a', date: '2024-01-01', amount: 2 },
      { client: 'a', date: '2024-01-02', amount: 3 },
      { client: 'a', date: '2024-01-03', amount: -3 },
    ]));
    expect(totals.orders[0]).toBe(2);
    expect(totals.medianOrderInterval[0]).toBe(1);
  });
  it('are sale rows when the sheet has no dates either', () => {
    const totals = aggregateClients(handTable([
      { client: 'a', amount: 1 }, { client: 'a', amount: 2 }, { client: 'a', amount: -1 },
    ]));
    expect(totals.orders[0]).toBe(2);
    expect(totals.firstPurchase[0]).toBeNaN();
    expect(totals.activeMonths[0]).toBe(0);
    expect(totals.margin).toBeNull();
  });
  it('a client with only returns has no orders and no purchase days', () => {
    const totals = aggregateClients(handTable([{ client: 'a', date: '2024-01-01', amount: -5 }]));
    expect([totals.orders[0], totals.turnover[0], totals.returns[0]]).toEqual([0, -5, 5]);
    expect(totals.firstPurchase[0]).toBeNaN();
  });
});

describe('grouping a table already in date order', () => {
  it('keeps each client\'s rows in sheet order, which is day order', () => {
    const table = handTable([
      { client: 'a', date: '2024-01-01', amount: 1 }, { client: 'b', date: '2024-01-01', amount: 1 },
      { client: 'a', date: '2024-01-05', amount: 1 }, { client: 'b', date: '2024-02-01', amount: 1 },
    ]);
    const { rows, start, day } = groupRowsByClient(table);
    expect([...start]).toEqual([0, 2, 4]);
    expect([...rows]).toEqual([0, 2, 1, 3]);
    expect([...day]).toEqual(['2024-01-01', '2024-01-05', '2024-01-01', '2024-02-01'].map(dayFromIso));
  });
});

describe('orderIntervalMedian (plain days)', () => {
  it('gaps 31, 28, 31 → 31; repeats ignored; one day → null', () => {
    expect(orderIntervalMedian([0, 31, 59, 90])).toBe(31);
    expect(orderIntervalMedian([90, 0, 0, 59, 31])).toBe(31);
    expect(orderIntervalMedian([0, 10, 30, 60])).toBe(20);
    expect(orderIntervalMedian([5, 5])).toBeNull();
  });
});

describe('medianInPlace (quickselect)', () => {
  it('odd and even counts, by hand', () => {
    expect(medianInPlace(Float64Array.of(5, 1, 3), 3)).toBe(3);
    expect(medianInPlace(Float64Array.of(40, 10, 30, 20), 4)).toBe(25);
    expect(medianInPlace(Float64Array.of(7, 7, 7, 1), 4)).toBe(7);
    expect(medianInPlace(Float64Array.of(9, 99), 1)).toBe(9);
    expect(medianInPlace(new Float64Array(0), 0)).toBeNaN();
  });
  it('agrees with sorting', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 200 }), (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      const middle = values.length >> 1;
      const expected = values.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
      expect(medianInPlace(Float64Array.from(values), values.length)).toBe(expected);
    }));
  });
});

describe('row order', () => {
  it('client totals do not depend on the order of the rows', () => {
    const sale = fc.record({
      client: fc.constantFrom('a', 'b', 'c'), day: fc.integer({ min: 0, max: 120 }),
      amount: fc.integer({ min: -50, max: 500 }), order: fc.option(fc.constantFrom('o1', 'o2', 'o3', 'o4'), { nil: undefined }),
    });
    fc.assert(fc.property(fc.array(sale, { minLength: 1, maxLength: 60 }), (sales) => {
      const hand = sales.map((s) => ({ client: s.client, amount: s.amount, order: s.order, date: new Date(Date.UTC(2024, 0, 1 + s.day)).toISOString().slice(0, 10) }));
      const summary = (rows: typeof hand) => {
        const table = handTable(rows);
        const totals = aggregateClients(table);
        return Object.fromEntries(table.clients.map((client, c) => [client.name, [
          totals.turnover[c], totals.orders[c], totals.firstPurchase[c], totals.lastPurchase[c], totals.activeMonths[c], totals.medianOrderInterval[c],
        ]]));
      };
      expect(summary([...hand].reverse())).toEqual(summary(hand));
      // Rows already in date order take the fast path (no day pass): same totals.
      const byDate = [...hand].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      expect(summary(byDate)).toEqual(summary(hand));
    }));
  });
});
