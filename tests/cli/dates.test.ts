/**
 * Issue 10, items 2 and 3 through the command line: one mistyped date (15.03.2031 after today,
 * 15.03.69 = 1969 among 2024's sales) is named by row and left out of the as-of day unless
 * --keep-unusual-dates confirms it; a slash-date column that proves month-first is read so.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

const csv = (text: string) => new TextEncoder().encode(text);

// Rows 2..9: A and B monthly, January to April 2024 (B's dates with two-digit years: 24 = 2024).
// Row 10: a typo after today; row 11: 15.03.69, which Excel's pivot reads as 1969.
const SALES = csv([
  'Клиент;Дата;Сумма',
  'A;15.01.2024;100', 'B;20.01.24;200', 'A;15.02.2024;100', 'B;20.02.24;200',
  'A;15.03.2024;100', 'B;20.03.24;200', 'A;15.04.2024;100', 'B;20.04.24;200',
  'C;15.03.2031;500', 'C;15.03.69;700', '',
].join('\n'));

describe('client-value segment: unusual dates', () => {
  it('leaves the rows out of the as-of day and every figure, and names them', async () => {
    const { code, stdout, stderr } = await runCli(['segment', 'sales.csv', '--json', '--today', '2026-12-02'], { 'sales.csv': SALES });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    // Hand check: as of the last good date, 2024-04-20; A 4 × 100, B 4 × 200; C is not a client.
    expect(json.summary).toMatchObject({ asOf: '2024-04-20', firstDay: '2024-01-15', rowsUsed: 8, clients: 2, turnover: 1200 });
    expect(json.clients.map((c: { client: string; turnover: number }) => [c.client, c.turnover])).toEqual([['B', 800], ['A', 400]]);
    const warnings = json.summary.warnings.map((w: { message: string }) => w.message).join('\n');
    expect(warnings).toContain('1 row is dated after today (2026-12-02), left out so as not to move the analysis date: 10 (2031-03-15).');
    expect(warnings).toContain('1 row is dated far from the rest of the dates (2024-02-15 to 2024-03-20 in the middle), left out: 11 (1969-03-15).');
  });

  it('the text report says so in Russian; --keep-unusual-dates keeps them and moves the as-of day', async () => {
    const ru = await runCli(['segment', 'sales.csv', '--today', '2026-12-02', '--lang', 'ru'], { 'sales.csv': SALES });
    expect(ru.code).toBe(0);
    expect(ru.stdout).toContain('Дата позже сегодняшней (2026-12-02), 1 строка исключена, чтобы не сдвигать дату анализа: 10 (2031-03-15).');
    const kept = await runCli(['segment', 'sales.csv', '--json', '--today', '2026-12-02', '--keep-unusual-dates'], { 'sales.csv': SALES });
    const json = JSON.parse(kept.stdout);
    expect(json.summary).toMatchObject({ asOf: '2031-03-15', firstDay: '1969-03-15', rowsUsed: 10, clients: 3, turnover: 2400 });
    expect(json.summary.warnings.map((w: { code: string }) => w.code)).toContain('dates.unusualKept');
  });

  it('clv leaves them out too, and --today must be a date', async () => {
    const { code, stdout } = await runCli(['clv', 'sales.csv', '--json', '--today', '2026-12-02'], { 'sales.csv': SALES });
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.clients.map((c: { client: string }) => c.client).sort()).toEqual(['A', 'B']);
    expect(json.warnings.map((w: { code: string }) => w.code).slice(0, 2)).toEqual(['dates.future', 'dates.far']);
    const bad = await runCli(['segment', 'sales.csv', '--today', 'tomorrow'], { 'sales.csv': SALES });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--today/);
  });
});

describe('client-value segment: slash dates', () => {
  it('a cell that can only be month-first (03/15/2024) makes the column month-first, with a note', async () => {
    const file = csv('Client,Date,Amount\nA,03/04/2024,10\nB,03/15/2024,20\n');
    const { code, stdout } = await runCli(['segment', 'sales.csv', '--json'], { 'sales.csv': file });
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.clients.map((c: { client: string; firstPurchase: string }) => [c.client, c.firstPurchase]).sort())
      .toEqual([['A', '2024-03-04'], ['B', '2024-03-15']]);
    expect(JSON.stringify(json)).toContain('is read month first (mm/dd/yyyy): 03/15/2024 in row 3 can only be so.');
  });
});
