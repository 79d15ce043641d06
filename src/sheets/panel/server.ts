/**
 * The panel's Apps Script side: the "Client Value" menu, the sidebar, and the server functions the
 * sidebar calls through `google.script.run`, each one whole-range call:
 * - read: `getDataRange().getValues()` once; dates become `yyyy-mm-dd` text in the spreadsheet's
 *   time zone (no Date crosses to the sidebar, and the core reads ISO days exactly);
 * - write: under `LockService.getDocumentLock()` (a second manager waits up to 30 s, then gets a
 *   clear message), after checking the output marker has not changed since the sidebar planned;
 *   per sheet one `setNumberFormats` and one `setValues` (text with the leading apostrophe, dates
 *   as serial numbers), the header styles, `setFrozenRows`, `createFilter`, three conditional
 *   format rules and two embedded charts: never a call per row;
 * - settings: `PropertiesService.getDocumentProperties()`, shared by everyone in the spreadsheet.
 *
 * The code is typed against Google's definitions (`@types/google-apps-script`), through the narrow
 * Host* interfaces below, so it can only call what Apps Script has; the tests run it against fakes
 * of the same interfaces, and nothing runs when the bundle is loaded.
 */
/// <reference types="google-apps-script" />
import type { Cell } from '../../../shared/cells';
import { ClientValueError } from '../../../shared/errors';
import { langFromLocale } from '../../../shared/i18n/lang';
import { t } from '../../../shared/i18n/translate';
import { excelSerialFromDay } from '../../../shared/table/dates';
import { a1ToBlock, classRuleFormula, clipToUsed } from '../../panel/a1';
import { HEADER_FILL, PIXELS_PER_CHARACTER, SHEETS_NUMBER_FORMATS, TITLE_FONT_SIZE } from '../../panel/formats';
import { CELL_LIMITS } from '../../panel/limits';
import { markerValue } from '../../panel/marker';
import {
  OUTPUT_MARKER_KEY, type OutputRecord, type OutputSheet, type ProbeReadback, type WorkbookContext, type WriteRequest, type WriteResult,
} from '../../panel/port';
import { guardText } from '../../panel/textGuard';
import { toServerError } from './serverErrors';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/*
 * The parts of Apps Script the server uses, derived from Google's own definitions
 * (@types/google-apps-script): members without a host object in their result are picked from the
 * real interface as they are; members that return a host object return its narrow counterpart here,
 * so the server cannot reach past what is listed. `apps()` takes the real globals as these
 * interfaces, so the compiler checks every member below against the real one (a misspelt method, an
 * argument of the wrong type or a method Apps Script lacks fails `npm run typecheck`), and the test
 * fakes (tests/panel/fakeAppsScript.ts) implement the same interfaces, so they cannot offer more.
 */
export interface HostRange extends Pick<Range, 'getValues' | 'getDisplayValues' | 'getFormulas' | 'getA1Notation' | 'getNumRows' | 'getNumColumns'> {
  setValues(values: Parameters<Range['setValues']>[0]): HostRange;
  setNumberFormats(numberFormats: Parameters<Range['setNumberFormats']>[0]): HostRange;
  setFontWeight(fontWeight: Parameters<Range['setFontWeight']>[0]): HostRange;
  setFontSize(size: Parameters<Range['setFontSize']>[0]): HostRange;
  setBackground(color: Parameters<Range['setBackground']>[0]): HostRange;
  /** The filter itself is not used. */
  createFilter(): unknown;
}

/** A rule or chart the server only builds and hands back to the host. */
export type HostConditionalFormatRule = Pick<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, never>;
export type HostChart = Pick<GoogleAppsScript.Spreadsheet.EmbeddedChart, never>;

export interface HostConditionalFormatRuleBuilder {
  whenFormulaSatisfied(formula: string): HostConditionalFormatRuleBuilder;
  setBackground(color: string | null): HostConditionalFormatRuleBuilder;
  setRanges(ranges: HostRange[]): HostConditionalFormatRuleBuilder;
  build(): HostConditionalFormatRule;
}

export interface HostChartBuilder {
  asComboChart(): HostChartBuilder;
  asColumnChart(): HostColumnChartBuilder;
  addRange(range: HostRange): HostChartBuilder;
  setNumHeaders(headers: number): HostChartBuilder;
  setOption(option: string, value: unknown): HostChartBuilder;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): HostChartBuilder;
  build(): HostChart;
}

export interface HostColumnChartBuilder extends HostChartBuilder {
  setStacked(): HostColumnChartBuilder;
}

export interface HostSheet extends Pick<Sheet,
  'getName' | 'getSheetId' | 'getLastRow' | 'getLastColumn' | 'getMaxRows' | 'getMaxColumns' | 'deleteRows' | 'deleteColumns'
  | 'setFrozenRows'> {
  setName(name: string): HostSheet;
  getDataRange(): HostRange;
  getRange(a1Notation: string): HostRange;
  getRange(row: number, column: number, numRows: number, numColumns: number): HostRange;
  setColumnWidth(columnPosition: number, width: number): HostSheet;
  insertRowsAfter(afterPosition: number, howMany: number): HostSheet;
  insertColumnsAfter(afterPosition: number, howMany: number): HostSheet;
  setConditionalFormatRules(rules: HostConditionalFormatRule[]): void;
  newChart(): HostChartBuilder;
  insertChart(chart: HostChart): void;
  activate(): HostSheet;
}

export interface HostSpreadsheet extends Pick<GoogleAppsScript.Spreadsheet.Spreadsheet, 'getSpreadsheetTimeZone'> {
  getSheets(): HostSheet[];
  getSheetByName(name: string): HostSheet | null;
  getActiveSheet(): HostSheet;
  getActiveRange(): HostRange | null;
  insertSheet(sheetName: string): HostSheet;
  deleteSheet(sheet: HostSheet): void;
}

export interface HostMenu extends Pick<GoogleAppsScript.Base.Menu, 'addToUi'> {
  addItem(caption: string, functionName: string): HostMenu;
}

export interface HostHtmlOutput extends Pick<GoogleAppsScript.HTML.HtmlOutput, 'getContent'> {
  setContent(content: string): HostHtmlOutput;
  setTitle(title: string): HostHtmlOutput;
}

export interface HostUi {
  createAddonMenu(): HostMenu;
  showSidebar(userInterface: HostHtmlOutput): void;
}

export interface HostProperties extends Pick<GoogleAppsScript.Properties.Properties, 'getProperty'> {
  setProperty(key: string, value: string): HostProperties;
}

export type HostLock = Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'>;

export interface AppsScriptGlobals {
  SpreadsheetApp: Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'flush'> & {
    getActiveSpreadsheet(): HostSpreadsheet;
    getUi(): HostUi;
    newConditionalFormatRule(): HostConditionalFormatRuleBuilder;
  };
  HtmlService: { createHtmlOutputFromFile(filename: string): HostHtmlOutput };
  LockService: { getDocumentLock(): HostLock };
  PropertiesService: { getDocumentProperties(): HostProperties };
  Session: Pick<GoogleAppsScript.Base.Session, 'getActiveUserLocale'>;
  Utilities: Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate'>;
}

/** The top-level functions Apps Script must see (the build generates a global stub for each). */
export const GLOBAL_FUNCTIONS: readonly string[] = [
  'onOpen', 'onInstall', 'clientValueOpenPanel', 'clientValueSegmentClients', 'clientValueContext', 'clientValueReadValues',
  'clientValueGetSetting', 'clientValueSetSetting', 'clientValueWriteOutput', 'clientValueActivate', 'clientValueSelfTest',
];

/** How long a second manager's write waits for the first one's. */
export const LOCK_WAIT_MS = 30_000;
const SIDEBAR_FILE = 'Sidebar';

/**
 * Apps Script's services, looked up when a function runs (nothing runs when the bundle loads, and
 * the tests install their fakes on the global object). Returning the real globals as
 * AppsScriptGlobals is the type check of every interface above against Google's definitions.
 */
function apps(): AppsScriptGlobals {
  return { SpreadsheetApp, HtmlService, LockService, PropertiesService, Session, Utilities };
}

function userLang() {
  try {
    return langFromLocale(apps().Session.getActiveUserLocale());
  } catch {
    return 'en' as const;
  }
}

/**
 * Simple trigger, in a bound script and in the Editor add-on alike: the menu, under Extensions
 * (`createAddonMenu`). Google's guide to add-on menus says a top-level `createMenu` menu moves under
 * Extensions once an add-on is published, and asks add-ons to use createAddonMenu; in a bound script
 * the same call gives Extensions › the script project's name. One call suits both, so nothing has to
 * tell them apart. It builds the menu and touches nothing else: an add-on the user installed but has
 * not used in this spreadsheet runs onOpen in `ScriptApp.AuthMode.NONE`, where the spreadsheet, its
 * properties and the sidebar are refused (the items' functions run later, authorised). The user's
 * locale needs no authorisation; if it is refused all the same, the menu is in English.
 */
export function onOpen(): void {
  const lang = userLang();
  apps().SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t(lang, 'panel.menu.segment'), 'clientValueSegmentClients')
    .addItem(t(lang, 'panel.menu.open'), 'clientValueOpenPanel')
    .addToUi();
}

/**
 * Editor add-on trigger: runs once when a user installs the add-on from the open spreadsheet (in
 * AuthMode.FULL), where onOpen has already run without the add-on, so it adds the menu now.
 */
export function onInstall(): void {
  onOpen();
}

export function clientValueOpenPanel(): void {
  showSidebar(false);
}

/** Menu "Segment clients": the panel opens and runs at once with the team's saved settings. */
export function clientValueSegmentClients(): void {
  showSidebar(true);
}

function showSidebar(autoRun: boolean): void {
  const lang = userLang();
  const output = apps().HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE);
  if (autoRun) output.setContent(String(output.getContent()).replace('data-auto-run="0"', 'data-auto-run="1"'));
  output.setTitle(t(lang, 'panel.menu.title'));
  apps().SpreadsheetApp.getUi().showSidebar(output);
}

export function clientValueContext(): WorkbookContext {
  return serverCall(() => {
    const spreadsheet = apps().SpreadsheetApp.getActiveSpreadsheet();
    const active = spreadsheet.getActiveSheet();
    const range = spreadsheet.getActiveRange();
    const selection = range && range.getNumRows() * range.getNumColumns() > 1 ? range.getA1Notation() : null;
    return {
      sheets: spreadsheet.getSheets().map((sheet) => ({
        id: String(sheet.getSheetId()), name: sheet.getName(), rows: sheet.getLastRow(), columns: sheet.getLastColumn(),
      })),
      activeSheet: active.getName(),
      selection,
      locale: apps().Session.getActiveUserLocale(),
      dateSystem: 1900,
      cellLimit: CELL_LIMITS.sheets,
      hostName: 'Google Sheets (Apps Script)',
    };
  });
}

export function clientValueReadValues(sheetName: string, a1?: string | null): Cell[][] {
  return serverCall(() => {
    const spreadsheet = apps().SpreadsheetApp.getActiveSpreadsheet();
    const sheet = requireSheet(spreadsheet, sheetName);
    const source = a1 ? usedPart(sheet, a1) : sheet.getDataRange();
    if (!source) return [];
    return plainCells(source.getValues(), spreadsheet.getSpreadsheetTimeZone());
  });
}

/** Cells as they cross `google.script.run`: a Date becomes its yyyy-mm-dd day in the spreadsheet's zone. */
function plainCells(values: unknown[][], zone: string): Cell[][] {
  const { Utilities } = apps();
  return values.map((row) => row.map((cell: unknown): Cell =>
    isDate(cell) ? (Number.isNaN(cell.getTime()) ? '' : Utilities.formatDate(cell, zone, 'yyyy-MM-dd')) : (cell as Cell)));
}

/**
 * The self-test's probe (src/panel/selfTest.ts): a new sheet written by writeSheet exactly as an
 * output sheet, read back (values; the detail rows' displayed values and formulas), then deleted.
 * It touches neither the user's sheets nor the output marker, so it needs no lock.
 */
export function clientValueSelfTest(request: { sheet: OutputSheet; detailRows: number }): ProbeReadback {
  return serverCall(() => {
    const { SpreadsheetApp } = apps();
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    checkCellLimit(spreadsheet.getSheets(), [request.sheet]);
    const name = temporarySheetName(99);
    const sheet = spreadsheet.insertSheet(name);
    let readback: Omit<ProbeReadback, 'removed'>;
    try {
      const started = Date.now();
      writeSheet(sheet, request.sheet);
      SpreadsheetApp.flush();
      const writeMs = Date.now() - started;
      const rows = request.sheet.values.length;
      const columns = request.sheet.values[0]?.length ?? 0;
      const values = plainCells(sheet.getRange(1, 1, rows, columns).getValues(), spreadsheet.getSpreadsheetTimeZone());
      const detail = sheet.getRange(1, 1, request.detailRows, columns);
      readback = { values, displayed: detail.getDisplayValues(), formulas: detail.getFormulas(), writeMs };
    } finally {
      spreadsheet.deleteSheet(sheet);
    }
    return { ...readback, removed: spreadsheet.getSheetByName(name) === null };
  });
}

/**
 * The range `a1` cut to the sheet's last row and column with content, so that a whole-column
 * selection (`A:D`, which spans the sheet's grid) reads only the rows in use.
 */
function usedPart(sheet: HostSheet, a1: string): HostRange | null {
  const block = a1ToBlock(a1);
  if (!block) return sheet.getRange(a1);
  const used = clipToUsed(block, sheet.getLastRow(), sheet.getLastColumn());
  return used.rows === 0 || used.columns === 0 ? null : sheet.getRange(used.row + 1, used.column + 1, used.rows, used.columns);
}

export function clientValueGetSetting(key: string): string | null {
  return serverCall(() => apps().PropertiesService.getDocumentProperties().getProperty(key) ?? null);
}

export function clientValueSetSetting(key: string, value: string): void {
  serverCall(() => apps().PropertiesService.getDocumentProperties().setProperty(key, value));
}

export function clientValueActivate(sheetName: string): void {
  serverCall(() => requireSheet(apps().SpreadsheetApp.getActiveSpreadsheet(), sheetName).activate());
}

export function clientValueWriteOutput(request: WriteRequest): WriteResult {
  return serverCall(() => {
    const { LockService, PropertiesService, SpreadsheetApp } = apps();
    const lock = LockService.getDocumentLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) throw new ClientValueError('panel.error.locked');
    try {
      const properties = PropertiesService.getDocumentProperties();
      if ((properties.getProperty(OUTPUT_MARKER_KEY) ?? null) !== request.expectedMarker) {
        throw new ClientValueError('panel.error.concurrentRun');
      }
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const replaced = new Set(request.replace);
      const sheets = spreadsheet.getSheets();
      const remaining = sheets.filter((sheet) => !replaced.has(String(sheet.getSheetId())));
      for (const output of request.sheets) {
        if (remaining.some((sheet) => sheet.getName().toLowerCase() === output.name.toLowerCase())) {
          throw new ClientValueError('panel.error.nameTaken', { sheet: output.name });
        }
      }
      checkCellLimit(sheets, request.sheets);
      // New sheets are written under temporary names; only when all are complete are the old ones
      // deleted and the new ones renamed, so a failure leaves the previous output as it was.
      const added: HostSheet[] = [];
      try {
        request.sheets.forEach((output, index) => {
          const sheet = spreadsheet.insertSheet(temporarySheetName(index));
          added.push(sheet);
          writeSheet(sheet, output);
        });
        SpreadsheetApp.flush();
      } catch (error) {
        for (const sheet of added) spreadsheet.deleteSheet(sheet);
        throw error;
      }
      for (const sheet of sheets) if (replaced.has(String(sheet.getSheetId()))) spreadsheet.deleteSheet(sheet);
      const written = added.map((sheet, index): OutputRecord => {
        sheet.setName(request.sheets[index].name);
        return { role: request.sheets[index].role, id: String(sheet.getSheetId()), name: sheet.getName() };
      });
      properties.setProperty(OUTPUT_MARKER_KEY, markerValue(written));
      return { written };
    } finally {
      lock.releaseLock();
    }
  });
}

function writeSheet(sheet: HostSheet, output: OutputSheet): void {
  const rows = output.values.length;
  const columns = output.values[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return;
  fitGrid(sheet, rows, columns);
  const all = sheet.getRange(1, 1, rows, columns);
  all.setNumberFormats(output.formats.map((row) => row.map((format) => SHEETS_NUMBER_FORMATS[format])));
  all.setValues(output.values.map((row, r) => row.map((value, c) => {
    if (value === null) return '';
    if (typeof value === 'string') return guardText(value);
    if (typeof value === 'number' && output.formats[r][c] === 'date') return excelSerialFromDay(value, 1900);
    return value;
  })));
  output.columnWidths.forEach((width, column) => sheet.setColumnWidth(column + 1, width * PIXELS_PER_CHARACTER));
  for (const block of output.headers) {
    sheet.getRange(block.row + 1, block.column + 1, block.rows, block.columns).setFontWeight('bold').setBackground(HEADER_FILL);
  }
  for (const block of output.titles) {
    sheet.getRange(block.row + 1, block.column + 1, block.rows, block.columns).setFontWeight('bold').setFontSize(TITLE_FONT_SIZE);
  }
  if (output.frozenRows > 0) sheet.setFrozenRows(output.frozenRows);
  if (output.table) {
    const { row, column, rows: tableRows, columns: tableColumns } = output.table;
    sheet.getRange(row + 1, column + 1, tableRows, tableColumns).createFilter();
  }
  const { SpreadsheetApp } = apps();
  const rules: HostConditionalFormatRule[] = [];
  for (const colouring of output.colouring) {
    const { row, column, rows: blockRows, columns: blockColumns } = colouring.block;
    const range = sheet.getRange(row + 1, column + 1, blockRows, blockColumns);
    for (const abcClass of ['A', 'B', 'C'] as const) {
      rules.push(SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(classRuleFormula(colouring.classColumn, row, abcClass))
        .setBackground(colouring.colours[abcClass])
        .setRanges([range])
        .build());
    }
  }
  if (rules.length > 0) sheet.setConditionalFormatRules(rules);
  for (const chart of output.charts) {
    const { row, column, rows: dataRows, columns: dataColumns } = chart.data;
    const source = sheet.getRange(row + 1, column + 1, dataRows, dataColumns);
    const builder = chart.kind === 'pareto'
      ? sheet.newChart().asComboChart()
        .setOption('series', { 0: { type: 'bars' }, 1: { type: 'line', targetAxisIndex: 1 } })
      : chart.kind === 'matrix' ? sheet.newChart().asColumnChart().setStacked() : sheet.newChart().asColumnChart();
    sheet.insertChart(builder
      .addRange(source)
      .setNumHeaders(1)
      .setOption('title', chart.title)
      .setOption('width', chart.width)
      .setOption('height', chart.height)
      .setPosition(chart.anchor.row + 1, chart.anchor.column + 1, 0, 0)
      .build());
  }
}

/**
 * A sheet from `insertSheet` has a 1000 × 26 grid that writing does not grow: make it exactly
 * rows × columns (grow first, then trim), so the ranges fit and the spreadsheet's 10-million-cell
 * limit is not spent on empty cells.
 */
function fitGrid(sheet: HostSheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns > columns) sheet.deleteColumns(columns + 1, maxColumns - columns);
  if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Cells a spreadsheet may hold in all its sheets (Google's limit). */
const SPREADSHEET_CELL_LIMIT = 10_000_000;
/** The grid of a sheet fresh from insertSheet, before fitGrid trims it. */
const NEW_SHEET_CELLS = 1000 * 26;

/**
 * Refuses a run that cannot fit before anything is written. The old output sheets are deleted
 * only after the new ones are complete (all-or-nothing), so at the peak every existing sheet and
 * every new one exist together, plus one fresh 1000 × 26 grid.
 */
function checkCellLimit(existing: readonly HostSheet[], outputs: readonly OutputSheet[]): void {
  let used = 0;
  for (const sheet of existing) used += sheet.getMaxRows() * sheet.getMaxColumns();
  let needed = NEW_SHEET_CELLS;
  for (const output of outputs) needed += output.values.length * (output.values[0]?.length ?? 0);
  if (used + needed > SPREADSHEET_CELL_LIMIT) {
    throw new ClientValueError('panel.error.spreadsheetFull', {
      needed, available: Math.max(0, SPREADSHEET_CELL_LIMIT - used), limit: SPREADSHEET_CELL_LIMIT,
    });
  }
}

/** A Date from any realm (Apps Script's services hand over their own Date objects). */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function temporarySheetName(index: number): string {
  return `~client-value-${Date.now().toString(36)}-${index}`;
}

function requireSheet(spreadsheet: HostSpreadsheet, name: string): HostSheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) throw new ClientValueError('panel.error.noSheet', { sheet: name });
  return sheet;
}

/** Runs a server function; a ClientValueError travels to the sidebar as its key and parameters. */
function serverCall<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw toServerError(error);
  }
}

