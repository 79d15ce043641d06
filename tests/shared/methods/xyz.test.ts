import { describe, expect, it } from 'vitest';
import { abcXyzMatrix, coefficientOfVariation, xyzAnalysis, xyzClassFor, xyzClassOfSeries } from '../../../shared/methods/xyz';
import { aggregateClients } from '../../../shared/methods/clientTable';
import { dayFromIso } from '../../../shared/table/dates';
import { handTable } from '../pipeline/handTable';
import { periodOfDay } from '../../../shared/methods/periods';

const monthly = { period: 'month' as const, thresholds: [0.1, 0.25] as [number, number], deviation: 'population' as const };

describe('coefficient of variation, computed by hand', () => {
  it('10, 20, 30: mean 20, population deviation √(200/3) = 8.165, CV 0.408', () => {
    expect(coefficientOfVariation([10, 20, 30])).toBeCloseTo(Math.sqrt(200 / 3) / 20, 12);
    expect(coefficientOfVariation([10, 20, 30])).toBeCloseTo(0.40825, 5);
  });
  it('sample deviation of 10, 20, 30 is 10, CV 0.5', () => {
    expect(coefficientOfVariation([10, 20, 30], 'sample')).toBe(0.5);
  });
  it('a constant series has CV 0 (X)', () => {
    expect(coefficientOfVariation([7, 7, 7, 7])).toBe(0);
    expect(xyzClassOfSeries([7, 7, 7, 7])).toBe('X');
  });
  it('one period: no CV and no class, whichever deviation', () => {
    expect(coefficientOfVariation([100])).toBeNull();
    expect(coefficientOfVariation([100], 'sample')).toBeNull();
    expect(xyzClassOfSeries([100])).toBeNull();
  });
  it('a mean of zero or below (returns cancel sales): no CV, class Z', () => {
    expect(coefficientOfVariation([100, -100])).toBeNull();
    expect(xyzClassOfSeries([50, -80])).toBe('Z');
  });
  it('limits are inclusive: CV exactly 10 % is X, exactly 25 % is Y', () => {
    expect(xyzClassFor(0.1)).toBe('X');
    expect(xyzClassFor(0.25)).toBe('Y');
    expect(xyzClassFor(0.2500001)).toBe('Z');
    // 90, 110: mean 100, population deviation 10 → CV exactly 0.1
    expect(xyzClassOfSeries([90, 110])).toBe('X');
    expect(xyzClassOfSeries([90, 110], [0.1, 0.25], 'sample')).toBe('Y'); // √200 / 100 = 0.141
  });
});

describe('XYZ per client over months, empty months counted as 0', () => {
  const table = handTable([
    // Steady: 100 every month January–April 2024 → X.
    { client: 'Steady', date: '2024-01-10', amount: 100 },
    { client: 'Steady', date: '2024-02-10', amount: 100 },
    { client: 'Steady', date: '2024-03-10', amount: 60 },
    { client: 'Steady', date: '2024-03-20', amount: 40 },
    { client: 'Steady', date: '2024-04-10', amount: 100 },
    // Gappy: 200 in January, nothing in February or March, 200 in April:
    // series 200, 0, 0, 200, mean 100, deviation 100, CV 1 → Z.
    { client: 'Gappy', date: '2024-01-05', amount: 200 },
    { client: 'Gappy', date: '2024-04-05', amount: 200 },
    // Late starter: first purchase in March: series 90, 110 (from its first month on) → CV 0.1 → X.
    { client: 'Late', date: '2024-03-01', amount: 90 },
    { client: 'Late', date: '2024-04-01', amount: 110 },
    // Newcomer in the as-of month only: one period → no class.
    { client: 'New', date: '2024-04-30', amount: 500 },
    // A return in February lowers that month: 100, -20, 100, 100 → mean 70.
    { client: 'Returner', date: '2024-01-15', amount: 100 },
    { client: 'Returner', date: '2024-02-15', amount: -20 },
    { client: 'Returner', date: '2024-03-15', amount: 100 },
    { client: 'Returner', date: '2024-04-15', amount: 100 },
    // After the as-of day: left out.
    { client: 'Steady', date: '2024-05-02', amount: 10_000 },
  ]);
  const totals = aggregateClients(table);
  const asOf = dayFromIso('2024-04-30');
  const result = xyzAnalysis(table, totals.byClient, totals.firstPurchase, asOf, monthly);
  const byName = (name: string) => table.clients.findIndex((c) => c.name === name);

  it('classes', () => {
    expect(result.xyzClass).toEqual(['X', 'Z', 'X', null, 'Z']);
  });
  it('figures', () => {
    expect(result.variation[byName('Steady')]).toBe(0);
    expect(result.variation[byName('Gappy')]).toBeCloseTo(1, 12);
    expect(result.variation[byName('Late')]).toBeCloseTo(0.1, 12);
    expect(result.variation[byName('New')]).toBeNaN();
    const series = [100, -20, 100, 100];
    expect(result.variation[byName('Returner')]).toBeCloseTo(coefficientOfVariation(series)!, 12);
    expect([...result.periods]).toEqual([4, 4, 2, 1, 4]);
  });
  it('the as-of day 2024-04-30 ends its month: nothing is left out', () => {
    expect(result.leftOut).toBeNull();
  });
  it('quarters, partial Q2 included: Gappy has 200 in Q1 and 200 in Q2 → X', () => {
    // As of 2024-04-30, Q2 (April–June) is partial; 'include' counts it as a whole quarter.
    const quarterly = xyzAnalysis(table, totals.byClient, totals.firstPurchase, asOf, { ...monthly, period: 'quarter', partialPeriod: 'include' });
    expect(quarterly.leftOut).toBeNull();
    expect(quarterly.xyzClass[byName('Gappy')]).toBe('X');
    expect(quarterly.xyzClass[byName('Late')]).toBe('X'); // March in Q1, April in Q2: 90, 110
  });
  it('quarters by default: the partial Q2 is left out, so every series is Q1 alone and has no class', () => {
    const quarterly = xyzAnalysis(table, totals.byClient, totals.firstPurchase, asOf, { ...monthly, period: 'quarter' });
    expect(quarterly.leftOut).toBe(periodOfDay(dayFromIso('2024-04-01'), 'quarter'));
    expect(quarterly.xyzClass).toEqual([null, null, null, null, null]);
    expect([...quarterly.periods]).toEqual([1, 1, 1, 0, 1]); // New buys only in April: no series at all
  });
  it('months as of 2024-04-15: April is left out, the series end at March', () => {
    const midApril = xyzAnalysis(table, totals.byClient, totals.firstPurchase, dayFromIso('2024-04-15'), monthly);
    // Steady 100, 100, 100 → X; Gappy 200, 0, 0 → CV √2 → Z; Late March only → no class;
    // New no sale up to March → no class; Returner 100, −20, 100 → Z.
    expect(midApril.xyzClass).toEqual(['X', 'Z', null, null, 'Z']);
    expect(midApril.variation[byName('Gappy')]).toBeCloseTo(Math.SQRT2, 12);
    expect([...midApril.periods]).toEqual([3, 3, 1, 0, 3]);
  });
});

describe('ABC-XYZ matrix', () => {
  it('counts clients and sums turnover per cell, leaving unclassified clients out', () => {
    const cells = abcXyzMatrix(['A', 'A', 'B', 'C'], ['X', 'X', 'Z', null], [100, 50, 20, 5]);
    expect(cells.map((c) => c.cell)).toEqual(['AX', 'AY', 'AZ', 'BX', 'BY', 'BZ', 'CX', 'CY', 'CZ']);
    expect(cells.find((c) => c.cell === 'AX')).toEqual({ cell: 'AX', clients: 2, turnover: 150 });
    expect(cells.find((c) => c.cell === 'BZ')).toEqual({ cell: 'BZ', clients: 1, turnover: 20 });
    expect(cells.reduce((n, c) => n + c.clients, 0)).toBe(3);
  });
});
