import { describe, expect, it } from 'vitest';
import { readSales } from '../../../shared/table/readSales';
import { CHURN_REASON_REFERENCE, churnReasonBreakdown } from '../../../shared/methods/churnReasons';
import { render } from '../../../shared/i18n/translate';

describe('churn reasons (METHODS.md section 2; seed 003)', () => {
  /*
   * Lost clients B, C, D, E (flags below); A is still buying.
   * B: "Price" then later "Service" → its latest reason, Service.  C: "service" (same label, folded).
   * D: "Price".  E: no reason.  A has a reason but is not lost, so it is not counted.
   * → Service 2 of 3 stated (0.667), Price 1 (0.333); 1 without a reason.
   */
  const { table } = readSales([
    ['Client', 'Date', 'Amount', 'Churn reason'],
    ['A', '2023-01-01', 10, 'Price'],
    ['B', '2023-01-01', 10, 'Price'], ['B', '2023-06-01', 10, 'Service'],
    ['C', '2023-01-01', 10, 'service'],
    ['D', '2023-01-01', 10, 'Price'],
    ['E', '2023-01-01', 10, ''],
  ]);
  const lost = [false, true, true, true, true];

  it('groups the lost clients by the reason on their latest row', () => {
    const breakdown = churnReasonBreakdown(table, lost)!;
    expect(breakdown.lostClients).toBe(4);
    expect(breakdown.withoutReason).toBe(1);
    expect(breakdown.reasons.map((r) => [r.reason, r.clients])).toEqual([['Service', 2], ['Price', 1]]);
    expect(breakdown.reasons[0].share).toBeCloseTo(2 / 3, 12);
  });

  it('is null without a reason column', () => {
    const { table: plain } = readSales([['Client', 'Amount'], ['A', 1]]);
    expect(churnReasonBreakdown(plain, [true])).toBeNull();
  });

  it('carries the article\'s reference shares, labelled in three languages, summing to 100 %', () => {
    expect(CHURN_REASON_REFERENCE.map((r) => r.share)).toEqual([0.03, 0.05, 0.10, 0.14, 0.68]);
    expect(CHURN_REASON_REFERENCE.reduce((a, r) => a + r.share, 0)).toBeCloseTo(1, 12);
    expect(render('uk', { key: CHURN_REASON_REFERENCE[4].key })).toBe('Байдуже або неадекватне ставлення персоналу та керівництва');
    expect(render('en', { key: CHURN_REASON_REFERENCE[2].key })).toContain('price');
  });
});
