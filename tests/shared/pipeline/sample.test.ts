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
import { dayFromIso, isoFromDay } from '../../../shared/table/dates';
import { t } from '../../../shared/i18n/translate';

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

describe('the sample as of 2025-12-14: the partial December 2025 in XYZ (issue 10 item 4)', () => {
  // The sample runs to 2025-12-31; the case is an analysis dated 2025-12-14.
  const asOf = dayFromIso('2025-12-14');
  const midDecember = analyzeSales(rows, { asOf });
  const included = analyzeSales(rows, { asOf, xyz: { partialPeriod: 'include' } });
  const warning = midDecember.summary.warnings.find((w) => w.code === 'xyz.partialPeriodLeftOut');

  it('is dated 2025-12-14 and, by default, leaves December 2025 out with a warning naming it', () => {
    expect(isoFromDay(analysis.summary.asOf!)).toBe('2025-12-31'); // December is whole by default as of the last date
    expect(analysis.summary.warnings.some((w) => w.code === 'xyz.partialPeriodLeftOut')).toBe(false);
    expect(warning?.message.params).toEqual({ period: '2025-12', asOf: '2025-12-14' });
    expect(t('en', warning!.message.key, warning!.message.params)).toContain('2025-12');
    expect(t('ru', warning!.message.key, warning!.message.params)).toContain('2025-12');
    expect(t('uk', warning!.message.key, warning!.message.params)).toContain('2025-12');
    expect(included.summary.warnings.some((w) => w.code === 'xyz.partialPeriodLeftOut')).toBe(false);
  });

  it('classes follow from the monthly series up to November 2025, recomputed here from the rows', () => {
    // Independent recomputation: net amount per client per month from its first month to November
    // 2025 (December dropped), population CV, X ≤ 10 %, Y ≤ 25 %.
    const skippedRows = new Set(midDecember.skipped.map((s) => s.row));
    const monthOf = (text: string) => {
      const [, m, y] = text.split('.').map(Number);
      return y * 12 + (m - 1);
    };
    const last = 2025 * 12 + 10; // November 2025
    const byClient = new Map<string, Map<number, number>>();
    rows.slice(1).forEach((row, i) => {
      if (skippedRows.has(i + 2)) return;
      const key = row[0].trim().toLowerCase().replace(/\s+/g, ' ').replace(/[«»“”„]/g, '"');
      const months = byClient.get(key) ?? new Map<number, number>();
      months.set(monthOf(row[1]), (months.get(monthOf(row[1])) ?? 0) + amountOf(row[2]));
      byClient.set(key, months);
    });
    let checked = 0;
    for (const client of midDecember.clients) {
      const key = client.client.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[«»“”„]/g, '"');
      const months = byClient.get(key)!;
      const first = Math.min(...months.keys());
      const series = Array.from({ length: Math.max(last - first + 1, 0) }, (_, k) => months.get(first + k) ?? 0);
      if (series.length < 2) { expect(client.xyzClass).toBeNull(); continue; }
      const mean = series.reduce((a, b) => a + b, 0) / series.length;
      const cv = Math.sqrt(series.reduce((a, b) => a + (b - mean) ** 2, 0) / series.length) / mean;
      const expected = !(mean > 0) ? 'Z' : cv <= 0.1 + 1e-12 ? 'X' : cv <= 0.25 + 1e-12 ? 'Y' : 'Z';
      expect([client.client, client.xyzClass]).toEqual([client.client, expected]);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('counting the partial December as a whole month turns steady X clients into Y', () => {
    const x = midDecember.clients.filter((c) => c.xyzClass === 'X').map((c) => c.client);
    const stillX = new Set(included.clients.filter((c) => c.xyzClass === 'X').map((c) => c.client));
    const moved = x.filter((name) => !stillX.has(name));
    // The before/after: 7 of 12 X clients become Y when December 2025 counts.
    expect([x.length, moved.length]).toEqual([12, 7]);
    for (const name of moved) expect(included.clients.find((c) => c.client === name)!.xyzClass).toBe('Y');
  });
});
