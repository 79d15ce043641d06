/**
 * Class history and migration (shared/methods/classHistory.ts) through analyzeSales, on a table
 * you can count on paper: 7 clients, quarters 2024-Q1 … Q3 complete and Q4 partial (as of
 * 2024-10-15), ABC limits 80/95 % with the default boundary (a client's class is set by the
 * cumulative share before it: under 80 % → A, under 95 % → B, else C).
 *
 * Q1 (200): P 100, Q 50, R 30, S 10, T 10 → P A (0 before), Q A (.50), R A (.75), S B (.90), T C (.95)
 * Q2 (200): P 100, S 60, R 20, U 20       → P A, S A (.50), R B (.80; R before U by name), U B (.90)
 * Q3 (100): P 50, V 45, S 5               → P A, V A (.50), S C (.95)
 * Q4 (partial): P 10                       → shown in the history, not in the migration
 */
import { describe, expect, it } from 'vitest';
import { analyzeSales } from '../../../shared/pipeline/analyzeSales';
import { render } from '../../../shared/i18n/translate';
import { dayFromIso } from '../../../shared/table/dates';
import { MemoryWorkbook } from '../../../src/panel/memoryWorkbook';
import { writeAnalysis } from '../../../src/panel/writer';
import { runCli } from '../../cli/runCli';

const SALES: (string | number)[][] = [
  ['Client', 'Date', 'Amount'],
  ['P', '2024-01-10', 100], ['Q', '2024-02-10', 50], ['R', '2024-03-10', 30], ['S', '2024-03-11', 10], ['T', '2024-03-12', 10],
  ['P', '2024-04-10', 100], ['S', '2024-05-10', 60], ['R', '2024-06-10', 20], ['U', '2024-06-11', 20],
  ['P', '2024-07-10', 50], ['V', '2024-08-10', 45], ['S', '2024-09-10', 5],
  ['P', '2024-10-05', 10],
];

describe('class history and migration', () => {
  const analysis = analyzeSales(SALES, { period: 'quarter', asOf: dayFromIso('2024-10-15') });

  it('gives each client its class per quarter, "-" where it bought nothing', () => {
    const history = Object.fromEntries(analysis.clients.map((row) => [row.client, row.classHistory]));
    expect(history).toEqual({
      P: 'A A A A', Q: 'A - - -', R: 'A B - -', S: 'B A C -', T: 'C - - -', U: '- B - -', V: '- - A -',
    });
    expect(analysis.summary.classHistory).toMatchObject({ periods: ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'], lastIsPartial: true });
  });

  it('counts the migration 2024-Q2 → 2024-Q3 (the last two complete quarters), with new and lost clients', () => {
    const migration = analysis.summary.classHistory!.migration!;
    expect([migration.before, migration.now]).toEqual(['2024-Q2', '2024-Q3']);
    const filled = migration.cells.filter((cell) => cell.clients > 0).map((cell) => [`${cell.from}→${cell.to}`, cell.clients, cell.turnover]);
    expect(filled).toEqual([['A→A', 1, 50], ['A→C', 1, 5], ['B→lost', 2, 40], ['new→A', 1, 45]]);
    expect(migration.cells).toHaveLength(16);
    expect(migration.leftA).toEqual([{ client: 'S', now: 'C', turnoverBefore: 60 }]);
  });
});

describe('class history and migration on every surface', () => {
  const csv = SALES.map((row) => row.join(';')).join('\n');

  it('CLI: the migration table (clients / turnover) and who left class A; the JSON carries both', async () => {
    const files = { 'sales.csv': new TextEncoder().encode(csv) };
    const { code, stdout } = await runCli(['segment', 'sales.csv', '--period', 'quarter', '--as-of', '2024-10-15'], files);
    expect(code).toBe(0);
    expect(stdout).toContain('ABC migration 2024-Q2 → 2024-Q3');
    expect(stdout).toMatch(/\n\s+A\s+1 \/ 50\.00\s+-\s+1 \/ 5\.00\s+-/);
    expect(stdout).toMatch(/\n\s+B\s+-\s+-\s+-\s+2 \/ 40\.00/);
    expect(stdout).toMatch(/\n\s+new\s+1 \/ 45\.00\s+-\s+-\s+-/);
    expect(stdout).toContain('Left class A: S (→ C).');
    const json = JSON.parse((await runCli(['segment', 'sales.csv', '--period', 'quarter', '--as-of', '2024-10-15', '--json', '--lang', 'ru'], files)).stdout);
    expect(json.summary.classHistory.migration.leftA).toEqual([{ client: 'S', now: 'C', turnoverBefore: 60 }]);
    expect(json.clients.find((row: { client: string }) => row.client === 'S').classHistory).toBe('B A C -');
  });

  it('panel: an "ABC by period" column on the Clients sheet and the migration tables on the summary sheet', async () => {
    const workbook = new MemoryWorkbook();
    workbook.addUserSheet('Sales', SALES);
    await writeAnalysis(workbook, analysis(), { lang: 'uk', confirmReplace: async () => true });
    const clients = workbook.values('Клієнти');
    const column = clients[0].indexOf('ABC за періодами');
    expect(column).toBeGreaterThan(0);
    expect(clients.find((row) => row[1] === 'S')![column]).toBe('B A C -');
    const summary = workbook.values('Зведення по клієнтах');
    const title = summary.findIndex((row) => row[0] === 'Переходи між класами ABC: 2024-Q2 → 2024-Q3');
    expect(summary.slice(title + 1, title + 6).map((row) => row.slice(0, 5))).toEqual([
      ['Клієнти: було ↓ стало →', 'A', 'B', 'C', 'пішли'],
      ['A', 1, 0, 1, 0], ['B', 0, 0, 0, 2], ['C', 0, 0, 0, 0], ['нові', 1, 0, 0, 0],
    ]);
    expect(summary.slice(title + 7, title + 11).map((row) => row.slice(0, 5))).toEqual([
      ['A', 50, 0, 5, 0], ['B', 0, 0, 0, 40], ['C', 0, 0, 0, 0], ['нові', 45, 0, 0, 0],
    ]);
    expect(summary[title + 11][0]).toBe('Залишили клас A: S (→ C).');
    // Both tables' A, B and C rows are coloured by the class before, as the Clients sheet's rows are.
    const colouring = workbook.sheet('Зведення по клієнтах')!.colouring;
    expect(colouring.map((one) => [one.block.row, one.block.rows, one.classColumn])).toEqual([[title + 2, 3, 0], [title + 7, 3, 0]]);
  });
});

function analysis() {
  return analyzeSales(SALES, { period: 'quarter', asOf: dayFromIso('2024-10-15'), lang: 'uk' });
}

describe('the Kc trend (the article: a falling Kc means the client base is getting worse)', () => {
  // Two clients, one order a quarter each (a single order in the data... no: four orders, ~90 days
  // apart, so Kf = 0.7 "quarterly"; no payment dates, so Kp = 1). X: 100, 100, 40; Y: 50, 50, 50.
  const sales: (string | number)[][] = [
    ['Client', 'Date', 'Amount'],
    ['X', '2024-01-15', 100], ['Y', '2024-01-20', 50],
    ['X', '2024-04-15', 100], ['Y', '2024-04-20', 50],
    ['X', '2024-07-15', 40], ['Y', '2024-07-20', 50],
  ];
  const result = analyzeSales(sales, { period: 'quarter', asOf: dayFromIso('2024-09-30') });

  it('per quarter: turnover, Kc = T × Kp × Kf summed, active clients, weighted Kp and Kf, change', () => {
    const kf = result.clients.find((row) => row.client === 'X')!.regularityCoefficient;
    expect(kf).toBe(0.7);
    expect(result.summary.kcTrend!.periods.map((row) => [row.period, row.turnover, row.kc, row.activeClients, row.meanKp, row.meanKf]))
      .toEqual([['2024-Q1', 150, 105, 2, 1, 0.7], ['2024-Q2', 150, 105, 2, 1, 0.7], ['2024-Q3', 90, 63, 2, 1, 0.7]]);
    expect(result.summary.kcTrend!.periods.map((row) => row.change)).toEqual([null, 0, -0.4]);
  });

  it('per client: Kc in the last two complete quarters and its change; the warning names who fell most', () => {
    const x = result.clients.find((row) => row.client === 'X')!;
    expect([x.kcPrevious, x.kcLast, x.kcChange]).toEqual([70, 28, -42]);
    const y = result.clients.find((row) => row.client === 'Y')!;
    expect(y.kcChange).toBe(0);
    const warning = result.summary.warnings.find((one) => one.code === 'kcFalling')!;
    expect(render('en', warning.message)).toBe('The client value coefficient fell from 2024-Q2 to 2024-Q3: total Kc -40%, Kc per active client -40%. '
      + 'When the value coefficient of the client base falls, the company is weakening its market position and the quality of its clients is getting worse. Fell most: X (−42).');
  });

  it('CLI and panel show the trend table', async () => {
    const files = { 'kc.csv': new TextEncoder().encode(sales.map((row) => row.join(';')).join('\n')) };
    const { stdout } = await runCli(['segment', 'kc.csv', '--period', 'quarter', '--as-of', '2024-09-30'], files);
    expect(stdout).toContain('Kc of the client base by period');
    expect(stdout).toMatch(/\n\s+2024-Q3\s+90\.00\s+63\.00\s+2\s+31\.50\s+1\.00\s+0\.70\s+-40\.0 %/);
    const workbook = new MemoryWorkbook();
    workbook.addUserSheet('Sales', sales);
    await writeAnalysis(workbook, result, { lang: 'en', confirmReplace: async () => true });
    const summary = workbook.values('Client summary');
    const title = summary.findIndex((row) => row[0] === 'Kc of the client base by period');
    expect(summary[title + 4].slice(0, 8)).toEqual(['2024-Q3', 90, 63, 2, 31.5, 1, 0.7, -0.4]);
    const clients = workbook.values('Clients');
    expect(clients[0]).toContain('Kc change');
  });
});
