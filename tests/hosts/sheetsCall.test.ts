/**
 * The Sheets edge: Dates become the calendar day shown in the spreadsheet's zone, result days go
 * back as midnight in that zone, and the zone is asked for only when a call has a date.
 */
import { describe, expect, it } from 'vitest';
import { isoDayInZone, sheetsArgument, sheetsCall, type SheetsEnvironment } from '../../src/sheets/functions/sheetsCall';
import { excelArgument, excelResult } from '../../src/excel/functions/excelCells';
import { dayFromIso } from '../../shared/table/dates';
import { isoInZone, midnightInZone } from './fakes';

function environment(timeZone: string, locale = 'en_US'): SheetsEnvironment & { zoneCalls: number } {
  const env = {
    zoneCalls: 0,
    timeZone: () => { env.zoneCalls++; return timeZone; },
    locale: () => locale,
    formatDate: (date: Date, zone: string) => isoInZone(date, zone),
    parseDate: (text: string, zone: string) => midnightInZone(text, zone),
  };
  return env;
}

describe('Sheets dates at the edge', () => {
  it('read a Date as the day the spreadsheet shows, whatever the script\'s zone', () => {
    // 2024-03-01 00:00 in Auckland is 2024-02-29 11:00 UTC: a UTC reading would be a day early.
    const shown = midnightInZone('2024-03-01', 'Pacific/Auckland');
    expect(shown.toISOString()).toBe('2024-02-29T11:00:00.000Z');
    expect(isoDayInZone(shown, 'Pacific/Auckland', environment('Pacific/Auckland'))).toBe('2024-03-01');
    // 2024-03-01 00:00 in Los Angeles is 08:00 UTC the same day.
    expect(isoDayInZone(midnightInZone('2024-03-01', 'America/Los_Angeles'), 'America/Los_Angeles', environment('x'))).toBe('2024-03-01');
  });

  it('convert Dates inside ranges and leave everything else as Sheets gave it', () => {
    const date = midnightInZone('2024-01-15', 'Europe/Kyiv');
    expect(sheetsArgument([[date, 5, ''], ['x', true, null]], (d) => isoInZone(d, 'Europe/Kyiv'))).toEqual([['2024-01-15', 5, ''], ['x', true, null]]);
    expect(sheetsArgument(undefined, () => '')).toBeUndefined();
  });

  it('ask for the zone only when a call has a date, once per call', () => {
    const env = environment('Pacific/Auckland');
    expect(sheetsCall('CLIENT_VALUE', [50, 1, 0.9], env)).toBe(45);
    expect(env.zoneCalls).toBe(0);
    const dates = ['2024-01-10', '2024-02-10', '2024-03-10'].map((iso) => [midnightInZone(iso, 'Pacific/Auckland')]);
    const table = sheetsCall('CLIENT_TABLE', [[['A'], ['A'], ['B']], dates, [[1], [2], [3]]], env) as unknown[][];
    expect(env.zoneCalls).toBe(1);
    const a = table.find((row) => row[0] === 'A')!;
    expect(a[4]).toEqual(midnightInZone('2024-01-10', 'Pacific/Auckland'));
    expect(a[5]).toEqual(midnightInZone('2024-02-10', 'Pacific/Auckland'));
  });

  it('throw an Error with the message in the user\'s language', () => {
    expect(() => sheetsCall('CLIENT_VALUE', ['x', 1, 1], environment('UTC', 'uk'))).toThrow('turnover: очікується число, отримано «x».');
  });
});

describe('Excel results', () => {
  const plainStyle = (dateSystem: 1900 | 1904) => ({ dateSystem, formatted: null, isPercent: () => false });
  it('days become serials in the workbook\'s system, blanks "", non-finite numbers blank', () => {
    const day = dayFromIso('2024-01-15');
    expect(excelResult([[{ day }, null, NaN, 'A', 2]], plainStyle(1900))).toEqual([[45306, '', '', 'A', 2]]);
    expect(excelResult({ day }, plainStyle(1904))).toBe(43844);
    expect(excelResult(45, plainStyle(1900))).toBe(45);
  });

  it('where Excel takes formatted numbers, days show as dates and shares as percentages', () => {
    const day = dayFromIso('2024-01-15');
    const style = { dateSystem: 1900 as const, formatted: 'Double' as const, isPercent: (row: number, column: number) => row > 0 && column === 1 };
    expect(excelResult([['When', 'Share'], [{ day }, 0.25], [null, NaN]], style)).toEqual([
      ['When', 'Share'],
      [{ type: 'Double', basicValue: 45306, numberFormat: 'yyyy-mm-dd' }, { type: 'Double', basicValue: 0.25, numberFormat: '0.0%' }],
      ['', ''],
    ]);
  });

  it('data-type cells arrive unwrapped to the value the cell shows', () => {
    expect(excelArgument({ type: 'Double', basicValue: 12.5, numberFormat: '0.00 "h"' })).toBe(12.5);
    expect(excelArgument([[{ type: 'LinkedEntity', text: 'Microsoft Corp', basicValue: '#VALUE!' }, 'x', 3]])).toEqual([['Microsoft Corp', 'x', 3]]);
    expect(excelArgument({ type: 'Boolean', basicValue: true })).toBe(true);
    expect(excelArgument(null)).toBeNull();
  });
});
