/**
 * Small fakes of the Apps Script services the panel's server calls (SpreadsheetApp, HtmlService,
 * LockService, PropertiesService, Session, Utilities), installed on `globalThis`. They keep a
 * spreadsheet in memory and count every call. Plain JavaScript only: the same fakes run in Node
 * (tests/panel/sheetsServer.test.ts) and in the browser behind a fake `google.script.run`
 * (tests/browser/sidebar.test.ts).
 */
import { a1ToBlock, blockToA1 } from '../../src/panel/a1';

/* eslint-disable @typescript-eslint/no-explicit-any */
export const APPS_SCRIPT_SERVICES = ['SpreadsheetApp', 'HtmlService', 'LockService', 'PropertiesService', 'Session', 'Utilities'] as const;

/** Google Sheets' limit: 10 million cells (rows × columns of every sheet's grid) per spreadsheet. */
export const SPREADSHEET_CELL_LIMIT = 10_000_000;

export function installFakes(sales: unknown[][], options: { locked?: boolean; locale?: string; zone?: string; failCharts?: boolean; selection?: string } = {}) {
  const calls: Record<string, number> = {};
  const count = (name: string) => { calls[name] = (calls[name] ?? 0) + 1; };
  const properties = new Map<string, string>();
  let nextId = 100;
  const sheets: any[] = [];
  const ui = { menus: [] as any[], sidebar: null as any };
  const chainable = (target: any, name: string) => (...args: unknown[]) => { count(name); target.log.push([name, ...args]); return target; };
  const range = (sheet: any, row: number, column: number, rows: number, columns: number): any => {
    // Apps Script refuses a range outside the sheet's grid, and data of another shape than the range.
    if (row < 1 || column < 1 || rows < 1 || columns < 1 || row + rows - 1 > sheet.maxRows || column + columns - 1 > sheet.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    const checkShape = (data: unknown[][]) => {
      if (data.length !== rows) throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rows}.`);
      for (const line of data) {
        if (line.length !== columns) throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${columns}.`);
      }
    };
    const r: any = { sheet, row, column, rows, columns, log: [] };
    r.getValues = () => {
      count('getValues');
      return Array.from({ length: rows }, (_, i) =>
        Array.from({ length: columns }, (_, j) => sheet.values[row - 1 + i]?.[column - 1 + j] ?? ''));
    };
    r.setValues = (values: unknown[][]) => { count('setValues'); checkShape(values); sheet.values = values; return r; };
    r.setNumberFormats = (formats: string[][]) => { count('setNumberFormats'); checkShape(formats); sheet.formats = formats; return r; };
    r.setFontWeight = chainable(r, 'setFontWeight');
    r.setFontSize = chainable(r, 'setFontSize');
    r.setBackground = chainable(r, 'setBackground');
    r.createFilter = () => { count('createFilter'); sheet.filter = [row, column, rows, columns]; };
    r.getA1Notation = () => blockToA1({ row: row - 1, column: column - 1, rows, columns });
    r.getNumRows = () => rows;
    r.getNumColumns = () => columns;
    return r;
  };
  const makeSheet = (name: string, values: unknown[][]) => {
    // A new sheet has Google's 1000 × 26 grid; writing does not grow it.
    const sheet: any = {
      id: nextId++, name, values, formats: null, filter: null, frozen: 0, rules: [], charts: [],
      maxRows: Math.max(1000, values.length), maxColumns: Math.max(26, ...values.map((row) => row.length)),
    };
    sheet.getMaxRows = () => sheet.maxRows;
    sheet.getMaxColumns = () => sheet.maxColumns;
    const cellsOfAll = () => sheets.reduce((sum: number, one: any) => sum + one.maxRows * one.maxColumns, 0);
    const grow = (rows: number, columns: number) => {
      if (cellsOfAll() + rows * sheet.maxColumns + columns * sheet.maxRows > SPREADSHEET_CELL_LIMIT) {
        throw new Error('This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
      }
      sheet.maxRows += rows;
      sheet.maxColumns += columns;
    };
    sheet.insertRowsAfter = (after: number, how: number) => { count('insertRowsAfter'); if (after < 1 || after > sheet.maxRows) throw new Error('Those rows are out of bounds.'); grow(how, 0); return sheet; };
    sheet.insertColumnsAfter = (after: number, how: number) => { count('insertColumnsAfter'); if (after < 1 || after > sheet.maxColumns) throw new Error('Those columns are out of bounds.'); grow(0, how); return sheet; };
    sheet.deleteRows = (from: number, how: number) => {
      count('deleteRows');
      if (from < 1 || from + how - 1 > sheet.maxRows) throw new Error('Those rows are out of bounds.');
      if (how >= sheet.maxRows) throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
      sheet.maxRows -= how;
    };
    sheet.deleteColumns = (from: number, how: number) => {
      count('deleteColumns');
      if (from < 1 || from + how - 1 > sheet.maxColumns) throw new Error('Those columns are out of bounds.');
      if (how >= sheet.maxColumns) throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
      sheet.maxColumns -= how;
    };
    sheet.getName = () => sheet.name;
    sheet.getSheetId = () => sheet.id;
    sheet.setName = (name: string) => { count('setName'); sheet.name = name; return sheet; };
    sheet.getLastRow = () => sheet.values.length;
    sheet.getLastColumn = () => Math.max(0, ...sheet.values.map((row: unknown[]) => row.length));
    sheet.getDataRange = () => range(sheet, 1, 1, sheet.getLastRow(), sheet.getLastColumn());
    sheet.getRange = (row: any, column = 1, rows = 1, columns = 1) => {
      count('getRange');
      const block = typeof row === 'string' ? a1ToBlock(row) : null;
      // Whole columns ("A:D") and rows ("3:9") span the sheet's grid, as in Sheets.
      if (block) {
        return range(sheet, block.row + 1, block.column + 1,
          Math.min(block.rows, sheet.maxRows - block.row), Math.min(block.columns, sheet.maxColumns - block.column));
      }
      return range(sheet, row, column, rows, columns);
    };
    sheet.setFrozenRows = (n: number) => { count('setFrozenRows'); sheet.frozen = n; };
    sheet.setColumnWidth = (column: number) => {
      count('setColumnWidth');
      if (column < 1 || column > sheet.maxColumns) throw new Error('Those columns are out of bounds.');
      return sheet;
    };
    sheet.setConditionalFormatRules = (rules: unknown[]) => { count('setConditionalFormatRules'); sheet.rules = rules; };
    sheet.newChart = () => {
      const builder: any = { log: [] };
      for (const method of ['asComboChart', 'asColumnChart', 'setStacked', 'setOption', 'addRange', 'setNumHeaders', 'setPosition']) {
        builder[method] = chainable(builder, method);
      }
      builder.build = () => builder;
      return builder;
    };
    sheet.insertChart = (chart: any) => {
      count('insertChart');
      if (options.failCharts) throw new Error('Service error: charts');
      sheet.charts.push(chart.log);
    };
    sheet.activate = () => count('activate');
    return sheet;
  };
  sheets.push(makeSheet('Sales', sales));
  const spreadsheet = {
    getSheets: () => sheets.slice(),
    getSheetByName: (name: string) => sheets.find((sheet) => sheet.name === name) ?? null,
    getActiveSheet: () => sheets[0],
    getActiveRange: () => {
      const block = a1ToBlock(options.selection ?? 'B2:D7')!;
      return range(sheets[0], block.row + 1, block.column + 1, block.rows, block.columns);
    },
    getSpreadsheetTimeZone: () => options.zone ?? 'Europe/Kyiv',
    insertSheet: (name: string) => {
      count('insertSheet');
      if (sheets.reduce((sum: number, one: any) => sum + one.maxRows * one.maxColumns, 0) + 1000 * 26 > SPREADSHEET_CELL_LIMIT) {
        throw new Error('This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
      }
      const sheet = makeSheet(name, []); sheets.push(sheet); return sheet; },
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
  return { calls, sheets, properties, ui, html, options };
}

