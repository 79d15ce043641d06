/**
 * The shipped bundles as the hosts load them: UTF-8 text (Russian and Ukrainian messages as
 * letters, not `\uXXXX` escapes, which cost a third of functions.js) and within our size goal.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExcel } from '../../scripts/build/excel';
import { buildSheets } from '../../scripts/build/sheets';

/** Our goal for the custom-functions bundle Excel downloads on first use. */
const FUNCTIONS_JS_GOAL = 200_000;
/** A Cyrillic letter written as an escape. */
const ESCAPED_CYRILLIC = /\\u04[0-9a-f]{2}/i;

let outDir: string;
beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'client-value-bundles-'));
  await buildExcel({ outDir: path.join(outDir, 'excel'), withPanel: false });
  await buildSheets({ outDir: path.join(outDir, 'sheets'), withPanel: false });
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('shipped bundles', () => {
  it.each([['excel/functions.js'], ['sheets/Code.js']])('%s holds Russian and Ukrainian as UTF-8 letters, not escapes', (file) => {
    const bytes = new Uint8Array(readFileSync(path.join(outDir, file)));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(text).not.toMatch(ESCAPED_CYRILLIC);
    expect(text).toContain('Клиент');
    expect(text).toContain('Клієнт');
  });

  it(`functions.js is under ${FUNCTIONS_JS_GOAL / 1000} KB`, () => {
    expect(readFileSync(path.join(outDir, 'excel/functions.js')).length).toBeLessThan(FUNCTIONS_JS_GOAL);
  });
});
