/**
 * Issue 10 through the panel's path: the sheet read by the page analyzer, written by the writer
 * to the in-memory workbook. Invisible characters and look-alike names (item 9), subtotal rows
 * (item 11): what the user sees on the Clients and Client summary sheets.
 */
import { describe, expect, it } from 'vitest';
import { pageAnalyzer } from '../../src/panel/analyzer';
import { MemoryWorkbook } from '../../src/panel/memoryWorkbook';
import { writeAnalysis } from '../../src/panel/writer';
import { defaultPanelOptions, parsePanelOptions, serializePanelOptions } from '../../src/panel/settings';

/** By hand: Ромашка 100 + 200 = 300 (U+FEFF and U+2060 in the second); OOO/ООО Бета two clients; rows 5, 6 totals. */
const GRID = [
  ['Клиент', 'Дата', 'Сумма', 'Товар'],
  ['Ромашка', '2025-01-10', 100, 'Чай'],
  ['\ufeffРомашка\u2060', '2025-01-11', 200, 'Чай'],
  ['OOO Бета', '2025-01-12', 40, 'Чай'],
  ['Ромашка', '2025-01-12', 300, 'Итого'],
  ['Total', '2025-01-12', 340, ''],
  ['ООО Бета', '2025-01-13', 60, 'Чай'],
];

describe('issue 10, items 9 and 11, in the panel', () => {
  it('writes one Ромашка of 300, the look-alike warning and the totals rows', async () => {
    const analysis = await pageAnalyzer.analyze(GRID, { lang: 'en' });
    const workbook = new MemoryWorkbook();
    workbook.addUserSheet('Sales', GRID);
    const outcome = await writeAnalysis(workbook, analysis, { lang: 'en', confirmReplace: async () => true });
    expect(outcome.status).toBe('written');
    const clients = workbook.sheet('Clients')!.cells.map((row) => row.map((cell) => cell.value));
    const name = clients[0].indexOf('Client');
    const turnover = clients[0].indexOf('Turnover');
    expect(clients.slice(1).map((row) => [row[name], row[turnover]])).toEqual([['Ромашка', 300], ['ООО Бета', 60], ['OOO Бета', 40]]);
    const summary = workbook.sheet('Client summary')!.cells.map((row) => row.map((cell) => cell.value));
    expect(summary.some((row) => row[0] === '⚠ Clients "OOO Бета" (row 4) and "ООО Бета" (row 7) differ only in look-alike Latin and Cyrillic letters (O/О): counted as two clients; if they are one, correct the spelling.')).toBe(true);
    expect(summary.filter((row) => row[0] === 5 || row[0] === 6).map((row) => row[1])).toEqual([
      'Row 5: a totals row ("Итого" in D5), not a sale.',
      'Row 6: a totals row ("Total" in A6), not a sale.',
    ]);
  });
});

describe('issue 10, item 10: the fill-down option in the panel', () => {
  const BLOCKS = [['Клиент', 'Дата', 'Сумма'], ['Альфа', '2025-01-10', 10], ['', '2025-01-11', 20], ['', '2025-01-12', 30], ['Бета', '2025-01-12', 5], ['', '2025-01-13', 7]];

  it('is stored with the panel options (off by default; a broken value falls back to off)', () => {
    expect(defaultPanelOptions().fillDown).toBe(false);
    const on = { ...defaultPanelOptions(), fillDown: true };
    expect(parsePanelOptions(serializePanelOptions(on)).fillDown).toBe(true);
    expect(parsePanelOptions(JSON.stringify({ version: 1, options: { fillDown: 'yes' } })).fillDown).toBe(false);
  });

  it('on: the Clients sheet has Альфа 60 and Бета 12, the summary says 3 rows were filled and lists the option', async () => {
    const options = { ...defaultPanelOptions(), fillDown: true };
    const analysis = await pageAnalyzer.analyze(BLOCKS, { ...options, lang: 'en' });
    const workbook = new MemoryWorkbook();
    workbook.addUserSheet('Sales', BLOCKS);
    await writeAnalysis(workbook, analysis, { lang: 'en', confirmReplace: async () => true });
    const clients = workbook.sheet('Clients')!.cells.map((row) => row.map((cell) => cell.value));
    const name = clients[0].indexOf('Client');
    const turnover = clients[0].indexOf('Turnover');
    expect(clients.slice(1).map((row) => [row[name], row[turnover]])).toEqual([['Альфа', 60], ['Бета', 12]]);
    const summary = workbook.sheet('Client summary')!.cells.map((row) => row.map((cell) => cell.value));
    expect(summary.some((row) => row[0] === '⚠ Fill-down: 3 rows without a client took the client above (rows 3, 4, 6).')).toBe(true);
    expect(summary.find((row) => row[0] === 'Fill down blank clients')?.[1]).toBe('yes');
  });

  it('off: the summary suggests the checkbox by its name', async () => {
    const analysis = await pageAnalyzer.analyze(BLOCKS, { ...defaultPanelOptions(), lang: 'ru' });
    expect(analysis.clients.map((row) => [row.client, row.turnover])).toEqual([['Альфа', 10], ['Бета', 5]]);
    const workbook = new MemoryWorkbook();
    workbook.addUserSheet('Sales', BLOCKS);
    await writeAnalysis(workbook, analysis, { lang: 'ru', confirmReplace: async () => true });
    const texts = workbook.sheets.flatMap((sheet) => sheet.cells.flat().map((cell) => String(cell.value)));
    expect(texts.some((text) => text.includes('«Заполнять пустых клиентов вниз»') && text.startsWith('⚠ В 3 строках под строкой с клиентом'))).toBe(true);
  });
});
