/**
 * The Google Sheets sidebar page in headless Chromium, talking through a fake `google.script.run`
 * to the panel's real Apps Script functions over fake services (sheet cells hold real Dates). The
 * page runs in Russian from the user's locale, writes the two output sheets under the lock, asks
 * before replacing them, starts by itself when opened from "Segment clients", and shows the
 * second manager's lock message.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPanel } from '../../scripts/build-panel';
import { analyzeSales } from '../../shared/pipeline/analyzeSales';
import { csvToGrid } from '../../src/panel/preview/sampleGrid';
import { generatedSales } from './generatedSales';
import { openSession, recordWorkers, watchPage, workersOf, type Session } from './harness';

const FIXTURE = path.resolve(__dirname, '../panel/fixtures/hostile-sales.csv');

describe('Google Sheets sidebar page (fake google.script.run)', { timeout: 90_000 }, () => {
  let dir: string;
  let session: Session;
  let fakeScript: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cv-sidebar-'));
    await buildPanel({ host: 'sheets', outDir: dir });
    // What server.ts does for the menu item "Segment clients".
    const html = readFileSync(path.join(dir, 'Sidebar.html'), 'utf8');
    writeFileSync(path.join(dir, 'SidebarAutoRun.html'), html.replace('data-auto-run="0"', 'data-auto-run="1"'));
    const bundled = await build({
      entryPoints: [path.join(__dirname, 'fakeGoogleScript.ts')], bundle: true, write: false, format: 'iife', logLevel: 'warning',
    });
    fakeScript = bundled.outputFiles[0].text;
    session = await openSession(dir);
  }, 60_000);

  afterAll(async () => {
    await session?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function openSidebar(file: string, options: { locked?: boolean; selection?: string; sales?: (string | number)[][]; dateColumn?: number } = {}) {
    const page = await session.context.newPage();
    const watch = watchPage(page);
    await recordWorkers(page);
    const sales = options.sales ?? csvToGrid(readFileSync(FIXTURE, 'utf8'));
    const dateColumn = options.dateColumn ?? 0;
    await page.addInitScript({
      content: `globalThis.__SIDEBAR_TEST__ = ${JSON.stringify({ sales, dateColumn, locale: 'ru_RU', locked: options.locked, selection: options.selection })};\n${fakeScript}`,
    });
    await page.setViewportSize({ width: 300, height: 900 });
    await page.goto(`${session.baseUrl}${file}`);
    const sheetNames = () => page.evaluate(() =>
      (globalThis as unknown as { __fake: { sheets: { name: string }[] } }).__fake.sheets.map((sheet) => sheet.name));
    return { page, watch, sheetNames };
  }

  it('runs in Russian, writes the output sheets, and asks before replacing them', async () => {
    const { page, watch, sheetNames } = await openSidebar('Sidebar.html');
    await page.waitForSelector('#cv-rows:not(:empty)');
    expect(await page.textContent('#cv-rows')).toBe('Будет использовано строк: 127, пропущено: 2, клиентов: 12.');
    await page.click('#cv-run');
    await page.waitForSelector('#cv-result:not([hidden])');
    expect(await sheetNames()).toEqual(['Sales', 'Клиенты', 'Сводка по клиентам']);
    expect(await page.textContent('#cv-result h2')).toBe('Готово: клиентов 12, строк 127.');
    expect(await page.textContent('.cv-class-A')).toMatch(/^Класс A: клиентов 4, доля: 83,8\s%\s\(оборот\)$/);

    await page.click('#cv-run');
    await page.waitForSelector('.cv-confirm:not([hidden])');
    expect(await page.textContent('.cv-confirm p')).toBe('На листах “Клиенты”, “Сводка по клиентам” результаты прошлого запуска. Заменить их?');
    await page.click('.cv-confirm .cv-primary');
    await page.waitForSelector('#cv-result:not([hidden])');
    expect(await sheetNames()).toEqual(['Sales', 'Клиенты', 'Сводка по клиентам']);
    const firstDates = await page.evaluate(() => {
      const fake = (globalThis as unknown as { __fake: { sheets: { values: unknown[][] }[] } }).__fake;
      const clients = fake.sheets[1].values;
      return clients[1][(clients[0] as string[]).indexOf("'Первая покупка")];
    });
    expect(typeof firstDates).toBe('number');
    // Both runs analysed in one worker made from the sidebar's inline script (HtmlService serves no files).
    expect(await workersOf(page)).toEqual([{ url: expect.stringMatching(/^blob:/), messages: 3 }]);
    await page.setViewportSize({ width: 300, height: 1400 });
    mkdirSync(path.resolve(__dirname, '../output'), { recursive: true });
    await page.screenshot({ path: path.resolve(__dirname, '../output/sidebar-after-run.png'), fullPage: true });
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('the built-in sample, end to end: the output the core gives in Node, complete', async () => {
    const sample = csvToGrid(readFileSync(path.resolve(__dirname, '../../examples/sales-sample.csv'), 'utf8'));
    const expected = analyzeSales(sample, { lang: 'ru' });
    const { page, watch, sheetNames } = await openSidebar('Sidebar.html', { sales: sample as (string | number)[][], dateColumn: -1 });
    await page.waitForSelector('#cv-rows:not(:empty)');
    await page.click('#cv-run');
    await page.waitForSelector('#cv-result:not([hidden])', { timeout: 60_000 });
    expect(await sheetNames()).toEqual(['Sales', 'Клиенты', 'Сводка по клиентам']);
    const clients = await page.evaluate(() => (globalThis as unknown as { __fake: { sheets: { values: unknown[][] }[] } }).__fake.sheets[1].values
      .map((row) => [row[1], row[2]]));
    expect(clients.slice(1)).toEqual(expected.clients.map((client) => [`'${client.client}`, `'${client.abcClass}`]));
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('end to end on 3,000 clients: the output passes a new sheet\'s 1000 × 26 grid and is written whole', async () => {
    const { page, watch, sheetNames } = await openSidebar('Sidebar.html', { sales: generatedSales(3_000), dateColumn: 1 });
    await page.waitForSelector('#cv-rows:not(:empty)');
    await page.click('#cv-run');
    await page.waitForSelector('#cv-result:not([hidden])', { timeout: 60_000 });
    expect(await sheetNames()).toEqual(['Sales', 'Клиенты', 'Сводка по клиентам']);
    const clients = await page.evaluate(() => {
      const sheet = (globalThis as unknown as { __fake: { sheets: { values: unknown[][]; maxRows: number; maxColumns: number }[] } }).__fake.sheets[1];
      const last = sheet.values[sheet.values.length - 1];
      return { rows: sheet.values.length, width: sheet.values[0].length, grid: [sheet.maxRows, sheet.maxColumns], lastFilled: last.filter((cell) => cell !== '').length };
    });
    // The grid was grown to the output and trimmed to it: no spare cells spent of the 10M limit.
    expect(clients).toMatchObject({ rows: 3_001, width: 39, grid: [3_001, 39] });
    expect(clients.lastFilled).toBeGreaterThan(20);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('self-test through google.script.run: 17 of 17 checks pass, in Russian, and no sheet is left behind', async () => {
    const { page, watch, sheetNames } = await openSidebar('Sidebar.html');
    await page.waitForSelector('#cv-rows:not(:empty)');
    await page.click('.cv-options summary');
    await page.click('#cv-selftest-run');
    await page.waitForSelector('.cv-selftest-ok, .cv-selftest-failed', { timeout: 30_000 });
    expect(await page.locator('.cv-selftest tr.cv-fail').allTextContents()).toEqual([]);
    expect(await page.textContent('.cv-selftest p')).toBe('Пройдено проверок: 17 из 17.');
    expect((await page.inputValue('.cv-selftest-report')).split('\n')[0]).toMatch(/^Самопроверка Client Value · Google Sheets \(Apps Script\) · язык ru_RU · система дат 1900 · /);
    expect(await sheetNames()).toEqual(['Sales']);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('starts by itself when opened from the menu item "Segment clients"', async () => {
    const { page, watch, sheetNames } = await openSidebar('SidebarAutoRun.html');
    await page.waitForSelector('#cv-result:not([hidden])');
    expect(await sheetNames()).toEqual(['Sales', 'Клиенты', 'Сводка по клиентам']);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('shows the second manager the lock message and writes nothing', async () => {
    const { page, watch, sheetNames } = await openSidebar('Sidebar.html', { locked: true });
    await page.waitForSelector('#cv-rows:not(:empty)');
    await page.click('#cv-run');
    await page.waitForSelector('.cv-error:not([hidden])');
    expect(await page.textContent('.cv-error')).toBe('Коллега прямо сейчас записывает результаты в эту таблицу. Ничего не изменено: попробуйте через минуту.');
    expect(await sheetNames()).toEqual(['Sales']);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('reads only the selected range when asked, keeping the sheet\'s row numbers', async () => {
    const { page, watch } = await openSidebar('Sidebar.html', { selection: 'A1:D21' });
    await page.waitForSelector('#cv-rows:not(:empty)');
    expect(await page.textContent('#cv-rows')).toBe('Будет использовано строк: 127, пропущено: 2, клиентов: 12.');
    await page.check('#cv-selection');
    await page.waitForFunction(() => (globalThis as any).document.querySelector('#cv-rows').textContent.includes('19,'));
    expect(await page.textContent('#cv-rows')).toBe('Будет использовано строк: 19, пропущено: 1, клиентов: 12.');
    await page.click('#cv-run');
    await page.waitForSelector('#cv-result:not([hidden])');
    await page.click('.cv-skipped summary');
    expect(await page.textContent('.cv-skipped li')).toContain('Строка 21');
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});
