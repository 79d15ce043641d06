/**
 * The local preview in headless Chromium: the page loads with the sample sales sheet, the detected
 * column mapping shows, **Segment clients** adds the output sheets as tabs with the classes that
 * `analyzeSales` gives in Node for the same file, a hostile client name stays text, and the page
 * logs no errors. A screenshot of the panel after a run goes to tests/output/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeSales } from '../../shared/pipeline/analyzeSales';
import { buildPanel } from '../../scripts/build-panel';
import { csvToGrid } from '../../src/panel/preview/sampleGrid';
import { openSession, recordWorkers, watchPage, workersOf, type Session } from './harness';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'examples/sales-sample.csv');
const HOSTILE = path.join(ROOT, 'tests/panel/fixtures/hostile-sales.csv');
const UNKNOWN = path.join(ROOT, 'tests/panel/fixtures/unknown-headers.csv');
const OUTPUT = path.join(ROOT, 'tests/output');

describe('preview page (headless Chromium)', { timeout: 90_000 }, () => {
  let dir: string;
  let session: Session;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cv-preview-'));
    await buildPanel({ host: 'preview', outDir: path.join(dir, 'sample'), sampleFile: SAMPLE });
    await buildPanel({ host: 'preview', outDir: path.join(dir, 'hostile'), sampleFile: HOSTILE });
    await buildPanel({ host: 'preview', outDir: path.join(dir, 'unknown'), sampleFile: UNKNOWN });
    session = await openSession(dir);
  }, 60_000);

  afterAll(async () => {
    await session?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('segments the built-in sample: mapping, output tabs, the classes analyzeSales gives in Node', async () => {
    const expected = analyzeSales(csvToGrid(readFileSync(SAMPLE, 'utf8')), { lang: 'en' });
    const page = await session.context.newPage();
    const watch = watchPage(page);
    await recordWorkers(page);
    await page.goto(`${session.baseUrl}sample/index.html?lang=en`);
    await page.waitForSelector('#cv-rows:not(:empty)');
    expect(await page.locator('.pv-tab').allTextContents()).toEqual(['Sales']);
    expect(await page.textContent('#cv-rows')).toContain(`${expected.summary.rowsUsed.toLocaleString('en-US')} rows will be used`);
    const selected = async (role: string) => Number(await page.locator(`select[data-role=${role}]`).inputValue());
    expect(await selected('client')).toBe(expected.mapping.client);
    expect(await selected('amount')).toBe(expected.mapping.amount);
    if (expected.mapping.date !== undefined) expect(await selected('date')).toBe(expected.mapping.date);

    await page.click('#cv-run');
    await page.waitForSelector('#cv-result:not([hidden])');
    expect(await page.locator('.pv-tab').allTextContents()).toEqual(['Sales', 'Clients', 'Client summary']);
    for (const row of expected.summary.abc.classes) {
      expect(await page.textContent(`.cv-class-${row.abcClass}`)).toContain(`Class ${row.abcClass}: clients ${row.clients.toLocaleString("en-US")},`);
    }

    expect(await workersOf(page)).toEqual([{ url: `${session.baseUrl}sample/preview.js`, messages: 2 }]);
    await page.click('#cv-open');
    await page.waitForSelector('.pv-sheet[data-sheet="Clients"]');
    const clientRows = await page.$$eval('.pv-sheet tbody tr', (rows) =>
      rows.slice(1).map((row: any) => Array.from(row.querySelectorAll('td') as ArrayLike<{ textContent: string | null }>)
        .map((cell) => cell.textContent ?? '')));
    const shown = Math.min(expected.clients.length, 399);
    expect(clientRows.slice(0, shown).map((row) => [row[1], row[2]]))
      .toEqual(expected.clients.slice(0, shown).map((client) => [client.client, client.abcClass]));

    mkdirSync(OUTPUT, { recursive: true });
    await page.locator('#cv-panel').screenshot({ path: path.join(OUTPUT, 'panel-after-run.png') });
    await page.screenshot({ path: path.join(OUTPUT, 'preview-after-run.png') });
    await page.click('.pv-tab[data-sheet="Client summary"]');
    await page.waitForSelector('.pv-sheet[data-sheet="Client summary"]');
    expect(await page.locator('.pv-charts li').evaluateAll((items) => items.map((item: any) => item.dataset.chart))).toEqual(['pareto', 'matrix', 'holdout']);
    await page.screenshot({ path: path.join(OUTPUT, 'preview-summary.png') });
    await page.click('.cv-options summary');
    await page.locator('#cv-panel').evaluate((panel: any) => { panel.scrollTop = 0; });
    await page.locator('#cv-panel').screenshot({ path: path.join(OUTPUT, 'panel-options.png') });
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('shows a hostile client name as text: no <img> element, no dialog, no console error', async () => {
    const page = await session.context.newPage();
    const watch = watchPage(page);
    await page.goto(`${session.baseUrl}hostile/index.html?lang=en`);
    await page.waitForSelector('#cv-rows:not(:empty)');
    await page.click('#cv-run');
    await page.waitForSelector('#cv-result:not([hidden])');
    await page.click('.cv-skipped summary');
    await page.click('#cv-open');
    await page.waitForSelector('.pv-sheet[data-sheet="Clients"]');
    expect(await page.locator('img').count()).toBe(0);
    const cells = await page.locator('.pv-sheet td').allTextContents();
    expect(cells).toContain('<img src=x onerror=alert(1)>');
    // The add-in's own sheets are marked in the source list, with a hint when one is picked.
    expect(await page.locator('#cv-sheet option').allTextContents()).toEqual(['Sales', 'Clients ✓', 'Client summary ✓']);
    await page.selectOption('#cv-sheet', 'Clients');
    expect(await page.textContent('.cv-source .cv-hint')).toBe('This is a result sheet of Client Value; pick the sheet with the sales.');
    expect(cells).toContain('=HYPERLINK("http://evil.example","click")');
    expect(await page.locator('#cv-result').textContent()).toContain('Row ');
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('options show the defaults, refuse impossible limits, and are saved for the team on run', async () => {
    const page = await session.context.newPage();
    const watch = watchPage(page);
    await page.goto(`${session.baseUrl}hostile/index.html?lang=en`);
    await page.waitForSelector('#cv-rows:not(:empty)');
    await page.click('.cv-options summary');
    expect(await page.inputValue('#cv-abc-a')).toBe('80');
    expect(await page.inputValue('#cv-abc-b')).toBe('95');
    expect(await page.inputValue('#cv-xyz-x')).toBe('10');
    expect(await page.inputValue('#cv-xyz-y')).toBe('25');
    expect(await page.inputValue('#cv-kf-monthly')).toBe('0.9');
    expect(await page.inputValue('#cv-kp-ontime')).toBe('1');
    expect(await page.inputValue('#cv-xyz-partial')).toBe('exclude');
    expect(await page.inputValue('#cv-deviation')).toBe('population');
    await page.selectOption('#cv-xyz-partial', 'include');
    await page.fill('#cv-abc-a', '96');
    expect(await page.textContent('.cv-error')).toContain('ABC limits: A must be above 0 and below B');
    expect(await page.isDisabled('#cv-run')).toBe(true);
    await page.fill('#cv-abc-a', '70');
    expect(await page.isHidden('.cv-error')).toBe(true);
    await page.click('#cv-run');
    await page.waitForSelector('#cv-result:not([hidden])');
    expect(await page.textContent('.cv-class-A')).toMatch(/^Class A: clients 3,/);
    await page.click('.pv-tab[data-sheet="Client summary"]');
    const cells = await page.locator('.pv-sheet td').allTextContents();
    expect(cells[cells.indexOf('Class A up to (cumulative %)') + 1]).toBe('70.0%');
    // The partial last month is counted when the manager asks (by default this sheet warns that it was left out).
    expect(cells.some((cell) => cell.includes('was left out of the variation'))).toBe(false);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('lets the user pick the columns when the headers are not recognised', async () => {
    const page = await session.context.newPage();
    const watch = watchPage(page);
    await page.goto(`${session.baseUrl}unknown/index.html?lang=en`);
    await page.waitForSelector('.cv-error:not([hidden])');
    expect(await page.textContent('.cv-error')).toContain('No header row');
    expect(await page.isDisabled('#cv-run')).toBe(true);
    expect(await page.locator('select[data-role=client] option').allTextContents()).toEqual(['— not used —', 'A: Firm', 'B: Money', 'C: When']);
    await page.selectOption('select[data-role=client]', '0');
    await page.selectOption('select[data-role=amount]', '1');
    await page.waitForSelector('#cv-rows:not(:empty)');
    expect(await page.textContent('#cv-rows')).toBe('4 rows will be used, 0 skipped, 3 clients.');
    await page.click('.cv-more summary');
    await page.selectOption('select[data-role=date]', '2');
    await page.click('#cv-run');
    await page.waitForSelector('#cv-result:not([hidden])');
    // Alpha 130 (65 %), Beta 50 (to 90 %: crosses 80 %, stays in A), Gamma 20.
    expect(await page.textContent('.cv-class-A')).toBe('Class A: clients 2, 90% of turnover');
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('speaks Russian and Ukrainian from the language', async () => {
    for (const [lang, run, tab] of [['ru', 'Сегментировать клиентов', 'Клиенты'], ['uk', 'Сегментувати клієнтів', 'Клієнти']]) {
      const page = await session.context.newPage();
      const watch = watchPage(page);
      await page.goto(`${session.baseUrl}hostile/index.html?lang=${lang}`);
      await page.waitForSelector('#cv-rows:not(:empty)');
      expect(await page.textContent('#cv-run')).toBe(run);
      await page.click('#cv-run');
      await page.waitForSelector('#cv-result:not([hidden])');
      expect(await page.locator('.pv-tab').allTextContents()).toContain(tab);
      expect(watch.errors).toEqual([]);
      await page.close();
    }
  });
});
