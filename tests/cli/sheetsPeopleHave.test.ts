/**
 * Issue 10 through the real command line (in-process main, files from memory): invisible
 * characters, look-alike names and subtotal rows (items 9 and 11), as a user runs `segment`.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

const csv = (text: string) => new TextEncoder().encode(text);

/**
 * By hand: Ромашка 100 + 200 (the second spelling ends in U+200B) + 300 (a soft hyphen and a
 * right-to-left mark) = 600; OOO Бета (Latin O) 40 and ООО Бета (Cyrillic) 60 stay two clients,
 * with a warning; row 7 ("Итого" in the product column, with a date and an amount) and row 8
 * (client "Total") are totals rows. Turnover 700 of 5 sales.
 */
const SHEET = [
  'Клиент;Дата;Сумма;Товар',
  'Ромашка;2025-01-10;100;Чай',
  'Ромашка\u200b;2025-01-11;200;Чай',
  'Ро\u00adмашка\u200f;2025-01-12;300;Кофе',
  'OOO Бета;2025-01-13;40;Чай',
  'ООО Бета;2025-01-14;60;Чай',
  'Ромашка;2025-01-14;600;Итого',
  'Total;2025-01-14;700;',
  '',
].join('\n');

describe('issue 10, items 9 and 11: the segment report', () => {
  it('one Ромашка of 600, the look-alike names named, the totals rows listed (English)', async () => {
    const { code, stdout } = await runCli(['segment', 'sales.csv'], { 'sales.csv': csv(SHEET) });
    expect(code).toBe(0);
    expect(stdout).toContain('5 rows used, 2 skipped; 3 clients; turnover 700.00');
    expect(stdout).toMatch(/1 {2}Ромашка +A +600\.00/);
    expect(stdout).toContain('! Clients "OOO Бета" (row 5) and "ООО Бета" (row 6) differ only in look-alike Latin and Cyrillic letters');
    expect(stdout).toContain('Skipped rows (2)\n  Row 7: a totals row ("Итого" in D7), not a sale.\n  Row 8: a totals row ("Total" in A8), not a sale.');
  });

  it('the same in Russian, and in the JSON output', async () => {
    const ru = await runCli(['segment', 'sales.csv', '--lang', 'ru'], { 'sales.csv': csv(SHEET) });
    expect(ru.stdout).toContain('Клиенты «OOO Бета» (строка 5) и «ООО Бета» (строка 6) различаются только похожими');
    expect(ru.stdout).toContain('Строка 7: строка итогов («Итого» в D7), а не продажа.');
    const json = await runCli(['segment', 'sales.csv', '--json'], { 'sales.csv': csv(SHEET) });
    const result = JSON.parse(json.stdout);
    expect(result.clients.map((c: { client: string; turnover: number }) => [c.client, c.turnover]))
      .toEqual([['Ромашка', 600], ['ООО Бета', 60], ['OOO Бета', 40]]);
    expect(result.summary.warnings[0].code).toBe('table.lookAlikeLetters');
    expect(result.skipped.map((s: { row: number; code: string }) => `${s.row}:${s.code}`)).toEqual(['7:totalsRow', '8:totalsRow']);
  });

  it('names that differ only in punctuation are warned about', async () => {
    const { stdout } = await runCli(['segment', 'p.csv'], { 'p.csv': csv('Client,Date,Amount\n"Acme, Ltd.",2025-01-10,70\nAcme Ltd,2025-01-11,30\n') });
    expect(stdout).toContain('! Clients "Acme, Ltd." (row 2) and "Acme Ltd" (row 3) differ only in punctuation or spacing: counted as two clients');
  });
});

describe('issue 10, item 10: --fill-down', () => {
  // By hand: Альфа 10 + 20 + 30 = 60, Бета 5 + 7 = 12 with the option; 10 and 5 without.
  const BLOCKS = csv('Клиент;Дата;Сумма\nАльфа;2025-01-10;10\n;2025-01-11;20\n;2025-01-12;30\nБета;2025-01-12;5\n;2025-01-13;7\n');

  it('without it: 2 rows used, 3 skipped, and the warning names --fill-down', async () => {
    const { code, stdout } = await runCli(['segment', 'blocks.csv'], { 'blocks.csv': BLOCKS });
    expect(code).toBe(0);
    expect(stdout).toContain('2 rows used, 3 skipped; 2 clients; turnover 15.00');
    expect(stdout).toContain('! 3 rows have a date and an amount but no client, under a row with a client (rows 3, 4, 6)');
    expect(stdout).toContain('CLI: --fill-down');
  });

  it('with it: 5 rows used, Альфа 60 and Бета 12, and how many rows it filled (segment and clv)', async () => {
    const { code, stdout } = await runCli(['segment', 'blocks.csv', '--fill-down', '--json'], { 'blocks.csv': BLOCKS });
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.clients.map((c: { client: string; turnover: number }) => [c.client, c.turnover])).toEqual([['Альфа', 60], ['Бета', 12]]);
    expect(result.skipped).toEqual([]);
    expect(result.summary.warnings[0]).toEqual({ code: 'table.filledDown', message: 'Fill-down: 3 rows without a client took the client above (rows 3, 4, 6).' });
    const clv = await runCli(['clv', 'blocks.csv', '--fill-down', '--lang', 'uk'], { 'blocks.csv': BLOCKS });
    expect(clv.code).toBe(0);
    expect(clv.stdout).toContain('! Заповнення вниз: 3 рядки без клієнта отримали клієнта згори (рядки 3, 4, 6).');
  });
});

describe('issue 10, item 6: "1,500" among two-decimal amounts', () => {
  it('is read as 1.5 in a comma-decimal file, and the note names the cell (--json)', async () => {
    const file = csv('Клиент;Дата;Сумма\nА;2025-01-10;12,50\nБ;2025-01-11;3,75\nВ;2025-01-12;1,500\n');
    const { code, stdout } = await runCli(['segment', 'a.csv', '--json'], { 'a.csv': file });
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.summary.turnover).toBeCloseTo(17.75, 10);
    expect(result.summary.notes.map((n: { message: string }) => n.message)).toEqual([
      'Row 4: "1,500" in C4 is read as 1,5: the column writes "," as the decimal mark. For 1500, write it without the mark.',
    ]);
  });
});

describe('issue 10, item 6: the text report', () => {
  it('lists the note under Notes', async () => {
    const file = csv('Клиент;Дата;Сумма\nА;2025-01-10;12,50\nБ;2025-01-11;3,75\nВ;2025-01-12;1,500\n');
    const { stdout } = await runCli(['segment', 'a.csv', '--lang', 'ru'], { 'a.csv': file });
    expect(stdout).toContain('  Строка 4: «1,500» в ячейке C4 прочитано как 1,5: в столбце «,» служит десятичным знаком');
  });
});
