/**
 * The Excel task pane page in headless Chromium with Microsoft's office.js request intercepted and
 * a fake Office/Excel served instead: the page loads the custom functions script (shared runtime),
 * waits for Office.onReady, shows the mapping, and Segment clients writes the two output sheets
 * through the Office.js adapter with text guarded, a table, colours and charts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPanel } from '../../scripts/build-panel';
import { analyzeSales } from '../../shared/pipeline/analyzeSales';
import { csvToGrid } from '../../src/panel/preview/sampleGrid';
import { fakeOfficeScript } from './fakeOffice';
import { generatedSales } from './generatedSales';
import { openSession, recordWorkers, watchPage, workersOf, type Session } from './harness';

const FIXTURE = path.resolve(__dirname, '../panel/fixtures/hostile-sales.csv');

describe('Excel task pane page (fake Office.js)', { timeout: 90_000 }, () => {
  let dir: string;
  let session: Session;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cv-taskpane-'));
    await buildPanel({ host: 'excel', outDir: dir, functionsScript: 'functions.js' });
    writeFileSync(path.join(dir, 'functions.js'), 'window.__functionsLoaded = true;');
    session = await openSession(dir);
  }, 60_000);

  afterAll(async () => {
    await session?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads office.js and functions.js, mounts on Office.onReady, and writes the output sheets', async () => {
    const html = readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
    expect(html.indexOf('appsforoffice.microsoft.com/lib/1/hosted/office.js')).toBeLessThan(html.indexOf('functions.js'));
    const page = await session.context.newPage();
    const watch = watchPage(page);
    await recordWorkers(page);
    const grid = csvToGrid(readFileSync(FIXTURE, 'utf8'));
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeOfficeScript(grid) }));
    await page.goto(`${session.baseUrl}taskpane.html`);
    await page.waitForSelector('#cv-rows:not(:empty)');
    expect(await page.evaluate(() => (globalThis as unknown as { __functionsLoaded?: boolean }).__functionsLoaded)).toBe(true);
    expect(await page.textContent('#cv-rows')).toContain('127 rows will be used, 2 skipped, 12 clients');
    await page.click('#cv-run');
    await page.waitForSelector('#cv-result:not([hidden])');
    const written = await page.evaluate(() => {
      const office = (globalThis as unknown as { __office: { calls: unknown; sheets: any[]; settings: { get(key: string): unknown } } }).__office;
      return {
        calls: office.calls,
        sheets: office.sheets.map((sheet) => ({
          name: sheet.name, rows: sheet.values.length, writes: sheet.writes, frozen: sheet.frozen,
          tables: sheet.tableList.length, formats: sheet.conditionalFormats.map((f: any) => f.custom.rule.formula),
          charts: sheet.chartList.map((c: any) => [c.type, c.seriesList[1].chartType ?? null, c.seriesList[1].axisGroup ?? null]),
          names: sheet.values.map((row: unknown[]) => row[1]),
        })),
        marker: office.settings.get('clientValue.outputSheets'),
        options: office.settings.get('clientValue.options'),
      };
    });
    expect(written.sheets.map((sheet) => sheet.name)).toEqual(['Sales', 'Clients', 'Client summary']);
    const clients = written.sheets[1];
    expect(clients).toMatchObject({ rows: 13, writes: ['values', 'numberFormat'], frozen: 1, tables: 1 });
    expect(clients.formats).toEqual(['=$C2="A"', '=$C2="B"', '=$C2="C"']);
    expect(clients.names).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(clients.names).toContain(`'<img src=x onerror=alert(1)>`);
    expect(written.sheets[2].charts).toEqual([['ColumnClustered', 'Line', 'Secondary'], ['ColumnStacked', null, null]]);
    expect(JSON.parse(written.marker as string).map((record: { name: string }) => record.name)).toEqual(['Clients', 'Client summary']);
    expect(JSON.parse(written.options as string).options.abc.thresholds).toEqual([0.8, 0.95]);
    expect(await page.locator('img').count()).toBe(0);
    // The analysis ran in a worker started from taskpane.js itself, off the shared runtime's thread.
    expect(await workersOf(page)).toEqual([{ url: `${session.baseUrl}taskpane.js`, messages: 2 }]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('where no worker may start, the analysis runs on the page and the output is the same', async () => {
    const page = await session.context.newPage();
    const watch = watchPage(page);
    await recordWorkers(page, true);
    const grid = csvToGrid(readFileSync(FIXTURE, 'utf8'));
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeOfficeScript(grid) }));
    await page.goto(`${session.baseUrl}taskpane.html`);
    await page.waitForSelector('#cv-rows:not(:empty)');
    await page.click('#cv-run');
    await page.waitForSelector('#cv-result:not([hidden])');
    const names = await page.evaluate(() => (globalThis as unknown as { __office: { sheets: { name: string; values: unknown[][] }[] } }).__office.sheets
      .map((sheet) => [sheet.name, sheet.values.length]));
    expect(names).toEqual([['Sales', 130], ['Clients', 13], ['Client summary', expect.any(Number)]]);
    expect(await workersOf(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('a 1904 workbook (found with functions.date, a released API) gets its output dates as 1904 serials', async () => {
    const clientsSheet = async (dateSystem1904: boolean): Promise<unknown[][]> => {
      const page = await session.context.newPage();
      const grid = csvToGrid(readFileSync(FIXTURE, 'utf8'));
      await page.route('https://appsforoffice.microsoft.com/**', (route) =>
        route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeOfficeScript(grid, { dateSystem1904 }) }));
      await page.goto(`${session.baseUrl}taskpane.html`);
      await page.waitForSelector('#cv-rows:not(:empty)');
      await page.click('#cv-run');
      await page.waitForSelector('#cv-result:not([hidden])');
      const values = await page.evaluate(() => (globalThis as unknown as { __office: { sheets: { values: unknown[][] }[] } }).__office.sheets[1].values);
      await page.close();
      return values;
    };
    const in1900 = await clientsSheet(false);
    const in1904 = await clientsSheet(true);
    // Same clients, same numbers, except the date cells: 1,462 days less in the 1904 system.
    const differences = new Set<number>();
    in1900.forEach((row, r) => row.forEach((value, c) => {
      if (value !== in1904[r][c]) differences.add((value as number) - (in1904[r][c] as number));
    }));
    expect([...differences]).toEqual([1462]);
  });

  it('a whole-column selection (A:D) is offered, sized and read only down to the last row in use', async () => {
    const page = await session.context.newPage();
    const watch = watchPage(page);
    const grid = csvToGrid(readFileSync(FIXTURE, 'utf8'));
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({
      status: 200, contentType: 'text/javascript', body: fakeOfficeScript(grid, { platform: 'OfficeOnline', selection: 'A:D' }),
    }));
    await page.goto(`${session.baseUrl}taskpane.html`);
    await page.waitForSelector('#cv-rows:not(:empty)');
    await page.check('#cv-selection');
    await page.waitForSelector('#cv-run:not([disabled])');
    expect(await page.textContent('#cv-rows')).toContain('127 rows will be used, 2 skipped, 12 clients');
    const office = await page.evaluate(() => (globalThis as unknown as { __office: { calls: { cellsRead: number } } }).__office);
    // The used range once (130 rows × its columns) and the selection's used part (130 × 4): no million blank rows.
    expect(office.calls.cellsRead).toBe(2 * 130 * 4);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('the built-in sample, end to end in Excel on the web: the output the core gives in Node, complete', async () => {
    const grid = csvToGrid(readFileSync(path.resolve(__dirname, '../../examples/sales-sample.csv'), 'utf8'));
    const expected = analyzeSales(grid, { lang: 'en' });
    const page = await session.context.newPage();
    const watch = watchPage(page);
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({
      status: 200, contentType: 'text/javascript', body: fakeOfficeScript(grid, { platform: 'OfficeOnline' }),
    }));
    await page.goto(`${session.baseUrl}taskpane.html`);
    await page.waitForSelector('#cv-rows:not(:empty)');
    await page.click('#cv-run');
    await page.waitForSelector('#cv-result:not([hidden])', { timeout: 60_000 });
    const clients = await page.evaluate(() => (globalThis as unknown as { __office: { sheets: { name: string; values: unknown[][] }[] } }).__office.sheets
      .find((sheet) => sheet.name === 'Clients')!.values.map((row) => [row[1], row[2]]));
    expect(clients.slice(1)).toEqual(expected.clients.map((client) => [`'${client.client}`, `'${client.abcClass}`]));
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('Excel on the web, end to end on 3,000 clients: every output row and column written, no request above 5 MB', async () => {
    const page = await session.context.newPage();
    const watch = watchPage(page);
    const sales = generatedSales(3_000);
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({
      status: 200, contentType: 'text/javascript', body: fakeOfficeScript(sales, { platform: 'OfficeOnline' }),
    }));
    await page.goto(`${session.baseUrl}taskpane.html`);
    await page.waitForSelector('#cv-rows:not(:empty)');
    await page.click('#cv-run');
    await page.waitForSelector('#cv-result:not([hidden])', { timeout: 60_000 });
    const written = await page.evaluate(() => {
      const office = (globalThis as unknown as { __office: { calls: { largestSync: number }; sheets: { name: string; values: unknown[][]; formats: string[][] }[] } }).__office;
      const clients = office.sheets.find((sheet) => sheet.name === 'Clients')!;
      const header = clients.values[0] as string[];
      const last = clients.values[clients.values.length - 1];
      return {
        names: office.sheets.map((sheet) => sheet.name), rows: clients.values.length, width: header.length,
        ragged: clients.values.filter((row) => row.length !== header.length).length,
        lastFilled: last.filter((cell) => cell !== '').length,
        lastDate: last[header.indexOf("'Last purchase")], lastDateFormat: clients.formats[clients.values.length - 1][header.indexOf("'Last purchase")],
        largestSync: office.calls.largestSync,
      };
    });
    expect(written.names).toEqual(['Sales', 'Clients', 'Client summary']);
    expect(written).toMatchObject({ rows: 3_001, width: 39, ragged: 0, lastDateFormat: 'yyyy-mm-dd' });
    expect(written.lastFilled).toBeGreaterThan(20);
    expect(typeof written.lastDate).toBe('number');
    expect(written.largestSync).toBeGreaterThan(100_000);
    expect(written.largestSync).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(await page.textContent('#cv-result h2')).toContain('3,000 clients');
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('self-test: writes the probe sheet through the real writer, reads it back, shows pass/fail, and deletes it', async () => {
    for (const dateSystem1904 of [false, true]) {
      const page = await session.context.newPage();
      const watch = watchPage(page);
      const grid = csvToGrid(readFileSync(FIXTURE, 'utf8'));
      await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({
        status: 200, contentType: 'text/javascript', body: fakeOfficeScript(grid, { platform: 'OfficeOnline', dateSystem1904 }),
      }));
      await page.goto(`${session.baseUrl}taskpane.html`);
      await page.waitForSelector('#cv-rows:not(:empty)');
      await page.click('.cv-options summary');
      await page.click('#cv-selftest-run');
      await page.waitForSelector('.cv-selftest-ok, .cv-selftest-failed', { timeout: 30_000 });
      const failed = await page.locator('.cv-selftest tr.cv-fail').allTextContents();
      expect(failed).toEqual([]);
      expect(await page.textContent('.cv-selftest p')).toBe('17 of 17 checks passed.');
      const report = await page.inputValue('.cv-selftest-report');
      expect(report.split('\n')[0]).toMatch(new RegExp(`^Client Value self-test · Excel OfficeOnline · language en-US · ${dateSystem1904 ? 1904 : 1900} date system · `));
      expect(report).toContain('PASS\tText "=HYPERLINK(\\"x\\")" stays text, shown as written');
      expect(await page.evaluate(() => (globalThis as unknown as { __office: { sheets: { name: string }[] } }).__office.sheets.map((sheet) => sheet.name))).toEqual(['Sales']);
      if (!dateSystem1904) {
        mkdirSync(path.resolve(__dirname, '../output'), { recursive: true });
        await page.locator('#cv-panel').screenshot({ path: path.resolve(__dirname, '../output/panel-self-test.png') });
      }
      expect(watch.errors).toEqual([]);
      await page.close();
    }
  });

  it('in Internet Explorer (Trident), which cannot run the panel, shows why and what to do, in three languages', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => { Object.defineProperty((globalThis as unknown as { document: object }).document, 'documentMode', { value: 11 }); });
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    await page.goto(`${session.baseUrl}taskpane.html`);
    expect(await page.isVisible('#cv-old-webview')).toBe(true);
    expect(await page.textContent('#cv-old-webview p[lang=en]')).toContain('install the Microsoft Edge WebView2 Runtime');
    expect(await page.textContent('#cv-old-webview p[lang=uk]')).toContain('Оновіть Office');
    const normal = await session.context.newPage();
    await normal.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    await normal.goto(`${session.baseUrl}taskpane.html`);
    expect(await normal.isVisible('#cv-old-webview')).toBe(false);
    await Promise.all([page.close(), normal.close()]);
  });

  it('Excel on the web: refuses a sheet over 2,000,000 cells before reading it, with a clear message', async () => {
    const page = await session.context.newPage();
    const watch = watchPage(page);
    const grid = csvToGrid(readFileSync(FIXTURE, 'utf8'));
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({
      status: 200, contentType: 'text/javascript', body: fakeOfficeScript(grid, { platform: 'OfficeOnline', usedRows: 600_000 }),
    }));
    await page.goto(`${session.baseUrl}taskpane.html`);
    await page.waitForSelector('.cv-error:not([hidden])');
    expect(await page.textContent('.cv-error')).toBe(
      'Sheet "Sales" has 2,400,000 cells: more than one run can handle here (2,000,000). Nothing was changed. ' +
      'Split the sheet (about 500,000 rows per run) or select a range.');
    expect(await page.isDisabled('#cv-run')).toBe(true);
    const office = await page.evaluate(() => (globalThis as unknown as { __office: { calls: { valuesRead: number }; sheets: unknown[] } }).__office);
    expect(office.calls.valuesRead).toBe(0);
    expect(office.sheets).toHaveLength(1);
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});
