/**
 * Catalogue functions called directly, on examples a reader can check by hand.
 */
import { describe, expect, it } from 'vitest';
import { callFunction } from '../../../shared/catalogue/call';
import { clientTableOptions } from '../../../shared/catalogue/clientTableOptions';
import { ClientValueError } from '../../../shared/errors';
import { dayFromIso } from '../../../shared/table/dates';

const en = { lang: 'en' as const, dateSystem: 1900 as const };

function call(name: string, ...args: unknown[]): unknown {
  const outcome = callFunction(name, args as never, en);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.value;
}

function failure(name: string, ...args: unknown[]): string {
  const outcome = callFunction(name, args as never, en);
  if (outcome.ok) throw new Error(`${name} did not fail`);
  return outcome.message;
}

describe('CLIENT_VALUE', () => {
  it('is T × Kp × Kf with the seed\'s example and the category names of every language', () => {
    expect(call('CLIENT_VALUE', 50, 1, 0.9)).toBe(45);
    expect(call('CLIENT_VALUE', 50, 'Deferral', ' Monthly ')).toBe(45);
    expect(call('CLIENT_VALUE', 50, 'предоплата', 'еженедельно')).toBeCloseTo(55, 12);
    expect(call('CLIENT_VALUE', 50, 'прострочка понад 15 днів', 'щокварталу')).toBeCloseTo(21, 12);
    expect(call('CLIENT_VALUE', '1 000', '0,8', 0.5)).toBeCloseTo(400, 12);
  });

  it('names the argument and lists the categories when a name is unknown', () => {
    expect(failure('CLIENT_VALUE', 50, 'soon', 0.9)).toMatch(/^payment: "soon" is neither a coefficient nor a known category \(prepayment, deferral/);
    expect(failure('CLIENT_VALUE', 50, 1, 'daily')).toMatch(/^regularity: "daily"/);
    expect(failure('CLIENT_VALUE', 50, 1, -0.9)).toBe('regularity: must not be negative, got -0.9.');
  });
});

describe('XYZ_CLASS', () => {
  it('starts each client at its first purchase; blanks after it are periods without purchases', () => {
    // [–, 50, 55]: two periods, CV 0.048 → X. [100, –, 100]: 100, 0, 100 → CV 0.707 → Z.
    expect(call('XYZ_CLASS', [['', 50, 55], [100, '', 100], [0, 0, 7], ['', '', '']])).toEqual([['X'], ['Z'], [null]]);
    expect(call('XYZ_CLASS', [[100, 115, 100]], '5,10')).toEqual([['Y']]);
  });

  it('names the cell of a bad value by row and column', () => {
    expect(failure('XYZ_CLASS', [[1, 2], [3, 'x']])).toBe('series, cell 2:2 of the range: expected a number, got "x".');
  });
});

describe('PARETO_SHARE and CONCENTRATION', () => {
  it('cumulative shares in the input order; zero and negative values add nothing', () => {
    expect(call('PARETO_SHARE', [[20], [0], [80], [-5]])).toEqual([[1], [1], [0.8], [1]]);
  });

  it('top-1, top-5 and HHI of 50, 30, 20', () => {
    const table = call('CONCENTRATION', [[50], [30], [20]]) as [string, number][];
    expect(table.map(([label]) => label)).toEqual(['Top-1 share', 'Top-5 share', 'HHI']);
    expect(table[2][1]).toBeCloseTo(0.38, 12);
    const ru = callFunction('CONCENTRATION', [[[1]]], { lang: 'ru', dateSystem: 1900 });
    expect(ru.ok && (ru.value as unknown[][])[0][0]).toBe('Доля топ-1');
  });
});

describe('CLIENT_TABLE options', () => {
  it('reads the text form and the two-column form into the pipeline options', () => {
    expect(clientTableOptions('abc=70,90; xyz=5/20; period=quarter; measure=kc; unit=1000; asof=2024-12-31', en)).toEqual({
      dateSystem: 1900,
      abc: { thresholds: [0.7, 0.9], measure: 'valueCoefficient' },
      xyz: { thresholds: [0.05, 0.2], period: 'quarter' },
      period: 'quarter',
      unit: 1000,
      asOf: dayFromIso('2024-12-31'),
    });
    expect(clientTableOptions([['dates', 1904], ['asof', 43844]], en)).toEqual({ dateSystem: 1904, asOf: dayFromIso('2024-01-15') });
    expect(clientTableOptions([['horizon', 26], ['timeunit', 'month'], ['discount', '8%']], en)).toEqual({
      dateSystem: 1900, clv: { horizon: 26, timeUnit: 'month', annualDiscountRate: 0.08 },
    });
    expect(clientTableOptions(null, en)).toEqual({ dateSystem: 1900 });
    // XYZ's partial as-of period (issue 10 item 4): left out by default, 'include' counts it.
    expect(clientTableOptions('partial=include', en)).toEqual({ dateSystem: 1900, xyz: { partialPeriod: 'include' } });
    expect(clientTableOptions([['partial', 'Exclude']], en)).toEqual({ dateSystem: 1900, xyz: { partialPeriod: 'exclude' } });
    expect(() => clientTableOptions('partial=yes', en)).toThrow('options: option partial cannot be "yes" (exclude | include).');
    // Unusual dates (issue 10 item 2) confirmed by keepunusualdates; slash dates follow the host's locale (item 3).
    expect(clientTableOptions('keepunusualdates=yes', en)).toEqual({ dateSystem: 1900, keepUnusualDates: true });
    expect(clientTableOptions([['KeepUnusualDates', false]], en)).toEqual({ dateSystem: 1900, keepUnusualDates: false });
    expect(() => clientTableOptions('keepunusualdates=maybe', en)).toThrow('options: option keepunusualdates cannot be "maybe" (yes | no).');
    expect(clientTableOptions(null, { ...en, locale: 'en-US' })).toEqual({ dateSystem: 1900, slashDateOrder: 'mdy' });
    expect(clientTableOptions(null, { ...en, locale: 'ru_RU' })).toEqual({ dateSystem: 1900, slashDateOrder: 'dmy' });
  });

  it('names a bad option or value', () => {
    const message = (value: unknown) => {
      try { clientTableOptions(value as never, en); } catch (error) { return (error as ClientValueError).message; }
      return 'no error';
    };
    expect(message('abc=95,80')).toBe('options: option abc cannot be "95,80" (80,95).');
    expect(message('colour=red')).toMatch(/^options: unknown option "colour"; known options: abc, xyz, period/);
    expect(message('unit=7')).toBe('options: option unit cannot be "7" (1 | 1000 | 1000000).');
    expect(message([['a', 'b', 'c']])).toMatch(/^options: expected a text like/);
  });
});

describe('CLIENT_TABLE', () => {
  it('returns a header row and one row per client in ABC rank order', () => {
    const table = call('CLIENT_TABLE', [['A'], ['B'], ['A']], [['2024-01-10'], ['2024-01-20'], ['2024-02-10']], [[10], [50], [30]]) as unknown[][];
    expect(table[0].slice(0, 4)).toEqual(['Client', 'Turnover', 'Returns', 'Orders']);
    expect(table.slice(1).map((row) => row.slice(0, 6))).toEqual([
      ['B', 50, 0, 1, { day: dayFromIso('2024-01-20') }, { day: dayFromIso('2024-01-20') }],
      ['A', 40, 0, 2, { day: dayFromIso('2024-01-10') }, { day: dayFromIso('2024-02-10') }],
    ]);
  });

  it('refuses ranges of several columns and names the argument', () => {
    expect(failure('CLIENT_TABLE', [['A', 'B'], ['C', 'D']], [['2024-01-01']], [[1]])).toMatch(/^clients: expected one column/);
    expect(failure('CLIENT_TABLE', [['A'], ['B']], [['2024-01-01'], ['2024-01-02']], [[5], ['']])).toBe('amounts, cell 2 of the range: blank, but the sale in that row needs it.');
    expect(failure('CLIENT_TABLE', [['A']], [['2024-01-01']], [['']])).toBe('amounts: a value is required.');
  });
});
