import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSales } from '../../../shared/table/readSales';
import { dayFromIso } from '../../../shared/table/dates';
import { clientsWithRows, rowsUpToDay } from '../../../shared/table/upToDay';

/* Sheet rows 2..7; cut at 2022-12-31 keeps rows 2 (A), 4 (B) and 6 (C). */
const sheet = [
  ['Client', 'Date', 'Amount', 'Reason'],
  ['A', '2022-01-10', 100, ''],
  ['A', '2023-02-01', 100, ''],
  ['B', '2022-05-05', 50, 'Price'],
  ['D', '2023-09-09', 30, ''],
  ['C', '2022-07-07', 70, ''],
  ['B', '2023-06-06', 50, 'Price'],
];

describe('rowsUpToDay', () => {
  const { table } = readSales(sheet);

  it('keeps the rows on or before the day and every column aligned; clients kept', () => {
    const { table: cut, rowsAfter } = rowsUpToDay(table, dayFromIso('2022-12-31'));
    expect(rowsAfter).toBe(3);
    expect([...cut.sheetRow]).toEqual([2, 4, 6]);
    expect([...cut.amount]).toEqual([100, 50, 70]);
    expect(cut.churnReason?.codes.length).toBe(3);
    expect(cut.clients).toBe(table.clients);
    expect(cut.clients.map((c) => c.name)).toEqual(['A', 'B', 'D', 'C']);
  });

  it('returns the same table when nothing is after the day, or without a day', () => {
    expect(rowsUpToDay(table, dayFromIso('2030-01-01')).table).toBe(table);
    expect(rowsUpToDay(table, null)).toEqual({ table, rowsAfter: 0 });
  });
});

describe('clientsWithRows', () => {
  it('drops the clients left without rows and renumbers the rest in their old order', () => {
    const { table } = readSales(sheet);
    const cut = clientsWithRows(rowsUpToDay(table, dayFromIso('2022-12-31')).table);
    expect(cut.clients.map((c) => c.name)).toEqual(['A', 'B', 'C']);
    expect(Array.from(cut.client, (c) => cut.clients[c].name)).toEqual(['A', 'B', 'C']);
    expect(clientsWithRows(table)).toBe(table);
  });

  it('every kept row keeps its client (property)', () => {
    const row = fc.tuple(fc.constantFrom('A', 'B', 'C', 'D'), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 99 }));
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 15 }), fc.integer({ min: 1, max: 28 }), (rows, cutDay) => {
      const { table } = readSales([['Client', 'Date', 'Amount'], ...rows.map(([c, d, a]) => [c, `2024-02-${String(d).padStart(2, '0')}`, a])]);
      const { table: cut, rowsAfter } = rowsUpToDay(table, dayFromIso(`2024-02-${String(cutDay).padStart(2, '0')}`));
      const renumbered = clientsWithRows(cut);
      const expected = rows.filter(([, d]) => d <= cutDay).map(([c]) => c);
      expect(rowsAfter).toBe(rows.length - expected.length);
      expect(Array.from(renumbered.client, (c) => renumbered.clients[c].name)).toEqual(expected);
      expect(renumbered.clients.length).toBe(new Set(expected).size);
    }));
  });
});
