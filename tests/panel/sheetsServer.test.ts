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
import { judgeSelfTest, probeSheet } from '../../src/panel/selfTest';
import { APPS_SCRIPT_SERVICES, AUTHORIZATION_REQUIRED, installFakes } from './fakeAppsScript';

afterEach(() => {
  for (const name of APPS_SCRIPT_SERVICES) delete (globalThis as Record<string, unknown>)[name];
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
  selfTest: async (request) => JSON.parse(JSON.stringify(server.clientValueSelfTest(JSON.parse(JSON.stringify(request))))),
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
    expect(server.GLOBAL_FUNCTIONS).toContain('onInstall');
  });

  it('adds the translated menu under Extensions (createAddonMenu) and opens the sidebar (auto-run from "Segment clients")', () => {
    const fake = installFakes(salesRows(2), { locale: 'uk' });
    server.onOpen();
    expect(fake.ui.menus).toEqual([
      { items: [['Сегментувати клієнтів', 'clientValueSegmentClients'], ['Відкрити панель', 'clientValueOpenPanel']] },
    ]);
    server.clientValueOpenPanel();
    expect(fake.ui.sidebar).toEqual({ file: 'Sidebar', title: 'Цінність клієнтів' });
    expect(fake.html.content).toContain('data-auto-run="0"');
    server.clientValueSegmentClients();
    expect(fake.html.content).toContain('data-auto-run="1"');
  });

  it('as an Editor add-on not yet used in this spreadsheet (AuthMode.NONE), onOpen builds only the menu; onInstall adds it', () => {
    const fake = installFakes(salesRows(2), { locale: 'ru', authMode: 'NONE' });
    // The fake refuses what the host refuses without authorisation, with the host's message.
    expect(() => server.clientValueGetSetting('clientValue.options')).toThrow(AUTHORIZATION_REQUIRED);
    expect(() => server.clientValueContext()).toThrow(AUTHORIZATION_REQUIRED);
    expect(() => server.clientValueOpenPanel()).toThrow(AUTHORIZATION_REQUIRED);
    expect(() => server.clientValueWriteOutput({ sheets: [], replace: [], expectedMarker: null })).toThrow(AUTHORIZATION_REQUIRED);
    server.onOpen();
    expect(fake.ui.menus).toEqual([{ items: [['Сегментировать клиентов', 'clientValueSegmentClients'], ['Открыть панель', 'clientValueOpenPanel']] }]);
    // Installing from the open spreadsheet runs onInstall with full authorisation.
    fake.options.authMode = 'FULL';
    server.onInstall();
    expect(fake.ui.menus).toHaveLength(2);
    server.clientValueOpenPanel();
    expect(fake.ui.sidebar.file).toBe('Sidebar');
  });

  it('reads with one getValues; dates cross as yyyy-mm-dd in the spreadsheet time zone', () => {
    const fake = installFakes(salesRows(3));
    const values = server.clientValueReadValues('Sales');
    expect(values[1]).toEqual(['=IMPORTXML("x")', 500, '2024-01-15']);
    expect(values.flat().some((cell) => cell instanceof Date)).toBe(false);
    expect(fake.calls.getValues).toBe(1);
    expect(server.clientValueContext()).toMatchObject({ activeSheet: 'Sales', selection: 'B2:D7', cellLimit: 1_000_000, sheets: [{ name: 'Sales', rows: 4, columns: 3 }] });
  });

  it('reads a whole-column selection (A:C spans the 1000-row grid) only down to the last row in use', () => {
    installFakes(salesRows(3));
    const values = server.clientValueReadValues('Sales', 'A:C');
    expect(values).toHaveLength(4);
    expect(values[3]).toEqual(['Клиент 2', 502, '2024-03-15']);
    expect(server.clientValueReadValues('Sales', 'B2:C3')).toEqual([[500, '2024-01-15'], [501, '2024-02-15']]);
    expect(server.clientValueReadValues('Sales', 'E:F')).toEqual([]);
  });

  it('self-test: the probe written like the output reads back as written, and its sheet is gone afterwards', async () => {
    const fake = installFakes(salesRows(3), { zone: 'Europe/Kyiv' });
    const before = fake.sheets.map((sheet) => sheet.name);
    const readback = await directPort.selfTest!(probeSheet('Client Value self-test'));
    const rows = judgeSelfTest(readback, { dateSystem: 1900 }, 'en');
    expect(rows.filter((row) => !row.pass)).toEqual([]);
    expect(rows).toHaveLength(17);
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(before);
  });

  it('writes under the document lock with one setValues and one setNumberFormats per sheet, text guarded', async () => {
    const fake = installFakes(salesRows(6));
    const analysis = analyzeSales(await directPort.readValues('Sales'));
    await writeAnalysis(directPort, analysis, { lang: 'ru', confirmReplace: async () => true });
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(['Sales', 'Клиенты', 'Сводка по клиентам']);
    const clients = fake.sheets[1];
    expect(clients.values.slice(1).map((row: unknown[]) => row[1])).toContain(`'=IMPORTXML("x")`);
    const firstPurchase = clients.values[0].indexOf("'Первая покупка");
    expect(typeof clients.values[1][firstPurchase]).toBe('number');
    expect(clients.formats[1][firstPurchase]).toBe('yyyy-mm-dd');
    expect(clients.formats[1][1]).toBe('0.###############');
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
      // Every output sheet's grid is exactly its output (no spare rows or columns).
      for (const sheet of fake.sheets.slice(1)) {
        expect([sheet.maxRows, sheet.maxColumns]).toEqual([sheet.values.length, sheet.values[0].length]);
      }
      // Fitting a grid costs at most one grow and one trim per axis, whatever the rows.
      const { insertRowsAfter = 0, insertColumnsAfter = 0, deleteRows = 0, deleteColumns = 0, ...rest } = fake.calls;
      expect(insertRowsAfter + deleteRows).toBeLessThanOrEqual(4);
      expect(insertColumnsAfter + deleteColumns).toBeLessThanOrEqual(4);
      counts.push(rest);
    }
    expect(counts[1]).toEqual(counts[0]);
  });

  it('refuses before writing anything when the output would pass the 10,000,000-cell limit, saying how many cells', async () => {
    const fake = installFakes(salesRows(3));
    const analysis = analyzeSales(await directPort.readValues('Sales'));
    // The sales sheet's grid is 384,000 × 26 = 9,984,000 cells: 16,000 left, less than a fresh sheet.
    fake.sheets[0].maxRows = 384_000;
    const failure = await writeAnalysis(directPort, analysis, { lang: 'en', confirmReplace: async () => true }).catch((error) => error);
    expect(failure).toMatchObject({ key: 'panel.error.spreadsheetFull', params: { available: 16_000, limit: 10_000_000 } });
    expect(failure.params.needed).toBeGreaterThan(26_000);
    expect(fake.sheets).toHaveLength(1);
    expect(fake.calls.insertSheet ?? 0).toBe(0);
    expect(fake.calls.releaseLock).toBe(1);
  });

  it('writes when the same output fits', async () => {
    const fake = installFakes(salesRows(3));
    const analysis = analyzeSales(await directPort.readValues('Sales'));
    fake.sheets[0].maxRows = 300_000;
    await writeAnalysis(directPort, analysis, { lang: 'en', confirmReplace: async () => true });
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(['Sales', 'Clients', 'Client summary']);
  });

  it('a write that fails half-way removes its new sheets and keeps the previous output', async () => {
    const fake = installFakes(salesRows(4));
    const analysis = analyzeSales(await directPort.readValues('Sales'));
    await writeAnalysis(directPort, analysis, { lang: 'en', confirmReplace: async () => true });
    const before = fake.sheets.map((sheet: any) => [sheet.getSheetId(), sheet.getName()]);
    const marker = fake.properties.get(OUTPUT_MARKER_KEY);
    fake.options.failCharts = true;
    await expect(writeAnalysis(directPort, analysis, { lang: 'en', confirmReplace: async () => true })).rejects.toThrow(/charts/);
    expect(fake.sheets.map((sheet: any) => [sheet.getSheetId(), sheet.getName()])).toEqual(before);
    expect(fake.properties.get(OUTPUT_MARKER_KEY)).toBe(marker);
    expect(fake.calls.releaseLock).toBe(2);
  });
});
