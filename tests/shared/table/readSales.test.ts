import { describe, expect, it } from 'vitest';
import { thrown } from '../../helpers/thrown';
import fc from 'fast-check';
import { isBlankCell, type Cell } from '../../../shared/cells';
import { ClientValueError } from '../../../shared/errors';
import { render } from '../../../shared/i18n/translate';
import { dayFromYmd } from '../../../shared/table/dates';
import { readSales } from '../../../shared/table/readSales';
import type { ReadResult } from '../../../shared/table/salesTable';

const HEADER = ['Клиент', 'Дата', 'Сумма'];

function reasons(result: ReadResult): string[] {
  return result.skipped.map((s) => `${s.row}:${s.reason}`);
}

function turnoverByName(result: ReadResult): Record<string, number> {
  const totals: Record<string, number> = {};
  const { table } = result;
  for (let i = 0; i < table.rowCount; i++) {
    const name = table.clients[table.client[i]].name;
    totals[name] = (totals[name] ?? 0) + table.amount[i];
  }
  return totals;
}


describe('readSales: the columnar table', () => {
  it('reads a small sheet into typed columns in sheet order', () => {
    const result = readSales([
      HEADER,
      ['Альфа', '15.01.2024', '1 234,56'],
      ['Бета', 45306, 100],
      ['Альфа', new Date(2024, 1, 1), '-34,56'],
    ]);
    const { table } = result;
    expect(result.headerRow).toBe(1);
    expect(result.headers).toEqual(HEADER);
    expect(result.mapping).toEqual({ client: 0, date: 1, amount: 2 });
    expect(table.rowCount).toBe(3);
    expect(Array.from(table.sheetRow)).toEqual([2, 3, 4]);
    expect(Array.from(table.client)).toEqual([0, 1, 0]);
    expect(table.clients).toEqual([{ key: 'альфа', name: 'Альфа' }, { key: 'бета', name: 'Бета' }]);
    expect(Array.from(table.amount)).toEqual([1234.56, 100, -34.56]);
    expect(Array.from(table.day)).toEqual([dayFromYmd(2024, 1, 15), dayFromYmd(2024, 1, 15), dayFromYmd(2024, 2, 1)]);
    expect(table.hasDates).toBe(true);
    expect(result.skipped).toEqual([]);
    expect(result.notes).toEqual([]);
  });

  it('folds the spellings of one client and keeps the first as the display name', () => {
    const result = readSales([
      HEADER,
      ['ООО «Ромашка»', '01.02.2024', 100],
      ['ооо "ромашка" ', '02.02.2024', 200],
      ['ООО  "Ромашка"', '03.02.2024', 300],
      ['ООО “Ромашка”', '04.02.2024', 400],
    ]);
    expect(result.table.clients).toEqual([{ key: 'ооо "ромашка"', name: 'ООО «Ромашка»' }]);
    expect(turnoverByName(result)).toEqual({ 'ООО «Ромашка»': 1000 });
  });

  it('keeps zero amounts and negative amounts (returns)', () => {
    const result = readSales([HEADER, ['Альфа', '01.02.2024', 0], ['Альфа', '02.02.2024', '(50)'], ['Альфа', '03.02.2024', '1234-']]);
    expect(Array.from(result.table.amount)).toEqual([0, -50, -1234]);
  });

  it('reads a sheet without a date column (day is NaN)', () => {
    const result = readSales([['Customer', 'Revenue'], ['Acme', '$1,200'], ['Acme', 300]]);
    expect(result.table.hasDates).toBe(false);
    expect(Array.from(result.table.day)).toEqual([NaN, NaN]);
    expect(turnoverByName(result)).toEqual({ Acme: 1500 });
  });

  it('reads dates in the 1904 system and a/b/yyyy in month-first order when told so', () => {
    const grid = [HEADER, ['Альфа', 43844, 1], ['Альфа', '02/03/2024', 1]];
    expect(Array.from(readSales(grid).table.day)).toEqual([dayFromYmd(2020, 1, 14), dayFromYmd(2024, 3, 2)]);
    expect(Array.from(readSales(grid, { dateSystem: 1904, slashDateOrder: 'mdy' }).table.day))
      .toEqual([dayFromYmd(2024, 1, 15), dayFromYmd(2024, 2, 3)]);
  });

  it('finds the header under a title and counts sheet rows from the top of the sheet', () => {
    const result = readSales([['Отчёт о продажах'], ['за 2024 год'], HEADER, ['Альфа', '15.01.2024', 5], [], ['Бета', 'x', 5]]);
    expect(result.headerRow).toBe(3);
    expect(Array.from(result.table.sheetRow)).toEqual([4]);
    expect(reasons(result)).toEqual(['5:blankRow', '6:badDate']);
  });

  it('applies the user column choices', () => {
    const grid = [['Фирма', 'Когда', 'Деньги', 'Сумма'], ['Альфа', '15.01.2024', 10, 99]];
    const result = readSales(grid, { columns: { client: 'Фирма', date: 'B', amount: 2 } });
    expect(result.mapping).toEqual({ client: 0, date: 1, amount: 2 });
    expect(Array.from(result.table.amount)).toEqual([10]);
  });
});

describe('readSales: skipped rows', () => {
  const grid: Cell[][] = [
    ['Продажи'],
    HEADER,
    ['Альфа', '15.01.2024', '1 234,56'], // 3 used
    [],                                   // 4 blank
    ['', null, '   '],                   // 5 blank
    ['Клиент', 'Дата', 'Сумма'],         // 6 repeated header
    ['Итого', '', '1 234,56'],           // 7 totals
    ['', 'Итого:', '1 234,56'],          // 8 totals in another cell, no client
    ['Total Logistics LLC', '16.01.2024', 10], // 9 used: a client, not a totals row
    ['Бета', '#N/A', 5],                 // 10 error in the date
    ['Бета', '16.01.2024', '#VALUE!'],   // 11 error in the amount
    ['', '16.01.2024', 5],               // 12 no client
    ['Бета', '16.01.2024', ''],          // 13 no amount
    ['Бета', '16.01.2024', 'abc'],       // 14 bad amount
    ['Бета', '', 5],                     // 15 no date
    ['Бета', '31.02.2024', 5],           // 16 bad date
    ['Гамма', '17.01.2024', 0],          // 17 used (zero)
    ['Grand total', null, 1249.56],      // 18 totals
  ];
  const result = readSales(grid);

  it('reports every skipped row with its reason', () => {
    expect(reasons(result)).toEqual([
      '4:blankRow', '5:blankRow', '6:headerRow', '7:totalsRow', '8:totalsRow', '10:errorValue', '11:errorValue',
      '12:noClient', '13:noAmount', '14:badAmount', '15:noDate', '16:badDate', '18:totalsRow',
    ]);
    expect(Array.from(result.table.sheetRow)).toEqual([3, 9, 17]);
    expect(result.table.rowCount + result.skipped.length).toBe(grid.length - 2);
  });

  it('refuses amounts of a quadrillion or more, which are no sale and would overflow the sums', () => {
    const huge = readSales([HEADER, ['Альфа', '15.01.2024', 1e308], ['Альфа', '16.01.2024', 1e308], ['Бета', '16.01.2024', 999_999_999_999_999]]);
    expect(reasons(huge)).toEqual(['2:badAmount', '3:badAmount']);
    expect(Array.from(huge.table.amount)).toEqual([999_999_999_999_999]);
    expect(render('en', huge.skipped[0].message)).toBe('Row 2: amount in C2 is too large to be a sale: "1e+308" (a quadrillion or more).');
  });

  it('names the cell and the value in English, Russian and Ukrainian', () => {
    const byRow = new Map(result.skipped.map((s) => [s.row, s.message]));
    const say = (row: number) => [render('en', byRow.get(row)!), render('ru', byRow.get(row)!), render('uk', byRow.get(row)!)];
    expect(say(14)).toEqual([
      'Row 14: amount in C14 is not a number: "abc".',
      'Строка 14: сумма в ячейке C14 не является числом: «abc».',
      'Рядок 14: сума в клітинці C14 не є числом: «abc».',
    ]);
    expect(say(4)).toEqual(['Row 4: the row is blank.', 'Строка 4: пустая строка.', 'Рядок 4: порожній рядок.']);
    expect(say(6)).toEqual([
      'Row 6: the header row repeated, not a sale.',
      'Строка 6: повтор строки заголовков, а не продажа.',
      'Рядок 6: повтор рядка заголовків, а не продаж.',
    ]);
    expect(say(7)).toEqual([
      'Row 7: a totals row ("Итого" in A7), not a sale.',
      'Строка 7: строка итогов («Итого» в A7), а не продажа.',
      'Рядок 7: рядок підсумків («Итого» у A7), а не продаж.',
    ]);
    expect(say(8)[0]).toBe('Row 8: a totals row ("Итого:" in B8), not a sale.');
    expect(say(10)).toEqual([
      'Row 10: B10 holds the error value #N/A.',
      'Строка 10: в ячейке B10 ошибка #N/A.',
      'Рядок 10: у клітинці B10 помилка #N/A.',
    ]);
    expect(say(12)).toEqual([
      'Row 12: no client in A12.',
      'Строка 12: не указан клиент (ячейка A12 пуста).',
      'Рядок 12: не вказано клієнта (клітинка A12 порожня).',
    ]);
    expect(say(13)).toEqual([
      'Row 13: no amount in C13.',
      'Строка 13: не указана сумма (ячейка C13 пуста).',
      'Рядок 13: не вказано суму (клітинка C13 порожня).',
    ]);
    expect(say(15)).toEqual([
      'Row 15: no date in B15.',
      'Строка 15: не указана дата (ячейка B15 пуста).',
      'Рядок 15: не вказано дату (клітинка B15 порожня).',
    ]);
    expect(say(16)).toEqual([
      'Row 16: date in B16 is not a date: "31.02.2024".',
      'Строка 16: дата в ячейке B16 не распознана: «31.02.2024».',
      'Рядок 16: дату в клітинці B16 не розпізнано: «31.02.2024».',
    ]);
  });

  it('keeps a sale whose product is called "Total" when it has a client and a date', () => {
    const r = readSales([['Клиент', 'Дата', 'Сумма', 'Товар'], ['Альфа', '15.01.2024', 5, 'Total'], ['', '', 5, 'Total']]);
    expect(Array.from(r.table.sheetRow)).toEqual([2]);
    expect(reasons(r)).toEqual(['3:totalsRow']);
  });

  it('skips per-client subtotal rows of a 1C-style report (client filled, "Итого" elsewhere, no date)', () => {
    const r = readSales([HEADER.concat('Товар'), ['Альфа', '15.01.2024', 5, 'Чай'], ['Альфа', '', 5, 'Итого по клиенту']]);
    expect(reasons(r)).toEqual(['3:totalsRow']);
  });

  it('skips pivot-table subtotals ("Ромашка Итог")', () => {
    const r = readSales([HEADER, ['Ромашка', '15.01.2024', 5], ['Ромашка Итог', '', 5]]);
    expect(reasons(r)).toEqual(['3:totalsRow']);
  });

  it('shortens long values in messages', () => {
    const r = readSales([HEADER, ['Альфа', '15.01.2024', 'x'.repeat(100)]]);
    const text = render('en', r.skipped[0].message);
    expect(text).toBe(`Row 2: amount in C2 is not a number: "${'x'.repeat(39)}…".`);
  });
});

describe('readSales: optional columns', () => {
  const grid: Cell[][] = [
    ['Клиент', 'Дата', 'Сумма', '№ заказа', 'Товар', 'Маржа', 'Срок оплаты', 'Дата оплаты', 'Менеджер', 'Kp'],
    ['Альфа', '15.01.2024', 100, 'З-1', 'Чай', '20,5', '25.01.2024', '24.01.2024', 'Иванов', '1,1'],
    ['Альфа', '15.01.2024', 50, 'З-1', ' Чай ', 'n/a', 'скоро', '', 'Иванов', ''],
    ['Бета', '16.01.2024', 70, 1001, '#N/A', '', 45316, new Date(2024, 0, 27), '', 'x'],
  ];
  const result = readSales(grid);
  const { table } = result;

  it('reads categories as codes into first spellings and numbers and days as floats', () => {
    expect(result.mapping).toEqual({
      client: 0, date: 1, amount: 2, orderId: 3, product: 4, margin: 5, dueDate: 6, paidDate: 7, manager: 8, paymentCoefficient: 9,
    });
    expect(table.rowCount).toBe(3);
    expect(table.orderId).toEqual({ codes: Int32Array.from([0, 0, 1]), labels: ['З-1', '1001'] });
    expect(table.product).toEqual({ codes: Int32Array.from([0, 0, -1]), labels: ['Чай'] });
    expect(table.manager).toEqual({ codes: Int32Array.from([0, 0, -1]), labels: ['Иванов'] });
    expect(Array.from(table.margin!)).toEqual([20.5, NaN, NaN]);
    expect(Array.from(table.dueDay!)).toEqual([dayFromYmd(2024, 1, 25), NaN, dayFromYmd(2024, 1, 25)]);
    expect(Array.from(table.paidDay!)).toEqual([dayFromYmd(2024, 1, 24), NaN, dayFromYmd(2024, 1, 27)]);
    expect(Array.from(table.paymentCoefficient!)).toEqual([1.1, NaN, NaN]);
    expect(table.region).toBeUndefined();
    expect(table.plan).toBeUndefined();
  });

  it('notes an error value on every row it appears on, also on consecutive rows', () => {
    const r = readSales([['Клиент', 'Сумма', 'Товар'], ['Альфа', 1, '#N/A'], ['Альфа', 2, '#N/A'], ['Альфа', 3, 'Чай'], ['Альфа', 4, 'Чай']]);
    expect(r.notes.map((n) => n.row)).toEqual([2, 3]);
    expect(r.table.product).toEqual({ codes: Int32Array.from([-1, -1, 0, 0]), labels: ['Чай'] });
  });

  it('notes every unreadable optional value without dropping the sale', () => {
    expect(result.skipped).toEqual([]);
    expect(result.notes.map((n) => render('en', n.message))).toEqual([
      'Row 3: margin in F3 is not a number: "n/a"; the sale is used without it.',
      'Row 3: due date in G3 is not a date: "скоро"; the sale is used without it.',
      'Row 4: payment coefficient in J4 is not a number: "x"; the sale is used without it.',
      'Row 4: E4 holds the error value #N/A; the sale is used without this value.',
    ]);
    expect(render('ru', result.notes[1].message))
      .toBe('Строка 3: срок оплаты в ячейке G3 не распознан: «скоро»; продажа учтена без него.');
    expect(render('uk', result.notes[1].message))
      .toBe('Рядок 3: термін оплати в клітинці G3 не розпізнано: «скоро»; продаж враховано без нього.');
    expect(result.notes.map((n) => [n.row, n.column])).toEqual([[3, 5], [3, 6], [4, 9], [4, 4]]);
  });
});

describe('readSales: unusable input', () => {
  it('throws typed errors for an empty sheet, a sheet without client or amount, a choice pointing nowhere', () => {
    expect(thrown(() => readSales([])).key).toBe('table.error.empty');
    expect(thrown(() => readSales([[''], []])).key).toBe('table.error.empty');
    expect(thrown(() => readSales([['Клиент', 'Дата'], ['Альфа', '15.01.2024']])).key).toBe('table.error.noHeader');
    expect(thrown(() => readSales([HEADER], { columns: { region: 'Регион' } })).key).toBe('table.error.columnNotFound');
  });

  it('does not report blank rows after the last filled row (a whole-column range)', () => {
    const grid: Cell[][] = [HEADER, ['Альфа', '15.01.2024', 5], [], ['', null], ...Array.from({ length: 1000 }, () => ['', '', ''])];
    const result = readSales(grid);
    expect(result.table.rowCount).toBe(1);
    expect(result.skipped).toEqual([]);
  });

  it('reads a header without data as an empty table', () => {
    const result = readSales([HEADER]);
    expect(result.table.rowCount).toBe(0);
    expect(result.table.clients).toEqual([]);
  });
});

const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string(),
  fc.constantFrom('Итого', 'Total', '#N/A', '#VALUE!', '', '  ', 'Клиент', 'Сумма', 'Дата', '1 234,56', '15.01.2024', '31.02.2024'),
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
);

describe('readSales: properties', () => {
  it('never throws anything but ClientValueError, whatever the cells', () => {
    fc.assert(fc.property(fc.array(fc.array(anyCell, { maxLength: 6 }), { maxLength: 12 }), fc.boolean(), (body, withHeader) => {
      const grid = withHeader ? [HEADER, ...body] : body;
      try {
        const result = readSales(grid);
        let filled = grid.length;
        while (filled > 0 && grid[filled - 1].every((cell) => isBlankCell(cell))) filled--;
        // Every row between the header and the last filled row is either used or reported.
        expect(result.table.rowCount + result.skipped.length).toBe(Math.max(0, filled - result.headerRow));
        for (let i = 0; i < result.table.rowCount; i++) expect(Number.isFinite(result.table.amount[i])).toBe(true);
      } catch (error) {
        expect(error).toBeInstanceOf(ClientValueError);
      }
    }), { numRuns: 300 });
  });

  it('row order does not change the turnover of any client', () => {
    const sale = fc.tuple(
      fc.constantFrom('ООО «Ромашка»', 'ооо "ромашка"', 'Бета', 'Гамма', 'Total Logistics', 'Итого', ''),
      fc.constantFrom('15.01.2024', '', '31.02.2024', 45306),
      fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.constantFrom('1 234,56', 'abc', '(10)')),
    );
    fc.assert(fc.property(fc.array(sale, { maxLength: 30 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))), ([rows, shuffled]) => {
      const byKey = (result: ReadResult) => {
        const totals = new Map<string, number>();
        for (let i = 0; i < result.table.rowCount; i++) {
          const key = result.table.clients[result.table.client[i]].key;
          totals.set(key, Math.round(((totals.get(key) ?? 0) + result.table.amount[i]) * 100) / 100);
        }
        return Object.fromEntries([...totals].sort());
      };
      expect(byKey(readSales([HEADER, ...shuffled]))).toEqual(byKey(readSales([HEADER, ...rows])));
    }), { numRuns: 200 });
  });
});

describe('Excel serial dates written as text (a CSV export)', () => {
  it('a date column of plain numbers is read as serials, with one note saying so', () => {
    const result = readSales([HEADER, ['A', '45292', '10'], ['B', '45300', '20'], ['A', ' 45310 ', '5']]);
    expect(reasons(result)).toEqual([]);
    // 45292 is 2024-01-01 in the 1900 system; 45300 eight days later; 45310 eighteen.
    expect(Array.from(result.table.day)).toEqual([dayFromYmd(2024, 1, 1), dayFromYmd(2024, 1, 9), dayFromYmd(2024, 1, 19)]);
    expect(result.notes.map((note) => render('en', note.message))).toEqual([
      'Dates in column B ("Дата") are written as numbers: 3 cells were read as Excel serial dates of the 1900 date system (45292 = 2024-01-01).',
    ]);
  });

  it('in the 1904 date system the same text is four years and a day later', () => {
    const result = readSales([HEADER, ['A', '43830', '10']], { dateSystem: 1904 });
    expect(Array.from(result.table.day)).toEqual([dayFromYmd(2024, 1, 1)]);
  });

  it('a plain number among text dates stays a bad date, named by its cell', () => {
    const result = readSales([HEADER, ['A', '01.01.2024', '10'], ['B', '45300', '20'], ['A', '03.01.2024', '5']]);
    expect(reasons(result)).toEqual(['3:badDate']);
    expect(result.notes).toEqual([]);
  });

  it('numbers that are no plausible sale day (a year, yyyymmdd) are not taken for serials', () => {
    const result = readSales([HEADER, ['A', '2024', '10'], ['B', '20240115', '20']]);
    expect(reasons(result)).toEqual(['2:badDate', '3:badDate']);
  });
});
