import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { abcAnalysis, abcClasses, abcSummary, rankOrder } from '../../../shared/methods/abc';

// Five clients, measures 50, 25, 10, 10, 5 (total 100): cumulative 50 %, 75 %, 85 %, 95 %, 100 %.
const names = ['Delta', 'Alpha', 'Charlie', 'Bravo', 'Echo'];
const turnover = [10, 25, 5, 10, 50];

describe('ABC on a 5-client table checked on paper', () => {
  it('ranks by measure, ties by name (Bravo before Delta at 10)', () => {
    const result = abcAnalysis(turnover, names);
    expect([...result.order].map((c) => names[c])).toEqual(['Echo', 'Alpha', 'Bravo', 'Delta', 'Charlie']);
    expect([...result.rank]).toEqual([4, 2, 5, 3, 1]);
    expect([...result.share]).toEqual([0.1, 0.25, 0.05, 0.1, 0.5]);
    expect(result.cumulativeShare[4]).toBeCloseTo(0.5);
    expect(result.cumulativeShare[3]).toBeCloseTo(0.85);
    expect(result.cumulativeShare[0]).toBeCloseTo(0.95);
    expect(result.cumulativeShare[2]).toBe(1);
  });

  it('upper boundary: Bravo crosses 80 % and stays A; Charlie starts at 95 % and is C', () => {
    const classes = abcAnalysis(turnover, names, [0.8, 0.95], 'upper').abcClass;
    expect(Object.fromEntries(names.map((n, c) => [n, classes[c]]))).toEqual({
      Echo: 'A', Alpha: 'A', Bravo: 'A', Delta: 'B', Charlie: 'C',
    });
  });

  it('lower boundary: Bravo crosses 80 % and goes to B; Delta reaches exactly 95 % and is B', () => {
    const classes = abcAnalysis(turnover, names, [0.8, 0.95], 'lower').abcClass;
    expect(Object.fromEntries(names.map((n, c) => [n, classes[c]]))).toEqual({
      Echo: 'A', Alpha: 'A', Bravo: 'B', Delta: 'B', Charlie: 'C',
    });
  });

  it('the first client is always A under the upper rule, not under the lower one', () => {
    expect(abcClasses([90, 6, 4])).toEqual(['A', 'B', 'C']);
    expect(abcClasses([90, 6, 4], [0.8, 0.95], 'lower')).toEqual(['B', 'C', 'C']);
  });

  it('zero and negative measures are C with share 0 and are counted', () => {
    const result = abcAnalysis([100, 0, -20, 20], ['a', 'b', 'c', 'd']);
    expect(result.abcClass).toEqual(['A', 'C', 'C', 'B']);
    expect(result.zeroOrNegative).toBe(2);
    expect(result.share[2]).toBe(0);
    expect([...result.rank]).toEqual([1, 3, 4, 2]);
  });

  it('summarises clients and measure per class', () => {
    const result = abcAnalysis(turnover, names);
    const summary = abcSummary(result, turnover);
    expect(summary.map((s) => [s.abcClass, s.clients, s.clientShare, s.measure])).toEqual([
      ['A', 3, 0.6, 85], ['B', 1, 0.2, 10], ['C', 1, 0.2, 5],
    ]);
    expect(summary[0].measureShare).toBeCloseTo(0.85);
  });

  it('compares names by code units, not by locale', () => {
    expect([...rankOrder([1, 1, 1], ['b', 'B', 'а'])]).toEqual([1, 0, 2]);
  });

  it('the function form keeps list order for ties', () => {
    expect(abcClasses([50, 25, 10, 10, 5])).toEqual(['A', 'A', 'A', 'B', 'C']);
  });
});

const positiveCents = fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 60 });
const rankOf = { A: 0, B: 1, C: 2 } as const;

describe('ABC properties', () => {
  it('shares of positive measures sum to 1 and the last cumulative share is 1', () => {
    fc.assert(fc.property(positiveCents, (values) => {
      const result = abcAnalysis(values, undefined);
      const total = [...result.share].reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(1, 9);
      expect(result.cumulativeShare[result.order[values.length - 1]]).toBe(1);
    }));
  });

  it('classes never improve as rank falls', () => {
    fc.assert(fc.property(positiveCents, fc.constantFrom('upper' as const, 'lower' as const), (values, boundary) => {
      const result = abcAnalysis(values, undefined, [0.8, 0.95], boundary);
      for (let i = 1; i < values.length; i++) {
        expect(rankOf[result.abcClass[result.order[i]]]).toBeGreaterThanOrEqual(rankOf[result.abcClass[result.order[i - 1]]]);
      }
    }));
  });

  it('scaling all measures by a positive factor does not change classes', () => {
    fc.assert(fc.property(positiveCents, fc.constantFrom(0.001, 0.37, 3, 1000, 1e6), (values, factor) => {
      const names = values.map((_, i) => `client ${i}`);
      const before = abcAnalysis(values, names).abcClass;
      const after = abcAnalysis(values.map((v) => v * factor), names).abcClass;
      expect(after).toEqual(before);
    }));
  });
});
