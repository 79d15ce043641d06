/**
 * A fake `office.js` for the task pane test, served in place of Microsoft's CDN script. It keeps a
 * small workbook in the page (one sales sheet), implements the Office.js calls the Excel adapter
 * makes (load/sync are no-ops because values are always there), counts `Excel.run` and `sync`,
 * and fires `Office.onReady` after the page has loaded, as the real library does.
 */
import type { Cell } from '../../shared/cells';

export interface FakeOfficeOptions {
  /** 'OfficeOnline' for Excel on the web (the smaller cell ceiling). */
  readonly platform?: string;
  /** Rows the used range claims (to test the size refusal without a huge page). */
  readonly usedRows?: number;
  /** An old Mac workbook: DATE(1904,1,1) is serial 0 there (1462 in the 1900 system). */
  readonly dateSystem1904?: boolean;
  /** The selected range, as Excel gives its address: "A:D" for whole columns (1,048,576 rows). */
  readonly selection?: string;
}

export function fakeOfficeScript(sales: Cell[][], options: FakeOfficeOptions = {}): string {
  return `(() => {
  const calls = { run: 0, sync: 0, valuesRead: 0, cellsRead: 0, largestSync: 0 };
  // Excel on the web refuses a request above 5 MB: the JSON of values and formats queued per sync.
  const web = ${JSON.stringify(options.platform === 'OfficeOnline')};
  let pending = 0;
  const meter = (value) => { pending += JSON.stringify(value).length; };
  const selection = ${JSON.stringify(options.selection ?? 'A1')};
  function addressBlock(a1) {
    const letters = (text) => [...text.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    let m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a1);
    if (m) { const [c2, r2] = m[3] ? [m[3], m[4]] : [m[1], m[2]]; return { row: +m[2] - 1, column: letters(m[1]), rows: +r2 - +m[2] + 1, columns: letters(c2) - letters(m[1]) + 1 }; }
    m = /^([A-Z]+):([A-Z]+)$/i.exec(a1);
    if (m) return { row: 0, column: letters(m[1]), rows: 1048576, columns: letters(m[2]) - letters(m[1]) + 1 };
    throw new Error('The argument is invalid or missing or has an incorrect format.');
  }
  const usedRows = ${JSON.stringify(options.usedRows ?? null)};
  // The workbook's settings as Excel keeps them (JSON text per key), shared by every pane.
  const store = new Map();
  const settings = { get: (k) => (store.has(k) ? JSON.parse(store.get(k)) : null) };
  const workbookSettings = {
    add(key, value) { store.set(key, JSON.stringify(value)); return {}; },
    getItemOrNullObject(key) {
      const setting = { value: undefined, isNullObject: true, load() {
        setting.isNullObject = !store.has(key);
        setting.value = store.has(key) ? JSON.parse(store.get(key)) : undefined;
        return setting;
      } };
      return setting;
    },
  };
  // Office.context.document.settings: a copy taken when the pane opened; saveAsync writes the whole
  // copy back, over whatever another pane or a co-author saved meanwhile (the trap the add-in avoids).
  const documentCopy = new Map(store);
  let nextId = 1;
  const sheets = [];
  function makeRange(sheet, row, column, rows, columns) {
    const range = {
      rowIndex: row, columnIndex: column, rowCount: rows, columnCount: columns, isNullObject: false,
      address: sheet.name + '!A1',
      format: { font: {}, fill: {}, columnWidth: 0 },
      conditionalFormats: { add(type) { const f = { type, custom: { rule: {}, format: { fill: {} } } }; sheet.conditionalFormats.push(f); return f; } },
      load() { return range; },
      // Every cell of the range, blank ones as '' (a whole column is a million rows of them).
      get values() {
        calls.valuesRead++;
        calls.cellsRead += rows * columns;
        pending += rows * columns * 3;
        return Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => (sheet.values[row + i] || [])[column + j] ?? ''));
      },
      set values(v) {
        if (v.length !== rows || v.some((r) => r.length !== columns)) throw new Error("The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
        meter(v);
        v.forEach((r, i) => { sheet.values[row + i] = sheet.values[row + i] || []; r.forEach((cell, j) => { sheet.values[row + i][column + j] = cell; }); });
        if (sheet.writes[sheet.writes.length - 1] !== 'values') sheet.writes.push('values');
      },
      get numberFormat() { return sheet.numberFormat; },
      set numberFormat(v) {
        if (typeof v !== 'string' && (v.length !== rows || v.some((r) => r.length !== columns))) throw new Error("The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
        meter(v);
        if (typeof v === 'string') {
          for (let i = 0; i < rows; i++) { sheet.formats[row + i] = sheet.formats[row + i] || []; for (let j = 0; j < columns; j++) sheet.formats[row + i][column + j] = v; }
        }
        sheet.numberFormat = v;
        if (sheet.writes[sheet.writes.length - 1] !== 'numberFormat') sheet.writes.push('numberFormat');
      },
    };
    return range;
  }
  function makeSheet(name, values) {
    const sheet = {
      id: '{sheet-' + (nextId++) + '}', name, values, numberFormat: null, formats: [], writes: [], conditionalFormats: [],
      tables: [], charts: [], frozen: 0, deleted: false,
      load() { return sheet; },
      getRange(address) { const b = addressBlock(address); return makeRange(sheet, b.row, b.column, b.rows, b.columns); },
      getRangeByIndexes(r, c, rows, cols) { return makeRange(sheet, r, c, rows, cols); },
      getUsedRangeOrNullObject() {
        if (sheet.values.length === 0) return { isNullObject: true, load() { return this; } };
        return makeRange(sheet, 0, 0, usedRows || sheet.values.length, sheet.values.reduce((width, r) => Math.max(width, r.length), 0));
      },
      freezePanes: { freezeRows(n) { sheet.frozen = n; } },
      tables: { add(source, hasHeaders) { const t = { source, hasHeaders, style: '' }; sheet.tableList.push(t); return t; } },
      tableList: [],
      charts: { add(type, source, by) {
        const series = [{}, {}, {}];
        const chart = { type, by, title: {}, series: { getItemAt: (i) => series[i] }, seriesList: series, setPosition() {} };
        sheet.chartList.push(chart); return chart; } },
      chartList: [],
      delete() { sheet.deleted = true; sheets.splice(sheets.indexOf(sheet), 1); },
      activate() { window.__activeSheet = sheet.name; },
    };
    return sheet;
  }
  sheets.push(makeSheet('Sales', ${JSON.stringify(sales).replace(/</g, '\\u003c')}));
  const worksheets = {
    get items() { return sheets.slice(); },
    load() {},
    add(name) { const s = makeSheet(name, []); sheets.push(s); return s; },
    getItem(name) { return sheets.find((s) => s.name === name); },
    getActiveWorksheet() { return sheets[0]; },
  };
  const context = {
    workbook: { worksheets, settings: workbookSettings,
      // Released since ExcelApi 1.2; the preview-only use1904DateSystem is absent, as in released Excel.
      functions: { date(year, month, day) {
        if (year !== 1904 || month !== 1 || day !== 1) throw new Error('fake functions.date: only DATE(1904,1,1)');
        return { value: ${JSON.stringify(options.dateSystem1904 ? 0 : 1462)}, load() { return this; } };
      } },
      getSelectedRange() { const b = addressBlock(selection); return { address: 'Sales!' + selection, rowCount: b.rows, columnCount: b.columns, load() { return this; } }; } },
    sync: async () => {
      calls.sync++;
      const bytes = pending;
      pending = 0;
      calls.largestSync = Math.max(calls.largestSync, bytes);
      if (web && bytes > 5 * 1024 * 1024) {
        const error = new Error('The request payload size has exceeded the limit. Please refer to the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-rendering-performance#excel-add-ins.');
        error.code = 'RequestPayloadSizeLimitExceeded';
        throw error;
      }
    },
  };
  window.__office = { calls, sheets, settings };
  window.Excel = { run: async (batch) => { calls.run++; return batch(context); } };
  let ready = null;
  window.Office = {
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC' },
    HostType: { Excel: 'Excel' },
    onReady(callback) { ready = callback; return new Promise(() => {}); },
    context: {
      displayLanguage: 'en-US',
      diagnostics: { platform: ${JSON.stringify(options.platform ?? 'PC')} },
      requirements: { isSetSupported: () => false },
      document: { settings: {
        get: (k) => (documentCopy.has(k) ? JSON.parse(documentCopy.get(k)) : null),
        set: (k, v) => documentCopy.set(k, JSON.stringify(v)),
        saveAsync: (cb) => setTimeout(() => { store.clear(); documentCopy.forEach((v, k) => store.set(k, v)); if (cb) cb({ status: 'succeeded' }); }, 0),
      } },
    },
  };
  window.addEventListener('load', () => setTimeout(() => ready && ready({ host: 'Excel', platform: 'PC' }), 10));
})();`;
}
