import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  lineArgument, numberArgument, numbersOfLine, singleCell, splitList, thresholdsArgument, trimBlock,
} from '../../shared/catalogue/arguments';
import { ClientValueError } from '../../shared/errors';
import { render } from '../../shared/i18n/translate';

function messageOf(run: () => unknown, lang: 'en' | 'ru' | 'uk' = 'en'): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ClientValueError);
    return render(lang, (error as ClientValueError).userMessage);
  }
  throw new Error('no error');
}

describe('ranges as whole columns', () => {
  it('trim blank rows at the bottom and blank columns at the right', () => {
    expect(trimBlock([[1, ''], ['', ''], [2, null], ['', ''], [null, '  ']])).toEqual([[1], [''], [2]]);
    expect(trimBlock([['', ''], ['', '']])).toEqual([]);
  });

  it('a line is one column or one row; a block is an error naming the argument', () => {
    expect(lineArgument([[1], [2], ['']], 'values')).toEqual({ cells: [1, 2], horizontal: false, size: 3 });
    expect(lineArgument([[1, 2, 3, '']], 'values')).toEqual({ cells: [1, 2, 3], horizontal: true, size: 4 });
    expect(lineArgument(7, 'values')).toEqual({ cells: [7], horizontal: false, size: 1 });
    expect(messageOf(() => lineArgument([[1, 2], [3, 4]], 'values'))).toBe('values: expected one column (or one row), got 2 rows × 2 columns.');
    expect(messageOf(() => lineArgument([[''], ['']], 'values'))).toBe('values: a value is required.');
    expect(messageOf(() => lineArgument(null, 'values'), 'ru')).toBe('values: нужно указать значение.');
  });

  it('trailing blanks never change the line (property)', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.integer(), fc.constant('x')), { minLength: 1, maxLength: 20 }).filter((cells) => cells.length > 0),
      fc.nat(50),
      (cells, blanks) => {
        const column = [...cells.map((cell) => [cell]), ...Array.from({ length: blanks }, () => [''])];
        expect(lineArgument(column, 'values').cells).toEqual(cells);
      },
    ));
  });

  it('numbers of a line: blanks inside are NaN, text is read by the core amount parser, anything else names the cell', () => {
    const numbers = numbersOfLine({ cells: [1, '', '1 234,5', '$1,200'], horizontal: false }, 'values');
    expect(Array.from(numbers)).toEqual([1, NaN, 1234.5, 1200]);
    expect(messageOf(() => numbersOfLine({ cells: [1, 'two'], horizontal: false }, 'values'))).toBe('values, cell 2 of the range: expected a number, got "two".');
    expect(messageOf(() => numbersOfLine({ cells: ['#N/A'], horizontal: false }, 'values'), 'uk')).toBe('values, клітинка 1 діапазону: містить помилку #N/A.');
    expect(messageOf(() => numbersOfLine({ cells: [true], horizontal: false }, 'values'))).toMatch(/got "true"/);
  });

  it('refuse amounts of a quadrillion or more (two 1e308 would overflow the total and every share)', () => {
    expect(messageOf(() => numbersOfLine({ cells: [5, 1e308], horizontal: false }, 'values')))
      .toBe('values, cell 2 of the range: 1e+308 is too large to be an amount (a quadrillion or more).');
    expect(Array.from(numbersOfLine({ cells: [999_999_999_999_999], horizontal: false }, 'values'))).toEqual([999_999_999_999_999]);
    expect(messageOf(() => numberArgument(1e15, 'turnover'), 'ru')).toBe('turnover: 1000000000000000 слишком велико для суммы (квадриллион и больше).');
  });
});

describe('single values', () => {
  it('unwrap a one-cell range and refuse a bigger one', () => {
    expect(singleCell([[5]], 'turnover')).toBe(5);
    expect(numberArgument('50', 'turnover')).toBe(50);
    expect(messageOf(() => singleCell([[1], [2]], 'turnover'))).toBe('turnover: expected one value, got a range of 2 cells.');
    expect(messageOf(() => numberArgument(undefined, 'turnover'))).toBe('turnover: a value is required.');
    expect(messageOf(() => numberArgument('fifty', 'turnover'))).toBe('turnover: expected a number, got "fifty".');
  });
});

describe('thresholds', () => {
  it('read percents or fractions from text, a range or an array constant', () => {
    expect(thresholdsArgument('80,95', 'thresholds')).toEqual([0.8, 0.95]);
    expect(thresholdsArgument('0,7;0,9', 'thresholds')).toEqual([0.7, 0.9]);
    expect(thresholdsArgument([[0.7], [0.9]], 'thresholds')).toEqual([0.7, 0.9]);
    expect(thresholdsArgument([[70, 90]], 'thresholds')).toEqual([0.7, 0.9]);
    expect(thresholdsArgument(null, 'thresholds')).toBeNull();
    expect(thresholdsArgument([[''], ['']], 'thresholds')).toBeNull();
  });

  it('refuse limits out of order, out of range or not two', () => {
    for (const bad of ['95,80', '80', '80,95,99', '0,120', 'a,b']) {
      expect(messageOf(() => thresholdsArgument(bad, 'thresholds'))).toMatch(/^thresholds: expected two limits/);
    }
  });

  it('split lists on semicolons first, so that decimal commas survive', () => {
    expect(splitList('0,8; 0,95')).toEqual(['0,8', '0,95']);
    expect(splitList('80,95')).toEqual(['80', '95']);
    expect(splitList(' 80  95 ')).toEqual(['80', '95']);
  });
});
