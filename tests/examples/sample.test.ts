import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { generateSample, SAMPLE_PATH } from '../../scripts/generate-sample';
import { dayFromYmd, monthIndex } from '../../shared/table/dates';
import { readSales } from '../../shared/table/readSales';
import { analyzeSales } from '../../shared/pipeline/analyzeSales';

const committed = readFileSync(path.resolve(__dirname, '../..', SAMPLE_PATH), 'utf8');
const sample = generateSample();

function grid(text: string): string[][] {
  const rows = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: false }).data;
  // The file ends with a line break; papaparse reads it as one more empty line.
  if (rows.length > 0 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === '') rows.pop();
  return rows;
}

describe('the built-in sample', () => {
  it('is exactly what the generator writes from its seed', () => {
    expect(sample.csv === committed).toBe(true);
    expect(generateSample().csv === sample.csv).toBe(true);
    expect(generateSample(7).csv).not.toBe(sample.csv);
  });

  const cells = grid(committed);
  const result = readSales(cells);
  const { table } = result;

  it('skips exactly the planted rows: a blank row, a repeated header, an error value, the totals line', () => {
    expect(result.skipped.map((s) => ({ row: s.row, reason: s.reason }))).toEqual(sample.planted);
    expect(sample.planted.map((p) => p.reason)).toEqual(['blankRow', 'headerRow', 'errorValue', 'totalsRow']);
    expect(table.rowCount).toBe(cells.length - 1 - sample.planted.length);
    expect(result.notes).toEqual([]);
    expect(cells[sample.planted[2].row - 1][2]).toBe('#Н/Д');
    expect(cells[sample.planted[3].row - 1][0]).toBe('Итого');
  });

  it('finds every column by its Russian header', () => {
    expect(result.mapping).toEqual({
      client: 0, date: 1, amount: 2, orderId: 3, product: 4, manager: 5, region: 6, margin: 7, dueDate: 8,
      paidDate: 9, churnReason: 10,
    });
  });

  it('has at least 100 clients over two full calendar years', () => {
    expect(table.clients.length).toBeGreaterThanOrEqual(100);
    let first = Infinity;
    let last = -Infinity;
    const months = new Set<number>();
    for (let i = 0; i < table.rowCount; i++) {
      first = Math.min(first, table.day[i]);
      last = Math.max(last, table.day[i]);
      months.add(monthIndex(table.day[i]));
    }
    expect(first).toBe(dayFromYmd(2024, 1, 1));
    expect(last).toBe(dayFromYmd(2025, 12, 31));
    expect(months.size).toBe(24);
  });

  it('the totals line is the sum of the amounts it closes', () => {
    const sum = table.amount.reduce((total, amount) => total + amount, 0);
    const totals = cells[sample.planted[3].row - 1][2];
    expect(Number(totals.replace(/\s/g, '').replace(',', '.'))).toBeCloseTo(sum, 2);
  });

  it('spells one client three ways and reads them as one, under the first spelling', () => {
    const spellings = new Set(cells.map((row) => row[0]).filter((name) => /ромашка/i.test(name ?? '')));
    expect([...spellings].sort()).toEqual(['ООО  "Ромашка"', 'ООО «Ромашка»', 'ооо "ромашка"'].sort());
    const romashka = table.clients.filter((client) => /ромашка/i.test(client.name));
    expect(romashka).toEqual([{ key: 'ооо "ромашка"', name: 'ООО «Ромашка»' }]);
    expect(table.clients.filter((client) => client.key === 'ип семенова алена')).toHaveLength(1);
  });

  it('keeps the client called "Total Logistics LLC" and the hostile names as clients', () => {
    const names = table.clients.map((client) => client.name);
    expect(names).toContain('Total Logistics LLC');
    expect(names).toContain('=HYPERLINK("http://x","y")');
    expect(names).toContain('<img src=x onerror=alert(1)>');
  });

  it('has returns, amounts in several formats and Pareto-shaped turnover', () => {
    expect(table.amount.some((amount) => amount < 0)).toBe(true);
    const amountTexts = cells.slice(1).map((row) => row[2] ?? '');
    expect(amountTexts.some((text) => /^\d{1,3}( \d{3})+,\d\d$/.test(text))).toBe(true);
    expect(amountTexts.some((text) => /^\d{1,3}(\u00a0\d{3})+,\d\d$/.test(text))).toBe(true);
    expect(amountTexts.some((text) => / ₽$/.test(text))).toBe(true);
    expect(amountTexts.some((text) => / руб\.$/.test(text))).toBe(true);

    const turnover = new Float64Array(table.clients.length);
    for (let i = 0; i < table.rowCount; i++) turnover[table.client[i]] += table.amount[i];
    const sorted = Array.from(turnover).sort((a, b) => b - a);
    const total = sorted.reduce((sum, value) => sum + value, 0);
    const topFifth = sorted.slice(0, Math.round(sorted.length / 5)).reduce((sum, value) => sum + value, 0);
    expect(topFifth / total).toBeGreaterThan(0.7);
    expect(topFifth / total).toBeLessThan(0.9);
    expect(sorted[0] / total).toBeLessThan(0.2);
  });

  it('has prepaying, punctual and late payers', () => {
    let before = 0;
    let onTime = 0;
    let late = 0;
    for (let i = 0; i < table.rowCount; i++) {
      const paid = table.paidDay![i];
      const due = table.dueDay![i];
      if (Number.isNaN(paid)) continue;
      if (paid < table.day[i]) before++;
      else if (paid <= due) onTime++;
      else late++;
    }
    expect(Math.min(before, onTime, late)).toBeGreaterThan(100);
  });

  it('has steady clients beside irregular ones: the ABC-XYZ matrix has X, Y and Z in A and B, mostly Z in C', () => {
    // Contract and fixed-order clients buy steadily (monthly CV ≤ 25 %); Poisson buyers do not.
    const { clients } = analyzeSales(cells);
    const cell = (abc: string, xyz: string) => clients.filter((c) => c.abcClass === abc && c.xyzClass === xyz).length;
    for (const abc of ['A', 'B']) {
      expect(cell(abc, 'X'), `${abc}X`).toBeGreaterThan(0);
      expect(cell(abc, 'Y'), `${abc}Y`).toBeGreaterThan(0);
      expect(cell(abc, 'Z'), `${abc}Z`).toBeGreaterThan(cell(abc, 'X') + cell(abc, 'Y'));
    }
    expect(cell('A', 'X') + cell('A', 'Y')).toBeGreaterThanOrEqual(5);
    expect(cell('C', 'Z')).toBeGreaterThan(4 * (cell('C', 'X') + cell('C', 'Y')));
    expect(cell('A', 'X') / (cell('A', 'X') + cell('A', 'Y') + cell('A', 'Z'))).toBeGreaterThan(cell('C', 'X') / (cell('C', 'X') + cell('C', 'Y') + cell('C', 'Z')));
  });
});
