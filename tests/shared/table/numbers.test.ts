import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAmount } from '../../../shared/table/numbers';

describe('parseAmount', () => {
  it('takes numbers as they are', () => {
    expect(parseAmount(1234.56)).toBe(1234.56);
    expect(parseAmount(-5)).toBe(-5);
    expect(parseAmount(0)).toBe(0);
    expect(parseAmount(Number.NaN)).toBeNaN();
    expect(parseAmount(Number.POSITIVE_INFINITY)).toBeNaN();
  });

  it.each([
    ['1 234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['1.234.567,89', 1234567.89],
    ['1,234,567', 1234567],
    ['12 500 ₽', 12500],
    ['12 500₽', 12500],
    ['₽12 500', 12500],
    ['3 000 грн', 3000],
    ['3 000 грн.', 3000],
    ['100 руб.', 100],
    ['100 р.', 100],
    ['$1,200', 1200],
    ['€ 5,50', 5.5],
    ['1 200 USD', 1200],
    ['1 200 uah', 1200],
    ['1\u00a0234,56', 1234.56],
    ['1\u202f234,56', 1234.56],
    ['1\u2009234', 1234],
    ["1'234.50", 1234.5],
    ['1\u2019234.50', 1234.5],
    ['  42  ', 42],
    ['+42', 42],
    ['-5', -5],
    ['\u22125', -5],
    ['-1 234,56 ₽', -1234.56],
    ['-$1,200', -1200],
    ['$-1,200', -1200],
    ['(1 234,56)', -1234.56],
    ['(1 234,56 ₽)', -1234.56],
    ['1234-', -1234],
    ['0', 0],
    ['-0', 0],
    ['.5', 0.5],
    ['1.5E+6', 1500000],
  ])('reads %j as %d', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });

  it('reads a single mark followed by exactly 3 digits as thousands, otherwise as decimals', () => {
    expect(parseAmount('1,234')).toBe(1234);
    expect(parseAmount('12.500')).toBe(12500);
    expect(parseAmount('12,5')).toBe(12.5);
    expect(parseAmount('12.50')).toBe(12.5);
    expect(parseAmount('0,125')).toBe(0.125); // a lone 0 before the mark: decimal
    expect(parseAmount('1234,567')).toBe(1234.567); // 4 digits before: decimal
    expect(parseAmount('1 234,567')).toBe(1234.567); // after space groups: decimal
  });

  it.each([
    'abc', '', '   ', '12%', '12 тыс.', '12 5', '1,23,456', '12.', '(5', '5)', '--5', '-(5)', '+-5',
    '1 234.567,8', '12 ab', '$ 5 €', 'N/A', '#N/A', '1.2.3', '١٢',
  ])('rejects %j', (text) => {
    expect(parseAmount(text)).toBeNaN();
  });

  it('never gives an infinite amount', () => {
    expect(parseAmount('1e309')).toBeNaN();
    expect(parseAmount('-1e309')).toBeNaN();
    expect(parseAmount(Infinity)).toBeNaN();
    expect(parseAmount('1e3')).toBe(1000);
  });

  it('rejects cells that are not numbers or text', () => {
    expect(parseAmount(true)).toBeNaN();
    expect(parseAmount(null)).toBeNaN();
    expect(parseAmount(undefined)).toBeNaN();
    expect(parseAmount(new Date(2024, 0, 1))).toBeNaN();
  });

  it('reads back any amount written with space groups and a decimal comma', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
      const sign = whole < 0 ? '-' : '';
      const grouped = Math.abs(whole).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
      const text = `${sign}${grouped},${cents.toString().padStart(2, '0')}`;
      const expected = Number(`${sign}${Math.abs(whole)}.${cents.toString().padStart(2, '0')}`);
      expect(parseAmount(text)).toBe(expected === 0 ? 0 : expected);
      expect(parseAmount(text.replace(/\u00a0/g, ',').replace(/,(\d\d)$/, '.$1'))).toBe(expected === 0 ? 0 : expected);
    }));
  });

  it('never throws and returns a finite number or NaN for any text', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const value = parseAmount(text);
      expect(Number.isNaN(value) || Number.isFinite(value)).toBe(true);
    }));
  });
});
