/**
 * Both hosts through their built files: dist/sheets/Code.js loaded in a vm as Apps Script loads
 * it, dist/excel/functions.js loaded with a fake CustomFunctions. Every worked example of the
 * catalogue holds in both, and both agree with the core called directly.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue';
import { abcAnalysis, abcClasses } from '../../shared/methods/abc';
import { dayFromIso, excelSerialFromDay, isoFromDay } from '../../shared/table/dates';
import { analyzeSales } from '../../shared/pipeline/analyzeSales';
import { resolveOptions } from '../../shared/pipeline/options';
import { readSales } from '../../shared/table/readSales';
import { analyzeHistory } from '../../shared/methods/history';
import { rfmScores, rfmSegment } from '../../shared/methods/rfm';
import { lifetimeValue } from '../../shared/methods/clv';
import { RETENTION_RATE } from '../../shared/catalogue/functions/retention';
import { CLV_EXAMPLE_SALES } from '../../shared/catalogue/functions/lifetimeValue';
import { clvSheetRows } from '../helpers/clvSheets';
import { buildExcel } from '../../scripts/build/excel';
import { buildSheets } from '../../scripts/build/sheets';
import { FakeCustomFunctionsError, loadExcelFunctions, loadSheetsScript, plain, refuseUnsupportedValues, type FakeAppsScript } from './fakes';
import { excelArgument, expectResult, midnightInZone, sheetsArguments } from './examples';

/** Far from the test machine's zone, so that a Date read in the wrong zone lands on the wrong day. */
const SHEET_ZONE = 'Pacific/Auckland';

let outDir: string;
let excel: Map<string, (...args: unknown[]) => unknown>;
let sheets: Record<string, any>;
let fake: FakeAppsScript;

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'client-value-hosts-'));
  await buildExcel({ outDir: path.join(outDir, 'excel'), withPanel: false });
  await buildSheets({ outDir: path.join(outDir, 'sheets'), withPanel: false });
  excel = loadExcelFunctions(path.join(outDir, 'excel/functions.js'));
  fake = { timeZone: SHEET_ZONE, locale: 'en_US', calls: { timeZone: 0 } };
  sheets = loadSheetsScript(path.join(outDir, 'sheets/Code.js'), fake);
}, 120_000);

function callExcel(name: string, ...args: unknown[]): unknown {
  const fn = excel.get(name);
  if (!fn) throw new Error(`${name} is not registered`);
  return plain(fn(...args));
}

function callSheets(name: string, ...args: unknown[]): unknown {
  expect(typeof sheets[name], `${name} is a global function`).toBe('function');
  return plain(sheets[name](...args));
}

function excelError(name: string, ...args: unknown[]): FakeCustomFunctionsError {
  try {
    callExcel(name, ...args);
  } catch (error) {
    expect(error).toBeInstanceOf(FakeCustomFunctionsError);
    return error as FakeCustomFunctionsError;
  }
  throw new Error(`${name} did not fail`);
}

function sheetsError(name: string, ...args: unknown[]): Error {
  try {
    callSheets(name, ...args);
  } catch (error) {
    return error as Error;
  }
  throw new Error(`${name} did not fail`);
}

describe('the built bundles', () => {
  it('register every catalogue function in Excel and define it as a global in Apps Script', () => {
    expect([...excel.keys()].sort()).toEqual(CATALOGUE.map((entry) => entry.name).sort());
    for (const entry of CATALOGUE) expect(typeof sheets[entry.name]).toBe('function');
  });

  it('stay small and carry no CSV parser', () => {
    const code = readFileSync(path.join(outDir, 'sheets/Code.js'), 'utf8');
    const functions = readFileSync(path.join(outDir, 'excel/functions.js'), 'utf8');
    console.log(`sizes: dist/sheets/Code.js ${code.length} bytes, dist/excel/functions.js ${functions.length} bytes`);
    for (const text of [code, functions]) {
      expect(text.length).toBeLessThan(400_000);
      expect(text).not.toMatch(/papaparse|Papa\.parse/i);
      // Neither host shows the command line's texts (its usage line is one of them).
      expect(text).not.toContain('Usage: client-value');
    }
    // The functions script has no panel: the task pane has its own script.
    expect(functions).not.toContain('panel.ui.');
    expect(code).toContain('panel.ui.');
  });
});

describe('every worked example, through both hosts', () => {
  for (const entry of CATALOGUE) {
    entry.examples.forEach((example, index) => {
      it(`${entry.name} example ${index + 1}`, () => {
        const excelResult = callExcel(entry.name, ...entry.params.map((_, i) => excelArgument(example.args[i])));
        expectResult(excelResult, example.expected, (iso) => excelSerialFromDay(dayFromIso(iso), 1900), example.expectedBlock);
        const sheetsResult = callSheets(entry.name, ...sheetsArguments(example.args, SHEET_ZONE));
        expectResult(sheetsResult, example.expected, (iso) => midnightInZone(iso, SHEET_ZONE), example.expectedBlock);
      });
    });
  }
});

describe('formatted results and data-type arguments (Excel)', () => {
  const clients = [['Client'], ['Alpha'], ['Beta'], ['Alpha']];
  const dates = [['Date'], [45306], [45311], [45336]];
  const amounts = [['Amount'], [500], [200], [400]];

  it('with CustomFunctionsRuntime 1.4 and ExcelApi 1.19: dates as Double values formatted as dates, shares as percentages', () => {
    const modern = loadExcelFunctions(path.join(outDir, 'excel/functions.js'), 'en-US', { ExcelApi: '1.19', CustomFunctionsRuntime: '1.4' });
    const table = modern.get('CLIENT_TABLE')!(clients, dates, amounts, null) as any[][];
    const header = table[0] as string[];
    const alpha = table.find((row) => row[0] === 'Alpha')!;
    expect(alpha[header.indexOf('First purchase')]).toEqual({ type: 'Double', basicValue: 45306, numberFormat: 'yyyy-mm-dd' });
    expect(alpha[header.indexOf('Share')]).toEqual({ type: 'Double', basicValue: 900 / 1100, numberFormat: '0.0%' });
    expect(alpha[header.indexOf('Turnover')]).toBe(900);
    expect(modern.get('PARETO_SHARE')!([[25], [75]])).toEqual([
      [{ type: 'Double', basicValue: 1, numberFormat: '0.0%' }], [{ type: 'Double', basicValue: 0.75, numberFormat: '0.0%' }],
    ]);
  });

  it('with ExcelApi 1.16 the older FormattedNumber type; below CustomFunctionsRuntime 1.4 plain numbers (no #VALUE!)', () => {
    const older = loadExcelFunctions(path.join(outDir, 'excel/functions.js'), 'en-US', { ExcelApi: '1.16', CustomFunctionsRuntime: '1.4' });
    const table = older.get('CLIENT_TABLE')!(clients, dates, amounts, null) as any[][];
    expect(table[1][table[0].indexOf('First purchase')]).toEqual({ type: 'FormattedNumber', basicValue: 45306, numberFormat: 'yyyy-mm-dd' });
    const plainExcel = loadExcelFunctions(path.join(outDir, 'excel/functions.js'), 'en-US', { ExcelApi: '1.12', CustomFunctionsRuntime: '1.3' });
    const plainTable = plainExcel.get('CLIENT_TABLE')!(clients, dates, amounts, null) as any[][];
    expect(plainTable[1][plainTable[0].indexOf('First purchase')]).toBe(45306);
  });

  it('the fake refuses a formatted result where the build cannot show it, as Excel shows #VALUE!', () => {
    const double = [[{ type: 'Double', basicValue: 1, numberFormat: '0%' }]];
    expect(() => refuseUnsupportedValues(double, { ExcelApi: '1.16', CustomFunctionsRuntime: '1.4' })).toThrow(/Double/);
    expect(() => refuseUnsupportedValues(double, { ExcelApi: '1.19', CustomFunctionsRuntime: '1.3' })).toThrow(/Double/);
    expect(() => refuseUnsupportedValues(double, { ExcelApi: '1.19', CustomFunctionsRuntime: '1.4' })).not.toThrow();
    expect(() => refuseUnsupportedValues([[1, 'x', '']], {})).not.toThrow();
  });

  it('unwraps data-type cells (formatted numbers, linked entities) before reading them', () => {
    const modern = loadExcelFunctions(path.join(outDir, 'excel/functions.js'), 'en-US', { ExcelApi: '1.19', CustomFunctionsRuntime: '1.4' });
    expect(modern.get('CLIENT_VALUE')!({ type: 'Double', basicValue: 50, numberFormat: '0.00' }, 1, 0.9)).toBe(45);
    const entity = (text: string) => ({ type: 'LinkedEntity', text, basicValue: '#VALUE!', id: { domainId: 'x', entityId: text } });
    const table = modern.get('CLIENT_TABLE')!([['Client'], [entity('Alpha')], ['Beta'], [entity('Alpha')]], dates, amounts, null) as any[][];
    expect(table.slice(1).map((row) => row[0])).toEqual(['Alpha', 'Beta']);
  });
});

describe('CLIENT_VALUE', () => {
  it('reads coefficients, and category names in English, Russian and Ukrainian', () => {
    expect(callExcel('CLIENT_VALUE', 50, 1, 0.9)).toBe(45);
    expect(callExcel('CLIENT_VALUE', 50, 'отсрочка', 'ежемесячно')).toBe(45);
    expect(callSheets('CLIENT_VALUE', 50, 'відстрочка', 'щомісяця')).toBe(45);
    expect(callSheets('CLIENT_VALUE', 100, 'prepayment', 'weekly')).toBeCloseTo(110, 9);
    expect(callSheets('CLIENT_VALUE', [[100]], 'late long', 'rare')).toBeCloseTo(30, 9);
  });

  it('names the argument that is wrong, in the host language', () => {
    const error = excelError('CLIENT_VALUE', 'lots', 1, 0.9);
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('turnover');
    expect(error.message).toContain('lots');
    expect(sheetsError('CLIENT_VALUE', 50, 'sometimes', 0.9).message).toMatch(/payment.*sometimes/);
    expect(sheetsError('CLIENT_VALUE', 50, 1).message).toContain('regularity');
    expect(excelError('CLIENT_VALUE', 50, 1, null).message).toContain('regularity');
    const russian = loadExcelFunctions(path.join(outDir, 'excel/functions.js'), 'ru-RU');
    try {
      russian.get('CLIENT_VALUE')!(50, -1, 0.9);
      throw new Error('no error');
    } catch (error) {
      expect((error as Error).message).toBe('payment: не может быть отрицательным, получено -1.');
    }
  });
});

describe('ranges as whole columns', () => {
  it('ignore the blanks at the end and keep blanks inside blank', () => {
    const column = [[50], [''], [25], [10], [10], [5], ...Array.from({ length: 1000 }, () => [''])];
    const expected = [['A'], [''], ['A'], ['A'], ['B'], ['C']];
    expect(callExcel('ABC_CLASS', column, null)).toEqual(expected);
    expect(callSheets('ABC_CLASS', column)).toEqual(expected);
  });

  it('give the error value with the cell for text in a numbers column', () => {
    const column = [[50], ['n/a'], [25]];
    expect(excelError('ABC_CLASS', column, null).message).toMatch(/values, cell 2.*n\/a/);
    expect(sheetsError('PARETO_SHARE', column).message).toMatch(/values, cell 2.*n\/a/);
    expect(excelError('CONCENTRATION', [[1, 2], [3, 4]]).message).toMatch(/values: expected one column/);
    expect(sheetsError('ABC_CLASS', [[1], [2]], '95,80').message).toMatch(/thresholds/);
  });

  it('agree with the core called directly (ABC classes and cumulative shares)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -50, max: 1000 }), { minLength: 1, maxLength: 40 }), (values) => {
      const column = values.map((value) => [value]);
      const classes = abcClasses(values).map((abcClass) => [abcClass]);
      expect(callExcel('ABC_CLASS', column, null)).toEqual(classes);
      expect(callSheets('ABC_CLASS', [...column, [''], ['']])).toEqual(classes);
      const shares = Array.from(abcAnalysis(values, undefined).cumulativeShare, (share) => [share]);
      expect(callSheets('PARETO_SHARE', column)).toEqual(shares);
    }), { numRuns: 25 });
  });
});

describe('CLIENT_TABLE', () => {
  const clients = [['Клиент'], ['ООО «Ромашка»'], ['Beta'], ['ооо "ромашка" '], ['Gamma'], ['Beta'], ['Итого'], [''], ['']];
  const days = ['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-01', '2024-05-15'];
  const amounts = [['Сумма'], [1000], ['2 500,50'], [300], [-100], [700], [4400.5], [''], ['']];

  it('gives the core pipeline\'s client table, dates on the right day in the spreadsheet\'s zone', () => {
    const excelDates = [['Дата'], ...days.map((iso) => [excelSerialFromDay(dayFromIso(iso), 1900)]), [''], [''], ['']];
    const sheetsDates = [['Дата'], ...days.map((iso) => [midnightInZone(iso, SHEET_ZONE)]), [''], [''], ['']];
    const fromExcel = callExcel('CLIENT_TABLE', clients, excelDates, amounts, null) as unknown[][];
    const fromSheets = callSheets('CLIENT_TABLE', clients, sheetsDates, amounts) as unknown[][];

    const core = analyzeSales(
      [['Клиент', 'Дата', 'Сумма'], ...days.map((iso, i) => [clients[i + 1][0], iso, amounts[i + 1][0]])],
    );
    expect(fromExcel.length).toBe(core.clients.length + 1);
    expect(fromExcel[0].slice(0, 4)).toEqual(['Client', 'Turnover', 'Returns', 'Orders']);
    core.clients.forEach((row, i) => {
      expect(fromExcel[i + 1][0]).toBe(row.client);
      expect(fromSheets[i + 1][0]).toBe(row.client);
      expect(fromExcel[i + 1][1]).toBeCloseTo(row.turnover, 9);
      expect(fromSheets[i + 1][1]).toBeCloseTo(row.turnover, 9);
      if (row.firstPurchase === null) {
        expect([fromExcel[i + 1][4], fromSheets[i + 1][4]]).toEqual(['', '']);
      } else {
        expect(fromExcel[i + 1][4]).toBe(excelSerialFromDay(row.firstPurchase, 1900));
        expect(fromSheets[i + 1][4]).toEqual(midnightInZone(isoFromDay(row.firstPurchase), SHEET_ZONE));
      }
      expect(fromSheets[i + 1].slice(6).map(String)).toEqual(fromExcel[i + 1].slice(6).map(String));
    });
    // Columns of the later parts (history, RFM) come from the same pipeline run.
    const status = fromExcel[0].indexOf('Status');
    const segment = fromExcel[0].indexOf('RFM segment');
    expect(status).toBeGreaterThan(0);
    expect(fromExcel.slice(1).map((row) => [row[status], row[segment]]))
      .toEqual(core.clients.map((row) => [row.status ?? '', row.rfmSegment ?? '']));
    const romashka = fromExcel.find((row) => row[0] === 'ООО «Ромашка»')!;
    expect(romashka.slice(1, 4)).toEqual([1300, 0, 2]);
  });

  it('reads options as text or as a two-column range, and names a bad option', () => {
    const dates = [['Дата'], ...days.map((iso) => [iso]), [''], [''], ['']];
    const core = analyzeSales(
      [['Клиент', 'Дата', 'Сумма'], ...days.map((iso, i) => [clients[i + 1][0], iso, amounts[i + 1][0]])],
      { abc: { thresholds: [0.75, 1], boundary: 'lower' } },
    ).clients.map((row) => row.abcClass);
    expect(core).toEqual(['A', 'B', 'C']);
    const fromText = callSheets('CLIENT_TABLE', clients, dates, amounts, 'abc=75,100; boundary=lower') as unknown[][];
    const abcColumn = fromText[0].indexOf('ABC');
    expect(fromText.slice(1).map((row) => row[abcColumn])).toEqual(core);
    const fromRange = callExcel('CLIENT_TABLE', clients, dates, amounts, [['abc', '0.75/1'], ['Boundary', 'lower'], ['', '']]) as unknown[][];
    expect(fromRange.slice(1).map((row) => row[abcColumn])).toEqual(core);
    expect(excelError('CLIENT_TABLE', clients, dates, amounts, [['speed', 'fast']]).message).toMatch(/options: unknown option "speed"/);
    expect(sheetsError('CLIENT_TABLE', clients, dates, amounts, 'period=week').message).toMatch(/options: option period cannot be "week"/);
  });

  it('names the argument and cell of a sale it cannot use, instead of dropping it', () => {
    const dates = [['Дата'], ...days.map((iso) => [iso])];
    const bad = [['Сумма'], [1000], ['lots'], [300], [-100], [700]];
    expect(excelError('CLIENT_TABLE', clients.slice(0, 6), dates, bad, null).message).toBe('amounts, cell 3 of the range: expected a number, got "lots".');
    const noDate = [['Дата'], ['2024-01-31'], [''], ['2024-03-31'], ['2024-04-01'], ['2024-05-15']];
    expect(sheetsError('CLIENT_TABLE', clients.slice(0, 6), noDate, amounts.slice(0, 6)).message).toMatch(/^dates, cell 3 of the range: blank/);
  });

  it('works without dates (no XYZ) when the dates range is blank', () => {
    const table = callExcel('CLIENT_TABLE', [['A'], ['B'], ['A']], [[''], [''], ['']], [[10], [5], [10]], null) as unknown[][];
    expect(table.slice(1).map((row) => [row[0], row[1], row[4]])).toEqual([['A', 20, ''], ['B', 5, '']]);
  });
});

describe('history and lifetime-value functions agree with the core', () => {
  it('PLAN_FACT: fact / plan, blank for a zero or blank plan, aligned with whole columns', () => {
    const fact = [[120], [80], [50], [''], [10], [''], ['']];
    const plan = [[100], [0], [''], [40], [-5], [''], [''], ['']];
    const expected = [[1.2], [''], [''], [''], ['']];
    expect(callExcel('PLAN_FACT', fact, plan)).toEqual(expected);
    expect(callSheets('PLAN_FACT', fact, plan)).toEqual(expected);
    expect(callSheets('PLAN_FACT', 30, 40)).toEqual([[0.75]]);
    expect(excelError('PLAN_FACT', [[1], ['x']], [[1], [1]]).message).toMatch(/^fact, cell 2/);
    // Fact A2:A4 beside plan B2:B3: a shifted range, not a blank plan for the last row.
    expect(excelError('PLAN_FACT', [[120], [80], [50]], [[100], [90]]).message).toBe(
      'The ranges must be the same size, one row per client or sale: fact has 3 cells, plan has 2.');
    expect(sheetsError('PLAN_FACT', [[120], [80], [50]], [[100], [90]]).message).toContain('fact has 3 cells, plan has 2');
  });

  it('RFM_SCORE and RFM_SEGMENT: the core\'s scores and segments', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 9000 })), { minLength: 1, maxLength: 30 }), (clients) => {
      const column = (i: 0 | 1 | 2) => clients.map((client) => [client[i]]);
      const core = rfmScores(clients.map((c) => c[0]), clients.map((c) => c[1]), clients.map((c) => c[2]));
      const scores = Array.from(core.score, (score) => [score]);
      expect(callExcel('RFM_SCORE', column(0), column(1), column(2), null)).toEqual(scores);
      expect(callSheets('RFM_SCORE', column(0), column(1), [...column(2), ['']])).toEqual(scores);
      const segments = Array.from(core.score, (_, c) => [rfmSegment(core.recency[c], core.frequency[c], core.monetary[c])]);
      expect(callSheets('RFM_SEGMENT', scores)).toEqual(segments);
    }), { numRuns: 15 });
    expect(sheetsError('RFM_SEGMENT', [[543], [605]]).message).toMatch(/^scores, cell 2.*605/);
    expect(excelError('RFM_SCORE', [[1]], [[1]], [[1]], 'deciles').message).toMatch(/^mode: "deciles"/);
  });

  it('RETENTION_RATE and CHURN_RATE: the core\'s period rows', () => {
    const example = RETENTION_RATE.examples[0].args;
    const clients = example[0] as string[][];
    const days = (example[1] as { date: string }[][]).map(([cell]) => cell.date);
    const amounts = example[2] as number[][];
    const read = readSales(days.map((iso, i) => [clients[i][0], iso, amounts[i][0]]), { columns: { client: 0, date: 1, amount: 2 } });
    const periods = analyzeHistory(read.table, resolveOptions({ period: 'month' })).summary.periods!;
    expect(periods.length).toBe(6);
    const serials = days.map((iso) => [excelSerialFromDay(dayFromIso(iso), 1900)]);
    const retention = callExcel('RETENTION_RATE', clients, serials, amounts, 'month') as unknown[][];
    const churn = callSheets('CHURN_RATE', clients, days.map((iso) => [midnightInZone(iso, SHEET_ZONE)]), amounts, 'month') as unknown[][];
    expect(retention).toEqual([['Period', 'Retention rate'], ...periods.map((row) => [row.period, row.retentionRate ?? ''])]);
    expect(churn).toEqual([['Period', 'Churn rate'], ...periods.map((row) => [row.period, row.churnRate ?? ''])]);
    expect(sheetsError('CHURN_RATE', clients, days.map((iso) => [iso]), amounts, 'weekly').message).toMatch(/^period: "weekly"/);
  });

  it('P_ALIVE and CLV: the core\'s lifetime value fitted on the same sales, or its message', () => {
    const rows = CLV_EXAMPLE_SALES.split('|').map((row) => row.split(' '));
    const read = readSales(rows.map(([client, iso, amount]) => [client, iso, Number(amount)]), { columns: { client: 0, date: 1, amount: 2 } });
    const core = lifetimeValue(read.table, resolveOptions({ clv: { penalty: 0.001 } }).clv, null);
    expect(core.summary.status).toBe('ok');
    const clients = rows.map(([client]) => [client]);
    const amounts = rows.map(([, , amount]) => [Number(amount)]);
    const serials = rows.map(([, iso]) => [excelSerialFromDay(dayFromIso(iso), 1900)]);
    const sheetsDates = rows.map(([, iso]) => [midnightInZone(iso, SHEET_ZONE)]);
    const pAlive = callExcel('P_ALIVE', clients, serials, amounts, [['penalty', 0.001]]) as unknown[][];
    const clv = callSheets('CLV', clients, sheetsDates, amounts, 'penalty=0.001') as unknown[][];
    read.table.clients.forEach((client, c) => {
      expect(pAlive[c + 1][0]).toBe(client.name);
      expect(pAlive[c + 1][1] as number).toBeCloseTo(core.perClient.pAlive[c], 9);
      expect(clv[c + 1][1] as number).toBeCloseTo(core.perClient.clv[c], 6);
    });
    const few = rows.slice(0, 20);
    expect(excelError('CLV', few.map(([c]) => [c]), few.map(([, d]) => [d]), few.map(([, , a]) => [Number(a)]), null).message)
      .toMatch(/^Only \d+ clients bought more than once/);
    const long = excelError('CLV', few.map(([c]) => [c]), few.map(([, d]) => [d]), few.map(([, , a]) => [Number(a)]), null).message;
    expect(long.length).toBeLessThanOrEqual(255);
  });
});

describe('function arguments as the CLI and the panel take them (issue 10, item 14)', () => {
  const both = (name: string, ...args: unknown[]) => {
    const fromExcel = callExcel(name, ...args);
    expect(callSheets(name, ...args)).toEqual(fromExcel);
    return fromExcel;
  };
  const messages = (name: string, ...args: unknown[]) => [excelError(name, ...args).message, sheetsError(name, ...args).message];

  it('ABC_CLASS takes "80%,95%" like --abc 80%,95%, and the boundary option (upper | lower)', () => {
    // 50, 25, 10, 10, 5 of 100: cumulative 50, 75, 85, 95, 100 %.
    const values = [[50], [25], [10], [10], [5]];
    expect(both('ABC_CLASS', values, '80%,95%')).toEqual(both('ABC_CLASS', values, '80,95'));
    expect(both('ABC_CLASS', values, [['80%'], ['95%']])).toEqual([['A'], ['A'], ['A'], ['B'], ['C']]);
    // upper: the third value crosses 80 % and stays A; lower: it goes to B.
    expect(both('ABC_CLASS', values, '80%,95%', 'upper')).toEqual([['A'], ['A'], ['A'], ['B'], ['C']]);
    expect(both('ABC_CLASS', values, '80%,95%', 'lower')).toEqual([['A'], ['A'], ['B'], ['B'], ['C']]);
    expect(messages('ABC_CLASS', values, null, 'middle')).toEqual(Array(2).fill('boundary: "middle" is not one of upper, lower.'));
  });

  it('XYZ_CLASS takes the deviation option: 90, 100, 110 is 8.2 % by population, 10 % by sample', () => {
    const series = [[90, 100, 110]];
    expect(both('XYZ_CLASS', series, '9,25')).toEqual([['X']]);
    expect(both('XYZ_CLASS', series, '9,25', 'population')).toEqual([['X']]);
    expect(both('XYZ_CLASS', series, '9%,25%', 'sample')).toEqual([['Y']]);
    expect(messages('XYZ_CLASS', series, null, 'n-1')[0]).toBe('deviation: "n-1" is not one of population, sample.');
  });

  it('RFM_SCORE refuses a negative recency, naming the cell', () => {
    const [excelMessage, sheetsMessage] = messages('RFM_SCORE', [[3], [-2], [10]], [[1], [2], [3]], [[10], [20], [30]]);
    expect(excelMessage).toBe('recency, cell 2 of the range: recency is the number of days since the last purchase and cannot be negative, got -2.');
    expect(sheetsMessage).toBe(excelMessage);
  });

  it('ranges of different sizes are named as such: RFM_SCORE A2:A10 with B2:B9, CLIENT_TABLE\'s three columns', () => {
    const nine = Array.from({ length: 9 }, (_, i) => [i + 1]);
    const eight = nine.slice(0, 8);
    expect(messages('RFM_SCORE', nine, eight, nine)).toEqual(Array(2)
      .fill('The ranges must be the same size, one row per client or sale: recency has 9 cells, frequency has 8.'));
    // Extra blank cells at the end of one range (or whole columns) are still fine.
    expect(both('RFM_SCORE', nine, [...nine, ['']], nine)).toEqual(both('RFM_SCORE', nine, nine, nine));
    const clients = [['A'], ['B'], ['A'], ['C']];
    const dates = [['2024-01-10'], ['2024-02-10'], ['2024-03-10'], ['2024-04-10']];
    expect(messages('CLIENT_TABLE', clients, dates, [[10], [20], [30]], null)).toEqual(Array(2)
      .fill('The ranges must be the same size, one row per client or sale: clients has 4 cells, amounts has 3.'));
    expect(messages('CLIENT_TABLE', clients, dates.slice(0, 3), [[10], [20], [30], [40]], null)[0])
      .toBe('The ranges must be the same size, one row per client or sale: clients has 4 cells, dates has 3.');
  });
});

describe('CLV when the spend model cannot value everyone (issue 10, item 5)', () => {
  // tests/helpers/clvSheets.ts: 40 repeat buyers spending 1…100 and 15 one-time buyers, to 2024-12-31.
  const columns = (sheet: 'spread' | 'constant') => {
    const rows = clvSheetRows(sheet);
    return {
      clients: rows.map(([client]) => [client]),
      serials: rows.map(([, iso]) => [excelSerialFromDay(dayFromIso(iso), 1900)]),
      dates: rows.map(([, iso]) => [midnightInZone(iso, SHEET_ZONE)]),
      amounts: rows.map(([, , amount]) => [amount]),
    };
  };

  it('q ≤ 1 (penalty 0.001): CLV refuses with the q warning in both hosts; P_ALIVE still answers', () => {
    const { clients, serials, dates, amounts } = columns('spread');
    const options = 'penalty=0.001; asof=2024-12-31';
    const excelMessage = excelError('CLV', clients, serials, amounts, options).message;
    expect(excelMessage).toMatch(/^The spend model \(Gamma-Gamma\) fitted q = 0\.654 ≤ 1, so its mean spend per purchase is infinite/);
    expect(excelMessage.length).toBeLessThanOrEqual(255);
    expect(sheetsError('CLV', clients, dates, amounts, options).message)
      .toContain('15 clients with no repeat purchase get no expected spend or lifetime value');
    const pAlive = callSheets('P_ALIVE', clients, dates, amounts, options) as unknown[][];
    expect(pAlive).toHaveLength(56);
    expect(pAlive.find((row) => row[0] === 'O1')?.[1]).toBe(1);
  });

  it('constant spends (every purchase 50): CLV is expected purchases × 50, undiscounted, in both hosts', () => {
    const { clients, serials, dates, amounts } = columns('constant');
    const options = 'asof=2024-12-31; discount=0';
    const clv = callExcel('CLV', clients, serials, amounts, options) as unknown[][];
    const read = readSales(clvSheetRows('constant'), { columns: { client: 0, date: 1, amount: 2 } });
    const core = lifetimeValue(read.table, resolveOptions({ clv: { annualDiscountRate: 0 } }).clv, dayFromIso('2024-12-31'));
    expect(core.summary.warnings.map((w) => w.code)).toContain('clvConstantSpend');
    read.table.clients.forEach((client, c) => {
      expect(clv[c + 1][0]).toBe(client.name);
      expect(clv[c + 1][1] as number).toBeCloseTo(core.perClient.expectedPurchases[c] * 50, 9);
    });
    expect(callSheets('CLV', clients, dates, amounts, options)).toEqual(clv);
  });
});

describe('Excel workbooks in the 1904 date system', () => {
  it('read and write CLIENT_TABLE dates as 1904 serials when the options say dates=1904', () => {
    const serials = ['2024-01-15', '2024-02-15'].map((iso) => [excelSerialFromDay(dayFromIso(iso), 1904)]);
    const table = callExcel('CLIENT_TABLE', [['A'], ['A']], serials, [[1], [2]], 'dates=1904') as unknown[][];
    expect(table[1].slice(0, 6)).toEqual(['A', 3, 0, 2, serials[0][0], serials[1][0]]);
  });
});

describe('custom functions in Sheets when a service is refused', () => {
  it('the user\'s locale refused (no authorization in a custom function): the result and the message still come, in the spreadsheet\'s language', () => {
    fake.sessionRefused = true;
    try {
      expect(callSheets('CLIENT_VALUE', 100, 'prepayment', 'weekly')).toBeCloseTo(110, 9);
      expect(sheetsError('CLIENT_VALUE', 50, 'sometimes', 0.9).message).toMatch(/payment.*sometimes/);
    } finally {
      fake.sessionRefused = false;
    }
  });
});

describe('the panel\'s server functions in Apps Script', () => {
  it('are global functions when the panel\'s server file exists', () => {
    if (!existsSync('src/sheets/panel/server.ts')) return;
    const code = readFileSync(path.join(outDir, 'sheets/Code.js'), 'utf8');
    const names = [...code.matchAll(/^function (\w+)\(\) \{\n  return ClientValue\.\1\.apply/gm)].map((match) => match[1]);
    expect(names).toContain('onOpen');
    for (const name of names) expect(typeof sheets[name]).toBe('function');
  });
});

describe('RETENTION_RATE settings', () => {
  it('takes a period word or CLIENT_TABLE-style settings (a 1904 workbook keeps its period labels)', () => {
    const example = RETENTION_RATE.examples[0].args;
    const days = (example[1] as { date: string }[][]).map(([cell]) => cell.date);
    const serials1904 = days.map((iso) => [excelSerialFromDay(dayFromIso(iso), 1904)]);
    const table = callExcel('RETENTION_RATE', example[0], serials1904, example[2], 'period=quarter; dates=1904') as unknown[][];
    expect(table.map((row) => row[0])).toEqual(['Period', '2024-Q1', '2024-Q2']);
    expect(callSheets('RETENTION_RATE', example[0], days.map((iso) => [iso]), example[2], 'квартал')).toEqual(table);
    expect(excelError('RETENTION_RATE', example[0], serials1904, example[2], 'period=fortnight').message).toMatch(/^period: option period cannot be "fortnight"/);
  });
});

describe('clasp', () => {
  it('would push the built Code.js and appsscript.json (clasp status, offline, placeholder script id)', () => {
    writeFileSync(path.join(outDir, '.clasp.json'), JSON.stringify({ scriptId: 'placeholder-script-id', rootDir: 'sheets' }));
    const clasp = path.resolve('node_modules/@google/clasp/build/src/index.js');
    const result = spawnSync(process.execPath, [clasp, 'status', '--json'], { cwd: outDir, encoding: 'utf8', timeout: 60_000 });
    expect(result.status, result.stderr).toBe(0);
    const status = JSON.parse(result.stdout) as { filesToPush: string[] };
    expect(status.filesToPush).toEqual(expect.arrayContaining(['sheets/Code.js', 'sheets/appsscript.json']));
    const manifest = JSON.parse(readFileSync(path.join(outDir, 'sheets/appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('NONE'); // no exception message (it may carry cell text) goes to the owner's Cloud logs
    expect(typeof manifest.timeZone).toBe('string');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });
});

/** Our goal for the custom-functions bundle Excel downloads on first use. */
const FUNCTIONS_JS_GOAL = 200_000;
/** A Cyrillic letter written as an escape. */
const ESCAPED_CYRILLIC = /\\u04[0-9a-f]{2}/i;

describe('the shipped bundles', () => {
  it.each([['excel/functions.js'], ['sheets/Code.js']])('%s holds Russian and Ukrainian as UTF-8 letters, not \\uXXXX escapes', (file) => {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(readFileSync(path.join(outDir, file))));
    expect(text).not.toMatch(ESCAPED_CYRILLIC);
    expect(text).toContain('Клиент');
    expect(text).toContain('Клієнт');
  });

  it(`functions.js is under ${FUNCTIONS_JS_GOAL / 1000} KB`, () => {
    expect(readFileSync(path.join(outDir, 'excel/functions.js')).length).toBeLessThan(FUNCTIONS_JS_GOAL);
  });
});

describe('issue 10 in the functions: invisible characters and totals rows (items 9, 11)', () => {
  // By hand: Ромашка 100 + 200 (U+200B) + 300 (soft hyphen, U+202E) = 600; "Total" (row 5) is not a client.
  const clients = [['Клиент'], ['Ромашка'], ['Ромашка\u200b'], ['Ро\u00adмашка\u202e'], ['Total'], ['Бета']];
  const dates = [['Дата'], ['2025-01-10'], ['2025-01-11'], ['2025-01-12'], ['2025-01-12'], ['2025-01-13']];
  const amounts = [['Сумма'], [100], [200], [300], [600], [50]];

  it('CLIENT_TABLE gives one Ромашка of 600 and no "Total" client, in both hosts', () => {
    for (const table of [callExcel('CLIENT_TABLE', clients, dates, amounts, null), callSheets('CLIENT_TABLE', clients, dates, amounts)] as unknown[][][]) {
      expect(table.slice(1).map((row) => [row[0], row[1], row[3]])).toEqual([['Ромашка', 600, 3], ['Бета', 50, 1]]);
    }
  });
});

describe('issue 10 in the functions: CLIENT_TABLE filldown (item 10)', () => {
  // By hand: Альфа 10 + 20 + 30 = 60 (3 orders), Бета 5 + 7 = 12 (2 orders).
  const clients = [['Клиент'], ['Альфа'], [''], [''], ['Бета'], ['']];
  const dates = [['Дата'], ['2025-01-10'], ['2025-01-11'], ['2025-01-12'], ['2025-01-12'], ['2025-01-13']];
  const amounts = [['Сумма'], [10], [20], [30], [5], [7]];

  it('filldown=yes gives each blank client the client above, as text or as a range, in both hosts', () => {
    const fromExcel = callExcel('CLIENT_TABLE', clients, dates, amounts, [['filldown', true]]) as unknown[][];
    const fromSheets = callSheets('CLIENT_TABLE', clients, dates, amounts, 'filldown=yes') as unknown[][];
    for (const table of [fromExcel, fromSheets]) {
      expect(table.slice(1).map((row) => [row[0], row[1], row[3]])).toEqual([['Альфа', 60, 3], ['Бета', 12, 2]]);
    }
  });

  it('without it, the error names the first blank cell and the option', () => {
    expect(excelError('CLIENT_TABLE', clients, dates, amounts, null).message).toBe(
      'clients, cell 3 of the range: blank. 3 blank clients sit under a client: to give each the client above, add the option filldown=yes.');
    expect(sheetsError('CLIENT_TABLE', clients, dates, amounts, 'filldown=no').message).toMatch(/^clients, cell 3 of the range: blank\..*filldown=yes\.$/);
    expect(sheetsError('CLIENT_TABLE', clients, dates, amounts, 'filldown=maybe').message).toMatch(/options: option filldown cannot be "maybe"/);
  });
});

describe('issue 10 in the functions: "1,500" among two-decimal amounts (item 6)', () => {
  it('CLIENT_TABLE reads it with the column\'s decimal mark: 12,50 + 1,500 = 14 for one client', () => {
    const clients = [['Клиент'], ['Альфа'], ['Альфа'], ['Бета']];
    const dates = [['Дата'], ['2025-01-10'], ['2025-01-11'], ['2025-01-12']];
    const amounts = [['Сумма'], ['12,50'], ['1,500'], ['3,75']];
    for (const table of [callExcel('CLIENT_TABLE', clients, dates, amounts, null), callSheets('CLIENT_TABLE', clients, dates, amounts)] as unknown[][][]) {
      expect(table.slice(1).map((row) => [row[0], row[1]])).toEqual([['Альфа', 14], ['Бета', 3.75]]);
    }
  });
});

describe('unusual dates and slash dates in the functions (issue 10, items 2 and 3)', () => {
  // Eight sales of 2024 and, at position 10 of the range, a typo in the year.
  const clients = [['Client'], ['A'], ['B'], ['A'], ['B'], ['A'], ['B'], ['A'], ['B'], ['C']];
  const goodDates = ['15.01.2024', '20.01.2024', '15.02.2024', '20.02.2024', '15.03.2024', '20.03.2024', '15.04.2024', '20.04.2024'];
  const amounts = [['Amount'], [100], [200], [100], [200], [100], [200], [100], [200], [500]];
  const dates = (last: string) => [['Date'], ...goodDates.map((text) => [text]), [last]];

  it('a date after today or far from the rest is an error naming its cell, in both hosts; keepunusualdates=yes confirms it', () => {
    expect(excelError('CLIENT_TABLE', clients, dates('15.03.2099'), amounts, null).message)
      .toMatch(/^dates, cell 10 of the range: "15\.03\.2099 \(2099-03-15\)" is after today \(\d{4}-\d{2}-\d{2}\); if right, add keepunusualdates=yes\.$/);
    // 15.03.69 is 1969 (Excel's pivot), 55 years before the rest.
    expect(sheetsError('CLIENT_TABLE', clients, dates('15.03.69'), amounts).message)
      .toBe('dates, cell 10 of the range: "15.03.69 (1969-03-15)" is far from the other dates (2024-02-15 to 2024-03-20 in the middle); if right, add keepunusualdates=yes.');
    expect(sheetsError('CLV', clients, dates('15.03.69'), amounts).message).toMatch(/^dates, cell 10 of the range: "15\.03\.69 \(1969-03-15\)" is far/);
    const kept = callExcel('CLIENT_TABLE', clients, dates('15.03.69'), amounts, 'keepunusualdates=yes') as unknown[][];
    const first = kept[0].indexOf('First purchase');
    expect(kept.find((row) => row[0] === 'C')![first]).toBe(excelSerialFromDay(dayFromIso('1969-03-15'), 1900));
    const keptSheets = callSheets('CLIENT_TABLE', clients, dates('15.03.69'), amounts, 'keepunusualdates=yes') as unknown[][];
    expect(keptSheets.map((row) => row[0])).toEqual(kept.map((row) => row[0]));
    // 15.03.24 is 2024: nothing unusual.
    const fine = callSheets('CLIENT_TABLE', clients, dates('15.03.24'), amounts) as unknown[][];
    expect(fine.find((row) => row[0] === 'C')![first]).toEqual(midnightInZone('2024-03-15', SHEET_ZONE));
  });

  it('a/b/yyyy text follows the host locale: en-US month first, ru-RU day first; a proving cell decides', () => {
    const slashClients = [['A'], ['B']];
    const slashAmounts = [[10], [20]];
    // The column of the first purchase, from the English header (a ru-RU Excel heads it in Russian).
    const english = callExcel('CLIENT_TABLE', slashClients, [['2024-01-01'], ['2024-01-02']], slashAmounts, null) as unknown[][];
    const column = english[0].indexOf('First purchase');
    const firstOfA = (table: unknown) => (table as unknown[][]).find((row) => row[0] === 'A')![column];
    const us = loadExcelFunctions(path.join(outDir, 'excel/functions.js'), 'en-US').get('CLIENT_TABLE')!;
    const ru = loadExcelFunctions(path.join(outDir, 'excel/functions.js'), 'ru-RU').get('CLIENT_TABLE')!;
    const ambiguous = [['03/04/2024'], ['05/06/2024']];
    expect(firstOfA(plain(us(slashClients, ambiguous, slashAmounts, null)))).toBe(excelSerialFromDay(dayFromIso('2024-03-04'), 1900));
    expect(firstOfA(plain(ru(slashClients, ambiguous, slashAmounts, null)))).toBe(excelSerialFromDay(dayFromIso('2024-04-03'), 1900));
    // The Sheets fake's locale is en_US: month first, unless a cell proves day first.
    expect(firstOfA(callSheets('CLIENT_TABLE', slashClients, ambiguous, slashAmounts))).toEqual(midnightInZone('2024-03-04', SHEET_ZONE));
    expect(firstOfA(callSheets('CLIENT_TABLE', slashClients, [['03/04/2024'], ['15/06/2024']], slashAmounts)))
      .toEqual(midnightInZone('2024-04-03', SHEET_ZONE));
  });
});
