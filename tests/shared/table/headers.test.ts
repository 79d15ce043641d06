import { describe, expect, it } from 'vitest';
import { thrown } from '../../helpers/thrown';
import { ClientValueError } from '../../../shared/errors';
import { render } from '../../../shared/i18n/translate';
import {
  HEADER_SYNONYMS, columnIndexFromLetters, detectColumns, findHeaderRow, normaliseHeader, resolveColumnChoice, roleOfHeader,
} from '../../../shared/table/headers';
import type { ColumnRole } from '../../../shared/table/salesTable';


describe('normaliseHeader / roleOfHeader', () => {
  it('ignores case, spaces, punctuation and unit words', () => {
    expect(normaliseHeader('  Сумма, руб. ')).toBe('сумма');
    expect(normaliseHeader('№ Заказа')).toBe('заказа');
    expect(normaliseHeader('Amount (USD)')).toBe('amount');
    expect(normaliseHeader('Дата  отгрузки')).toBe('датаотгрузки');
    expect(normaliseHeader('Счёт')).toBe('счет');
  });

  it.each<[string, ColumnRole]>([
    ['Клиент', 'client'], ['КОНТРАГЕНТ', 'client'], ['Покупатель', 'client'], ['Клієнт', 'client'],
    ['Customer', 'client'], ['account', 'client'],
    ['Дата', 'date'], ['Дата отгрузки', 'date'], ['Дата продажи', 'date'], ['Invoice date', 'date'],
    ['Сумма', 'amount'], ['Сумма с НДС', 'amount'], ['Выручка', 'amount'], ['Оборот', 'amount'], ['Сума', 'amount'],
    ['Виручка', 'amount'], ['Amount', 'amount'], ['Revenue', 'amount'], ['Sales', 'amount'], ['Total', 'amount'],
    ['Net amount', 'amount'], ['Сумма, руб.', 'amount'],
    ['№ заказа', 'orderId'], ['Номер заказа', 'orderId'], ['Номер документа', 'orderId'], ['Документ', 'orderId'],
    ['Накладная', 'orderId'], ['№ накладної', 'orderId'], ['Order', 'orderId'], ['Order id', 'orderId'],
    ['Invoice', 'orderId'], ['Invoice no.', 'orderId'],
    ['Товар', 'product'], ['Номенклатура', 'product'], ['SKU', 'product'],
    ['Маржа', 'margin'], ['Прибыль', 'margin'], ['Profit', 'margin'],
    ['Срок оплаты', 'dueDate'], ['Due date', 'dueDate'], ['Дата оплаты', 'paidDate'], ['Paid date', 'paidDate'],
    ['План', 'plan'], ['Target', 'plan'], ['Менеджер', 'manager'], ['Регион', 'region'], ['Канал', 'channel'],
    ['Причина ухода', 'churnReason'], ['Причина', 'churnReason'], ['Причина відтоку', 'churnReason'],
    ['Reason', 'churnReason'], ['Churn reason', 'churnReason'],
    ['Стадия KAM', 'kamStage'], ['Этап', 'kamStage'], ['Стадія', 'kamStage'], ['KAM stage', 'kamStage'], ['Stage', 'kamStage'],
    ['Kp', 'paymentCoefficient'], ['Кп', 'paymentCoefficient'], ['Платежная дисциплина', 'paymentCoefficient'],
    ['Payment coefficient', 'paymentCoefficient'],
  ])('%j is the %s column', (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  it('has no synonym claimed by two roles', () => {
    const owner = new Map<string, ColumnRole>();
    for (const role of Object.keys(HEADER_SYNONYMS) as ColumnRole[]) {
      for (const synonym of HEADER_SYNONYMS[role]) {
        const key = normaliseHeader(synonym);
        const previous = owner.get(key);
        expect(previous === undefined || previous === role, `${synonym}: ${previous} and ${role}`).toBe(true);
        owner.set(key, role);
      }
    }
  });

  it('finds nothing in text that is not a header', () => {
    expect(roleOfHeader('Комментарий')).toBeUndefined();
    expect(roleOfHeader(42)).toBeUndefined();
    expect(roleOfHeader(null)).toBeUndefined();
  });
});

describe('detectColumns / choices', () => {
  it('takes the leftmost column of a role', () => {
    expect(detectColumns(['Клиент', 'Сумма без НДС', 'Сумма с НДС', 'Дата'])).toEqual({ client: 0, amount: 1, date: 3 });
  });

  it('reads column letters and header text', () => {
    expect(columnIndexFromLetters('A')).toBe(0);
    expect(columnIndexFromLetters('c')).toBe(2);
    expect(columnIndexFromLetters('AA')).toBe(26);
    expect(columnIndexFromLetters('Сумма')).toBe(-1);
    const header = ['Фирма', 'Когда', 'Деньги'];
    expect(resolveColumnChoice('деньги', header, 3)).toBe(2);
    expect(resolveColumnChoice('B', header, 3)).toBe(1);
    expect(resolveColumnChoice(0, header, 3)).toBe(0);
    expect(resolveColumnChoice(3, header, 3)).toBe(-1);
    expect(resolveColumnChoice('D', header, 3)).toBe(-1);
    expect(resolveColumnChoice('Выручка', header, 3)).toBe(-1);
  });
});

describe('findHeaderRow', () => {
  it('finds the header in row 3 under a title and a blank line', () => {
    const grid = [['Продажи за 2024 год'], [], ['Клиент', 'Дата', 'Сумма'], ['Альфа', '15.01.2024', 100]];
    const found = findHeaderRow(grid);
    expect(found.headerIndex).toBe(2);
    expect(found.mapping).toEqual({ client: 0, date: 1, amount: 2 });
    expect(found.headers).toEqual(['Клиент', 'Дата', 'Сумма']);
  });

  it('lets the user choices override the detection role by role', () => {
    const grid = [['Клиент', 'Сумма', 'Выручка', 'Фирма'], ['Альфа', 1, 2, 'А']];
    expect(findHeaderRow(grid, { amount: 'Выручка' }).mapping).toEqual({ client: 0, amount: 2 });
    expect(findHeaderRow(grid, { amount: 'C', client: 3 }).mapping).toEqual({ client: 3, amount: 2 });
  });

  it('reads a blank choice as "detect this column"', () => {
    const grid = [['Клиент', 'Сумма'], ['Альфа', 1]];
    expect(findHeaderRow(grid, { client: '', amount: '  ' }).mapping).toEqual({ client: 0, amount: 1 });
  });

  it('uses user-named headers the detection does not know to find the header row', () => {
    const grid = [['Отчёт'], ['Фирма', 'Деньги'], ['Альфа', 5]];
    const found = findHeaderRow(grid, { client: 'Фирма', amount: 'Деньги' });
    expect(found.headerIndex).toBe(1);
    expect(found.mapping).toEqual({ client: 0, amount: 1 });
  });

  it('reads a sheet without a header when client and amount are chosen by letter', () => {
    const found = findHeaderRow([['Альфа', 100], ['Бета', 200]], { client: 'A', amount: 'B' });
    expect(found.headerIndex).toBe(-1);
    expect(found.headers).toEqual(['', '']);
  });

  it('throws a typed error for an empty grid', () => {
    expect(thrown(() => findHeaderRow([])).key).toBe('table.error.empty');
    expect(thrown(() => findHeaderRow([[], ['', null], ['  ']])).key).toBe('table.error.empty');
  });

  it('throws a typed error listing the headers seen when client or amount is missing', () => {
    const error = thrown(() => findHeaderRow([['Название', 'Дата', 'Деньги'], ['Альфа', '15.01.2024', 100]]));
    expect(error.key).toBe('table.error.noHeader');
    expect(render('en', error.userMessage)).toContain('"Название", "Дата", "Деньги"');
    expect(render('en', error.userMessage)).toContain('Клиент');
    expect(render('ru', error.userMessage)).toContain('Заголовки (строка 1): "Название", "Дата", "Деньги"');
    expect(render('uk', error.userMessage)).toContain('Перейменуйте заголовки');
  });

  it('throws a typed error naming a choice that points nowhere', () => {
    const grid = [['Клиент', 'Сумма'], ['Альфа', 1]];
    const byText = thrown(() => findHeaderRow(grid, { date: 'Дата отгрузки' }));
    expect(byText.key).toBe('table.error.columnNotFound');
    expect(render('en', byText.userMessage)).toBe(
      'The column chosen for "date", "Дата отгрузки", is not in the sheet (columns A–B; headers: "Клиент", "Сумма").');
    expect(render('ru', byText.userMessage)).toContain('Столбец, выбранный для «дата», «Дата отгрузки»');
    expect(render('uk', byText.userMessage)).toContain('Стовпець, вибраний для «дата», «Дата отгрузки»');
    expect(thrown(() => findHeaderRow(grid, { amount: 'Z' })).key).toBe('table.error.columnNotFound');
    expect(thrown(() => findHeaderRow(grid, { amount: 7 })).key).toBe('table.error.columnNotFound');
  });
});
