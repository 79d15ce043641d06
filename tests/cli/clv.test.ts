/**
 * `client-value clv`: the CDNOW sample transactions (../shared/reference/lifetimes/CDNOW_sample.txt,
 * 6,919 rows, 2,357 clients) written as a `client;date;amount` CSV, calibrated to 1997-09-30 in
 * weeks, reproduce Fader, Hardie and Lee's (2005) BG/NBD parameters r 0.243, α 4.414, a 0.793,
 * b 2.426 (log-likelihood −9582.4) through the command line.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCli } from './runCli';
import { clvSheetCsv } from '../helpers/clvSheets';

const cdnowCsv = (() => {
  const lines = readFileSync(resolve(process.cwd(), '../shared/reference/lifetimes/CDNOW_sample.txt'), 'utf8').trim().split(/\r?\n/);
  const rows = lines.map((line) => {
    const [id, , ymd, , amount] = line.trim().split(/\s+/);
    return `${id};${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)};${amount}`;
  });
  return new TextEncoder().encode(['client;date;amount', ...rows].join('\n'));
})();
const files = { 'cdnow.csv': cdnowCsv };
const significant = (value: number, digits = 3) => Number(value.toPrecision(digits));

describe('client-value clv on CDNOW', () => {
  it('--json: the published BG/NBD parameters, the Gamma-Gamma fit and every client by CLV', async () => {
    const { code, stdout, stderr } = await runCli(['clv', 'cdnow.csv', '--calibration-end', '1997-09-30', '--time-unit', 'week', '--json'], files);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['summary', 'clients', 'warnings', 'skipped', 'holdout']);
    const { summary } = json;
    expect(summary).toMatchObject({ status: 'ok', timeUnit: 'week', horizon: 52, calibrationEnd: '1997-09-30', clients: 2357, repeatCustomers: 946 });
    const { r, alpha, a, b, logLikelihood } = summary.bgnbd;
    expect([significant(r), significant(alpha, 4), significant(a), significant(b, 4)]).toEqual([0.243, 4.414, 0.793, 2.426]);
    expect(logLikelihood).toBeCloseTo(-9582.4, 1);
    expect([significant(summary.gammaGamma.p), significant(summary.gammaGamma.q), significant(summary.gammaGamma.gamma)]).toEqual([6.25, 3.74, 15.4]);
    expect(summary.recencyDefinition).toBe('ageAtLastPurchase');
    expect(json.clients).toHaveLength(2357);
    const values = json.clients.map((c: { clv: number }) => c.clv);
    expect(values).toEqual([...values].sort((x, y) => y - x));
    // CDNOW client 1 (id 00004) of shared/methods/clv/README.md: x 2, t_x 30.43, T 38.86 weeks, P(alive) 0.727, CLV 36.75.
    const first = json.clients.find((c: { client: string }) => c.client === '00004');
    expect(first).toMatchObject({ repeatFrequency: 2 });
    expect(first.repeatRecency).toBeCloseTo(30.43, 2);
    expect(first.age).toBeCloseTo(38.86, 2);
    expect(first.pAlive).toBeCloseTo(0.727, 3);
    expect(first.clv).toBeCloseTo(36.75, 2);
    expect(json.warnings).toEqual([]);
  });

  it('the human report: setup, parameters, the recency note and the top clients', async () => {
    const { code, stdout } = await runCli(['clv', 'cdnow.csv', '--calibration-end', '1997-09-30', '--top', '3'], files);
    expect(code).toBe(0);
    expect(stdout).toContain('6919 rows used, 0 skipped; 2357 clients');
    expect(stdout).toContain('Calibration to 1997-09-30, time unit week, horizon 52, discount 10.0 % a year; 2357 clients modelled, 946 bought more than once.');
    expect(stdout).toContain('BG/NBD: r 0.2426, α 4.414, a 0.7929, b 2.426; log-likelihood -9582.4');
    expect(stdout).toContain('Gamma-Gamma: p 6.25, q 3.744, γ 15.44');
    expect(stdout).toMatch(/not RFM's recency/);
    expect(stdout).toContain('Top 3 of 2357 clients by CLV');
    expect(stdout).toMatch(/^ {2}05420 +18 +35\.14 +35\.86 +0\.946/m);
  });

  it('the holdout check: the BTYD conditional-expectation table after 1997-09-30, in the report and the JSON', async () => {
    const { code, stdout } = await runCli(['clv', 'cdnow.csv', '--calibration-end', '1997-09-30', '--top', '1'], files);
    expect(code).toBe(0);
    expect(stdout).toContain('Does the forecast hold? (holdout check)');
    expect(stdout).toContain('Model fitted on sales up to 1997-09-30, checked on 1997-10-01…1998-06-30 (39 × week), 2357 clients');
    expect(stdout).toMatch(/Purchases before\s+Made, mean\s+Predicted, mean\s+Clients/);
    expect(stdout).toMatch(/\n\s+0\s+0\.237\s+0\.225\s+1411/);
    expect(stdout).toMatch(/\n\s+7\+\s+6\.359\s+6\.157\s+64/);
    const json = JSON.parse((await runCli(['clv', 'cdnow.csv', '--holdout-after', '1997-09-30', '--json'], files)).stdout);
    expect(json.holdout).toMatchObject({ status: 'ok', calibrationEnd: '1997-09-30', holdoutEnd: '1998-06-30', holdoutLength: 39, actualTotal: 1882, off: false });
    expect(json.holdout.bins.map((bin: { clients: number }) => bin.clients)).toEqual([1411, 439, 214, 100, 62, 38, 29, 64]);
  });

  it('--horizon, --discount and --time-unit reach the model', async () => {
    const json = JSON.parse((await runCli(['clv', 'cdnow.csv', '--calibration-end', '1997-09-30', '--time-unit', 'month',
      '--horizon', '12', '--discount', '0', '--json'], files)).stdout);
    expect(json.summary).toMatchObject({ timeUnit: 'month', horizon: 12, annualDiscountRate: 0, periodDiscountRate: 0 });
  });
});

describe('client-value clv: data the models cannot use, bad input', () => {
  it('too few repeat customers: a warning saying what to do, exit 0', async () => {
    const { code, stdout } = await runCli(['clv', resolve(__dirname, 'fixtures/semicolon.csv')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Only 1 client bought more than once/);
    expect(stdout).toContain('No lifetime value: see the warnings.');
  });

  it('no date column: the CLV "needs dates" warning', async () => {
    const csv = new TextEncoder().encode('Client;Amount\nA;10\nB;20\n');
    const json = JSON.parse((await runCli(['clv', 'x.csv', '--json'], { 'x.csv': csv })).stdout);
    expect(json.summary.status).toBe('noDates');
    expect(json.warnings.map((w: { code: string }) => w.code)).toEqual(['clvNoDates']);
  });

  const cases: [string, string[], number, RegExp][] = [
    ['no file', ['clv'], 2, /Name the sales CSV file: client-value clv/],
    ['bad --time-unit', ['clv', 'x.csv', '--time-unit', 'year'], 2, /--time-unit expects day \| week \| month/],
    ['bad --horizon', ['clv', 'x.csv', '--horizon', '0'], 2, /--horizon expects a whole number/],
    ['bad --calibration-end', ['clv', 'x.csv', '--calibration-end', '30.09.1997'], 2, /--calibration-end expects a date YYYY-MM-DD/],
    ['bad --discount', ['clv', 'x.csv', '--discount', 'ten'], 2, /--discount expects a percentage/],
    ['segment-only option', ['clv', 'x.csv', '--abc', '80,95'], 2, /abc/],
  ];
  for (const [name, argv, exitCode, message] of cases) {
    it(name, async () => {
      const { code, stdout, stderr } = await runCli(argv);
      expect(code).toBe(exitCode);
      expect(stderr).toMatch(message);
      expect(stdout).toBe('');
    });
  }

  it('--help in Ukrainian; the command list names clv', async () => {
    expect((await runCli(['clv', '--help', '--lang', 'uk'])).stdout).toContain('вік клієнта на момент останньої покупки');
    expect((await runCli(['--help'])).stdout).toMatch(/clv +customer lifetime value/);
  });
});

describe('client-value clv: spend fits that cannot value everyone (issue 10, item 5)', () => {
  // tests/helpers/clvSheets.ts: 40 repeat buyers spending 1…100 and 15 one-time buyers.
  const files = { 'spread.csv': clvSheetCsv('spread'), 'constant.csv': clvSheetCsv('constant') };
  const clv = (file: string, ...more: string[]) => runCli(['clv', file, '--calibration-end', '2024-12-31', ...more], files);

  it('q ≤ 1 (the penalty 0.001 pulls q to 0.654): a warning, a status that is not ok, and a total of 40 of 55 clients', async () => {
    const json = JSON.parse((await clv('spread.csv', '--penalty', '0.001', '--json')).stdout);
    expect(json.summary.status).toBe('unboundedMeanSpend');
    expect(json.summary.gammaGamma.q).toBeCloseTo(0.654, 3);
    const warning = json.warnings.find((w: { code: string }) => w.code === 'clvUnboundedMeanSpend');
    expect(warning.message).toMatch(/^The spend model \(Gamma-Gamma\) fitted q = 0\.654 ≤ 1, so its mean spend per purchase is infinite/);
    expect(warning.message).toContain('15 clients with no repeat purchase get no expected spend or lifetime value');
    expect(warning.message).toContain('a penalty pulls q down, so try without one');
    const oneTime = json.clients.filter((c: { client: string }) => c.client.startsWith('O'));
    expect(oneTime).toHaveLength(15);
    expect(oneTime.every((c: { clv: number | null; pAlive: number }) => c.clv === null && c.pAlive === 1)).toBe(true);
    const valued = json.clients.filter((c: { clv: number | null }) => c.clv !== null);
    expect(valued).toHaveLength(40);
    const total = valued.reduce((sum: number, c: { clv: number }) => sum + c.clv, 0);

    const { stdout } = await clv('spread.csv', '--penalty', '0.001');
    expect(stdout).toContain(`Total CLV of 40 of 55 clients: ${total.toFixed(2)}`);
    expect(stdout).toMatch(/! The spend model \(Gamma-Gamma\) fitted q = 0\.654/);
    const ru = (await clv('spread.csv', '--penalty', '0.001', '--lang', 'ru')).stdout;
    expect(ru).toContain('Суммарная CLV 40 из 55 клиентов');
    expect(ru).toContain('Модель расходов (Gamma-Gamma) дала q = 0.654 ≤ 1');
    const uk = (await clv('spread.csv', '--penalty', '0.001', '--lang', 'uk')).stdout;
    expect(uk).toContain('Сумарна CLV 40 з 55 клієнтів');
    expect(uk).toContain('15 клієнтів без повторних покупок не отримують');
  });

  it('the same sheet without a penalty: q 7.70 > 1, status ok, every client valued, no advice to add a penalty', async () => {
    const json = JSON.parse((await clv('spread.csv', '--json')).stdout);
    expect(json.summary.status).toBe('ok');
    expect(json.summary.gammaGamma.q).toBeCloseTo(7.70, 2);
    expect(json.clients.every((c: { clv: number | null }) => c.clv !== null)).toBe(true);
    // The purchase model runs to one common drop-out rate here; its advice no longer sends the user
    // to the penalty that gives q ≤ 1 above.
    const advice = json.warnings.map((w: { message: string }) => w.message).join(' ');
    expect(advice).not.toMatch(/or a penalty of 0\.001/);
    expect(advice).toContain('possibly to q ≤ 1');
    expect((await clv('spread.csv')).stdout).toMatch(/Total CLV of 55 of 55 clients: /);
  });

  it('constant spends (every purchase 50): no Gamma-Gamma fit, said so, every expected spend is 50', async () => {
    for (const penalty of ['0', '0.001']) {
      const json = JSON.parse((await clv('constant.csv', '--penalty', penalty, '--discount', '0', '--json')).stdout);
      expect(json.summary.status).toBe('ok');
      expect(json.summary.gammaGamma).toBeNull();
      expect(json.warnings.map((w: { code: string }) => w.code)).toContain('clvConstantSpend');
      expect(json.warnings.find((w: { code: string }) => w.code === 'clvConstantSpend').message)
        .toBe('All 40 repeat customers spend 50 at every purchase: the spend model (Gamma-Gamma) needs spends that differ, so it is not fitted, and every client\'s expected spend per purchase is 50.');
      for (const client of json.clients) {
        expect(client.expectedSpend).toBe(50);
        // No discounting: CLV is exactly expected purchases × 50.
        expect(client.clv).toBeCloseTo(client.expectedPurchases * 50, 9);
      }
    }
    const { stdout } = await clv('constant.csv');
    expect(stdout).not.toContain('Gamma-Gamma: p');
    expect(stdout).toMatch(/Total CLV of 55 of 55 clients: /);
    expect(stdout).toContain('! All 40 repeat customers spend 50 at every purchase');
  });
});
