/**
 * The pipeline on the built-in sample (examples/sales-sample.csv), checked against figures
 * computed here independently of the core: the sum of the amount column, the client count, the
 * planted rows that must be skipped, and the ABC rule re-applied to the published shares.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeSales } from '../../../shared/pipeline/analyzeSales';
import { analysisToJson } from '../../../shared/pipeline/toJson';
import { decodeCsv, parseCsv } from '../../../src/cli/csv';

const file = resolve(__dirname, '../../../examples/sales-sample.csv');
const rows = parseCsv(decodeCsv(new Uint8Array(readFileSync(file))).text).rows;
const analysis = analyzeSales(rows);

/**
 * The sample's amount formats ("1 234,56", "12 500 ₽", "1 315 780,00 руб."), read independently of
 * the core's parser: keep digits, the minus and the decimal comma.
 */
const amountOf = (text: string) => Number(text.replace(/[^\d,-]/g, '').replace(',', '.'));

describe('the built-in sample', () => {
  const skippedRows = new Set(analysis.skipped.map((s) => s.row));
  const used = rows.slice(1).filter((_, i) => !skippedRows.has(i + 2));

  it('uses every row but the planted blank, repeated-header, error and totals rows', () => {
    expect(analysis.skipped.map((s) => s.reason).sort()).toEqual(['blankRow', 'errorValue', 'headerRow', 'totalsRow']);
    expect(analysis.summary.rowsUsed).toBe(rows.length - 1 - analysis.skipped.length);
    expect(analysis.summary.rowsUsed + analysis.summary.rowsSkipped).toBe(rows.length - 1);
  });

  it('turnover and returns equal the sums of the amount column over the used rows', () => {
    const amounts = used.map((row) => amountOf(row[2]));
    expect(analysis.summary.turnover).toBeCloseTo(amounts.reduce((a, b) => a + b, 0), 2);
    expect(analysis.summary.returns).toBeCloseTo(-amounts.filter((a) => a < 0).reduce((a, b) => a + b, 0), 2);
    expect(analysis.clients.reduce((s, c) => s + c.turnover, 0)).toBeCloseTo(analysis.summary.turnover, 2);
  });

  it('has at least 100 clients over two years, spellings folded', () => {
    const spellings = new Set(used.map((row) => row[0]));
    expect(analysis.summary.clients).toBeGreaterThanOrEqual(100);
    expect(analysis.summary.clients).toBeLessThan(spellings.size);
    expect(analysis.summary.lastDay! - analysis.summary.firstDay!).toBeGreaterThanOrEqual(365 * 2 - 2);
  });

  it('ABC: shares sum to 1 and the classes follow the 80/95 rule on the cumulative shares', () => {
    const { clients } = analysis;
    expect(clients.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 9);
    for (const client of clients) {
      const before = client.cumulativeShare - client.share;
      const expected = client.share <= 0 ? 'C' : before < 0.8 ? 'A' : before < 0.95 ? 'B' : 'C';
      expect(client.abcClass).toBe(expected);
    }
    expect(clients.map((c) => c.rank)).toEqual(clients.map((_, i) => i + 1));
  });

  it('Kp comes from the due and paid dates, Kc = turnover × Kp × Kf', () => {
    expect(analysis.clients.every((c) => c.paymentBasis === 'data')).toBe(true);
    expect(new Set(analysis.clients.map((c) => c.paymentCoefficient)).size).toBeGreaterThan(1);
    for (const client of analysis.clients) {
      expect(client.valueCoefficient).toBeCloseTo(client.turnover * client.paymentCoefficient * client.regularityCoefficient, 6);
    }
  });

  it('the JSON form is complete and JSON-safe', () => {
    const json = analysisToJson(analysis, 'ru');
    const text = JSON.stringify(json);
    expect(text).not.toMatch(/NaN|Infinity/);
    for (const client of json.clients as Record<string, unknown>[]) {
      for (const field of ['client', 'turnover', 'orders', 'firstPurchase', 'lastPurchase', 'share', 'cumulativeShare', 'abcClass', 'xyzClass', 'valueCoefficient']) {
        expect(client).toHaveProperty(field);
      }
      expect(client.firstPurchase).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
