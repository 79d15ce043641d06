import { describe, expect, it } from 'vitest';
import { isTotalsLabel } from '../../../shared/table/totals';

describe('isTotalsLabel', () => {
  it.each([
    'Итого', 'ИТОГО', 'Итого:', ' итого ', 'Итого по клиенту', 'Итого по региону Москва', 'Итого: 12 клиентов',
    'Всего', 'Всего за январь', 'Общий итог', 'Разом', 'Разом:', 'Усього', 'Всього', 'Загальний підсумок',
    'Total', 'TOTAL:', 'Total for Q1', 'Total (USD)', 'Grand total', 'Grand Total', 'Subtotal', 'Sub-total',
    'Ромашка Итог', 'ТОВ Лан підсумок',
  ])('%j is a totals label', (text) => {
    expect(isTotalsLabel(text)).toBe(true);
  });

  it.each([
    'Total Logistics LLC', 'TotalEnergies', 'Всего понемногу', 'Разом Трейд', 'ООО Итоговый', 'Итоговая сумма',
    'ООО «Ромашка»', 'Subtotal Foods Inc', '', '   ', 'Т', 'Grand Hotel',
  ])('%j is not a totals label', (text) => {
    expect(isTotalsLabel(text)).toBe(false);
  });
});
