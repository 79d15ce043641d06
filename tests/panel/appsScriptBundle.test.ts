/**
 * The panel's server functions as Apps Script sees them: the built Code.js (scripts/build/sheets.ts
 * bundles src/sheets/panel/server.ts and adds a top-level stub per GLOBAL_FUNCTIONS name) loaded in
 * a plain `vm` context with the fake services, then called by their global names, as the menu and
 * `google.script.run` call them. The build also writes the sidebar page next to it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSheets } from '../../scripts/build/sheets';
import { GLOBAL_FUNCTIONS } from '../../src/sheets/panel/server';
import { APPS_SCRIPT_SERVICES, AUTHORIZATION_REQUIRED, installFakes } from './fakeAppsScript';

describe('Apps Script bundle with the panel', { timeout: 60_000 }, () => {
  let dir: string;
  let code: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cv-sheets-'));
    await buildSheets({ outDir: dir });
    code = readFileSync(path.join(dir, 'Code.js'), 'utf8');
  });

  afterAll(() => {
    for (const name of APPS_SCRIPT_SERVICES) delete (globalThis as Record<string, unknown>)[name];
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('declares every panel function at top level and ships Sidebar.html', () => {
    for (const name of GLOBAL_FUNCTIONS) expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    expect(existsSync(path.join(dir, 'Sidebar.html'))).toBe(true);
    expect(readFileSync(path.join(dir, 'Sidebar.html'), 'utf8')).toContain('data-auto-run="0"');
  });

  it('runs the menu, the read and the write through the global functions', () => {
    const fake = installFakes([['Client', 'Amount', 'Date'], ['=BAD()', 10, new Date(Date.UTC(2024, 0, 5, 12))], ['Beta', 5, new Date(Date.UTC(2024, 1, 6, 12))]], { locale: 'ru', zone: 'UTC' });
    const sandbox: Record<string, unknown> = {};
    for (const name of APPS_SCRIPT_SERVICES) sandbox[name] = (globalThis as Record<string, unknown>)[name];
    const context = vm.createContext(sandbox);
    vm.runInContext(code, context);
    const call = (name: string, ...args: unknown[]) => vm.runInContext(`${name}`, context)(...args);

    call('onOpen', { authMode: 'LIMITED' });
    expect(fake.ui.menus[0].items.map((item) => item[1])).toEqual(['clientValueSegmentClients', 'clientValueOpenPanel']);
    expect(fake.ui.menus[0].items[0][0]).toBe('Сегментировать клиентов');
    const values = call('clientValueReadValues', 'Sales') as unknown[][];
    expect(values[1]).toEqual(['=BAD()', 10, '2024-01-05']);
    const info = call('clientValueContext') as { sheets: { name: string }[] };
    expect(info.sheets.map((sheet) => sheet.name)).toEqual(['Sales']);
    call('clientValueSetSetting', 'clientValue.options', '{"version":1,"options":{}}');
    expect(call('clientValueGetSetting', 'clientValue.options')).toBe('{"version":1,"options":{}}');
    const result = call('clientValueWriteOutput', {
      sheets: [{
        role: 'clients', name: 'Клиенты', values: [['Клиент'], ['=BAD()']], formats: [['text'], ['text']],
        headers: [], titles: [], frozenRows: 1, table: { row: 0, column: 0, rows: 2, columns: 1 }, colouring: [], charts: [], columnWidths: [20],
      }],
      replace: [], expectedMarker: null,
    }) as { written: { name: string }[] };
    expect(result.written.map((record) => record.name)).toEqual(['Клиенты']);
    expect(fake.sheets[1].values).toEqual([["'Клиент"], ["'=BAD()"]]);
    expect(() => call('clientValueWriteOutput', { sheets: [], replace: [], expectedMarker: null })).toThrow(/CLIENT_VALUE_ERROR:.*panel\.error\.concurrentRun/);
  });

  it('works as an Editor add-on: onOpen in AuthMode.NONE builds the menu only, onInstall adds it, the items run once authorised', () => {
    const fake = installFakes([['Client', 'Amount'], ['Alpha', 10]], { locale: 'uk', authMode: 'NONE' });
    const context = vm.createContext(Object.fromEntries(APPS_SCRIPT_SERVICES.map((name) => [name, (globalThis as Record<string, unknown>)[name]])));
    vm.runInContext(code, context);
    const call = (name: string, ...args: unknown[]) => vm.runInContext(`${name}`, context)(...args);

    call('onOpen', { authMode: 'NONE' });
    expect(fake.ui.menus).toEqual([{ items: [['Сегментувати клієнтів', 'clientValueSegmentClients'], ['Відкрити панель', 'clientValueOpenPanel']] }]);
    expect(() => call('clientValueSegmentClients')).toThrow(AUTHORIZATION_REQUIRED);
    expect(() => call('clientValueReadValues', 'Sales')).toThrow(AUTHORIZATION_REQUIRED);
    // The user installs the add-on from the open spreadsheet: onInstall runs authorised (AuthMode.FULL).
    fake.options.authMode = 'FULL';
    call('onInstall', { authMode: 'FULL' });
    expect(fake.ui.menus).toHaveLength(2);
    call('clientValueSegmentClients');
    expect(fake.ui.sidebar).toEqual({ file: 'Sidebar', title: 'Цінність клієнтів' });
    expect(fake.html.content).toContain('data-auto-run="1"');
    expect(call('clientValueReadValues', 'Sales')).toEqual([['Client', 'Amount'], ['Alpha', 10]]);
  });
});
