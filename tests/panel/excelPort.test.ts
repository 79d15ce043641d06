/**
 * The Office.js adapter against a small fake of the Excel API it calls: one read and one batched
 * write whatever the number of rows (10 and 1,000 clients make the same calls), text guarded with
 * the apostrophe, dates as serials, the table, conditional colours, charts and the marker setting.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSales } from '../../shared/pipeline/analyzeSales';
import { createExcelPort, type ExcelHost } from '../../src/excel/panel/excelPort';
import { OUTPUT_MARKER_KEY } from '../../src/panel/port';
import { writeAnalysis } from '../../src/panel/writer';

/* eslint-disable @typescript-eslint/no-explicit-any */
function fakeExcel(sales: unknown[][], options: { failCharts?: boolean } = {}) {
  let failNextSync = false;
  const calls: Record<string, number> = {};
  const count = (name: string) => { calls[name] = (calls[name] ?? 0) + 1; };
  const settings = new Map<string, unknown>();
  let nextId = 1;
  const sheets: any[] = [];
  const range = (sheet: any, row: number, column: number, rows: number, columns: number): any => ({
    rowIndex: row, columnIndex: column, rowCount: rows, columnCount: columns, isNullObject: false, address: `${sheet.name}!B2:C3`,
    format: { font: {}, fill: {}, columnWidth: 0 },
    conditionalFormats: { add: (type: string) => { count('conditionalFormats.add'); const f = { type, custom: { rule: {} as any, format: { fill: {} as any } } }; sheet.rules.push(f); return f; } },
    load() { count('load'); return this; },
    get values() { return sheet.values.slice(row, row + rows).map((r: unknown[]) => r.slice(column, column + columns)); },
    set values(v: unknown[][]) { count('values='); sheet.values = v; },
    get numberFormat() { return sheet.numberFormat; },
    set numberFormat(v: string[][]) { count('numberFormat='); sheet.numberFormat = v; },
  });
  const makeSheet = (name: string, values: unknown[][]) => {
    const sheet: any = {
      id: `{${nextId++}}`, name, values, numberFormat: null, rules: [], tableList: [], chartList: [], frozen: 0,
      load() { count('load'); return sheet; },
      getRange: (a1: string) => { count('getRange'); return range(sheet, 0, 0, 1, 1); },
      getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => { count('getRangeByIndexes'); return range(sheet, r, c, rows, cols); },
      getUsedRangeOrNullObject: () => { count('getUsedRange'); return range(sheet, 2, 1, sheet.values.length - 2, sheet.values[0].length - 1); },
      freezePanes: { freezeRows: (n: number) => { count('freezeRows'); sheet.frozen = n; } },
      tables: { add: (source: unknown, headers: boolean) => { count('tables.add'); const t = { source, headers, style: '' }; sheet.tableList.push(t); return t; } },
      charts: { add: (type: string) => {
        count('charts.add');
        if (options.failCharts) failNextSync = true;
        const series = [{}, {}] as any[];
        const chart = { type, title: {} as any, series: { getItemAt: (i: number) => series[i] }, seriesList: series, setPosition: () => count('setPosition') };
        sheet.chartList.push(chart);
        return chart;
      } },
      delete: () => { count('delete'); sheets.splice(sheets.indexOf(sheet), 1); },
      activate: () => count('activate'),
    };
    return sheet;
  };
  sheets.push(makeSheet('Sales', sales));
  const context: any = {
    workbook: {
      worksheets: {
        get items() { return sheets.slice(); },
        load: () => count('load'),
        add: (name: string) => { count('worksheets.add'); const s = makeSheet(name, []); sheets.push(s); return s; },
        getItem: (name: string) => sheets.find((s) => s.name === name),
        getItemOrNullObject: (name: string) => sheets.find((s) => s.name === name) ?? { isNullObject: true, load() { return this; } },
        getActiveWorksheet: () => sheets[0],
      },
      getSelectedRange: () => ({ address: 'Sales!B3:D9', rowCount: 7, columnCount: 3, load() { return this; } }),
    },
    sync: async () => {
      count('sync');
      if (failNextSync) { failNextSync = false; throw new Error('GeneralException: charts'); }
    },
  };
  const host: ExcelHost = {
    run: async (batch) => { count('run'); return batch(context); },
    settings: {
      get: (key) => settings.get(key) ?? null,
      set: (key, value) => settings.set(key, value),
      saveAsync: (callback) => { count('saveAsync'); callback?.({ status: 'succeeded' }); },
    },
    locale: 'ru-RU',
    cellLimit: 200_000,
    dateSystem: 1900,
  };
  return { host, calls, sheets, settings, options };
}

/** A sales sheet whose table starts at B3 (used range not at A1). */
function salesSheet(clients: number): unknown[][] {
  const rows: unknown[][] = [['', '', '', ''], ['', '', '', ''], ['', 'Client', 'Amount', 'Date']];
  for (let i = 0; i < clients; i++) rows.push(['', i === 0 ? '=HYPERLINK("x")' : `Client ${i}`, 1000 - i, 45306 + (i % 60)]);
  return rows;
}

describe('createExcelPort', () => {
  it('reads the used range padded from A1, so row numbers are the sheet rows', async () => {
    const fake = fakeExcel(salesSheet(3));
    const port = createExcelPort(fake.host);
    const values = await port.readValues('Sales');
    expect(values[0]).toEqual(['', '', '', '']);
    expect(values[2]).toEqual(['', 'Client', 'Amount', 'Date']);
    expect(values).toHaveLength(6);
    const context = await port.context();
    expect(context).toMatchObject({ activeSheet: 'Sales', selection: 'B3:D9', locale: 'ru-RU', cellLimit: 200_000 });
    expect(context.sheets[0]).toMatchObject({ name: 'Sales', rows: 6, columns: 4 });
    expect(fake.calls.run).toBe(3);
  });

  it('opens even when a chart is selected (getSelectedRange fails): no selection offered', async () => {
    const fake = fakeExcel(salesSheet(3));
    const original = fake.host.run;
    fake.host.run = (batch) => original(async (context) => {
      context.workbook.getSelectedRange = () => { throw new Error('InvalidSelection'); };
      return batch(context);
    });
    const context = await createExcelPort(fake.host).context();
    expect(context.selection).toBeNull();
    expect(context.sheets.map((sheet) => sheet.name)).toEqual(['Sales']);
  });

  it('writes both sheets in one Excel.run: guarded text, serial dates, table, colours, charts, marker', async () => {
    const fake = fakeExcel(salesSheet(5));
    const port = createExcelPort(fake.host);
    const analysis = analyzeSales(await port.readValues('Sales'));
    const before = fake.calls.run;
    await writeAnalysis(port, analysis, { lang: 'en', confirmReplace: async () => true });
    expect(fake.calls.run - before).toBe(3); // selection, context, write
    const clients = fake.sheets.find((sheet) => sheet.name === 'Clients');
    const header: string[] = clients.values[0];
    expect(header[1]).toBe("'Client");
    const names = clients.values.slice(1).map((row: unknown[]) => row[1]);
    expect(names).toContain(`'=HYPERLINK("x")`);
    const first = header.indexOf("'First purchase");
    expect(clients.values[1][first]).toBe(45306);
    expect(clients.numberFormat[1][first]).toBe('yyyy-mm-dd');
    expect(clients.frozen).toBe(1);
    expect(clients.tableList).toHaveLength(1);
    expect(clients.rules.map((rule: any) => [rule.type, rule.custom.rule.formula])).toEqual([
      ['Custom', '=$C2="A"'], ['Custom', '=$C2="B"'], ['Custom', '=$C2="C"'],
    ]);
    const summary = fake.sheets.find((sheet) => sheet.name === 'Client summary');
    expect(summary.chartList.map((chart: any) => [chart.type, chart.title.text])).toEqual([
      ['ColumnClustered', 'Pareto chart (ABC)'], ['ColumnStacked', 'ABC-XYZ matrix: clients'],
    ]);
    expect(summary.chartList[0].seriesList[1]).toEqual({ chartType: 'Line', axisGroup: 'Secondary' });
    const marker = JSON.parse(fake.settings.get(OUTPUT_MARKER_KEY) as string);
    expect(marker).toEqual([
      { role: 'clients', id: clients.id, name: 'Clients' }, { role: 'summary', id: summary.id, name: 'Client summary' },
    ]);
  });

  it('makes the same Office.js calls for 10 and for 1,000 clients', async () => {
    const counts = [];
    for (const clients of [10, 1000]) {
      const fake = fakeExcel(salesSheet(clients));
      const port = createExcelPort(fake.host);
      const analysis = analyzeSales(await port.readValues('Sales'));
      await writeAnalysis(port, analysis, { lang: 'en', confirmReplace: async () => true });
      // A re-run replaces the previous output (delete + add) in the same single batch.
      await writeAnalysis(port, analysis, { lang: 'en', confirmReplace: async () => true });
      expect(fake.sheets.map((sheet) => sheet.name)).toEqual(['Sales', 'Clients', 'Client summary']);
      counts.push(fake.calls);
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]).toMatchObject({ 'values=': 4, 'numberFormat=': 4, delete: 2 });
  });

  it('refuses the write when the marker changed meanwhile and leaves the workbook as it was', async () => {
    const fake = fakeExcel(salesSheet(3));
    const port = createExcelPort(fake.host);
    const analysis = analyzeSales(await port.readValues('Sales'));
    await expect(port.writeOutput({ sheets: [], replace: [], expectedMarker: 'stale' })).rejects.toMatchObject({ key: 'panel.error.concurrentRun' });
    expect(fake.sheets).toHaveLength(1);
    expect(analysis.clients).toHaveLength(3);
  });

  it('a batch that fails half-way removes its new sheets and keeps the previous output', async () => {
    const fake = fakeExcel(salesSheet(4));
    const port = createExcelPort(fake.host);
    const analysis = analyzeSales(await port.readValues('Sales'));
    await writeAnalysis(port, analysis, { lang: 'en', confirmReplace: async () => true });
    const before = fake.sheets.map((sheet) => [sheet.id, sheet.name]);
    const marker = fake.settings.get(OUTPUT_MARKER_KEY);
    fake.options.failCharts = true;
    await expect(writeAnalysis(port, analysis, { lang: 'en', confirmReplace: async () => true })).rejects.toThrow(/charts/);
    expect(fake.sheets.map((sheet) => [sheet.id, sheet.name])).toEqual(before);
    expect(fake.settings.get(OUTPUT_MARKER_KEY)).toBe(marker);
  });
});
