import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

const csv = (text: string) => new TextEncoder().encode(text);

describe('a file without sales rows is an error, not an empty report', () => {
  it('header only: exit 1 and "no sales rows", for segment and clv', async () => {
    const files = { 'header.csv': csv('Client;Date;Amount\n') };
    for (const command of ['segment', 'clv']) {
      const { code, stdout, stderr } = await runCli([command, 'header.csv'], files);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe('"header.csv" has no sales rows to analyse: 0 rows were skipped.\n');
    }
  });

  it('every row skipped: the message gives the first reason, in the user\'s language', async () => {
    const files = { 'bad.csv': csv('Client;Date;Amount\nA;2025-01-01;y\nB;2025-01-02;z\n') };
    const { code, stderr } = await runCli(['segment', 'bad.csv', '--lang', 'ru'], files);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^В «bad\.csv» нет строк продаж для анализа: пропущено строк: 2\. Строка 2: .*C2.*«y»/);
  });

  it('an as-of day before every sale keeps its own, more precise message', async () => {
    const files = { 'early.csv': csv('Client;Date;Amount\nA;2025-01-01;10\n') };
    const { code, stderr } = await runCli(['segment', 'early.csv', '--as-of', '2024-01-01'], files);
    expect(code).toBe(1);
    expect(stderr).toBe('The analysis date 2024-01-01 is before the first sale (2025-01-01): there is nothing to analyse.\n');
  });
});

describe('negative numbers for options get the product\'s own message', () => {
  it('--top -1 names the option and what it expects (not parseArgs\' "argument is ambiguous")', async () => {
    const { code, stderr } = await runCli(['segment', 'examples/sales-sample.csv', '--top', '-1']);
    expect(code).toBe(2);
    expect(stderr).toBe('Option --top expects a whole number; got "-1". Run "client-value segment --help" for the options.\n');
  });

  it('a value that merely starts with a dash is joined only for options that take a value', async () => {
    const { code, stderr } = await runCli(['segment', 'examples/sales-sample.csv', '--json', '-1']);
    expect(code).toBe(2);
    expect(stderr).not.toContain('ambiguous');
  });
});
