import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../shared/table/dates';
import {
  chooseGrain, parsePeriod, periodEnd, periodLabel, periodOfDay, periodStart, periodsPerYear,
} from '../../../shared/methods/periods';

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromYmd(y, m, d);
};

describe('period grain (METHODS.md section 2, auto rule)', () => {
  it('is year when first sale → as-of spans two whole years, else quarter', () => {
    expect(chooseGrain('auto', day('2023-01-01'), day('2024-12-31'))).toBe('year');
    expect(chooseGrain('auto', day('2023-01-01'), day('2024-12-30'))).toBe('quarter');
    expect(chooseGrain('auto', day('2023-03-15'), day('2025-03-14'))).toBe('year');
    expect(chooseGrain('auto', day('2023-03-15'), day('2025-03-13'))).toBe('quarter');
  });
  it('treats 29 February like 1 March two years later', () => {
    expect(chooseGrain('auto', day('2024-02-29'), day('2026-02-28'))).toBe('year');
    expect(chooseGrain('auto', day('2024-02-29'), day('2026-02-27'))).toBe('quarter');
  });
  it('keeps the user\'s choice', () => {
    expect(chooseGrain('month', day('2020-01-01'), day('2024-12-31'))).toBe('month');
  });
});

describe('period keys', () => {
  it('labels a day in each grain', () => {
    const d = day('2024-08-15');
    expect(periodLabel(periodOfDay(d, 'year'), 'year')).toBe('2024');
    expect(periodLabel(periodOfDay(d, 'quarter'), 'quarter')).toBe('2024-Q3');
    expect(periodLabel(periodOfDay(d, 'month'), 'month')).toBe('2024-08');
  });
  it('gives first and last days', () => {
    const q = periodOfDay(day('2024-08-15'), 'quarter');
    expect(periodStart(q, 'quarter')).toBe(day('2024-07-01'));
    expect(periodEnd(q, 'quarter')).toBe(day('2024-09-30'));
    const m = periodOfDay(day('2024-02-10'), 'month');
    expect(periodEnd(m, 'month')).toBe(day('2024-02-29'));
    expect(periodEnd(periodOfDay(day('2023-05-01'), 'year'), 'year')).toBe(day('2023-12-31'));
  });
  it('consecutive periods are consecutive numbers across a year end', () => {
    expect(periodOfDay(day('2025-01-01'), 'month') - periodOfDay(day('2024-12-31'), 'month')).toBe(1);
    expect(periodOfDay(day('2025-01-01'), 'quarter') - periodOfDay(day('2024-12-31'), 'quarter')).toBe(1);
  });
  it('counts periods per year', () => {
    expect([periodsPerYear('month'), periodsPerYear('quarter'), periodsPerYear('year')]).toEqual([12, 4, 1]);
  });
});

describe('parsePeriod (plan tables)', () => {
  it.each([
    ['2024', 'year', '2024'],
    ['2024-Q3', 'quarter', '2024-Q3'],
    ['Q3 2024', 'quarter', '2024-Q3'],
    ['3 кв 2024', 'quarter', '2024-Q3'],
    ['3кв. 2024', 'quarter', '2024-Q3'],
    ['2024-07', 'month', '2024-07'],
    ['07.2024', 'month', '2024-07'],
    ['7/2024', 'month', '2024-07'],
  ] as const)('%s → %s %s', (text, grain, label) => {
    const parsed = parsePeriod(text);
    expect(parsed?.grain).toBe(grain);
    expect(parsed && periodLabel(parsed.period, parsed.grain)).toBe(label);
  });
  it.each(['', 'July', '2024-13', 'Q5 2024', '13.2024'])('rejects %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});
