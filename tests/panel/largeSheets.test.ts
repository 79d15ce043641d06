/** Output sheets of 300,000 rows: nothing may spread the rows into one call's arguments. */
import { describe, expect, it } from 'vitest';
import { SheetGrid, widestRow } from '../../src/panel/sheetGrid';

const ROWS = 300_000;

describe('a 300,000-row output sheet', () => {
  it('is padded to its widest row (a spread of 300,000 rows overflows the stack)', () => {
    const grid = new SheetGrid();
    grid.addHeader(['Client', 'Turnover', 'ABC']);
    for (let i = 1; i < ROWS; i++) grid.addRow(i === ROWS - 1 ? [`C${i}`, i, 'C', 'note'] : [`C${i}`, i]);
    const { values, width } = grid.finish();
    expect(width).toBe(4);
    expect(values.length).toBe(ROWS);
    expect(values[1]).toEqual(['C1', 1, null, null]);
  });

  it('widestRow counts by hand: at least 1, the longest row otherwise', () => {
    expect(widestRow([])).toBe(1);
    expect(widestRow([[], [1, 2], [1]])).toBe(2);
  });
});
