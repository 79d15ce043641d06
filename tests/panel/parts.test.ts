/**
 * The panel's small rules, checked by hand: output names that avoid the user's sheets, the marker
 * that recognises the add-in's own sheets, the size limit checked before reading, the stored
 * options falling back to METHODS.md's defaults, text guarding, A1 addresses, and the part-2 / CLV
 * columns and blocks written when the analysis has them.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeSales } from '../../shared/pipeline/analyzeSales';
import { DEFAULT_OPTIONS } from '../../shared/pipeline/options';
import type { Analysis } from '../../shared/pipeline/types';
import { a1ToBlock, blockToA1, classRuleFormula, clipToUsed, placeAtBlock } from '../../src/panel/a1';
import { checkSheetSize } from '../../src/panel/limits';
import { markerValue, previousOutput } from '../../src/panel/marker';
import { MemoryWorkbook } from '../../src/panel/memoryWorkbook';
import { copyPlain, defaultPanelOptions, parsePanelOptions, serializePanelOptions, validatePanelOptions } from '../../src/panel/settings';
import { freeSheetName } from '../../src/panel/sheetNames';
import { guardText, looksLikeFormula } from '../../src/panel/textGuard';
import { writeAnalysis } from '../../src/panel/writer';

describe('freeSheetName', () => {
  it('takes the name when free, else the first free "(n)", case-insensitively', () => {
    expect(freeSheetName('Clients', ['Sales'])).toBe('Clients');
    expect(freeSheetName('Clients', ['clients'])).toBe('Clients (2)');
    expect(freeSheetName('Clients', ['Clients', 'Clients (2)'])).toBe('Clients (3)');
    expect(freeSheetName('A/B: [x]?', [])).toBe('A B   x');
  });
  it('never returns a taken name and stays within 31 characters', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.array(fc.string({ maxLength: 35 })), (base, taken) => {
      const name = freeSheetName(base, taken);
      expect(taken.map((n) => n.toLowerCase())).not.toContain(name.toLowerCase());
      expect(name.length).toBeLessThanOrEqual(31);
    }));
  });
});

describe('previousOutput', () => {
  const sheets = [
    { id: '1', name: 'Sales', rows: 10, columns: 3 },
    { id: '2', name: 'Clients', rows: 5, columns: 20 },
    { id: '3', name: 'Kept by me', rows: 5, columns: 20 },
  ];
  it('recognises a sheet only when both id and name match the marker', () => {
    const marker = markerValue([{ role: 'clients', id: '2', name: 'Clients' }, { role: 'summary', id: '3', name: 'Client summary' }]);
    expect(previousOutput(marker, sheets).map((sheet) => sheet.id)).toEqual(['2']);
  });
  it('treats a missing or unreadable marker as no previous output', () => {
    expect(previousOutput(null, sheets)).toEqual([]);
    expect(previousOutput('{not json', sheets)).toEqual([]);
    expect(previousOutput('[{"role":"x","id":"2","name":"Clients"}]', sheets)).toEqual([]);
  });
});

describe('checkSheetSize', () => {
  it('refuses more cells than the limit, naming the sheet and the rows that fit', () => {
    expect(() => checkSheetSize('Sales', 100_000, 10, 1_000_000)).not.toThrow();
    let error: unknown;
    try { checkSheetSize('Sales', 200_001, 5, 1_000_000); } catch (caught) { error = caught; }
    expect(error).toMatchObject({ key: 'panel.error.tooLarge', params: { sheet: 'Sales', cells: '1,000,005', rows: '200,000' } });
    expect((error as Error).message).toContain('Nothing was changed');
  });
  it('counts the sheet from A1 as the port reports it', async () => {
    const workbook = new MemoryWorkbook({ cellLimit: 10 });
    workbook.addUserSheet('Sales', [['Client', 'Amount'], ['a', 1], ['b', 2], ['c', 3], ['d', 4], ['e', 5]]);
    const context = await workbook.context();
    const info = context.sheets[0];
    expect(() => checkSheetSize(info.name, info.rows, info.columns, context.cellLimit)).toThrow(/12 cells/);
  });
});

describe('panel options', () => {
  it('defaults are METHODS.md\'s', () => {
    const options = defaultPanelOptions();
    expect(options.abc).toEqual({ measure: 'turnover', thresholds: [0.8, 0.95], boundary: 'upper' });
    expect(options.xyz.thresholds).toEqual([0.1, 0.25]);
    expect(options.payment).toEqual(DEFAULT_OPTIONS.payment);
    expect(options.regularity.monthly).toEqual({ maxDays: 40, coefficient: 0.9 });
  });
  it('round-trip through the document setting', () => {
    const changed = { ...defaultPanelOptions(), abc: { measure: 'margin' as const, thresholds: [0.7, 0.9] as [number, number], boundary: 'lower' as const }, asOf: 19737 };
    expect(parsePanelOptions(serializePanelOptions(changed))).toEqual(changed);
  });
  it('fall back to defaults for a broken, foreign or invalid setting', () => {
    expect(parsePanelOptions('not json')).toEqual(defaultPanelOptions());
    expect(parsePanelOptions('{"options":{"abc":{"measure":"volume"}}}').abc.measure).toBe('turnover');
    expect(parsePanelOptions('{"options":{"abc":{"thresholds":[0.9,0.5]}}}').abc.thresholds).toEqual([0.8, 0.95]);
  });
  it('validation names what is wrong', () => {
    const bad = { ...defaultPanelOptions(), abc: { ...defaultPanelOptions().abc, thresholds: [0.95, 0.8] as [number, number] } };
    expect(validatePanelOptions(bad).map((m) => m.key)).toEqual(['panel.invalid.abcThresholds']);
    expect(validatePanelOptions(defaultPanelOptions())).toEqual([]);
  });
});

describe('text and addresses', () => {
  it('guards every non-empty text with the apostrophe', () => {
    expect(guardText('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(guardText('Acme')).toBe("'Acme");
    expect(guardText('')).toBe('');
    expect(looksLikeFormula('+380')).toBe(true);
    expect(looksLikeFormula('Acme')).toBe(false);
  });
  it('A1 blocks both ways, and the class rule formula', () => {
    expect(blockToA1({ row: 1, column: 1, rows: 5, columns: 3 })).toBe('B2:D6');
    expect(a1ToBlock('Sheet1!$B$2:D6')).toEqual({ row: 1, column: 1, rows: 5, columns: 3 });
    expect(a1ToBlock('C7')).toEqual({ row: 6, column: 2, rows: 1, columns: 1 });
    expect(a1ToBlock('not a range')).toBeNull();
    expect(a1ToBlock('Sales!A:D')).toEqual({ row: 0, column: 0, rows: 1_048_576, columns: 4 });
    expect(a1ToBlock('$3:$9')).toEqual({ row: 2, column: 0, rows: 7, columns: 16_384 });
    expect(clipToUsed(a1ToBlock('A:D')!, 120, 3)).toEqual({ row: 0, column: 0, rows: 120, columns: 3 });
    expect(clipToUsed(a1ToBlock('C5:F9')!, 120, 3)).toEqual({ row: 4, column: 2, rows: 5, columns: 1 });
    expect(clipToUsed(a1ToBlock('E200')!, 120, 3)).toEqual({ row: 199, column: 4, rows: 0, columns: 0 });
    expect(classRuleFormula(2, 1, 'A')).toBe('=$C2="A"');
  });
  it('places a selected block where it is on the sheet, so row numbers stay the user\'s', () => {
    const placed = placeAtBlock([['Client', 'Amount'], ['a', 1]], a1ToBlock('B3:C4'));
    expect(placed).toEqual([['', '', ''], ['', '', ''], ['', 'Client', 'Amount'], ['', 'a', 1]]);
    const read = analyzeSales(placed);
    expect(read.mapping).toEqual({ client: 1, amount: 2 });
    expect(placeAtBlock([['x']], a1ToBlock('A1'))).toEqual([['x']]);
  });
});

describe('part-2 and lifetime-value fields', () => {
  it('become columns and summary blocks when the analysis has them', async () => {
    const grid = [['Client', 'Amount', 'Date'], ['Big', 50, '2023-01-10'], ['Small', 10, '2024-02-11'], ['Big', 40, '2024-03-12']];
    const base = analyzeSales(grid);
    const analysis: Analysis = {
      ...base,
      clients: base.clients.map((row, i) => ({ ...row, status: i === 0 ? 'permanent' : 'new', rfmSegment: 'Champions', clv: 120.5, pAlive: 0.9 })),
      summary: {
        ...base.summary,
        periods: [{ period: '2024', start: 19723, end: 20088, active: 2, new: 1, returning: 0, lost: 0, permanent: 1, retentionRate: 1, churnRate: 0, commitment: 0.5 }],
        keyClients: [{ client: 'Big', years: [2023, 2024], shares: [1, 0.8], status: 'declining' }],
        rfm: { mode: 'quintile', segments: [{ segment: 'Champions', clients: 2 }] },
        churnReasons: [{ reason: 'Price', clients: 1, share: 1 }],
        churnReasonsUnstated: 2,
        churnReasonReference: [{ reason: { key: 'panel.summary.noWarnings' }, share: 0.68 }],
      },
    };
    const workbook = new MemoryWorkbook();
    workbook.addUserSheet('Sales', grid);
    await writeAnalysis(workbook, analysis, { lang: 'en', confirmReplace: async () => true });
    const header = workbook.sheet('Clients')!.cells[0].map((cell) => cell.value);
    expect(header).toEqual(expect.arrayContaining(['Status', 'RFM segment', 'CLV', 'P(active)']));
    expect(header).not.toContain('Assortment plan/fact');
    const statusColumn = header.indexOf('Status');
    expect(workbook.sheet('Clients')!.cells[1][statusColumn].value).toBe('permanent');
    const summary = workbook.sheet('Client summary')!.cells.map((row) => row.map((cell) => cell.value));
    expect(summary.some((row) => row[0] === 'Clients by period')).toBe(true);
    expect(summary.find((row) => row[0] === 'Big' && row[1] === 'declining')?.slice(2, 4)).toEqual([1, 0.8]);
    expect(summary.find((row) => row[0] === 'Champions')?.[1]).toBe(2);
    expect(summary.find((row) => row[0] === 'Price')?.slice(1, 3)).toEqual([1, 1]);
    expect(summary.find((row) => row[0] === 'Lost clients with no reason given')?.[1]).toBe(2);
    expect(summary.find((row) => row[0] === 'No warnings.')?.[1]).toBe(0.68);
    // Wide blocks start below the charts.
    const periodsTitle = summary.findIndex((row) => row[0] === 'Clients by period');
    const charts = workbook.sheet('Client summary')!.charts;
    expect(periodsTitle).toBeGreaterThanOrEqual(charts[charts.length - 1].anchor.row + 15);
  });
});

describe('copyPlain (the options form\'s copy, for webviews without structuredClone)', () => {
  it('copies deeply and keeps NaN (an emptied number field), so validation still sees it', () => {
    const original = { abc: { thresholds: [0.8, NaN] }, asOf: null, unit: 'units' };
    const copy = copyPlain(original);
    expect(copy).toEqual(original);
    expect(Number.isNaN(copy.abc.thresholds[1])).toBe(true);
    copy.abc.thresholds[0] = 0.7;
    expect(original.abc.thresholds[0]).toBe(0.8);
  });
});
