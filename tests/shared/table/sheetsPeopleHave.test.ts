/**
 * Issue 10, items 9 and 11, in the core: one client spelled with invisible characters is one
 * client; look-alike and near-duplicate names are reported (not merged); subtotal rows are skipped
 * whichever column holds the label. Each case is small enough to check by hand.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { render } from '../../../shared/i18n/translate';
import { clientKey, clientName, lookAlikeKey } from '../../../shared/table/clientKey';
import { readSales } from '../../../shared/table/readSales';
import type { ReadResult } from '../../../shared/table/salesTable';

const HEADER = ['Клиент', 'Дата', 'Сумма'];
const reasons = (result: ReadResult) => result.skipped.map((s) => `${s.row}:${s.reason}`);
const turnover = (result: ReadResult) => {
  const sums: Record<string, number> = {};
  for (let i = 0; i < result.table.rowCount; i++) {
    const name = result.table.clients[result.table.client[i]].name;
    sums[name] = (sums[name] ?? 0) + result.table.amount[i];
  }
  return sums;
};

const INVISIBLE = [
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f',
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069',
];

describe('item 9: invisible characters fold into the client key', () => {
  it('every zero-width character, soft hyphen and direction mark is dropped from the key (the name stays as typed)', () => {
    for (const mark of INVISIBLE) {
      expect(clientKey(`Ромашка${mark}`), `U+${mark.charCodeAt(0).toString(16)}`).toBe('ромашка');
      expect(clientKey(`Ро${mark}машка`)).toBe('ромашка');
      expect(clientName(`${mark}Ромашка`)).toBe(`${mark}Ромашка`.trim());
    }
  });

  it('any invisible characters anywhere give the same key (property)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...INVISIBLE), { maxLength: 8 }), fc.nat(), (marks, seed) => {
      const name = 'ООО «Ромашка»';
      let text = name;
      for (const [i, mark] of marks.entries()) {
        const at = (seed + i * 7) % (text.length + 1);
        text = text.slice(0, at) + mark + text.slice(at);
      }
      expect(clientKey(text)).toBe(clientKey(name));
    }));
  });

  it('three rows that look identical are one client of 600 (100 + 200 + 300)', () => {
    const r = readSales([HEADER,
      ['Ромашка', '10.01.2025', 100],
      ['Ромашка\u200b', '11.01.2025', 200],
      ['\u200fРо\u00adмашка\u2060', '12.01.2025', 300],
    ]);
    expect(turnover(r)).toEqual({ Ромашка: 600 });
    expect(r.warnings).toBeUndefined();
  });

  it('a client cell of invisible characters only is a row without a client; "Итого" with one is a totals row', () => {
    const r = readSales([HEADER, ['\u200b\ufeff', '10.01.2025', 100], ['Итого\u200b', '', 100], ['A', '10.01.2025', 5]]);
    expect(reasons(r)).toEqual(['2:noClient', '3:totalsRow']);
  });
});

describe('item 9: look-alike and near-duplicate names are reported, not merged', () => {
  it('folds Latin look-alikes of Cyrillic letters, upper and lower case, and drops punctuation', () => {
    expect(lookAlikeKey(clientKey('OOO Ромашка'))).toBe(lookAlikeKey(clientKey('ООО Ромашка')));
    expect(lookAlikeKey(clientKey('ABEKMHOPCTX'))).toBe(lookAlikeKey(clientKey('АВЕКМНОРСТХ')));
    expect(lookAlikeKey(clientKey('aeopcyx'))).toBe(lookAlikeKey(clientKey('аеорсух')));
    expect(lookAlikeKey(clientKey('Acme, Ltd.'))).toBe(lookAlikeKey(clientKey('Acme Ltd')));
    expect(lookAlikeKey(clientKey('Metro'))).not.toBe(lookAlikeKey(clientKey('Metro 2')));
    expect(lookAlikeKey(clientKey('Beta'))).not.toBe(lookAlikeKey(clientKey('Betta')));
  });

  const grid = [HEADER.concat('Товар'),
    ['OOO Ромашка', '10.01.2025', 100, 'Чай'], // 2: Latin OOO
    ['ООО Ромашка', '11.01.2025', 200, 'Чай'], // 3: Cyrillic ООО
    ['Acme, Ltd.', '12.01.2025', 70, 'Чай'],   // 4
    ['ООО Ромашка', '13.01.2025', 50, 'Чай'],  // 5
    ['Acme Ltd', '14.01.2025', 30, 'Чай'],     // 6
    ['Бета', '15.01.2025', 10, 'Чай'],         // 7
  ];
  const r = readSales(grid);

  it('keeps them apart (the user decides): 4 clients, turnovers as in the sheet', () => {
    expect(turnover(r)).toEqual({ 'OOO Ромашка': 100, 'ООО Ромашка': 250, 'Acme, Ltd.': 70, 'Acme Ltd': 30, Бета: 10 });
  });

  it('names both spellings and their rows, in English, Russian and Ukrainian', () => {
    expect(r.warnings?.map((w) => w.code)).toEqual(['table.lookAlikeLetters', 'table.nearDuplicateNames']);
    const [letters, punctuation] = r.warnings!;
    expect(render('en', letters.message)).toBe(
      'Clients "OOO Ромашка" (row 2) and "ООО Ромашка" (rows 3, 5) differ only in look-alike Latin and Cyrillic letters (O/О): counted as two clients; if they are one, correct the spelling.');
    expect(render('ru', letters.message)).toBe(
      'Клиенты «OOO Ромашка» (строка 2) и «ООО Ромашка» (строки 3, 5) различаются только похожими латинскими и кириллическими буквами (O/О): учтены как два клиента; если это один, исправьте написание.');
    expect(render('uk', letters.message)).toBe(
      'Клієнти «OOO Ромашка» (рядок 2) і «ООО Ромашка» (рядки 3, 5) різняться лише схожими латинськими й кириличними літерами (O/О): враховано як двох клієнтів; якщо це один, виправте написання.');
    expect(render('en', punctuation.message)).toBe(
      'Clients "Acme, Ltd." (row 4) and "Acme Ltd" (row 6) differ only in punctuation or spacing: counted as two clients; if they are one, correct the spelling.');
    expect(render('ru', punctuation.message)).toMatch(/^Клиенты «Acme, Ltd\.» \(строка 4\) и «Acme Ltd» \(строка 6\) различаются только/);
    expect(render('uk', punctuation.message)).toMatch(/^Клієнти «Acme, Ltd\.» \(рядок 4\) і «Acme Ltd» \(рядок 6\) різняться лише/);
  });

  it('quotes at most three rows of a spelling', () => {
    const many = readSales([HEADER, ...[1, 2, 3, 4, 5].map((d) => ['OOO Альфа', `0${d}.01.2025`, 1]), ['ООО Альфа', '09.01.2025', 1]]);
    expect(render('en', many.warnings![0].message)).toMatch(/^Clients "OOO Альфа" \(rows 2, 3, 4, …\) and "ООО Альфа" \(row 7\)/);
  });

  it('says nothing when names merely share letters', () => {
    expect(readSales([HEADER, ['Альфа', '10.01.2025', 1], ['Альфа-2', '10.01.2025', 1], ['Alpha', '10.01.2025', 1]]).warnings).toBeUndefined();
  });
});

describe('item 11: subtotal rows, whichever column holds the label', () => {
  const grid = [['Клиент', 'Дата', 'Сумма', 'Товар', 'Комментарий'],
    ['Альфа', '10.01.2025', 100, 'Чай', ''],             // 2 used
    ['Альфа', '11.01.2025', 50, 'Кофе', ''],             // 3 used
    ['Альфа', '11.01.2025', 150, 'Итого', ''],           // 4 subtotal with a date and an amount
    ['Бета', '12.01.2025', 40, 'Чай', ''],               // 5 used
    ['Бета', '12.01.2025', 40, '', 'Всего по клиенту'],  // 6 subtotal in a comment column
    ['Total', '12.01.2025', 190, '', ''],                // 7 client cell exactly "Total"
    ['', '12.01.2025', 190, 'Grand total', ''],          // 8
    ['Гамма', '13.01.2025', 7, 'Total', ''],             // 9 used: a product called Total
    ['Дельта', '13.01.2025', 3, 'Subtotal', ''],         // 10 subtotal
    ['Разом', '13.01.2025', 10, '', ''],                 // 11
    ['Усього:', '13.01.2025', 10, '', ''],               // 12
  ];
  const r = readSales(grid);

  it('skips each as a totals row and counts only the sales: 100 + 50 + 40 + 7 = 197', () => {
    expect(reasons(r)).toEqual(['4:totalsRow', '6:totalsRow', '7:totalsRow', '8:totalsRow', '10:totalsRow', '11:totalsRow', '12:totalsRow']);
    expect(Array.from(r.table.sheetRow)).toEqual([2, 3, 5, 9]);
    expect(turnover(r)).toEqual({ Альфа: 150, Бета: 40, Гамма: 7 });
  });

  it('names the label and its cell', () => {
    const message = (row: number) => render('en', r.skipped.find((s) => s.row === row)!.message);
    expect(message(4)).toBe('Row 4: a totals row ("Итого" in D4), not a sale.');
    expect(message(6)).toBe('Row 6: a totals row ("Всего по клиенту" in E6), not a sale.');
    expect(message(7)).toBe('Row 7: a totals row ("Total" in A7), not a sale.');
    expect(render('ru', r.skipped[0].message)).toBe('Строка 4: строка итогов («Итого» в D4), а не продажа.');
  });
});

describe('item 10: blocks with the client on their first row only', () => {
  // By hand: Альфа 10 + 20 + 30 = 60, Бета 5 + 7 = 12; the blank client after the totals row (row 8)
  // follows no client and is never filled.
  const grid = [HEADER,
    ['Альфа', '10.01.2025', 10], // 2
    ['', '11.01.2025', 20],      // 3
    ['', '12.01.2025', 30],      // 4
    ['Бета', '12.01.2025', 5],   // 5
    ['', '13.01.2025', 7],       // 6
    ['Итого', '', 72],           // 7
    ['', '13.01.2025', 1],       // 8
  ];

  it('without fill-down: rows 3, 4, 6 skipped, and a warning suggests the option in each entry point', () => {
    const r = readSales(grid);
    expect(reasons(r)).toEqual(['3:noClient', '4:noClient', '6:noClient', '7:totalsRow', '8:noClient']);
    expect(turnover(r)).toEqual({ Альфа: 10, Бета: 5 });
    expect(r.warnings?.map((w) => w.code)).toEqual(['table.fillDownSuggested']);
    expect(render('en', r.warnings![0].message)).toBe(
      '3 rows have a date and an amount but no client, under a row with a client (rows 3, 4, 6), and were skipped. If the client is written only on the first row of its block, turn on fill-down (panel: "Fill down blank clients"; CLI: --fill-down; functions: filldown=yes).');
    expect(render('ru', r.warnings![0].message)).toMatch(/^В 3 строках под строкой с клиентом есть дата и сумма, но нет клиента \(строки 3, 4, 6\).*--fill-down/);
    expect(render('uk', r.warnings![0].message)).toMatch(/^У 3 рядках під рядком із клієнтом є дата й сума, але немає клієнта \(рядки 3, 4, 6\).*filldown=yes/);
  });

  it('with fill-down: the three rows take the client above and the warning says how many', () => {
    const r = readSales(grid, { fillDown: true });
    expect(reasons(r)).toEqual(['7:totalsRow', '8:noClient']);
    expect(turnover(r)).toEqual({ Альфа: 60, Бета: 12 });
    expect(Array.from(r.table.sheetRow)).toEqual([2, 3, 4, 5, 6]);
    expect(r.warnings?.map((w) => render('en', w.message))).toEqual(['Fill-down: 3 rows without a client took the client above (rows 3, 4, 6).']);
    expect(render('ru', r.warnings![0].message)).toBe('Заполнение вниз: 3 строки без клиента получили клиента сверху (строки 3, 4, 6).');
  });

  it('no suggestion for a lone blank client, or when most blank clients are not in blocks', () => {
    expect(readSales([HEADER, ['Альфа', '10.01.2025', 10], ['', '11.01.2025', 20]]).warnings).toBeUndefined();
    const scattered = readSales([HEADER, ['Альфа', '10.01.2025', 10], ['', '11.01.2025', 20], ['', '', 3], ['', '', 4], ['', 'x', 5], ['', '11.01.2025', 'y'], ['Бета', '10.01.2025', 1], ['', '11.01.2025', 2]]);
    expect(scattered.warnings).toBeUndefined();
  });
});

describe('item 6: "1,500" among two-decimal amounts', () => {
  it('reads it with the column\'s decimal mark (1.5) and notes the cell, in EN/RU/UK', () => {
    const r = readSales([HEADER, ['A', '10.01.2025', '12,50'], ['B', '10.01.2025', '3,75'], ['C', '10.01.2025', '1,500'], ['D', '10.01.2025', '-1,500 ₽']]);
    expect(Array.from(r.table.amount)).toEqual([12.5, 3.75, 1.5, -1.5]);
    expect(r.notes.map((n) => render('en', n.message))).toEqual([
      'Row 4: "1,500" in C4 is read as 1,5: the column writes "," as the decimal mark. For 1500, write it without the mark.',
      'Row 5: "-1,500 ₽" in C5 is read as -1,5: the column writes "," as the decimal mark. For -1500, write it without the mark.',
    ]);
    expect(render('ru', r.notes[0].message)).toBe('Строка 4: «1,500» в ячейке C4 прочитано как 1,5: в столбце «,» служит десятичным знаком. Для 1500 запишите без этого знака.');
    expect(render('uk', r.notes[0].message)).toMatch(/^Рядок 4: «1,500» у клітинці C4 прочитано як 1,5: у стовпці «,» є десятковим знаком/);
  });

  it('the same for a dot column (12.50, 1.500 → 1.5)', () => {
    expect(Array.from(readSales([HEADER, ['A', '10.01.2025', '12.50'], ['B', '10.01.2025', '1.500']]).table.amount)).toEqual([12.5, 1.5]);
  });

  it('keeps the three-digits rule (1,500 = 1500) when the column does not prove the mark decimal, or proves both', () => {
    expect(Array.from(readSales([HEADER, ['A', '10.01.2025', '1,500'], ['B', '10.01.2025', 12.5]]).table.amount)).toEqual([1500, 12.5]);
    expect(Array.from(readSales([HEADER, ['A', '10.01.2025', '12,50'], ['B', '10.01.2025', '1,234,567'], ['C', '10.01.2025', '1,500']]).table.amount))
      .toEqual([12.5, 1234567, 1500]);
    expect(Array.from(readSales([HEADER, ['A', '10.01.2025', '12.50'], ['B', '10.01.2025', '$1,500']]).table.amount)).toEqual([12.5, 1500]);
  });
});
