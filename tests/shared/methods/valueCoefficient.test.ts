import { describe, expect, it } from 'vitest';
import {
  parsePaymentCategory, parseRegularityCategory, paymentCategoryForLateness, paymentDiscipline,
  regularityCoefficient, regularityCoefficients, valueCoefficient,
} from '../../../shared/methods/valueCoefficient';
import { aggregateClients } from '../../../shared/methods/clientTable';
import { DEFAULT_OPTIONS } from '../../../shared/pipeline/options';
import { dayFromIso } from '../../../shared/table/dates';
import { handTable, type HandSale } from '../pipeline/handTable';

const { payment, regularity } = DEFAULT_OPTIONS;
const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe('the seed article\'s worked example: 50 mln, deferral never late, monthly → Kc 45', () => {
  it('through the formula', () => {
    expect(valueCoefficient(50, 1, 0.9)).toBe(45);
  });

  it('through data: ten monthly sales of 5 mln, each paid on its due date 30 days later', () => {
    const sales: HandSale[] = Array.from({ length: 10 }, (_, i) => {
      const day = dayFromIso(`2024-${String(i + 1).padStart(2, '0')}-15`);
      return { client: 'ООО «Ромашка»', date: iso(day), amount: 5_000_000, due: iso(day + 30), paid: iso(day + 30 - (i % 3)) };
    });
    const table = handTable(sales);
    const totals = aggregateClients(table);
    const kp = paymentDiscipline(table, totals.byClient, dayFromIso('2024-12-31'), payment);
    const kf = regularityCoefficients(totals.medianOrderInterval, regularity);
    expect(totals.turnover[0]).toBe(50_000_000);
    expect(kp.basis[0]).toBe('data');
    expect(kp.averageDaysLate[0]).toBe(0);
    expect(kp.coefficient[0]).toBe(1);
    expect(totals.medianOrderInterval[0]).toBeGreaterThanOrEqual(28);
    expect(kf[0]).toBe(0.9);
    expect(valueCoefficient(totals.turnover[0] / 1e6, kp.coefficient[0], kf[0])).toBe(45);
  });
});

describe('Kp from due and paid dates', () => {
  const asOf = dayFromIso('2024-06-30');
  const kpOf = (sales: HandSale[]) => {
    const table = handTable(sales);
    const { byClient } = aggregateClients(table);
    return paymentDiscipline(table, byClient, asOf, payment);
  };

  it('all paid on or before the sale day → prepayment 1.1', () => {
    const kp = kpOf([
      { client: 'a', date: '2024-01-10', amount: 10, paid: '2024-01-05', due: '2024-01-10' },
      { client: 'a', date: '2024-02-10', amount: 10, paid: '2024-02-10', due: '2024-02-10' },
    ]);
    expect([kp.coefficient[0], kp.basis[0]]).toEqual([1.1, 'data']);
  });

  it('late 10 and 20 days: average 15 → late short 0.8; 10 and 22 → average 16 → late long 0.6', () => {
    const short = kpOf([
      { client: 'a', date: '2024-01-01', amount: 10, due: '2024-01-31', paid: '2024-02-10' },
      { client: 'a', date: '2024-02-01', amount: 10, due: '2024-03-01', paid: '2024-03-21' },
    ]);
    expect(short.averageDaysLate[0]).toBe(15);
    expect(short.coefficient[0]).toBe(0.8);
    const long = kpOf([
      { client: 'a', date: '2024-01-01', amount: 10, due: '2024-01-31', paid: '2024-02-10' },
      { client: 'a', date: '2024-02-01', amount: 10, due: '2024-03-01', paid: '2024-03-23' },
    ]);
    expect(long.averageDaysLate[0]).toBe(16);
    expect(long.coefficient[0]).toBe(0.6);
  });

  it('an unpaid sale past its due date counts as late up to the as-of day', () => {
    const kp = kpOf([
      { client: 'a', date: '2024-05-01', amount: 10, due: '2024-06-10' }, // 20 days late on 30 June
      { client: 'a', date: '2024-06-20', amount: 10, due: '2024-07-20' }, // not due yet: 0
    ]);
    expect(kp.averageDaysLate[0]).toBe(10);
    expect(kp.coefficient[0]).toBe(0.8);
  });

  it('without dates: the paymentCoefficient column (last value), else 1.0 by default', () => {
    const kp = kpOf([
      { client: 'a', date: '2024-01-01', amount: 10, kp: 0.8 },
      { client: 'a', date: '2024-02-01', amount: 10, kp: 0.6 },
      { client: 'b', date: '2024-02-01', amount: 10 },
    ]);
    expect([kp.coefficient[0], kp.basis[0]]).toEqual([0.6, 'column']);
    expect([kp.coefficient[1], kp.basis[1]]).toEqual([1, 'default']);
  });

  it('the lateness categories follow the table', () => {
    expect(paymentCategoryForLateness(0)).toBe('onTime');
    expect(paymentCategoryForLateness(15)).toBe('lateShort');
    expect(paymentCategoryForLateness(15.5)).toBe('lateLong');
    expect(paymentCategoryForLateness(20, { ...payment, lateDaysLimit: 30 })).toBe('lateShort');
  });
});

describe('Kf by the median interval', () => {
  it('weekly ≤ 10 days, monthly ≤ 40, quarterly ≤ 100, else or single order rare', () => {
    expect([7, 10, 10.5, 40, 41, 100, 101].map((d) => regularityCoefficient(d))).toEqual([1, 1, 0.9, 0.9, 0.7, 0.7, 0.5]);
    expect(regularityCoefficient(null)).toBe(0.5);
  });
});

describe('category names typed by users', () => {
  it('payment, in English, Russian and Ukrainian', () => {
    expect(['Prepayment', 'предоплата', 'Передоплата'].map(parsePaymentCategory)).toEqual(['prepayment', 'prepayment', 'prepayment']);
    expect(['deferral', 'On time', 'отсрочка', 'відстрочка'].map(parsePaymentCategory)).toEqual(['onTime', 'onTime', 'onTime', 'onTime']);
    expect(['late more than 15 days', 'просрочка более 15 дней', 'прострочка понад 15 днів'].map(parsePaymentCategory))
      .toEqual(['lateLong', 'lateLong', 'lateLong']);
    expect(parsePaymentCategory('late up to 15 days')).toBe('lateShort');
    expect(parsePaymentCategory('sometimes')).toBeNull();
  });
  it('regularity, in English, Russian and Ukrainian', () => {
    expect(['Weekly', 'еженедельно', 'щотижня'].map(parseRegularityCategory)).toEqual(['weekly', 'weekly', 'weekly']);
    expect(['monthly', ' Ежемесячно ', 'щомісяця'].map(parseRegularityCategory)).toEqual(['monthly', 'monthly', 'monthly']);
    expect(['quarterly', 'ежеквартально', 'щокварталу'].map(parseRegularityCategory)).toEqual(['quarterly', 'quarterly', 'quarterly']);
    expect(['rare', 'редко', 'рідко'].map(parseRegularityCategory)).toEqual(['rare', 'rare', 'rare']);
    expect(parseRegularityCategory('daily')).toBeNull();
  });
});
