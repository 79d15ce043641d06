/**
 * The writer against the in-memory workbook: the two output sheets, their formats, table, colours
 * and charts; re-runs replace only the add-in's own sheets after the user confirms; the user's
 * sheets and cells are never touched; formula-looking client names stay text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSales } from '../../shared/pipeline/analyzeSales';
import type { Analysis } from '../../shared/pipeline/types';
import { MemoryWorkbook } from '../../src/panel/memoryWorkbook';
import { OUTPUT_MARKER_KEY } from '../../src/panel/port';
import { csvToGrid } from '../../src/panel/preview/sampleGrid';
import { writeAnalysis } from '../../src/panel/writer';
import { dayFromYmd } from '../../shared/table/dates';
import { clvSheetRows } from '../helpers/clvSheets';

const FIXTURE = path.resolve(__dirname, 'fixtures/hostile-sales.csv');
const grid = csvToGrid(readFileSync(FIXTURE, 'utf8'));
const analysis: Analysis = analyzeSales(grid);
const yes = async () => true;
const no = async () => false;

/** A 5-client table whose classes can be checked by hand: 50, 30, 10, 6, 4 of 100. */
const handGrid = [
  ['Client', 'Amount', 'Date'],
  ['Big', 50, '2024-01-10'],
  ['Second', 30, '2024-01-11'],
  ['Third', 10, '2024-02-12'],
  ['Fourth', 6, '2024-02-13'],
  ['Fifth', 4, '2024-03-14'],
];

function workbookWithSales(): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  workbook.addUserSheet('Sales', grid);
  return workbook;
}

describe('writeAnalysis', () => {
  it('writes the Clients sheet: every client, a table, a frozen header, formats and ABC colours', async () => {
    const workbook = new MemoryWorkbook();
    workbook.addUserSheet('Sales', handGrid);
    const hand = analyzeSales(handGrid);
    const outcome = await writeAnalysis(workbook, hand, { lang: 'en', confirmReplace: yes });
    expect(outcome.status).toBe('written');
    const clients = workbook.sheet('Clients')!;
    const header = clients.cells[0].map((cell) => cell.value);
    expect(header.slice(0, 6)).toEqual(['Rank', 'Client', 'ABC', 'XYZ', 'ABC-XYZ', 'Turnover']);
    const col = (name: string) => header.indexOf(name);
    const rows = clients.cells.slice(1);
    expect(rows.map((row) => row[col('Client')].value)).toEqual(['Big', 'Second', 'Third', 'Fourth', 'Fifth']);
    // Cumulative 50 %, 80 %, 90 %, 96 %, 100 %: A up to 80 %; Fourth crosses 95 % and stays in B (upper class).
    expect(rows.map((row) => row[col('ABC')].value)).toEqual(hand.clients.map((client) => client.abcClass));
    expect(rows.map((row) => row[col('ABC')].value)).toEqual(['A', 'A', 'B', 'B', 'C']);
    expect(rows[0][col('Turnover')]).toMatchObject({ value: 50, format: 'money' });
    expect(rows[0][col('Share')]).toMatchObject({ value: 0.5, format: 'percent' });
    expect(rows[0][col('First purchase')]).toMatchObject({ value: hand.clients[0].firstPurchase, format: 'date' });
    expect(clients.frozenRows).toBe(1);
    expect(clients.table).toEqual({ row: 0, column: 0, rows: 6, columns: header.length });
    expect(clients.colouring).toHaveLength(1);
    expect(clients.colouring[0].classColumn).toBe(col('ABC'));
    expect(clients.colouring[0].block).toEqual({ row: 1, column: 0, rows: 5, columns: header.length });
  });

  it('writes the summary: key figures, ABC table, matrix, concentration, skipped rows, options and two charts', async () => {
    const workbook = workbookWithSales();
    await writeAnalysis(workbook, analysis, { lang: 'en', confirmReplace: yes });
    const summary = workbook.sheet('Client summary')!;
    const text = summary.cells.map((row) => row.map((cell) => cell.value));
    const find = (label: string) => text.find((row) => row[0] === label);
    expect(find('Rows used')?.[1]).toBe(analysis.summary.rowsUsed);
    expect(find('Rows skipped')?.[1]).toBe(analysis.skipped.length);
    expect(find('Clients')?.[1]).toBe(12);
    const aRow = text.find((row) => row[0] === 'A' && row.length >= 5 && typeof row[4] === 'number');
    const aSummary = analysis.summary.abc.classes.find((row) => row.abcClass === 'A')!;
    expect(aRow?.slice(1, 5)).toEqual([aSummary.clients, aSummary.clientShare, aSummary.measure, aSummary.measureShare]);
    expect(text.some((row) => row[0] === 'ABC-XYZ matrix')).toBe(true);
    expect(find('Largest client share')?.[1]).toBe(analysis.summary.concentration.top1Share);
    expect(text.some((row) => row[0] === 'Skipped rows (2)')).toBe(true);
    const skippedRows = text.filter((row) => typeof row[0] === 'number' && typeof row[1] === 'string').map((row) => row[0]);
    expect(skippedRows).toEqual(analysis.skipped.map((row) => row.row));
    expect(find('Class A up to (cumulative %)')?.[1]).toBe(0.8);
    expect(summary.charts.map((chart) => chart.kind)).toEqual(['pareto', 'matrix']);
    const pareto = summary.charts[0];
    expect(text[pareto.data.row].slice(0, 3)).toEqual(['Clients', 'Share of measure', 'Cumulative share']);
    expect(pareto.data.rows).toBe(13);
    expect(text[pareto.data.row + pareto.data.rows - 1][2]).toBeCloseTo(1, 10);
    const matrix = summary.charts[1];
    expect(text[matrix.data.row].slice(1, 4)).toEqual(['X', 'Y', 'Z']);
    expect(summary.headers.length).toBeGreaterThan(3);
    expect(summary.titles.length).toBeGreaterThan(3);
  });

  it('keeps formula-looking and number-looking client names as text', async () => {
    const workbook = workbookWithSales();
    await writeAnalysis(workbook, analysis, { lang: 'en', confirmReplace: yes });
    for (const sheet of ['Clients', 'Client summary']) {
      expect(workbook.sheet(sheet)!.cells.flat().filter((cell) => cell.formula)).toEqual([]);
    }
    const names = workbook.sheet('Clients')!.cells.map((row) => row[1]);
    const hyperlink = names.find((cell) => String(cell.value).startsWith('=HYPERLINK'));
    expect(hyperlink).toMatchObject({ value: '=HYPERLINK("http://evil.example","click")', entered: `'=HYPERLINK("http://evil.example","click")`, formula: false });
    // The CSV cell 00123 opens as the number 123 (as in a spreadsheet); the client name "123" must stay text.
    expect(names.find((cell) => cell.value === '123')).toMatchObject({ entered: "'123", formula: false });
    expect(names.find((cell) => cell.value === '+380 Kyiv')).toMatchObject({ formula: false });
  });

  it('re-run: asks, then replaces only its own sheets; the user sheet is the same before and after', async () => {
    const workbook = workbookWithSales();
    const before = JSON.stringify(workbook.sheet('Sales'));
    await writeAnalysis(workbook, analysis, { lang: 'en', confirmReplace: yes });
    const firstIds = workbook.sheets.map((sheet) => sheet.id);
    let asked: string[] = [];
    const cancelled = await writeAnalysis(workbook, analysis, {
      lang: 'en', confirmReplace: async (previous) => { asked = previous.map((sheet) => sheet.name); return false; },
    });
    expect(cancelled.status).toBe('cancelled');
    expect(asked).toEqual(['Clients', 'Client summary']);
    expect(workbook.sheets.map((sheet) => sheet.id)).toEqual(firstIds);

    await writeAnalysis(workbook, analysis, { lang: 'en', confirmReplace: yes });
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Sales', 'Clients', 'Client summary']);
    expect(workbook.sheets[1].id).not.toBe(firstIds[1]);
    expect(workbook.sheets[0].id).toBe(firstIds[0]);
    expect(JSON.stringify(workbook.sheet('Sales'))).toBe(before);
  });

  it('never takes over a user sheet already named "Clients": writes "Clients (2)" and leaves it alone', async () => {
    const workbook = workbookWithSales();
    workbook.addUserSheet('Clients', [['my notes', '=SUM(1,2)']]);
    const mine = JSON.stringify(workbook.sheet('Clients'));
    const outcome = await writeAnalysis(workbook, analysis, { lang: 'en', confirmReplace: no });
    expect(outcome).toMatchObject({ status: 'written', clientsSheet: 'Clients (2)', summarySheet: 'Client summary' });
    expect(JSON.stringify(workbook.sheet('Clients'))).toBe(mine);
    // Next run: only "Clients (2)" and the summary are the add-in's; the user's "Clients" is not offered for replacing.
    let asked: string[] = [];
    await writeAnalysis(workbook, analysis, { lang: 'en', confirmReplace: async (p) => { asked = p.map((s) => s.name); return true; } });
    expect(asked).toEqual(['Clients (2)', 'Client summary']);
    expect(JSON.stringify(workbook.sheet('Clients'))).toBe(mine);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Sales', 'Clients', 'Clients (2)', 'Client summary']);
  });

  it('a sheet the user renamed after a run is the user\'s: not replaced, not asked about', async () => {
    const workbook = workbookWithSales();
    await writeAnalysis(workbook, analysis, { lang: 'en', confirmReplace: yes });
    workbook.sheet('Clients')!.name = 'Clients March';
    let asked: string[] = [];
    await writeAnalysis(workbook, analysis, { lang: 'en', confirmReplace: async (p) => { asked = p.map((s) => s.name); return true; } });
    expect(asked).toEqual(['Client summary']);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Sales', 'Clients March', 'Clients', 'Client summary']);
  });

  it('refuses to write when another run changed the output meanwhile, and changes nothing', async () => {
    const workbook = workbookWithSales();
    const port = Object.create(workbook) as MemoryWorkbook;
    // A colleague's run lands between planning and writing.
    port.writeOutput = async (request) => {
      workbook.settings.set(OUTPUT_MARKER_KEY, '[{"role":"clients","id":"x","name":"Clients"}]');
      return MemoryWorkbook.prototype.writeOutput.call(workbook, request);
    };
    await expect(writeAnalysis(port, analysis, { lang: 'en', confirmReplace: yes })).rejects.toMatchObject({ key: 'panel.error.concurrentRun' });
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Sales']);
  });

  it('translates sheet names and headers (ru, uk)', async () => {
    const ru = workbookWithSales();
    await writeAnalysis(ru, analysis, { lang: 'ru', confirmReplace: yes });
    expect(ru.sheets.map((sheet) => sheet.name)).toEqual(['Sales', 'Клиенты', 'Сводка по клиентам']);
    expect(ru.sheet('Клиенты')!.cells[0][1].value).toBe('Клиент');
    const uk = workbookWithSales();
    await writeAnalysis(uk, analysis, { lang: 'uk', confirmReplace: yes });
    expect(uk.sheets.map((sheet) => sheet.name)).toEqual(['Sales', 'Клієнти', 'Зведення по клієнтах']);
  });

  it('uses the same number of port calls for 10 and for 1,000 clients', async () => {
    const counts = [10, 1000].map(async (clients) => {
      const rows: (string | number)[][] = [['Client', 'Amount', 'Date']];
      for (let i = 0; i < clients; i++) rows.push([`Client ${i}`, 100 + i, `2024-0${1 + (i % 9)}-1${i % 9}`]);
      const workbook = new MemoryWorkbook();
      workbook.addUserSheet('Sales', rows);
      await writeAnalysis(workbook, analyzeSales(rows), { lang: 'en', confirmReplace: yes });
      expect(workbook.sheet('Clients')!.cells).toHaveLength(clients + 1);
      return workbook.calls;
    });
    const [small, large] = await Promise.all(counts);
    expect(large).toEqual(small);
    expect(small).toEqual({ context: 1, getSetting: 1, writeOutput: 1 });
  });

  it('refuses an output larger than the host can take in one write, before writing anything', async () => {
    const workbook = new MemoryWorkbook({ cellLimit: 300 });
    workbook.addUserSheet('Sales', grid);
    await expect(writeAnalysis(workbook, analysis, { lang: 'en', confirmReplace: yes })).rejects.toMatchObject({ key: 'panel.error.outputTooLarge' });
    expect(workbook.calls.writeOutput).toBeUndefined();
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Sales']);
  });
});

describe('the summary sheet\'s lifetime value (issue 10, item 5)', () => {
  // tests/helpers/clvSheets.ts: 40 repeat buyers spending 1…100, 15 one-time buyers.
  it('q ≤ 1: the total says it covers 40 of the 55 clients, and the warning is on the sheet', async () => {
    const cells = [['Client', 'Date', 'Amount'], ...clvSheetRows('spread')];
    const result = analyzeSales(cells, { asOf: dayFromYmd(2024, 12, 31), clv: { penalty: 0.001 } });
    expect(result.summary.clv?.status).toBe('unboundedMeanSpend');
    const total = result.clients.reduce((sum, c) => sum + (c.clv ?? 0), 0);
    for (const [lang, label, warning] of [
      ['en', 'Total CLV (40 of 55 clients valued)', '⚠ The spend model (Gamma-Gamma) fitted q = 0.654 ≤ 1, so its mean spend per purchase is infinite'],
      ['ru', 'Суммарная CLV (оценено 40 из 55 клиентов)', '⚠ Модель расходов (Gamma-Gamma) дала q = 0.654 ≤ 1'],
      ['uk', 'Сумарна CLV (оцінено 40 з 55 клієнтів)', '⚠ Модель витрат (Gamma-Gamma) дала q = 0.654 ≤ 1'],
    ] as const) {
      const workbook = new MemoryWorkbook();
      workbook.addUserSheet('Sales', cells);
      const outcome = await writeAnalysis(workbook, result, { lang, confirmReplace: yes });
      if (outcome.status !== 'written') throw new Error(outcome.status);
      const rows = workbook.sheet(outcome.summarySheet)!.cells.map((row) => row.map((cell) => cell.value));
      const totalRow = rows.find((row) => row[0] === label);
      expect(totalRow?.[1]).toBeCloseTo(total, 9);
      expect(workbook.sheet(outcome.summarySheet)!.cells.find((row) => row[0].value === label)?.[1].format).toBe('money');
      expect(rows.some((row) => String(row[0]).startsWith(warning))).toBe(true);
    }
  });

  it('constant spends: every client valued at 50 a purchase, said so; the total covers 55 of 55', async () => {
    const cells = [['Client', 'Date', 'Amount'], ...clvSheetRows('constant')];
    const result = analyzeSales(cells, { asOf: dayFromYmd(2024, 12, 31) });
    expect(result.clients.every((c) => c.expectedSpend === 50)).toBe(true);
    const workbook = new MemoryWorkbook();
    workbook.addUserSheet('Sales', cells);
    await writeAnalysis(workbook, result, { lang: 'en', confirmReplace: yes });
    const rows = workbook.sheet('Client summary')!.cells.map((row) => row.map((cell) => cell.value));
    expect(rows.find((row) => row[0] === 'Total CLV (55 of 55 clients valued)')?.[1])
      .toBeCloseTo(result.clients.reduce((sum, c) => sum + c.clv!, 0), 9);
    expect(rows.some((row) => String(row[0]).startsWith('⚠ All 40 repeat customers spend 50 at every purchase'))).toBe(true);
  });
});

describe('the summary sheet: does the forecast hold?', () => {
  it('on the built-in sample, the holdout check in words and by purchases before, as the CLI shows it', async () => {
    const sample = csvToGrid(readFileSync(path.resolve(__dirname, '../../examples/sales-sample.csv'), 'utf8'));
    const result = analyzeSales(sample, { lang: 'en' });
    const check = result.summary.holdout!;
    expect(check.status).toBe('ok');
    const workbook = new MemoryWorkbook();
    workbook.addUserSheet('Sales', sample);
    await writeAnalysis(workbook, result, { lang: 'en', confirmReplace: yes });
    const values = workbook.values('Client summary');
    const title = values.findIndex((row) => row[0] === 'Does the forecast hold? (holdout check)');
    expect(title).toBeGreaterThan(0);
    expect(values[title + 1][0]).toBe(`Model fitted on sales up to 2025-07-01, checked on 2025-07-02…2025-12-31 (26.14 × week), ${check.clients} clients: `
      + `predicted ${Math.round(check.expectedTotal)} purchases, clients made ${Math.round(check.actualTotal)}; mean absolute error ${check.meanAbsoluteError.toFixed(2)} a client.`);
    expect(values[title + 2].slice(0, 4)).toEqual(['Purchases before', 'Made, mean', 'Predicted, mean', 'Clients']);
    const bins = values.slice(title + 3, title + 11);
    expect(bins.map((row) => row[0])).toEqual(['0', '1', '2', '3', '4', '5', '6', '7+']);
    expect(bins.reduce((sum, row) => sum + (row[3] as number), 0)).toBe(check.clients);
    // Made × clients, summed over the bins, is every purchase after the calibration end.
    expect(bins.reduce((sum, row) => sum + (row[3] as number) * (row[1] as number), 0)).toBeCloseTo(check.actualTotal, 6);
    // The chart beside it: made and predicted by purchases before (header row + 8 bins, 3 columns).
    const chart = workbook.sheet('Client summary')!.charts.find((one) => one.kind === 'holdout')!;
    expect(chart.data).toEqual({ row: title + 2, column: 0, rows: 9, columns: 3 });
    expect(chart.title).toBe('Holdout purchases: made vs predicted');
  });
});
