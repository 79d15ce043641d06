import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import fc from 'fast-check';
import { readSales } from '../../../shared/table/readSales';
import { readPlanTable } from '../../../shared/table/readPlan';
import { dayFromIso } from '../../../shared/table/dates';
import { resolveOptions } from '../../../shared/pipeline/options';
import { analyzeHistory } from '../../../shared/methods/history';
import { render } from '../../../shared/i18n/translate';

/*
 * The six-client table of retention.test.ts, as a sheet (active years marked x):
 *   client  2022  2023  2024   status    periods
 *   A        x     x     x     permanent 3
 *   B        x     x     .     lost      2
 *   C        x     .     x     returning 2
 *   D        .     x     x     permanent 2
 *   E        .     .     x     new       1
 *   F        x     .     .     (none)    1
 * The data span 2022-01-10 .. 2024-12-31, two years or more, so the grain is year.
 */
const sixClients = [
  ['Client', 'Date', 'Amount', 'Stage', 'Reason'],
  ['A', '2022-01-10', 100, '', ''], ['A', '2023-02-01', 100, '', ''], ['A', '2024-03-01', 100, 'Partnership', ''],
  ['B', '2022-05-05', 50, '', ''], ['B', '2023-06-06', 50, '', 'Price'],
  ['C', '2022-07-07', 70, '', ''], ['C', '2024-08-08', 70, '', ''],
  ['D', '2023-09-09', 30, '', ''], ['D', '2024-10-10', 30, '', ''],
  ['E', '2024-11-11', 10, '', ''],
  ['F', '2022-12-12', 5, '', ''], ['F', '2024-12-31', -5, '', ''],
];

describe('analyzeHistory: the six-client table', () => {
  const { table } = readSales(sixClients);
  const result = analyzeHistory(table, resolveOptions({}));

  it('reports periods, retention and statuses', () => {
    expect(result.summary.period).toBe('year');
    expect(result.summary.periods!.map((p) => [p.period, p.active, p.new, p.returning, p.lost, p.permanent])).toEqual([
      ['2022', 4, 4, 0, 0, 0], ['2023', 3, 1, 0, 2, 2], ['2024', 4, 1, 1, 1, 2],
    ]);
    expect(result.summary.periods![1].retentionRate).toBe(0.5);
    expect(result.perClient.map((c) => c.status)).toEqual(['permanent', 'lost', 'returning', 'permanent', 'new', null]);
    expect(result.perClient.map((c) => c.periodsActive)).toEqual([3, 2, 2, 2, 1, 1]);
  });

  it('warns about churn above the norm, in every language', () => {
    const churn = result.warnings.filter((w) => w.code === 'churnAboveNorm');
    expect(churn.map((w) => w.message.params?.period)).toEqual(['2023', '2024']);
    expect(render('en', churn[0].message)).toBe(
      'Churn in 2023 was 50 % (2 of 4 clients of the previous year did not buy again), above the norm of 10 % a year.');
    expect(render('ru', churn[1].message)).toContain('33.3 %');
    expect(render('uk', churn[1].message)).toContain('2024');
  });

  it('breaks down lost clients by reason beside the reference shares', () => {
    // Lost at the end (no sale in 2024, sales before): B (Price) and F (no reason).
    expect(result.summary.churnReasons).toEqual([{ reason: 'Price', clients: 1, share: 1 }]);
    expect(result.summary.churnReasonsUnstated).toBe(1);
    expect(result.summary.churnReasonReference!.map((r) => r.share)).toEqual([0.03, 0.05, 0.1, 0.14, 0.68]);
  });

  it('keeps the manager\'s stage and suggests one beside it', () => {
    expect(result.perClient.map((c) => c.kamStage)).toEqual(['Partnership', null, null, null, null, null]);
    // A: 3 orders < 4 → early KAM; B, F: no sale in 2024 → uncoupling; C, D: 2 orders → early
    // (relationships of 30 and 16 months are long enough, the orders are not);
    // E: first sale in November 2024, 2 months before the as-of date → pre-KAM.
    expect(result.perClient.map((c) => c.suggestedKamStage)).toEqual([
      'early KAM', 'uncoupling KAM', 'early KAM', 'early KAM', 'pre-KAM', 'uncoupling KAM',
    ]);
  });

  it('scores RFM per client and counts segments', () => {
    // As of 2024-12-31: recency A 305, B 574, C 145, D 82, E 50, F 750 days (F's return is not a purchase).
    // Score = 1 + floor(5 · (w + t/2) / 6), w = clients with an older last purchase, t = 1 (no ties):
    // A w=2 → 1 + floor(12.5/6) = 3, B 1 → 1 + floor(7.5/6) = 2, C 3 → 1 + floor(17.5/6) = 3,
    // D 4 → 1 + floor(22.5/6) = 4, E 5 → 1 + floor(27.5/6) = 5, F 0 → 1 + floor(2.5/6) = 1.
    // (The old rule 1 + floor(5·w/6) gave A 2 and B 1: with n not a multiple of 5 it leaned to the low end.)
    expect(result.perClient.map((c) => c.recencyDays)).toEqual([305, 574, 145, 82, 50, 750]);
    expect(result.perClient.map((c) => c.recencyScore)).toEqual([3, 2, 3, 4, 5, 1]);
    expect(result.perClient[0].rfmScore).toBe(100 * 3 + 10 * result.perClient[0].frequencyScore! + result.perClient[0].monetaryScore!);
    const counted = result.summary.rfm!.segments.reduce((a, s) => a + s.clients, 0);
    expect(counted).toBe(6);
    expect(result.summary.rfm!.mode).toBe('quintile');
  });

  it('finds key clients over the three full years', () => {
    // 2022 turnover: A 100, C 70, B 50, F 5 (total 225): A (before 0) and C (before 0.44) and B (before 0.76) are A class.
    expect(result.summary.keyClients!.map((k) => [k.client, k.status])).toEqual([['A', 'stable'], ['C', 'stable'], ['B', 'lost']]);
    expect(result.warnings.some((w) => w.code === 'keyClientsAtRisk')).toBe(true);
  });

  it('ends the analysis at the as-of date and flags a partial last period', () => {
    const midYear = analyzeHistory(table, resolveOptions({ asOf: dayFromIso('2024-06-30'), period: 'year' }));
    const last = midYear.summary.periods![2];
    expect([last.period, last.end, last.active]).toEqual(['2024', dayFromIso('2024-06-30'), 1]);
    expect(midYear.warnings.find((w) => w.code === 'partialLastPeriod')?.message.params).toEqual({ period: '2024', asOf: '2024-06-30' });
    expect(midYear.warnings.filter((w) => w.code === 'churnAboveNorm').map((w) => w.message.params?.period)).toEqual(['2023']);
    expect(midYear.perClient[4].recencyDays).toBeNull(); // E buys only in November
  });

  it('suggests stages by relationship length in months, not by periods (yearly grain, two years)', () => {
    // Monthly buyers since January 2023, as of 2024-12-31 (yearly periods, 2 active each):
    // G: 24 months, 24 orders, class A → partnership (no product column: never synergistic);
    // H: since 2024-01, 12 months, 12 orders → mid-KAM (12 months in one yearly period is not pre-KAM);
    // K: since 2024-03, 10 months → early KAM; N: since 2024-10, 3 months, 3 orders → pre-KAM.
    const monthly = (client: string, from: number, amount: number) => Array.from({ length: 25 - from }, (_, i) => {
      const month = from + i; // 1 = 2023-01
      return [client, `${2023 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-15`, amount];
    });
    const { table: steadyTable } = readSales([['Client', 'Date', 'Amount'],
      ...monthly('G', 1, 1000), ...monthly('H', 13, 100), ...monthly('K', 15, 100), ...monthly('N', 22, 100)]);
    for (const period of ['year', 'quarter', 'month'] as const) {
      const steady = analyzeHistory(steadyTable, resolveOptions({ asOf: dayFromIso('2024-12-31'), period }));
      expect(steady.summary.period).toBe(period);
      expect(steady.perClient.map((c) => c.suggestedKamStage)).toEqual(['partnership KAM', 'mid-KAM', 'early KAM', 'pre-KAM']);
    }
  });

  it('warns when early-stage key clients are at risk of a break', () => {
    const warning = result.warnings.find((w) => w.code === 'earlyKamKeyClients');
    // Class A overall (turnover A 300, C 140, B 100, D 60 of 610: A, C, B are A): A has the manager's
    // "Partnership" (kept over the suggestion), B is uncoupling, C is suggested early.
    expect(warning?.message.params).toMatchObject({ count: 1, clients: 'C' });
  });
});

describe('analyzeHistory: inputs and edge cases', () => {
  it('takes a plan table as a second input', () => {
    const { table } = readSales(sixClients);
    const { plan } = readPlanTable([['Client', 'Period', 'Plan'], ['A', '2024', 200], ['E', '2024', 0]]);
    const result = analyzeHistory(table, resolveOptions({}), { plan });
    expect(result.perClient[0].volumeFulfilment).toBe(0.5);
    expect(result.perClient[4].volumeFulfilment).toBeNull();
    expect(result.perClient[4].planFactNote).toEqual({ key: 'history.planFact.zeroPlan' });
  });

  it('without dates: no periods, a warning, plan/fact still computed', () => {
    const { table } = readSales([['Client', 'Amount', 'Plan'], ['A', 80, 100], ['B', 10, '']]);
    const result = analyzeHistory(table, resolveOptions({}));
    expect(result.summary.periods).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toContain('noDates');
    expect(result.perClient.map((c) => c.volumeFulfilment)).toEqual([0.8, null]);
    expect(result.perClient[0].rfmScore).toBeNull();
  });

  it('an as-of date before every sale says so, not "no dates"', () => {
    const { table } = readSales(sixClients);
    const result = analyzeHistory(table, resolveOptions({ asOf: dayFromIso('2021-12-31') }));
    expect(result.warnings.map((w) => w.code)).toEqual(['noSalesUpToAsOf']);
    expect(result.perClient.every((c) => c.status === null && c.rfmScore === null)).toBe(true);
  });
});

describe('analyzeHistory in rfm-package mode on rfm_data_orders.csv (through readSales)', () => {
  const csv = readFileSync(path.resolve(process.cwd(), '../shared/reference/rfm/rfm_data_orders.csv'), 'utf8');
  const grid = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const { table, skipped } = readSales(grid, { columns: { client: 'customer_id', date: 'order_date', amount: 'revenue' } });
  const options = resolveOptions({ asOf: dayFromIso('2006-12-31'), rfm: { mode: 'rfm-package' } });
  const result = analyzeHistory(table, options);

  it('reads all 4,906 orders of 995 customers', () => {
    expect(skipped).toEqual([]);
    expect(table.rowCount).toBe(4906);
    expect(table.clients.length).toBe(995);
  });

  it('reproduces the vignette\'s segment counts (rfm "RFM - Introduction", rfm_segment_summary)', () => {
    const counts = Object.fromEntries(result.summary.rfm!.segments.map((s) => [s.segment, s.clients]));
    expect(counts).toEqual({
      Champions: 35, 'Potential Loyalist': 342, 'Loyal Customers': 170, Promising: 9, 'New Customers': 104,
      "Can't Lose Them": 47, 'At Risk': 28, 'Need Attention': 10, 'About To Sleep': 102, Lost: 148,
    });
    const abbey = table.clients.findIndex((c) => c.name === "Abbey O'Reilly");
    expect([result.perClient[abbey].recencyDays, result.perClient[abbey].rfmScore, result.perClient[abbey].rfmSegment])
      .toEqual([205, 343, 'Potential Loyalist']);
  });
});

describe('analyzeHistory invariants on random sheets (property tests)', () => {
  const sheets = fc.array(fc.tuple(
    fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G'),
    fc.integer({ min: dayFromIso('2022-01-01'), max: dayFromIso('2024-12-31') }),
    fc.integer({ min: -50, max: 500 }),
  ), { minLength: 1, maxLength: 40 });

  it('flows add up, statuses match the last period, RFM scores stay within 1..5', () => {
    fc.assert(fc.property(sheets, fc.constantFrom('month', 'quarter', 'year') as fc.Arbitrary<'month' | 'quarter' | 'year'>, (rows, period) => {
      const grid = [['Client', 'Date', 'Amount'], ...rows.map(([client, day, amount]) => [client, isoOf(day), amount])];
      const { table } = readSales(grid);
      const result = analyzeHistory(table, resolveOptions({ period }));
      const periods = result.summary.periods ?? [];
      periods.forEach((p, i) => {
        expect(p.new + p.permanent + p.returning).toBe(p.active);
        if (i > 0) expect(p.permanent + p.lost).toBe(periods[i - 1].active);
      });
      if (periods.length > 0) {
        const last = periods[periods.length - 1];
        const count = (status: string) => result.perClient.filter((c) => c.status === status).length;
        expect([count('new'), count('permanent'), count('returning'), count('lost')]).toEqual([last.new, last.permanent, last.returning, last.lost]);
      }
      for (const c of result.perClient) {
        for (const score of [c.recencyScore, c.frequencyScore, c.monetaryScore]) {
          if (score !== null) { expect(score).toBeGreaterThanOrEqual(1); expect(score).toBeLessThanOrEqual(5); }
        }
      }
    }), { numRuns: 60 });
  });
});

function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
