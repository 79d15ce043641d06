/**
 * The Apps Script side of the panel against small fakes of SpreadsheetApp, LockService,
 * PropertiesService, HtmlService, Session and Utilities: the menu, the sidebar, one getValues per
 * read with dates as spreadsheet-zone days, one setValues/setNumberFormats per output sheet under
 * the document lock, the second manager's clear message, and the same calls for 10 and 1,000 rows.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeSales } from '../../shared/pipeline/analyzeSales';
import { OUTPUT_MARKER_KEY, type WorkbookPort } from '../../src/panel/port';
import { writeAnalysis } from '../../src/panel/writer';
import * as server from '../../src/sheets/panel/server';
import { fromServerError } from '../../src/sheets/panel/serverErrors';

/* eslint-disable @typescript-eslint/no-explicit-any */
const APPS = ['SpreadsheetApp', 'HtmlService', 'LockService', 'PropertiesService', 'Session', 'Utilities'] as const;

function installFakes(sales: unknown[][], options: { locked?: boolean; locale?: string; zone?: string } = {}) {
  const calls: Record<string, number> = {};
  const count = (name: string) => { calls[name] = (calls[name] ?? 0) + 1; };
  const properties = new Map<string, string>();
  let nextId = 100;
  const sheets: any[] = [];
  const ui = { menus: [] as any[], sidebar: null as any };
  const chainable = (target: any, name: string) => (...args: unknown[]) => { count(name); target.log.push([name, ...args]); return target; };
  const range = (sheet: any, row: number, column: number, rows: number, columns: number): any => {
    const r: any = { sheet, row, column, rows, columns, log: [] };
    r.getValues = () => { count('getValues'); return sheet.values.map((line: unknown[]) => line.slice()); };
    r.setValues = (values: unknown[][]) => { count('setValues'); sheet.values = values; return r; };
    r.setNumberFormats = (formats: string[][]) => { count('setNumberFormats'); sheet.formats = formats; return r; };
    r.setFontWeight = chainable(r, 'setFontWeight');
    r.setFontSize = chainable(r, 'setFontSize');
    r.setBackground = chainable(r, 'setBackground');
    r.createFilter = () => { count('createFilter'); sheet.filter = [row, column, rows, columns]; };
    r.getA1Notation = () => 'B2:D7';
    r.getNumRows = () => rows;
    r.getNumColumns = () => columns;
    return r;
  };
  const makeSheet = (name: string, values: unknown[][]) => {
    const sheet: any = { id: nextId++, name, values, formats: null, filter: null, frozen: 0, rules: [], charts: [] };
    sheet.getName = () => sheet.name;
    sheet.getSheetId = () => sheet.id;
    sheet.getLastRow = () => sheet.values.length;
    sheet.getLastColumn = () => Math.max(0, ...sheet.values.map((row: unknown[]) => row.length));
    sheet.getDataRange = () => range(sheet, 1, 1, sheet.getLastRow(), sheet.getLastColumn());
    sheet.getRange = (row: any, column = 1, rows = 1, columns = 1) => { count('getRange'); return range(sheet, row, column, rows, columns); };
    sheet.setFrozenRows = (n: number) => { count('setFrozenRows'); sheet.frozen = n; };
    sheet.setColumnWidth = () => count('setColumnWidth');
    sheet.setConditionalFormatRules = (rules: unknown[]) => { count('setConditionalFormatRules'); sheet.rules = rules; };
    sheet.newChart = () => {
      const builder: any = { log: [] };
      for (const method of ['asComboChart', 'asColumnChart', 'setStacked', 'setOption', 'addRange', 'setNumHeaders', 'setPosition']) {
        builder[method] = chainable(builder, method);
      }
      builder.build = () => builder;
      return builder;
    };
    sheet.insertChart = (chart: any) => { count('insertChart'); sheet.charts.push(chart.log); };
    sheet.activate = () => count('activate');
    return sheet;
  };
  sheets.push(makeSheet('Sales', sales));
  const spreadsheet = {
    getSheets: () => sheets.slice(),
    getSheetByName: (name: string) => sheets.find((sheet) => sheet.name === name) ?? null,
    getActiveSheet: () => sheets[0],
    getActiveRange: () => range(sheets[0], 2, 2, 6, 3),
    getSpreadsheetTimeZone: () => options.zone ?? 'Europe/Kyiv',
    insertSheet: (name: string) => { count('insertSheet'); const sheet = makeSheet(name, []); sheets.push(sheet); return sheet; },
    deleteSheet: (sheet: any) => { count('deleteSheet'); sheets.splice(sheets.indexOf(sheet), 1); },
  };
  const html = { content: '<main id="cv-panel" class="cv-panel" data-auto-run="0"></main>', title: '' };
  const fakes: Record<string, unknown> = {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => spreadsheet,
      getUi: () => ({
        createMenu: (title: string) => {
          const menu = { title, items: [] as string[][], addItem(label: string, fn: string) { menu.items.push([label, fn]); return menu; }, addToUi() { ui.menus.push(menu); } };
          return menu;
        },
        showSidebar: (output: unknown) => { ui.sidebar = output; },
      }),
      newConditionalFormatRule: () => {
        const rule: any = { log: [] };
        for (const method of ['whenFormulaSatisfied', 'setBackground', 'setRanges']) rule[method] = chainable(rule, method);
        rule.build = () => rule.log;
        return rule;
      },
      flush: () => count('flush'),
    },
    HtmlService: {
      createHtmlOutputFromFile: (file: string) => ({
        file,
        getContent: () => html.content,
        setContent(text: string) { html.content = text; return this; },
        setTitle(title: string) { html.title = title; return this; },
      }),
    },
    LockService: {
      getDocumentLock: () => ({
        tryLock: (ms: number) => { count('tryLock'); calls.lockWait = ms; return !options.locked; },
        releaseLock: () => count('releaseLock'),
      }),
    },
    PropertiesService: {
      getDocumentProperties: () => ({
        getProperty: (key: string) => properties.get(key) ?? null,
        setProperty: (key: string, value: string) => { count('setProperty'); properties.set(key, value); },
      }),
    },
    Session: { getActiveUserLocale: () => options.locale ?? 'en' },
    Utilities: {
      formatDate: (date: Date, zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date),
    },
  };
  Object.assign(globalThis, fakes);
  return { calls, sheets, properties, ui, html };
}

afterEach(() => {
  for (const name of APPS) delete (globalThis as Record<string, unknown>)[name];
});

/** The sidebar's port, calling the server functions directly (as google.script.run would). */
const directPort: WorkbookPort = {
  context: async () => server.clientValueContext(),
  readValues: async (sheet, range) => server.clientValueReadValues(sheet, range),
  getSetting: async (key) => server.clientValueGetSetting(key),
  setSetting: async (key, value) => server.clientValueSetSetting(key, value),
  writeOutput: async (request) => {
    try {
      return server.clientValueWriteOutput(JSON.parse(JSON.stringify(request)));
    } catch (error) {
      throw fromServerError(error);
    }
  },
  activate: async (sheet) => server.clientValueActivate(sheet),
};

function salesRows(clients: number): unknown[][] {
  const rows: unknown[][] = [['Клиент', 'Сумма', 'Дата']];
  // 2024-01-15 00:00 in Kyiv is 2024-01-14 22:00 UTC: the day must come out as the 15th.
  for (let i = 0; i < clients; i++) rows.push([i === 0 ? '=IMPORTXML("x")' : `Клиент ${i}`, 500 + i, new Date(Date.UTC(2024, i % 6, 14, 22))]);
  return rows;
}

describe('Apps Script panel server', () => {
  it('lists its global functions, all exported', () => {
    for (const name of server.GLOBAL_FUNCTIONS) expect(typeof (server as Record<string, unknown>)[name]).toBe('function');
    expect(server.GLOBAL_FUNCTIONS).toContain('onOpen');
  });

  it('adds the translated "Client Value" menu and opens the sidebar (auto-run from "Segment clients")', () => {
    const fake = installFakes(salesRows(2), { locale: 'uk' });
    server.onOpen();
    expect(fake.ui.menus[0]).toMatchObject({
      title: 'Цінність клієнтів',
      items: [['Сегментувати клієнтів', 'clientValueSegmentClients'], ['Відкрити панель', 'clientValueOpenPanel']],
    });
    server.clientValueOpenPanel();
    expect(fake.ui.sidebar.file).toBe('Sidebar');
    expect(fake.html.content).toContain('data-auto-run="0"');
    server.clientValueSegmentClients();
    expect(fake.html.content).toContain('data-auto-run="1"');
  });

  it('reads with one getValues; dates cross as yyyy-mm-dd in the spreadsheet time zone', () => {
    const fake = installFakes(salesRows(3));
    const values = server.clientValueReadValues('Sales');
    expect(values[1]).toEqual(['=IMPORTXML("x")', 500, '2024-01-15']);
    expect(values.flat().some((cell) => cell instanceof Date)).toBe(false);
    expect(fake.calls.getValues).toBe(1);
    expect(server.clientValueContext()).toMatchObject({ activeSheet: 'Sales', selection: 'B2:D7', cellLimit: 1_000_000, sheets: [{ name: 'Sales', rows: 4, columns: 3 }] });
  });

  it('writes under the document lock with one setValues and one setNumberFormats per sheet, text guarded', async () => {
    const fake = installFakes(salesRows(6));
    const analysis = analyzeSales(await directPort.readValues('Sales'));
    await writeAnalysis(directPort, analysis, { lang: 'ru', confirmReplace: async () => true });
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(['Sales', 'Клиенты', 'Сводка по клиентам']);
    const clients = fake.sheets[1];
    expect(clients.values.slice(1).map((row: unknown[]) => row[1])).toContain(`'=IMPORTXML("x")`);
    expect(clients.frozen).toBe(1);
    expect(clients.filter).toEqual([1, 1, 7, clients.values[0].length]);
    expect(clients.rules.map((rule: unknown[][]) => rule[0])).toEqual([
      ['whenFormulaSatisfied', '=$C2="A"'], ['whenFormulaSatisfied', '=$C2="B"'], ['whenFormulaSatisfied', '=$C2="C"'],
    ]);
    const charts = fake.sheets[2].charts.map((log: unknown[][]) => log[0][0]);
    expect(charts).toEqual(['asComboChart', 'asColumnChart']);
    expect(fake.calls).toMatchObject({ tryLock: 1, releaseLock: 1, setValues: 2, setNumberFormats: 2 });
    expect(fake.calls.lockWait).toBe(server.LOCK_WAIT_MS);
    expect(JSON.parse(fake.properties.get(OUTPUT_MARKER_KEY)!).map((r: { id: string }) => r.id))
      .toEqual([String(clients.id), String(fake.sheets[2].id)]);
  });

  it('tells the second manager clearly when the lock is busy, and writes nothing', async () => {
    const fake = installFakes(salesRows(3), { locked: true });
    const analysis = analyzeSales(await directPort.readValues('Sales'));
    await expect(writeAnalysis(directPort, analysis, { lang: 'en', confirmReplace: async () => true }))
      .rejects.toMatchObject({ key: 'panel.error.locked' });
    expect(fake.sheets).toHaveLength(1);
  });

  it('refuses when a colleague\'s run changed the output meanwhile (marker check inside the lock)', async () => {
    const fake = installFakes(salesRows(3));
    fake.properties.set(OUTPUT_MARKER_KEY, '[]');
    expect(() => server.clientValueWriteOutput({ sheets: [], replace: [], expectedMarker: null })).toThrow(/panel\.error\.concurrentRun/);
    expect(fake.calls.releaseLock).toBe(1);
  });

  it('makes the same Apps Script calls for 10 and for 1,000 rows', async () => {
    const counts = [];
    for (const rows of [10, 1000]) {
      const fake = installFakes(salesRows(rows));
      const analysis = analyzeSales(await directPort.readValues('Sales'));
      await writeAnalysis(directPort, analysis, { lang: 'en', confirmReplace: async () => true });
      await writeAnalysis(directPort, analysis, { lang: 'en', confirmReplace: async () => true });
      expect(fake.sheets.map((sheet) => sheet.name)).toEqual(['Sales', 'Clients', 'Client summary']);
      counts.push(fake.calls);
    }
    expect(counts[1]).toEqual(counts[0]);
  });
});
