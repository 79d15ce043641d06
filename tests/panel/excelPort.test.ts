/**
 * The Office.js adapter against a small fake of the Excel API it calls. The fake meters the JSON
 * bytes each `sync` carries (values and formats written, values read) and refuses a sync above
 * 5 MB as Excel on the web does; it checks the shape of every `values`/`numberFormat` assignment.
 * Tested: no sync above the limit whatever the rows, text guarded with the apostrophe, dates as
 * serials, the table, conditional colours, charts and the marker setting.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSales } from '../../shared/pipeline/analyzeSales';
import { createExcelPort, type ExcelHost } from '../../src/excel/panel/excelPort';
import { CELL_LIMITS, EXCEL_BYTES_PER_CELL } from '../../src/panel/limits';
import { OUTPUT_MARKER_KEY } from '../../src/panel/port';
import { writeAnalysis } from '../../src/panel/writer';

/* eslint-disable @typescript-eslint/no-explicit-any */
/** Excel on the web's limit on one request (HOSTS.md), and the error it throws above it. */
const REQUEST_LIMIT = 5 * 1024 * 1024;
function payloadError(): Error {
  const error = new Error('The request payload size has exceeded the limit. Please refer to the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-rendering-performance#excel-add-ins.');
  (error as any).code = 'RequestPayloadSizeLimitExceeded';
  return error;
}

function shapeError(what: string, rows: number, columns: number, value: unknown[][]): Error {
  const error = new Error(`The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${what}: range ${rows}×${columns}, array ${value.length}×${value[0]?.length ?? 0})`);
  (error as any).code = 'InvalidArgument';
  return error;
}

function fakeExcel(sales: unknown[][], options: { failCharts?: boolean } = {}) {
  let failNextSync = false;
  let pending = 0;
  const syncBytes: number[] = [];
  const meter = (value: unknown) => { pending += JSON.stringify(value).length; };
  const calls: Record<string, number> = {};
  const count = (name: string) => { calls[name] = (calls[name] ?? 0) + 1; };
  // The workbook's settings (context.workbook.settings): one store for every pane of the workbook,
  // values kept as JSON as Excel keeps them; a setting is read by loading it in a batch.
  const settings = new Map<string, string>();
  const workbookSettings = {
    add: (key: string, value: unknown) => { count('settings.add'); meter([key, value]); settings.set(key, JSON.stringify(value)); return {}; },
    getItemOrNullObject: (key: string) => {
      const setting = { key, value: undefined as unknown, isNullObject: true, load(properties: string) {
        count('load');
        if (properties !== 'value') throw new Error(`fake Setting.load: only 'value' (${properties})`);
        setting.isNullObject = !settings.has(key);
        setting.value = settings.has(key) ? JSON.parse(settings.get(key) as string) : undefined;
        return setting;
      } };
      return setting;
    },
  };
  let nextId = 1;
  const sheets: any[] = [];
  const range = (sheet: any, row: number, column: number, rows: number, columns: number): any => ({
    rowIndex: row, columnIndex: column, rowCount: rows, columnCount: columns, isNullObject: false, address: `${sheet.name}!B2:C3`,
    format: { font: {}, fill: {}, columnWidth: 0 },
    conditionalFormats: { add: (type: string) => { count('conditionalFormats.add'); const f = { type, custom: { rule: {} as any, format: { fill: {} as any } } }; sheet.rules.push(f); return f; } },
    load(properties?: string) {
      count('load');
      if (properties?.split(',').includes('values')) meter(cellsOf(sheet, row, column, rows, columns));
      return this;
    },
    // Every cell of the range, blank ones as '' (a whole column is a million rows of them).
    get values() { return cellsOf(sheet, row, column, rows, columns); },
    set values(v: unknown[][]) {
      count('values=');
      if (v.length !== rows || v.some((r) => r.length !== columns)) throw shapeError('values', rows, columns, v);
      meter(v);
      v.forEach((r, i) => { sheet.values[row + i] = sheet.values[row + i] ?? []; r.forEach((cell, j) => { sheet.values[row + i][column + j] = cell; }); });
    },
    get numberFormat() { return sheet.numberFormat.slice(row, row + rows).map((r: unknown[]) => r.slice(column, column + columns)); },
    set numberFormat(v: string | string[][]) {
      count('numberFormat=');
      if (typeof v !== 'string' && (v.length !== rows || v.some((r) => r.length !== columns))) throw shapeError('numberFormat', rows, columns, v);
      meter(v);
      for (let i = 0; i < rows; i++) {
        sheet.numberFormat[row + i] = sheet.numberFormat[row + i] ?? [];
        for (let j = 0; j < columns; j++) sheet.numberFormat[row + i][column + j] = typeof v === 'string' ? v : v[i][j];
      }
    },
  });
  const makeSheet = (name: string, values: unknown[][]) => {
    const sheet: any = {
      id: `{${nextId++}}`, name, values, numberFormat: [], rules: [], tableList: [], chartList: [], frozen: 0,
      load() { count('load'); return sheet; },
      getRange: (a1: string) => { count('getRange'); const b = addressBlock(a1); return range(sheet, b.row, b.column, b.rows, b.columns); },
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
      settings: workbookSettings,
      getSelectedRange: () => ({ address: 'Sales!B3:D9', rowCount: 7, columnCount: 3, load() { return this; } }),
    },
    sync: async () => {
      count('sync');
      const bytes = pending;
      pending = 0;
      syncBytes.push(bytes);
      if (bytes > REQUEST_LIMIT) throw payloadError();
      if (failNextSync) { failNextSync = false; throw new Error('GeneralException: charts'); }
    },
  };
  const host: ExcelHost = {
    run: async (batch) => { count('run'); return batch(context as Excel.RequestContext); },
    locale: 'ru-RU',
    cellLimit: CELL_LIMITS.excelWeb,
    dateSystem: 1900,
  };
  /** A second task pane of the same workbook (another window or a co-author): its own port, the same file. */
  const secondPane = (): ExcelHost => ({ ...host, run: async (batch) => { count('run'); return batch(context as Excel.RequestContext); } });
  const setting = (key: string): unknown => (settings.has(key) ? JSON.parse(settings.get(key) as string) : undefined);
  return { host, secondPane, calls, sheets, setting, options, syncBytes };
}

function cellsOf(sheet: { values: unknown[][] }, row: number, column: number, rows: number, columns: number): unknown[][] {
  return Array.from({ length: rows }, (_, i) => {
    const source = sheet.values[row + i] ?? [];
    return Array.from({ length: columns }, (_, j) => source[column + j] ?? '');
  });
}

/** Excel's reading of an address: "B3:D9", whole columns "A:D" (1,048,576 rows), whole rows "3:9". */
function addressBlock(a1: string): { row: number; column: number; rows: number; columns: number } {
  const letters = (text: string) => [...text.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  let match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/i.exec(a1);
  if (match) return { row: +match[2] - 1, column: letters(match[1]), rows: +match[4] - +match[2] + 1, columns: letters(match[3]) - letters(match[1]) + 1 };
  match = /^([A-Z]+):([A-Z]+)$/i.exec(a1);
  if (match) return { row: 0, column: letters(match[1]), rows: 1_048_576, columns: letters(match[2]) - letters(match[1]) + 1 };
  match = /^(\d+):(\d+)$/.exec(a1);
  if (match) return { row: +match[1] - 1, column: 0, rows: +match[2] - +match[1] + 1, columns: 16_384 };
  throw Object.assign(new Error('The argument is invalid or missing or has an incorrect format.'), { code: 'InvalidArgument' });
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
    expect(context).toMatchObject({ activeSheet: 'Sales', selection: 'B3:D9', locale: 'ru-RU', cellLimit: CELL_LIMITS.excelWeb });
    expect(context.sheets[0]).toMatchObject({ name: 'Sales', rows: 6, columns: 4 });
    expect(fake.calls.run).toBe(3);
  });

  it('reads a whole-column selection (A:D) only where the sheet is in use, in one small request', async () => {
    const fake = fakeExcel(salesSheet(3));
    const port = createExcelPort(fake.host);
    const before = fake.syncBytes.length;
    const values = await port.readValues('Sales', 'A:D');
    expect(values).toHaveLength(6); // rows 1..6: the used range B3:D6 ends there
    expect(values[2]).toEqual(['', 'Client', 'Amount', 'Date']);
    expect(values[5]).toEqual(['', 'Client 2', 998, 45308]);
    expect(fake.syncBytes.slice(before).reduce((sum, bytes) => sum + bytes, 0)).toBeLessThan(1_000);
    // A selection inside the used range reads just itself; one right of it reads nothing.
    expect(await port.readValues('Sales', 'C4:D5')).toEqual([[1000, 45306], [999, 45307]]);
    expect(await port.readValues('Sales', 'F:H')).toEqual([]);
    expect(await port.readValues('Sales', '2:4')).toEqual([['', '', '', ''], ['', 'Client', 'Amount', 'Date'], ['', '=HYPERLINK("x")', 1000, 45306]]);
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
    expect(fake.calls.run - before).toBe(4); // selection, context, marker, write
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
    const marker = JSON.parse(fake.setting(OUTPUT_MARKER_KEY) as string);
    expect(marker).toEqual([
      { role: 'clients', id: clients.id, name: 'Clients' }, { role: 'summary', id: summary.id, name: 'Client summary' },
    ]);
  });

  it('sends no sync above the 5 MB request limit, whatever the rows, and writes every row', async () => {
    for (const clients of [10, 60_000]) {
      const fake = fakeExcel(salesSheet(clients));
      const port = createExcelPort(fake.host);
      const read = await port.readValues('Sales');
      expect(read).toHaveLength(clients + 3);
      const analysis = analyzeSales(read);
      await writeAnalysis(port, analysis, { lang: 'en', confirmReplace: async () => true });
      // A re-run replaces the previous output (delete + add), still all-or-nothing.
      await writeAnalysis(port, analysis, { lang: 'en', confirmReplace: async () => true });
      expect(fake.sheets.map((sheet) => sheet.name)).toEqual(['Sales', 'Clients', 'Client summary']);
      expect(Math.max(...fake.syncBytes)).toBeLessThanOrEqual(REQUEST_LIMIT);
      const clientsSheet = fake.sheets.find((sheet) => sheet.name === 'Clients');
      expect(clientsSheet.values).toHaveLength(clients + 1);
      expect(clientsSheet.values[clients][1]).toMatch(/^'Client /);
      const first = clientsSheet.values[0].indexOf("'First purchase");
      expect(clientsSheet.numberFormat[clients][first]).toBe('yyyy-mm-dd');
      // Formats go one per run down a column, not one per cell: their count does not grow with rows.
      expect(fake.calls['numberFormat=']).toBeLessThan(400);
      // The web ceiling in limits.ts assumes at most EXCEL_BYTES_PER_CELL: measured here.
      const cells = fake.sheets.slice(1).reduce((sum, sheet) => sum + sheet.values.length * sheet.values[0].length, 0);
      const written = fake.syncBytes.reduce((sum, bytes) => sum + bytes, 0) / 2; // two runs
      if (clients > 10) expect(written / cells).toBeLessThanOrEqual(EXCEL_BYTES_PER_CELL);
      if (clients > 10) {
        expect(fake.syncBytes.filter((bytes) => bytes > 0).length).toBeGreaterThan(4);
        expect(Math.max(...fake.syncBytes)).toBeGreaterThan(500_000);
      }
    }
  }, 120_000);

  it('the fake refuses one sync above 5 MB the way Excel on the web does', async () => {
    const fake = fakeExcel(salesSheet(10));
    const port = createExcelPort(fake.host);
    await port.readValues('Sales');
    const big = Array.from({ length: 60_000 }, (_, i) => ['x'.repeat(80), i]);
    await expect(fake.host.run(async (context) => {
      context.workbook.worksheets.add('Big').getRangeByIndexes(0, 0, big.length, 2).values = big;
      await context.sync();
    })).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    await expect(fake.host.run(async (context) => {
      context.workbook.worksheets.add('Wrong').getRangeByIndexes(0, 0, 2, 2).values = [[1, 2]];
    })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses the write when the marker changed meanwhile and leaves the workbook as it was', async () => {
    const fake = fakeExcel(salesSheet(3));
    const port = createExcelPort(fake.host);
    const analysis = analyzeSales(await port.readValues('Sales'));
    await expect(port.writeOutput({ sheets: [], replace: [], expectedMarker: 'stale' })).rejects.toMatchObject({ key: 'panel.error.concurrentRun' });
    expect(fake.sheets).toHaveLength(1);
    expect(analysis.clients).toHaveLength(3);
  });

  it('two task panes of one workbook see each other\'s settings at once: nothing is read from a copy taken at open', async () => {
    const fake = fakeExcel(salesSheet(4));
    const first = createExcelPort(fake.host);
    const second = createExcelPort(fake.secondPane());
    // Both panes open (each reads the options and the marker), then the first saves options and runs.
    expect(await first.getSetting('clientValue.options')).toBeNull();
    expect(await second.getSetting(OUTPUT_MARKER_KEY)).toBeNull();
    await first.setSetting('clientValue.options', '{"abc":{"a":70,"b":90}}');
    expect(await second.getSetting('clientValue.options')).toBe('{"abc":{"a":70,"b":90}}');
    const analysis = analyzeSales(await first.readValues('Sales'));
    await writeAnalysis(first, analysis, { lang: 'en', confirmReplace: async () => true });
    const marker = await second.getSetting(OUTPUT_MARKER_KEY);
    expect(JSON.parse(marker as string).map((record: { name: string }) => record.name)).toEqual(['Clients', 'Client summary']);
    // The second pane planned before the first run (no marker then): its write is refused, nothing changes.
    const names = fake.sheets.map((sheet) => sheet.name);
    await expect(second.writeOutput({ sheets: [], replace: [], expectedMarker: null })).rejects.toMatchObject({ key: 'panel.error.concurrentRun' });
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(names);
    // Planning again, it sees the first pane's output and replaces it (the user confirms).
    let asked = 0;
    await writeAnalysis(second, analysis, { lang: 'en', confirmReplace: async () => { asked++; return true; } });
    expect(asked).toBe(1);
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(['Sales', 'Clients', 'Client summary']);
    expect(fake.setting(OUTPUT_MARKER_KEY)).not.toBe(marker);
  });

  it('a batch that fails half-way removes its new sheets and keeps the previous output', async () => {
    const fake = fakeExcel(salesSheet(4));
    const port = createExcelPort(fake.host);
    const analysis = analyzeSales(await port.readValues('Sales'));
    await writeAnalysis(port, analysis, { lang: 'en', confirmReplace: async () => true });
    const before = fake.sheets.map((sheet) => [sheet.id, sheet.name]);
    const marker = fake.setting(OUTPUT_MARKER_KEY);
    fake.options.failCharts = true;
    await expect(writeAnalysis(port, analysis, { lang: 'en', confirmReplace: async () => true })).rejects.toThrow(/charts/);
    expect(fake.sheets.map((sheet) => [sheet.id, sheet.name])).toEqual(before);
    expect(fake.setting(OUTPUT_MARKER_KEY)).toBe(marker);
  });
});
