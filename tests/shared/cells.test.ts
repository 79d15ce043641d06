import { describe, expect, it } from 'vitest';
import { columnLetter, isBlankCell, isErrorCell } from '../../shared/cells';

describe('cells', () => {
  it('recognises error values as Excel and Sheets show them, in English and localised', () => {
    for (const text of ['#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NAME?', '#n/a', '#Н/Д', '#ЗНАЧ!', '#ДЕЛ/0!', '#ДІЛ/0!', '#н/д']) {
      expect(isErrorCell(text), text).toBe(true);
    }
    for (const cell of ['#', '#1', '# заказа', 'N/A', '', null, 0, true, new Date(0)]) {
      expect(isErrorCell(cell), String(cell)).toBe(false);
    }
  });

  it('treats null, undefined and white space as blank, zero and false as values', () => {
    expect([null, undefined, '', '  ', '\u00a0'].map(isBlankCell)).toEqual([true, true, true, true, true]);
    expect([0, false, 'x'].map(isBlankCell)).toEqual([false, false, false]);
  });

  it('names columns as a person sees them', () => {
    expect([0, 2, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'C', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
