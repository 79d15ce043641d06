import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayFromYmd } from '../../../shared/table/dates';
import type { SalesTable } from '../../../shared/table/salesTable';
import {
  activityGrid, annualisedChurn, churnNormWarnings, clientStatuses, periodFlows, periodRows, retentionRates,
  type ActivityGrid,
} from '../../../shared/methods/retention';

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromYmd(y, m, d);
};

/** A minimal sales table of [client, date, amount] rows. */
function salesTable(rows: readonly (readonly [string, string, number])[]): SalesTable {
  const names = [...new Set(rows.map((r) => r[0]))];
  return {
    rowCount: rows.length,
    sheetRow: Int32Array.from(rows, (_, i) => i + 2),
    client: Int32Array.from(rows, (r) => names.indexOf(r[0])),
    clients: names.map((name) => ({ key: name.toLowerCase(), name })),
    amount: Float64Array.from(rows, (r) => r[2]),
    day: Float64Array.from(rows, (r) => day(r[1])),
    hasDates: true,
  };
}

/*
 * Six clients over three years, active years marked x (a sale in that year):
 *
 *   client  2022  2023  2024   status in 2024   periods active
 *   A        x     x     x     permanent        3
 *   B        x     x     .     lost             2
 *   C        x     .     x     returning        2
 *   D        .     x     x     permanent        2
 *   E        .     .     x     new              1
 *   F        x     .     .     (none)           1
 *
 * 2023: S = 4 (A B C F), E = 3 (A B D), N = 1 (D), R = 0, permanent = 2 (A B), L = 2 (C F)
 *       retention (3 − 1 − 0) / 4 = 0.5, churn 2 / 4 = 0.5, commitment 2 / 3
 * 2024: S = 3 (A B D), E = 4 (A C D E), N = 1 (E), R = 1 (C), permanent = 2 (A D), L = 1 (B)
 *       retention (4 − 1 − 1) / 3 = 2/3, churn 1/3, commitment 2 / 4 = 0.5
 * C also has a return (negative row) in 2023: a return is not a purchase, so C stays inactive there.
 */
const sixClients = salesTable([
  ['A', '2022-01-10', 100], ['A', '2023-02-01', 100], ['A', '2024-03-01', 100],
  ['B', '2022-05-05', 50], ['B', '2023-06-06', 50],
  ['C', '2022-07-07', 70], ['C', '2023-03-03', -20], ['C', '2024-08-08', 70],
  ['D', '2023-09-09', 30], ['D', '2024-10-10', 30],
  ['E', '2024-11-11', 10],
  ['F', '2022-12-12', 5],
]);

describe('retention, churn and commitment (METHODS.md section 2)', () => {
  const asOf = day('2024-12-31');
  const grid = activityGrid(sixClients, 'year', asOf)!;
  const rows = periodRows(grid, asOf);

  it('counts the six-client table by hand', () => {
    expect(rows.map((r) => r.period)).toEqual(['2022', '2023', '2024']);
    expect(rows[0]).toMatchObject({ active: 4, new: 4, returning: 0, lost: 0, permanent: 0, retentionRate: null, churnRate: null, commitment: null });
    expect(rows[1]).toMatchObject({ active: 3, new: 1, returning: 0, lost: 2, permanent: 2, retentionRate: 0.5, churnRate: 0.5 });
    expect(rows[1].commitment).toBeCloseTo(2 / 3, 12);
    expect(rows[2]).toMatchObject({ active: 4, new: 1, returning: 1, lost: 1, permanent: 2, commitment: 0.5 });
    expect(rows[2].retentionRate).toBeCloseTo(2 / 3, 12);
    expect(rows[2].churnRate).toBeCloseTo(1 / 3, 12);
    expect(rows[2].start).toBe(day('2024-01-01'));
    expect(rows[2].end).toBe(day('2024-12-31'));
  });

  it('gives each client its status in the last period and its periods active', () => {
    const { status, periodsActive } = clientStatuses(grid);
    expect(status).toEqual(['permanent', 'lost', 'returning', 'permanent', 'new', null]);
    expect([...periodsActive]).toEqual([3, 2, 2, 2, 1, 1]);
  });

  it('ends a partial last period at the as-of date and leaves later rows out', () => {
    const midYear = day('2024-06-30');
    const partial = periodRows(activityGrid(sixClients, 'year', midYear)!, midYear);
    expect(partial[2].end).toBe(midYear);
    // By 30 June 2024 only A has bought: C, D, E buy later in the year.
    expect(partial[2]).toMatchObject({ active: 1, permanent: 1, lost: 2, returning: 0, new: 0 });
  });

  it('is null rather than a division by zero when a period has no clients', () => {
    expect(retentionRates({ previousActive: 0, active: 3, new: 3, returning: 0, lost: 0, permanent: 0 }))
      .toEqual({ retentionRate: null, churnRate: null, commitment: null });
    expect(retentionRates({ previousActive: 2, active: 0, new: 0, returning: 0, lost: 2, permanent: 0 }))
      .toEqual({ retentionRate: 0, churnRate: 1, commitment: null });
  });

  it('has no grid without dated sales up to as-of', () => {
    expect(activityGrid(sixClients, 'year', day('2021-12-31'))).toBeNull();
  });
});

describe('churn norm (seed 003: at most 10 % a year)', () => {
  it('annualises shorter periods as 1 − (1 − c)^k', () => {
    expect(annualisedChurn(0.1, 'year')).toBeCloseTo(0.1, 12);
    expect(annualisedChurn(0.05, 'quarter')).toBeCloseTo(1 - 0.95 ** 4, 12); // 18.5 %
    expect(annualisedChurn(0.01, 'month')).toBeCloseTo(1 - 0.99 ** 12, 12); // 11.4 %
  });

  it('names every period above the norm, in a sentence', () => {
    const asOf = day('2024-12-31');
    const rows = periodRows(activityGrid(sixClients, 'year', asOf)!, asOf);
    const warnings = churnNormWarnings(rows, 'year', 0.1, false);
    expect(warnings.map((w) => w.message.params?.period)).toEqual(['2023', '2024']);
    expect(warnings[0].message).toEqual({
      key: 'history.warning.churnAboveNorm',
      params: { period: '2023', churn: '50', yearly: '50', norm: '10', lost: 2, previous: 4 },
    });
    expect(churnNormWarnings(rows, 'year', 0.6, false)).toEqual([]);
  });

  it('skips a partial last period', () => {
    const asOf = day('2024-12-31');
    const rows = periodRows(activityGrid(sixClients, 'year', asOf)!, asOf);
    expect(churnNormWarnings(rows, 'year', 0.1, true).map((w) => w.message.params?.period)).toEqual(['2023']);
  });

  it('uses the annualised sentence for quarters', () => {
    const rows = [{ period: '2024-Q2', start: 0, end: 0, active: 19, new: 0, returning: 0, lost: 1, permanent: 19, retentionRate: 0.95, churnRate: 0.05, commitment: 1 }];
    const [warning] = churnNormWarnings(rows, 'quarter', 0.1, false);
    expect(warning.message.key).toBe('history.warning.churnAboveNormAnnualised');
    expect(warning.message.params).toMatchObject({ churn: '5', yearly: '18.5' });
  });
});

describe('invariants (property tests)', () => {
  const grids = fc.record({ clients: fc.integer({ min: 1, max: 12 }), periods: fc.integer({ min: 1, max: 8 }) })
    .chain(({ clients, periods }) => fc.array(fc.boolean(), { minLength: clients * periods, maxLength: clients * periods })
      .map((cells): ActivityGrid => ({
        grain: 'quarter', clientCount: clients, firstPeriod: 8000, periodCount: periods,
        active: Uint8Array.from(cells, (x) => (x ? 1 : 0)),
      })));

  it('new + permanent + returning = active; permanent + lost = previous active', () => {
    fc.assert(fc.property(grids, (grid) => {
      const flows = periodFlows(grid);
      flows.forEach((flow, p) => {
        expect(flow.new + flow.permanent + flow.returning).toBe(flow.active);
        expect(flow.permanent + flow.lost).toBe(flow.previousActive);
        if (p > 0) expect(flow.previousActive).toBe(flows[p - 1].active);
        const rates = retentionRates(flow);
        if (rates.retentionRate !== null && rates.churnRate !== null) {
          expect(rates.retentionRate + rates.churnRate).toBeCloseTo(1, 12);
        }
      });
    }));
  });

  it('statuses in the last period agree with the last period\'s counts', () => {
    fc.assert(fc.property(grids, (grid) => {
      const flows = periodFlows(grid);
      const last = flows[flows.length - 1];
      const { status } = clientStatuses(grid);
      const count = (s: string) => status.filter((x) => x === s).length;
      expect(count('new')).toBe(last.new);
      expect(count('permanent')).toBe(last.permanent);
      expect(count('returning')).toBe(last.returning);
      expect(count('lost')).toBe(last.lost);
    }));
  });
});
