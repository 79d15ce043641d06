import { describe, expect, it } from 'vitest';
import { readSales } from '../../../shared/table/readSales';
import { dayFromYmd, slashDateOrderForLocale, slashOrderOfColumn } from '../../../shared/table/dates';
import { unusualDates } from '../../../shared/table/unusualDates';
import { analyzeSales } from '../../../shared/pipeline/analyzeSales';
import { render } from '../../../shared/i18n/translate';

const TODAY = dayFromYmd(2026, 12, 2);

/** Monthly sales of A and B in 2024 (eight rows, sheet rows 2..9) and the extra rows given. */
function sheet(...extra: [string, string, number][]) {
  const rows: [string, string, number][] = [];
  for (let month = 1; month <= 4; month++) {
    rows.push(['A', `15.0${month}.2024`, 100], ['B', `20.0${month}.24`, 200]);
  }
  return [['Client', 'Date', 'Amount'], ...rows, ...extra];
}

describe('unusual dates (after today, or far from the rest of the column)', () => {
  it('finds a date after today and a 1969 among 2024 (15.03.69 read with Excel\'s pivot)', () => {
    const { table } = readSales(sheet(['C', '15.03.2031', 500], ['C', '15.03.69', 700]));
    expect(table.day[9]).toBe(dayFromYmd(1969, 3, 15));
    expect(table.day[1]).toBe(dayFromYmd(2024, 1, 20)); // 20.01.24 → 2024
    const found = unusualDates(table, TODAY);
    expect(found.future.map((row) => table.sheetRow[row])).toEqual([10]);
    expect(found.far.map((row) => table.sheetRow[row])).toEqual([11]);
  });

  it('keeps real old sales: the far fence is at least five years beyond the quartiles', () => {
    // 2024's eight sales and one from 2020-03-15: four years before the first quartile, not far.
    const { table } = readSales(sheet(['C', '15.03.2020', 700]));
    expect(unusualDates(table, TODAY)).toEqual({ future: [], far: [] });
    // 2018-01-01 is six years before: far.
    const older = readSales(sheet(['C', '01.01.2018', 700])).table;
    expect(unusualDates(older, TODAY).far.map((row) => older.sheetRow[row])).toEqual([10]);
  });

  it('with fewer than eight dated rows only the future check applies', () => {
    const { table } = readSales([['Client', 'Date', 'Amount'], ['A', '2024-01-15', 1], ['A', '1969-03-15', 1], ['B', '2027-01-01', 1]]);
    expect(unusualDates(table, TODAY)).toEqual({ future: [2], far: [] });
  });

  it('the pipeline leaves them out of the as-of day and every figure, naming the rows; keepUnusualDates keeps them', () => {
    const cells = sheet(['C', '15.03.2031', 500], ['C', '15.03.69', 700]);
    const analysis = analyzeSales(cells, { today: TODAY });
    expect(analysis.summary.asOf).toBe(dayFromYmd(2024, 4, 20));
    expect(analysis.summary.firstDay).toBe(dayFromYmd(2024, 1, 15));
    expect(analysis.summary.turnover).toBe(1200);
    expect(analysis.summary.rowsUsed).toBe(8);
    expect(analysis.clients.map((row) => row.client)).toEqual(['B', 'A']);
    const warnings = analysis.summary.warnings.filter((w) => w.code.startsWith('dates.'));
    expect(warnings.map((w) => render('en', w.message))).toEqual([
      '1 row is dated after today (2026-12-02), left out so as not to move the analysis date: 10 (2031-03-15). If right, confirm with "keep unusual dates".',
      '1 row is dated far from the rest of the dates (2024-02-15 to 2024-03-20 in the middle), left out: 11 (1969-03-15). Two-digit years 30-99 are 19xx. If right, confirm with "keep unusual dates".',
    ]);
    expect(render('ru', warnings[0].message)).toBe('Дата позже сегодняшней (2026-12-02), 1 строка исключена, чтобы не сдвигать дату анализа: 10 (2031-03-15). Если даты верны, включите «сохранить необычные даты».');
    expect(render('uk', warnings[1].message)).toMatch(/^Дата далеко від решти \(середина: 2024-02-15 – 2024-03-20\), 1 рядок виключено: 11 \(1969-03-15\)/);

    const kept = analyzeSales(cells, { today: TODAY, keepUnusualDates: true });
    expect(kept.summary.asOf).toBe(dayFromYmd(2031, 3, 15));
    expect(kept.summary.turnover).toBe(2400);
    expect(kept.summary.warnings.filter((w) => w.code.startsWith('dates.')).map((w) => w.code)).toEqual(['dates.unusualKept']);
  });
});

describe('slash dates: the locale, and a column that proves its order', () => {
  it('en-US and bare en are month first; en-GB, ru, uk and unknown tags day first', () => {
    expect(['en-US', 'en_US', 'en', 'es-US', 'en-PH'].map(slashDateOrderForLocale)).toEqual(['mdy', 'mdy', 'mdy', 'mdy', 'mdy']);
    expect(['en-GB', 'ru', 'ru-RU', 'uk_UA', 'de-DE', '', undefined].map(slashDateOrderForLocale)).toEqual(['dmy', 'dmy', 'dmy', 'dmy', 'dmy', 'dmy', 'dmy']);
  });

  it('03/15/2024 in a day-first workbook makes the whole column month first, with a note', () => {
    const cells = [['Client', 'Date', 'Amount'], ['A', '03/04/2024', 10], ['B', '03/15/2024', 20]];
    expect(slashOrderOfColumn(cells, 1, 3, 1, 'dmy')).toEqual({ order: 'mdy', index: 2, text: '03/15/2024' });
    const read = readSales(cells, { slashDateOrder: 'dmy' });
    expect(Array.from(read.table.day)).toEqual([dayFromYmd(2024, 3, 4), dayFromYmd(2024, 3, 15)]);
    expect(read.skipped).toEqual([]);
    expect(read.notes.map((note) => render('en', note.message))).toEqual([
      'Column B ("Date") is read month first (mm/dd/yyyy): 03/15/2024 in row 3 can only be so.',
    ]);
    // Without a proving cell the locale's order stands: 03/04/2024 is 3 April day first, 4 March month first.
    expect(readSales(cells.slice(0, 2), { slashDateOrder: 'dmy' }).table.day[0]).toBe(dayFromYmd(2024, 4, 3));
    expect(readSales(cells.slice(0, 2), { slashDateOrder: 'mdy' }).table.day[0]).toBe(dayFromYmd(2024, 3, 4));
  });

  it('15/03/2024 in a month-first workbook: day first, said so; cells proving both ways leave the locale order', () => {
    const cells = [['Client', 'Date', 'Amount'], ['A', '03/04/2024', 10], ['B', '15/03/2024', 20]];
    const read = readSales(cells, { slashDateOrder: 'mdy' });
    expect(Array.from(read.table.day)).toEqual([dayFromYmd(2024, 4, 3), dayFromYmd(2024, 3, 15)]);
    expect(render('ru', read.notes[0].message)).toBe('Столбец B («Date») прочитан как дд/мм/гггг: 15/03/2024 в строке 3 иначе не прочесть.');
    const both = readSales([...cells, ['C', '03/15/2024', 30]], { slashDateOrder: 'mdy' });
    expect(both.notes).toEqual([]);
    expect(both.skipped.map((s) => [s.row, s.reason])).toEqual([[3, 'badDate']]);
  });
});
