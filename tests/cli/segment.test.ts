import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { windows1251 } from '../helpers/windows1251';
import { runCli } from './runCli';

const fixture = (name: string) => resolve(__dirname, 'fixtures', name);

const run = runCli;


describe('client-value segment --json', () => {
  it('semicolon CSV, Russian headers, one client spelled three ways, a return, blank and totals rows', async () => {
    const { code, stdout, stderr } = await run(['segment', fixture('semicolon.csv'), '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['clients', 'summary', 'skipped', 'options']);
    expect(json.clients.map((c: { client: string; turnover: number; orders: number }) => [c.client, c.turnover, c.orders])).toEqual([
      ['ООО «Ромашка»', 3000, 3], ['ТОВ Світанок', 1500, 1], ['ИП Петров', 400, 1],
    ]);
    // 3000 / 4900 = 61.2 %, then 91.8 %: A, A, B; Ромашка monthly (Kf 0.9) → Kc 2700.
    expect(json.clients[0]).toMatchObject({
      firstPurchase: '2024-01-15', lastPurchase: '2024-03-15', abcClass: 'A', xyzClass: 'X', valueCoefficient: 2700,
    });
    expect(json.clients[0].share).toBeCloseTo(3000 / 4900, 12);
    expect(json.clients.map((c: { abcClass: string }) => c.abcClass)).toEqual(['A', 'A', 'B']);
    expect(json.summary).toMatchObject({ rowsUsed: 6, rowsSkipped: 2, clients: 3, turnover: 4900 });
    expect(Object.keys(json.summary.concentration)).toEqual(expect.arrayContaining(['top1Share', 'top5Share', 'hhi']));
    expect(json.skipped.map((s: { row: number; code: string }) => [s.row, s.code])).toEqual([[7, 'blankRow'], [9, 'totalsRow']]);
    expect(typeof json.skipped[0].reason).toBe('string');
    expect(json.options.abc.thresholds).toEqual([0.8, 0.95]);
  });

  it('comma CSV with English headers, quoted "1,200.00" and an error value', async () => {
    const { code, stdout } = await run(['segment', fixture('comma.csv'), '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.clients.map((c: { client: string; turnover: number }) => [c.client, c.turnover])).toEqual([
      ['Acme Ltd', 2400], ['Gamma Inc', 500], ['Beta LLC', 300],
    ]);
    expect(json.skipped).toHaveLength(1);
    expect(json.skipped[0]).toMatchObject({ row: 6, code: 'errorValue' });
  });

  it('tab-separated, Ukrainian headers, "3 000 грн" amounts', async () => {
    const { stdout } = await run(['segment', fixture('tab.tsv'), '--json', '--lang', 'uk']);
    const json = JSON.parse(stdout);
    expect(json.clients.map((c: { client: string; turnover: number }) => [c.client, c.turnover])).toEqual([['ТОВ Світанок', 6000], ['ФОП Коваль', 1000]]);
    expect(json.summary.concentration.top1Share).toBeCloseTo(6 / 7, 12);
    expect(json.summary.warnings[0].message).toMatch(/^Найбільший клієнт, ТОВ Світанок/);
  });

  it('Windows-1251 bytes are detected and read', async () => {
    const text = readFileSync(fixture('semicolon.csv'), 'utf8');
    const { code, stdout } = await run(['segment', 'sales-1251.csv', '--json'], { 'sales-1251.csv': windows1251(text) });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).clients[0]).toMatchObject({ client: 'ООО «Ромашка»', turnover: 3000 });
  });

  it('UTF-8 with a byte-order mark reads the same', async () => {
    const bytes = readFileSync(fixture('semicolon.csv'));
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    const { stdout } = await run(['segment', 'bom.csv', '--json'], { 'bom.csv': withBom });
    expect(JSON.parse(stdout).summary.clients).toBe(3);
  });
});

describe('more encodings and line ends', () => {
  const text = readFileSync(fixture('semicolon.csv'), 'utf8');
  const clientsOf = async (bytes: Uint8Array) => JSON.parse((await run(['segment', 'f.csv', '--json'], { 'f.csv': bytes })).stdout).clients
    .map((c: { client: string; turnover: number }) => [c.client, c.turnover]);
  const expected = [['ООО «Ромашка»', 3000], ['ТОВ Світанок', 1500], ['ИП Петров', 400]];

  it('Windows line ends (CRLF)', async () => {
    expect(await clientsOf(new TextEncoder().encode(text.replace(/\n/g, '\r\n')))).toEqual(expected);
  });
  it('UTF-16LE with a BOM (Excel "Unicode text")', async () => {
    const units = Uint16Array.from([0xfeff, ...[...text].map((char) => char.charCodeAt(0))]);
    expect(await clientsOf(new Uint8Array(units.buffer))).toEqual(expected);
  });
});

describe('the built-in sample (npm start)', () => {
  const sample = resolve(__dirname, '../../examples/sales-sample.csv');

  it('prints the human report with the planted skipped rows', async () => {
    const { code, stdout, stderr } = await run(['segment', sample]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/\d+ rows used, 4 skipped; \d+ clients/);
    expect(stdout).toContain('Top 20 of');
    expect(stdout).toMatch(/Row \d+: a totals row/);
  });

  it('--json agrees with the human report and is one object', async () => {
    const json = JSON.parse((await run(['segment', sample, '--json'])).stdout);
    expect(json.summary.rowsSkipped).toBe(4);
    expect(json.clients.length).toBe(json.summary.clients);
    expect(json.skipped.map((s: { code: string }) => s.code).sort()).toEqual(['blankRow', 'errorValue', 'headerRow', 'totalsRow']);
  });
});

describe('options', () => {
  it('--abc 50,90 --abc-boundary lower --xyz-period quarter --unit 1000 --as-of', async () => {
    const { stdout } = await run(['segment', fixture('semicolon.csv'), '--json', '--abc', '50,90', '--abc-boundary', 'lower',
      '--xyz-period', 'quarter', '--unit', '1000', '--as-of', '2024-02-29']);
    const json = JSON.parse(stdout);
    expect(json.options.abc).toMatchObject({ thresholds: [0.5, 0.9], boundary: 'lower' });
    expect(json.options.xyz.period).toBe('quarter');
    expect(json.summary.asOf).toBe('2024-02-29');
    // Up to 29 February: Ромашка 2000, Петров 500 (the March rows are left out, with a warning).
    expect(json.clients.map((c: { client: string; turnover: number }) => [c.client, c.turnover])).toEqual([['ООО «Ромашка»', 2000], ['ИП Петров', 500]]);
    expect(json.clients.map((c: { abcClass: string }) => c.abcClass)).toEqual(['B', 'C']); // 80 % > 50 %; lower rule
    expect(json.clients[0].valueCoefficient).toBeCloseTo(2 * 0.9, 12); // thousands, monthly
    expect(json.summary.warnings.map((w: { code: string }) => w.code)).toContain('asOf.rowsAfter');
  });

  it('--xyz-partial: the sample as of 2025-12-14 leaves December 2025 out of XYZ unless told to include it', async () => {
    const sample = resolve(__dirname, '../../examples/sales-sample.csv');
    const byDefault = JSON.parse((await run(['segment', sample, '--json', '--as-of', '2025-12-14'])).stdout);
    expect(byDefault.options.xyz.partialPeriod).toBe('exclude');
    const warning = byDefault.summary.warnings.find((w: { code: string }) => w.code === 'xyz.partialPeriodLeftOut');
    expect(warning.message).toContain('the period 2025-12 is partial (the analysis date is 2025-12-14)');
    const included = JSON.parse((await run(['segment', sample, '--json', '--as-of', '2025-12-14', '--xyz-partial', 'include'])).stdout);
    expect(included.options.xyz.partialPeriod).toBe('include');
    expect(included.summary.warnings.map((w: { code: string }) => w.code)).not.toContain('xyz.partialPeriodLeftOut');
    const x = (json: { clients: { xyzClass: string }[] }) => json.clients.filter((c) => c.xyzClass === 'X').length;
    expect([x(byDefault), x(included)]).toEqual([12, 5]); // 7 of the 12 X clients turn Y when December counts
  });

  it('--abc and --xyz take percentages, or fractions written with a point', async () => {
    const percent = JSON.parse((await run(['segment', fixture('semicolon.csv'), '--json', '--abc', '70%,90%', '--xyz', '15,30'])).stdout);
    expect(percent.options.abc.thresholds).toEqual([0.7, 0.9]);
    expect(percent.options.xyz.thresholds).toEqual([0.15, 0.3]);
    const fractions = JSON.parse((await run(['segment', fixture('semicolon.csv'), '--json', '--abc', '0.7,0.9'])).stdout);
    expect(fractions.options.abc.thresholds).toEqual([0.7, 0.9]);
  });

  it('column mapping by header, letter and number', async () => {
    const byNumber = JSON.parse((await run(['segment', fixture('comma.csv'), '--json', '--client', '1', '--amount', 'C', '--date', 'Invoice date'])).stdout);
    expect(byNumber.clients[0]).toMatchObject({ client: 'Acme Ltd', turnover: 2400 });
    // Order ids mapped explicitly: INV-1 and INV-2 are two orders.
    const withOrder = JSON.parse((await run(['segment', fixture('comma.csv'), '--json', '--order', 'D'])).stdout);
    expect(withOrder.clients[0].orders).toBe(2);
  });

  it('--abc-measure kc ranks by the value coefficient', async () => {
    const json = JSON.parse((await run(['segment', fixture('semicolon.csv'), '--json', '--abc-measure', 'kc'])).stdout);
    expect(json.summary.abc.measure).toBe('valueCoefficient');
  });
});

describe('human output', () => {
  it('prints the table, the summary and the skipped rows', async () => {
    const { code, stdout } = await run(['segment', fixture('semicolon.csv')]);
    expect(code).toBe(0);
    expect(stdout).toContain('6 rows used, 2 skipped; 3 clients; turnover 4,900.00, returns 100.00');
    expect(stdout).toMatch(/1 {2}ООО «Ромашка» {2}A {4}3,000\.00 {2}61\.2 %/);
    expect(stdout).toContain('ABC classes');
    expect(stdout).toContain('ABC-XYZ matrix');
    expect(stdout).toContain('Concentration: largest client 61.2 % (ООО «Ромашка»), top 5 100.0 %, HHI 0.475');
    expect(stdout).toContain('Row 9');
  });

  it('speaks Russian when LANG says so', async () => {
    const { stdout } = await run(['segment', fixture('semicolon.csv')], {}, { LANG: 'ru_RU.UTF-8' });
    expect(stdout).toContain('Использовано строк: 6, пропущено: 2');
    expect(stdout).toContain('3 000,00');
  });

  it('--top 1 shows one client', async () => {
    const { stdout } = await run(['segment', fixture('semicolon.csv'), '--top', '1']);
    expect(stdout).toContain('Top 1 of 3 clients by turnover');
    expect(stdout).not.toMatch(/^ {2}2 {2}ТОВ/m);
  });

  it('--help prints the options with their defaults', async () => {
    const { code, stdout } = await run(['segment', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--abc A,B');
    expect(stdout).toContain('default 80,95');
  });
});

describe('bad input: a clear message, an exit code, no stack trace', () => {
  const cases: [string, string[], number, RegExp][] = [
    ['no command', [], 2, /Usage: client-value <command>/],
    ['unknown command', ['rank'], 2, /Unknown command "rank"/],
    ['no file', ['segment'], 2, /Name the sales CSV file/],
    ['unknown option', ['segment', 'x.csv', '--colour'], 2, /colour/],
    ['bad --abc', ['segment', 'x.csv', '--abc', '80'], 2, /--abc expects two percentages/],
    ['bad --abc order', ['segment', fixture('semicolon.csv'), '--abc', '95,80'], 1, /ABC limits/],
    ['bad --as-of', ['segment', 'x.csv', '--as-of', '31.12.2024'], 2, /--as-of expects a date YYYY-MM-DD/],
    ['bad --unit', ['segment', 'x.csv', '--unit', '7'], 2, /--unit expects 1 \| 1000 \| 1000000/],
    ['missing file', ['segment', 'no-such-file.csv'], 1, /Cannot read "no-such-file.csv": no such file/],
    ['margin without a margin column', ['segment', fixture('semicolon.csv'), '--abc-measure', 'margin'], 1, /margin column/],
    ['no client column', ['segment', fixture('semicolon.csv'), '--client', 'Nope'], 1, /Nope/],
  ];
  for (const [name, argv, exitCode, message] of cases) {
    it(name, async () => {
      const { code, stdout, stderr } = await run(argv);
      expect(code).toBe(exitCode);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
      if (exitCode !== 0) expect(stdout).toBe('');
    });
  }

  it('an empty file is reported, not crashed on', async () => {
    const { code, stderr } = await run(['segment', 'empty.csv'], { 'empty.csv': new Uint8Array() });
    expect(code).toBe(1);
    expect(stderr).toMatch(/empty/);
  });
});

describe('history and lifetime value in segment', () => {
  const sample = resolve(__dirname, '../../examples/sales-sample.csv');

  it('--json on the sample: per-client history, RFM and CLV fields; periods, key clients, RFM and CLV in the summary', async () => {
    const json = JSON.parse((await run(['segment', sample, '--json'])).stdout);
    const client = json.clients[0];
    for (const field of ['status', 'periodsActive', 'volumeFulfilment', 'assortmentFulfilment', 'paymentTimeliness', 'averageDaysLate',
      'planFactNote', 'kamStage', 'suggestedKamStage', 'recencyDays', 'rfmScore', 'rfmSegment', 'pAlive', 'expectedPurchases',
      'expectedSpend', 'clv', 'repeatFrequency', 'repeatRecency', 'age']) {
      expect(client).toHaveProperty(field);
    }
    // The largest client buys weekly all through both years; its last order, 9 days before the as-of date, is not among the latest fifth (recency 4).
    expect(client).toMatchObject({ client: 'ООО «Ромашка»', status: 'permanent', periodsActive: 2, rfmScore: 455, rfmSegment: 'Potential Loyalist' });
    expect(json.summary.periods.map((p: { period: string }) => p.period)).toEqual(['2024', '2025']);
    expect(Object.keys(json.summary.periods[1])).toEqual(expect.arrayContaining(
      ['period', 'start', 'end', 'active', 'new', 'returning', 'lost', 'permanent', 'retentionRate', 'churnRate', 'commitment']));
    expect(json.summary.keyClients[0]).toMatchObject({ years: [2024, 2025], status: expect.stringMatching(/^(lost|declining|stable)$/) });
    expect(json.summary.clv).toMatchObject({ status: 'ok', timeUnit: 'week', horizon: 52 });
    expect(json.summary.clv.bgnbd).toHaveProperty('logLikelihood');
    expect(json.summary.warnings.every((w: { code: string; message: string }) => typeof w.message === 'string')).toBe(true);
  });

  it('every history and CLV option reaches the analysis', async () => {
    const json = JSON.parse((await run(['segment', sample, '--json', '--rfm-mode', 'rfm-package', '--churn-norm', '5', '--key-top', '3',
      '--decline', '30', '--time-unit', 'month', '--horizon', '6', '--calibration-end', '2025-06-30', '--discount', '12%', '--penalty', '0.001',
      '--period', 'quarter'])).stdout);
    expect(json.options).toMatchObject({
      period: 'quarter', churnNorm: 0.05, keyClients: { topN: 3, declineThreshold: 0.3 }, rfm: { mode: 'rfm-package' },
      clv: { timeUnit: 'month', horizon: 6, calibrationEnd: '2025-06-30', annualDiscountRate: 0.12, penalty: 0.001 },
    });
    expect(json.summary.keyClients).toHaveLength(3);
    expect(json.summary.rfm.mode).toBe('rfm-package');
    expect(json.summary.period).toBe('quarter');
    expect(json.summary.clv).toMatchObject({ timeUnit: 'month', horizon: 6, calibrationEnd: '2025-06-30' });
    expect(json.options.rfm.segments).toHaveLength(10);
  });

  it('the human report has the periods, key clients at risk, RFM segments and the CLV summary', async () => {
    const { stdout } = await run(['segment', sample, '--top', '3']);
    expect(stdout).toContain('Clients by year: retention and churn');
    expect(stdout).toMatch(/^ {2}2025 +\d+ +\d+ +0 +\d+ +\d+ +\d+\.\d %/m);
    expect(stdout).toMatch(/Key clients at risk: \d+ of \d+ \(share of total sales, 2024–2025\)/);
    expect(stdout).toMatch(/^ {2}Champions +7$/m);
    expect(stdout).toContain('Lifetime value (BG/NBD purchases × Gamma-Gamma spend)');
    expect(stdout).toMatch(/BG\/NBD: r [\d.]+, α [\d.]+, a [\d.]+, b [\d.]+; log-likelihood -[\d.]+/);
    expect(stdout).toContain('Top 10 of 121 clients by CLV');
    const russian = (await run(['segment', sample, '--top', '3'], {}, { LANG: 'ru_RU.UTF-8' })).stdout;
    expect(russian).toContain('Клиенты по годам: удержание и отток');
    expect(russian).toMatch(/^ {2}Чемпионы +7$/m);
  });

  it('--plan FILE.csv: fulfilment against a plan table; its skipped rows are listed', async () => {
    const json = JSON.parse((await run(['segment', fixture('semicolon.csv'), '--plan', fixture('plan.csv'), '--json'])).stdout);
    const byName = (name: string) => json.clients.find((c: { client: string }) => c.client === name);
    expect(byName('ООО «Ромашка»').volumeFulfilment).toBe(0.75); // 3 000 in Q1 of a 4 000 plan
    expect(byName('ТОВ Світанок').volumeFulfilment).toBe(1.5); //   1 500 of 1 000
    expect(byName('ИП Петров')).toMatchObject({ volumeFulfilment: null, planFactNote: expect.stringMatching(/plan is zero/) });
    expect(json.planTable).toMatchObject({ rowsUsed: 3, headerRow: 1, skipped: [{ row: 5, code: 'badAmount' }] });
    expect(json.summary.warnings.map((w: { code: string }) => w.code)).not.toContain('planClientsWithoutSales');

    const { stdout } = await run(['segment', fixture('semicolon.csv'), '--plan', fixture('plan.csv')]);
    expect(stdout).toContain('Plan table: 3 rows used, 1 skipped');
    expect(stdout).toMatch(/Skipped plan rows \(1\)\n {2}Row 5: cell C5 is not an amount \("много"\)/);
  });

  it('--plan-column maps the sheet\'s own plan column; a missing plan file is an input error', async () => {
    const json = JSON.parse((await run(['segment', fixture('semicolon.csv'), '--json', '--plan-column', 'C'])).stdout);
    expect(json.clients.map((c: { volumeFulfilment: number }) => c.volumeFulfilment)).toEqual([1, 1, 1]);
    const missing = await run(['segment', fixture('semicolon.csv'), '--plan', 'no-plan.csv']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Cannot read "no-plan.csv": no such file.');
  });

  const cases: [string, string[], RegExp][] = [
    ['bad --rfm-mode', ['--rfm-mode', 'deciles'], /--rfm-mode expects quintile \| rfm-package/],
    ['bad --churn-norm', ['--churn-norm', '0'], /--churn-norm expects a percentage above 0 and below 100/],
    ['bad --key-top', ['--key-top', '0'], /--key-top expects a whole number from 1, or A/],
    ['bad --decline', ['--decline', '150'], /--decline expects a percentage above 0, at most 100/],
    ['bad --horizon', ['--horizon', '2.5'], /--horizon expects a whole number/],
    ['bad --penalty', ['--penalty', 'none'], /--penalty expects a number, 0 or more/],
  ];
  for (const [name, options, message] of cases) {
    it(`${name}: exit 2 with a message`, async () => {
      const { code, stderr, stdout } = await run(['segment', fixture('semicolon.csv'), ...options]);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
      expect(stdout).toBe('');
    });
  }
});
