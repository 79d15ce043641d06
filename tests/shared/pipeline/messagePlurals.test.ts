/**
 * Numbers and the words they govern agree in every language (shared/i18n/messages/methods.ts and
 * history.ts use `{count|one|other}` in English, `{count|one|few|many}` in Russian and Ukrainian).
 * Each sentence is rendered with 1, 2 (or 3), 5 and 21, the four cases of the Slavic rules.
 */
import { describe, expect, it } from 'vitest';
import { t, type MessageKey, type MessageParams } from '../../../shared/i18n/translate';
import type { Lang } from '../../../shared/i18n/lang';

const say = (lang: Lang, key: MessageKey, params: MessageParams) => t(lang, key, params);

describe('sentences with a count agree with it', () => {
  it('rows dated after the analysis date', () => {
    const key = 'methods.warning.rowsAfterAsOf';
    const asOf = '2025-06-30';
    expect(say('en', key, { rows: 1, asOf })).toBe('1 row dated after the analysis date 2025-06-30 was left out of the analysis.');
    expect(say('en', key, { rows: 3, asOf })).toBe('3 rows dated after the analysis date 2025-06-30 were left out of the analysis.');
    expect([1, 3, 5, 21].map((rows) => say('ru', key, { rows, asOf }).split(' с датой')[0] + say('ru', key, { rows, asOf }).split(asOf)[1])).toEqual([
      '1 строка не вошла в анализ.', '3 строки не вошли в анализ.', '5 строк не вошли в анализ.', '21 строка не вошла в анализ.',
    ]);
    expect([1, 3, 5, 21].map((rows) => say('uk', key, { rows, asOf }).split(' з датою')[0] + say('uk', key, { rows, asOf }).split(asOf)[1])).toEqual([
      '1 рядок не увійшов до аналізу.', '3 рядки не увійшли до аналізу.', '5 рядків не увійшли до аналізу.', '21 рядок не увійшов до аналізу.',
    ]);
  });

  it('"Top N of M clients" (from M: genitive) in the CLI report and the CLV report', () => {
    expect(say('en', 'cli.report.top', { count: 1, total: 1, measure: 'turnover' })).toBe('Top 1 of 1 client by turnover');
    expect(say('en', 'cli.report.clvTop', { count: 3, total: 21, measure: '' })).toBe('Top 3 of 21 clients by CLV');
    expect(say('ru', 'cli.report.top', { count: 1, total: 21, measure: 'оборот' })).toBe('Первый 1 из 21 клиента по показателю «оборот»');
    expect(say('ru', 'cli.report.top', { count: 20, total: 121, measure: 'оборот' })).toBe('Первые 20 из 121 клиента по показателю «оборот»');
    expect(say('ru', 'cli.report.clvTop', { count: 10, total: 2357 })).toBe('Первые 10 из 2357 клиентов по CLV');
    expect(say('uk', 'cli.report.top', { count: 1, total: 3, measure: 'оборот' })).toBe('Перший 1 з 3 клієнтів за показником «оборот»');
    expect(say('uk', 'cli.report.clvTop', { count: 5, total: 31 })).toBe('Перші 5 з 31 клієнта за CLV');
  });

  it('client counts in the CLI report', () => {
    expect(say('en', 'cli.report.rows', { used: 1, skipped: 0, clients: 1, turnover: 5, returns: 0 })).toBe('1 row used, 0 skipped; 1 client; turnover 5, returns 0');
    expect(say('en', 'cli.clv.rows', { used: 2, skipped: 1, clients: 2 })).toBe('2 rows used, 1 skipped; 2 clients');
    expect([1, 2, 5, 21].map((count) => say('ru', 'cli.report.unclassified', { count }).split(': ')[1]))
      .toEqual(['1 клиент.', '2 клиента.', '5 клиентов.', '21 клиент.']);
    expect([1, 2, 5, 21].map((count) => say('uk', 'cli.report.zeroOrNegative', { count, measure: 'оборот' }).split(': ')[1]))
      .toEqual(['1 клієнт.', '2 клієнти.', '5 клієнтів.', '21 клієнт.']);
    expect(say('en', 'cli.report.zeroOrNegative', { count: 1, measure: 'turnover' })).toBe('In class C because their turnover is zero or negative: 1 client.');
    expect(say('ru', 'cli.report.clvTotal', { clients: 21, total: '100' })).toBe('Суммарная CLV 21 клиента: 100');
    expect(say('uk', 'cli.report.clvTotal', { clients: 2, total: '100' })).toBe('Сумарна CLV 2 клієнтів: 100');
    const setup = { calibrationEnd: '2025-12-31', timeUnit: 'week', horizon: 52, rate: '10 %' };
    expect(say('en', 'cli.report.clvSetup', { ...setup, clients: 1, repeat: 1 })).toMatch(/; 1 client modelled, 1 bought more than once\.$/);
    expect(say('ru', 'cli.report.clvSetup', { ...setup, clients: 21, repeat: 1 })).toMatch(/в модели 21 клиент, 1 покупал больше одного раза\.$/);
    expect(say('uk', 'cli.report.clvSetup', { ...setup, clients: 5, repeat: 3 })).toMatch(/у моделі 5 клієнтів, 3 купували більше одного разу\.$/);
  });

  it('churn: "L of P clients of the previous year did not buy again"', () => {
    const params = { period: '2025', churn: 25, norm: 10 };
    expect(say('en', 'history.warning.churnAboveNorm', { ...params, lost: 1, previous: 1 })).toContain('(1 of 1 client of the previous year did not buy again)');
    expect(say('ru', 'history.warning.churnAboveNorm', { ...params, lost: 1, previous: 4 })).toContain('(1 из 4 клиентов прошлого года не купил снова)');
    expect(say('ru', 'history.warning.churnAboveNorm', { ...params, lost: 5, previous: 21 })).toContain('(5 из 21 клиента прошлого года не купили снова)');
    expect(say('uk', 'history.warning.churnAboveNormAnnualised', { ...params, yearly: 40, lost: 21, previous: 84 }))
      .toContain('(21 з 84 клієнтів минулого періоду не купив знову)');
  });

  it('full years of sales', () => {
    const asOf = '2025-06-30';
    expect(say('en', 'history.warning.fewFullYears', { years: 1, asOf })).toMatch(/hold 1 full year\.$/);
    expect(say('en', 'history.warning.fewFullYears', { years: 0, asOf })).toMatch(/hold 0 full years\.$/);
    expect(say('ru', 'history.warning.fewFullYears', { years: 1, asOf })).toMatch(/содержат 1 полный год\.$/);
    expect(say('ru', 'history.warning.fewFullYears', { years: 0, asOf })).toMatch(/содержат 0 полных лет\.$/);
    expect(say('uk', 'history.warning.fewFullYears', { years: 1, asOf })).toMatch(/містять 1 повний рік\.$/);
  });
});
