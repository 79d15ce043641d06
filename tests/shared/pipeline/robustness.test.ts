/**
 * Whatever a messy sheet holds, the whole pipeline (reading, client table, history, lifetime
 * value) either returns an analysis whose JSON has only finite numbers, or throws the one typed
 * error hosts show. Never a crash, never NaN or Infinity in a user's cell.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeSales } from '../../../shared/pipeline/analyzeSales';
import { analysisToJson } from '../../../shared/pipeline/toJson';
import { ClientValueError } from '../../../shared/errors';
import type { Cell } from '../../../shared/cells';

const clientCell = fc.oneof(
  fc.constantFrom('ООО «Ромашка»', 'ооо "ромашка"', 'Total Logistics LLC', 'Итого', 'Всего:', '=HYPERLINK("x")',
    '<img src=x onerror=alert(1)>', '#N/A', '#Н/Д', '', '   ', 'Клиент', 'A', 'B'),
  fc.string({ maxLength: 6 }),
  fc.integer(), fc.boolean(), fc.constant(null),
);
const dateCell = fc.oneof(
  fc.constantFrom('15.01.2024', '31.02.2024', '01.01.24', '2024-03-05', '3/4/2024', '2024', 'завтра', '#VALUE!', '', 'Дата'),
  fc.integer({ min: -1000, max: 80_000 }),
  fc.double({ noNaN: false }),
  fc.date({ min: new Date('1899-01-01'), max: new Date('2200-01-01'), noInvalidDate: false }),
  fc.constant(null), fc.boolean(),
);
const amountCell = fc.oneof(
  fc.constantFrom('1 234,56', '1,234.56', '12 500 ₽', '$1,200', '(300)', '−50', '1e309', 'abc', '#DIV/0!', '', 'Сумма', '0',
    1e308, -1e308, 9.99e14, '999 999 999 999 999'),
  fc.double(), fc.integer({ min: -1e9, max: 1e9 }), fc.constant(null), fc.boolean(),
);
const row = fc.tuple(clientCell, dateCell, amountCell, fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.constant(null)));
const sheet = fc.array(row, { maxLength: 40 }).map((rows): Cell[][] =>
  [['Клиент', 'Дата', 'Сумма', '№ заказа'], ...rows]);

/** The path of the first NaN or infinite number in a value, or null. */
function finiteEverywhere(value: unknown, path = '$'): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (ArrayBuffer.isView(value)) return finiteEverywhere(Array.from(value as unknown as ArrayLike<number>), path);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = finiteEverywhere(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const bad = finiteEverywhere(item, `${path}.${key}`);
      if (bad) return bad;
    }
  }
  return null;
}

describe('the pipeline on messy sheets', () => {
  it('returns finite figures or throws ClientValueError, whatever the cells', () => {
    fc.assert(fc.property(sheet, fc.constantFrom('en', 'ru', 'uk') as fc.Arbitrary<'en' | 'ru' | 'uk'>, (cells, lang) => {
      let analysis;
      try {
        analysis = analyzeSales(cells, { lang });
      } catch (error) {
        expect(error).toBeInstanceOf(ClientValueError);
        return;
      }
      // The analysis itself, not only its JSON (which turns NaN into an empty value): a figure a
      // user sees is a finite number or deliberately absent (null).
      expect(finiteEverywhere({ clients: analysis.clients, summary: analysis.summary })).toBeNull();
      expect(finiteEverywhere(analysisToJson(analysis, lang))).toBeNull();
      // Every row under the header is either used or reported.
      expect(analysis.summary.rowsUsed + analysis.summary.rowsSkipped).toBeLessThanOrEqual(cells.length - 1);
      const shares = analysis.clients.reduce((total, client) => total + client.share, 0);
      if (analysis.clients.some((client) => client.share > 0)) expect(shares).toBeCloseTo(1, 9);
    }), { numRuns: 300 });
  }, 60_000);
});
