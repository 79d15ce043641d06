/**
 * Small fakes of the Apps Script services the panel's server calls (SpreadsheetApp, HtmlService,
 * LockService, PropertiesService, Session, Utilities), installed on `globalThis`. They keep a
 * spreadsheet in memory and count every call. Plain JavaScript only: the same fakes run in Node
 * (tests/panel/sheetsServer.test.ts) and in the browser behind a fake `google.script.run`
 * (tests/browser/sidebar.test.ts).
 *
 * Their objects implement the server's Host* interfaces, which are picked from Google's own type
 * definitions (src/sheets/panel/server.ts), so a fake cannot offer a method Apps Script lacks or
 * take arguments it does not; the state a test inspects (values, formats, grid size…) sits beside.
 * `authMode: 'NONE'` models an Editor add-on's onOpen in a spreadsheet where the user has not used
 * it yet: only the menu can be built, everything that needs authorisation throws.
 */
import { a1ToBlock, blockToA1 } from '../../src/panel/a1';
import type {
  AppsScriptGlobals, HostColumnChartBuilder, HostConditionalFormatRuleBuilder, HostHtmlOutput, HostMenu, HostRange, HostSheet,
  HostSpreadsheet,
} from '../../src/sheets/panel/server';

/* eslint-disable @typescript-eslint/no-explicit-any */
export const APPS_SCRIPT_SERVICES = ['SpreadsheetApp', 'HtmlService', 'LockService', 'PropertiesService', 'Session', 'Utilities'] as const;

/** Google Sheets' limit: 10 million cells (rows × columns of every sheet's grid) per spreadsheet. */
export const SPREADSHEET_CELL_LIMIT = 10_000_000;

/** What Apps Script throws when code without authorisation (AuthMode.NONE) calls a service that needs it. */
export const AUTHORIZATION_REQUIRED = 'Authorization is required to perform that action.';

/** The HTML files of the script project (the build writes Sidebar.html). */
const HTML_FILES = ['Sidebar'];

export interface FakeOptions {
  locked?: boolean;
  locale?: string;
  zone?: string;
  failCharts?: boolean;
  selection?: string;
  /** 'NONE': an add-on's onOpen before the user has used it in this spreadsheet; default 'FULL'. */
  authMode?: 'NONE' | 'FULL';
}

/** A fake range: the real Range's members the server may use, and where it sits. */
export type FakeRange = HostRange & { sheet: FakeSheet; row: number; column: number; rows: number; columns: number; log: unknown[][] };

/** A fake sheet: the real Sheet's members the server may use, and the state the tests inspect. */
export type FakeSheet = HostSheet & {
  id: number; name: string; values: any[][]; formats: string[][]; filter: number[] | null; frozen: number;
  rules: any[]; charts: any[]; maxRows: number; maxColumns: number;
  /** Made by insertSheet: what the server sent is read back as Sheets keeps it (storedValue). */
  inserted?: boolean;
};

export interface FakeMenu { items: string[][] }

/**
 * What Sheets keeps for a value `setValues` was given: a leading apostrophe keeps text as text (and
 * is not part of the value); other strings are parsed as typed (a formula, a number, a date, a
 * logical value); a number under a date format reads back as a Date (noon UTC: the same day in
 * every zone the tests use).
 */
export function storedValue(entered: unknown, format: string | undefined): unknown {
  if (typeof entered === 'number' && format === 'yyyy-mm-dd') return new Date(Math.round((entered - 25569) * 86_400_000) + 12 * 3_600_000);
  if (typeof entered !== 'string' || entered === '') return entered;
  if (entered.startsWith("'")) return entered.slice(1);
  if (/^[+-]?\d+(\.\d+)?$/.test(entered)) return Number(entered);
  if (/^[=+\-@]./.test(entered)) return '#ERROR!';
  if (/^\d{1,2}\/\d{1,2}$/.test(entered)) return new Date(Date.UTC(2026, Number(entered.split('/')[0]) - 1, Number(entered.split('/')[1]), 12));
  if (/^(TRUE|FALSE)$/i.test(entered)) return entered.toUpperCase() === 'TRUE';
  return entered;
}

/** A value as Sheets shows it under a number format (en_US). */
function displayValue(value: unknown, format: string | undefined): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value !== 'number') return String(value ?? '');
  if (format === '0.0%') return `${(value * 100).toFixed(1)}%`;
  if (format === '#,##0.00') return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  if (format === '#,##0') return value.toLocaleString('en-US', { maximumFractionDigits: 0 });
  return String(value);
}

export function installFakes(sales: unknown[][], options: FakeOptions = {}) {
  const calls: Record<string, number> = {};
  const count = (name: string) => { calls[name] = (calls[name] ?? 0) + 1; };
  const authorised = () => {
    if (options.authMode === 'NONE') throw new Error(AUTHORIZATION_REQUIRED);
  };
  const properties = new Map<string, string>();
  let nextId = 100;
  const sheets: FakeSheet[] = [];
  const ui = { menus: [] as FakeMenu[], sidebar: { file: '', title: '' } };
  const logged = <T>(target: T, log: unknown[][], name: string, args: unknown[]): T => { count(name); log.push([name, ...args]); return target; };
  const range = (sheet: FakeSheet, row: number, column: number, rows: number, columns: number): FakeRange => {
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
    const log: unknown[][] = [];
    const cells = <T>(read: (value: unknown, format: string | undefined, entered: unknown) => T): T[][] =>
      Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => {
        const entered = sheet.values[row - 1 + i]?.[column - 1 + j] ?? '';
        const format = sheet.formats[row - 1 + i]?.[column - 1 + j];
        return read(sheet.inserted ? storedValue(entered, format) : entered, format, entered);
      }));
    const methods: HostRange = {
      getValues: () => {
        count('getValues');
        return cells((value) => value) as any[][];
      },
      getDisplayValues: () => { count('getDisplayValues'); return cells((value, format) => displayValue(value, format)); },
      getFormulas: () => {
        count('getFormulas');
        return cells((_, __, entered) => (typeof entered === 'string' && entered.startsWith('=') ? entered : ''));
      },
      setValues: (values) => { count('setValues'); checkShape(values); sheet.values = values; return r; },
      setNumberFormats: (formats) => { count('setNumberFormats'); checkShape(formats); sheet.formats = formats; return r; },
      setFontWeight: (...args) => logged(r, log, 'setFontWeight', args),
      setFontSize: (...args) => logged(r, log, 'setFontSize', args),
      setBackground: (...args) => logged(r, log, 'setBackground', args),
      createFilter: () => { count('createFilter'); sheet.filter = [row, column, rows, columns]; return null; },
      getA1Notation: () => blockToA1({ row: row - 1, column: column - 1, rows, columns }),
      getNumRows: () => rows,
      getNumColumns: () => columns,
    };
    const r: FakeRange = Object.assign(methods, { sheet, row, column, rows, columns, log });
    return r;
  };
  const cellsOfAll = () => sheets.reduce((sum, one) => sum + one.maxRows * one.maxColumns, 0);
  const makeSheet = (name: string, values: unknown[][]): FakeSheet => {
    // A new sheet has Google's 1000 × 26 grid; writing does not grow it.
    const state = {
      id: nextId++, name, values: values as any[][], formats: [] as string[][], filter: null as number[] | null, frozen: 0,
      rules: [] as any[], charts: [] as any[],
      maxRows: Math.max(1000, values.length), maxColumns: Math.max(26, ...values.map((row) => row.length)),
    };
    const grow = (rows: number, columns: number) => {
      if (cellsOfAll() + rows * sheet.maxColumns + columns * sheet.maxRows > SPREADSHEET_CELL_LIMIT) {
        throw new Error('This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
      }
      sheet.maxRows += rows;
      sheet.maxColumns += columns;
    };
    const chartBuilder = (): HostColumnChartBuilder => {
      const log: unknown[][] = [];
      const builder: HostColumnChartBuilder = {
        asComboChart: () => logged(builder, log, 'asComboChart', []),
        asColumnChart: () => logged(builder, log, 'asColumnChart', []),
        setStacked: () => logged(builder, log, 'setStacked', []),
        setOption: (...args) => logged(builder, log, 'setOption', args),
        addRange: (...args) => logged(builder, log, 'addRange', args),
        setNumHeaders: (...args) => logged(builder, log, 'setNumHeaders', args),
        setPosition: (...args) => logged(builder, log, 'setPosition', args),
        build: () => ({ log }),
      };
      return builder;
    };
    const methods: HostSheet = {
      getMaxRows: () => sheet.maxRows,
      getMaxColumns: () => sheet.maxColumns,
      insertRowsAfter: (after, how) => { count('insertRowsAfter'); if (after < 1 || after > sheet.maxRows) throw new Error('Those rows are out of bounds.'); grow(how, 0); return sheet; },
      insertColumnsAfter: (after, how) => { count('insertColumnsAfter'); if (after < 1 || after > sheet.maxColumns) throw new Error('Those columns are out of bounds.'); grow(0, how); return sheet; },
      deleteRows: (from, how) => {
        count('deleteRows');
        if (from < 1 || from + how - 1 > sheet.maxRows) throw new Error('Those rows are out of bounds.');
        if (how >= sheet.maxRows) throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
        sheet.maxRows -= how;
      },
      deleteColumns: (from, how) => {
        count('deleteColumns');
        if (from < 1 || from + how - 1 > sheet.maxColumns) throw new Error('Those columns are out of bounds.');
        if (how >= sheet.maxColumns) throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
        sheet.maxColumns -= how;
      },
      getName: () => sheet.name,
      getSheetId: () => sheet.id,
      setName: (newName) => { count('setName'); sheet.name = newName; return sheet; },
      getLastRow: () => sheet.values.length,
      getLastColumn: () => Math.max(0, ...sheet.values.map((row) => row.length)),
      getDataRange: () => range(sheet, 1, 1, methods.getLastRow(), methods.getLastColumn()),
      getRange: (row: string | number, column: number = 1, rows: number = 1, columns: number = 1): HostRange => {
        count('getRange');
        if (typeof row === 'string') {
          // Whole columns ("A:D") and rows ("3:9") span the sheet's grid, as in Sheets.
          const block = a1ToBlock(row);
          if (!block) throw new Error(`Range not found`);
          return range(sheet, block.row + 1, block.column + 1,
            Math.min(block.rows, sheet.maxRows - block.row), Math.min(block.columns, sheet.maxColumns - block.column));
        }
        return range(sheet, row, column, rows, columns);
      },
      setFrozenRows: (n) => { count('setFrozenRows'); sheet.frozen = n; },
      setColumnWidth: (column) => {
        count('setColumnWidth');
        if (column < 1 || column > sheet.maxColumns) throw new Error('Those columns are out of bounds.');
        return sheet;
      },
      setConditionalFormatRules: (rules) => { count('setConditionalFormatRules'); sheet.rules = rules; },
      newChart: chartBuilder,
      insertChart: (chart) => {
        count('insertChart');
        if (options.failCharts) throw new Error('Service error: charts');
        sheet.charts.push((chart as { log: unknown[][] }).log);
      },
      activate: () => { count('activate'); return sheet; },
    };
    const sheet: FakeSheet = Object.assign(methods, state);
    return sheet;
  };
  sheets.push(makeSheet('Sales', sales));
  const spreadsheet: HostSpreadsheet = {
    getSheets: () => sheets.slice(),
    getSheetByName: (name) => sheets.find((sheet) => sheet.name === name) ?? null,
    getActiveSheet: () => sheets[0],
    getActiveRange: () => {
      const block = a1ToBlock(options.selection ?? 'B2:D7')!;
      return range(sheets[0], block.row + 1, block.column + 1, block.rows, block.columns);
    },
    getSpreadsheetTimeZone: () => options.zone ?? 'Europe/Kyiv',
    insertSheet: (name) => {
      count('insertSheet');
      if (cellsOfAll() + 1000 * 26 > SPREADSHEET_CELL_LIMIT) {
        throw new Error('This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
      }
      if (sheets.some((one) => one.name.toLowerCase() === name.toLowerCase())) {
        throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
      }
      const sheet = makeSheet(name, []); sheet.inserted = true; sheets.push(sheet); return sheet;
    },
    deleteSheet: (sheet) => { count('deleteSheet'); sheets.splice(sheets.indexOf(sheet as FakeSheet), 1); },
  };
  const html = { content: '<main id="cv-panel" class="cv-panel" data-auto-run="0"></main>', title: '' };
  const htmlFiles = new WeakMap<HostHtmlOutput, string>();
  const fakes: AppsScriptGlobals = {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => { authorised(); return spreadsheet; },
      getUi: () => ({
        createAddonMenu: () => {
          const items: string[][] = [];
          const menu: HostMenu = {
            addItem: (caption, functionName) => { items.push([caption, functionName]); return menu; },
            addToUi: () => { ui.menus.push({ items }); },
          };
          return menu;
        },
        showSidebar: (output) => { authorised(); ui.sidebar = { file: htmlFiles.get(output) ?? '', title: html.title }; },
      }),
      newConditionalFormatRule: () => {
        const log: unknown[][] = [];
        const rule: HostConditionalFormatRuleBuilder = {
          whenFormulaSatisfied: (...args) => logged(rule, log, 'whenFormulaSatisfied', args),
          setBackground: (...args) => logged(rule, log, 'setBackground', args),
          setRanges: (...args) => logged(rule, log, 'setRanges', args),
          build: () => log,
        };
        return rule;
      },
      flush: () => count('flush'),
    },
    HtmlService: {
      createHtmlOutputFromFile: (file) => {
        if (!HTML_FILES.includes(file)) throw new Error(`No HTML file named ${file} was found.`);
        const output: HostHtmlOutput = {
          getContent: () => html.content,
          setContent: (text) => { html.content = text; return output; },
          setTitle: (title) => { html.title = title; return output; },
        };
        htmlFiles.set(output, file);
        return output;
      },
    },
    LockService: {
      getDocumentLock: () => {
        authorised();
        return {
          tryLock: (ms) => { count('tryLock'); calls.lockWait = ms; return !options.locked; },
          releaseLock: () => count('releaseLock'),
        };
      },
    },
    PropertiesService: {
      getDocumentProperties: () => {
        authorised();
        const documentProperties = {
          getProperty: (key: string) => properties.get(key) ?? null,
          setProperty: (key: string, value: string) => { count('setProperty'); properties.set(key, value); return documentProperties; },
        };
        return documentProperties;
      },
    },
    Session: { getActiveUserLocale: () => options.locale ?? 'en' },
    Utilities: {
      formatDate: (date, zone) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date as unknown as Date),
    },
  };
  Object.assign(globalThis, fakes);
  return { calls, sheets, properties, ui, html, options };
}

