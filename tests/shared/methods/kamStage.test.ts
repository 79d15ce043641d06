import { describe, expect, it } from 'vitest';
import { isEarlyStage, KAM_RULES, suggestKamStage, type KamEvidence } from '../../../shared/methods/kamStage';

/** A class-A client buying every month for three years from a broad range: synergistic. */
const steady: KamEvidence = {
  periodsActive: 3, activeInLastPeriod: true, orders: 36, abcClass: 'A',
  keyClientStatus: 'stable', relationshipMonths: 36, mayPredateData: false, monthsActiveOfLast12: 12, products: 40, broadAssortmentLimit: 25,
};

describe('suggested KAM stage (METHODS.md section 8, rules in shared/methods/kamStage.ts)', () => {
  it('1. uncoupling: no sale in the last period, or a key client lost or declining', () => {
    expect(suggestKamStage({ ...steady, activeInLastPeriod: false })).toBe('uncoupling KAM');
    expect(suggestKamStage({ ...steady, keyClientStatus: 'declining' })).toBe('uncoupling KAM');
    expect(suggestKamStage({ ...steady, keyClientStatus: 'lost' })).toBe('uncoupling KAM');
  });
  it('2. pre-KAM: first purchase within the last 3 months (calendar months, the as-of month counted)', () => {
    expect(KAM_RULES.preKamMaxMonths).toBe(3);
    const newcomer = { ...steady, periodsActive: 1, orders: 2, relationshipMonths: 1, monthsActiveOfLast12: 1 };
    expect(suggestKamStage(newcomer)).toBe('pre-KAM');
    expect(suggestKamStage({ ...newcomer, relationshipMonths: 3, orders: 6 })).toBe('pre-KAM'); // many orders, still new
    expect(suggestKamStage({ ...newcomer, relationshipMonths: 4 })).toBe('early KAM');
  });
  it('2. pre-KAM does not depend on the period grain: 12 months of buying in one yearly period is not pre-KAM', () => {
    // Two years of data, yearly periods: first sale in January of the last year, one period active.
    expect(suggestKamStage({ ...steady, periodsActive: 1, orders: 12, relationshipMonths: 12, monthsActiveOfLast12: 12, abcClass: 'B' })).toBe('mid-KAM');
  });
  it('3. early KAM: a relationship of under 12 months, or fewer than 4 orders', () => {
    expect(KAM_RULES.earlyMinRelationshipMonths).toBe(12);
    expect(KAM_RULES.earlyMinOrders).toBe(4);
    expect(suggestKamStage({ ...steady, relationshipMonths: 11, orders: 30 })).toBe('early KAM');
    expect(suggestKamStage({ ...steady, relationshipMonths: 12, orders: 30, abcClass: 'B' })).toBe('mid-KAM');
    expect(suggestKamStage({ ...steady, orders: 3 })).toBe('early KAM');
    expect(suggestKamStage({ ...steady, orders: KAM_RULES.earlyMinOrders })).toBe('synergistic KAM');
  });
  it('3. early KAM does not depend on the period grain: two yearly periods of steady buying are not early', () => {
    // Under the old rule "active in at most 2 periods" every client of a two-year sheet was early.
    expect(suggestKamStage({ ...steady, periodsActive: 2, relationshipMonths: 24 })).toBe('synergistic KAM');
    expect(suggestKamStage({ ...steady, periodsActive: 2, relationshipMonths: 18, abcClass: 'B' })).toBe('mid-KAM');
  });
  it('2, 3. a client buying since the data\'s first month may be older than the sheet: no pre-KAM or early KAM by months', () => {
    // A six-month sheet: every client's relationship looks at most 6 months long.
    const fromStart = { ...steady, abcClass: 'B' as const, orders: 12, relationshipMonths: 6, monthsActiveOfLast12: 6, mayPredateData: true };
    expect(suggestKamStage(fromStart)).toBe('mid-KAM');
    expect(suggestKamStage({ ...fromStart, relationshipMonths: 2 })).toBe('mid-KAM');
    expect(suggestKamStage({ ...fromStart, orders: 3 })).toBe('early KAM'); // the order rule still applies
    expect(suggestKamStage({ ...fromStart, mayPredateData: false })).toBe('early KAM');
  });
  it('4. synergistic: A, 24+ months, every one of the last 12 months, broad assortment', () => {
    expect(suggestKamStage(steady)).toBe('synergistic KAM');
    expect(suggestKamStage({ ...steady, products: 25 })).toBe('synergistic KAM'); // at the limit
    expect(suggestKamStage({ ...steady, monthsActiveOfLast12: 11 })).toBe('partnership KAM');
  });
  it('5. partnership: A, 24+ months, 6+ of the last 12 months (narrower range or fewer months)', () => {
    expect(suggestKamStage({ ...steady, products: 10 })).toBe('partnership KAM');
    expect(suggestKamStage({ ...steady, monthsActiveOfLast12: 9 })).toBe('partnership KAM');
    expect(suggestKamStage({ ...steady, monthsActiveOfLast12: 6 })).toBe('partnership KAM');
    expect(suggestKamStage({ ...steady, products: null, broadAssortmentLimit: null })).toBe('partnership KAM');
  });
  it('6. mid-KAM: everyone else still buying', () => {
    expect(suggestKamStage({ ...steady, abcClass: 'B' })).toBe('mid-KAM');
    expect(suggestKamStage({ ...steady, relationshipMonths: 23 })).toBe('mid-KAM');
    expect(suggestKamStage({ ...steady, monthsActiveOfLast12: 5 })).toBe('mid-KAM');
  });
  it('no suggestion for a client that never bought', () => {
    expect(suggestKamStage({ ...steady, periodsActive: 0, activeInLastPeriod: false })).toBeNull();
  });
  it('reads a manager\'s "early" stage in any of the three languages', () => {
    expect(['early KAM', 'Early', 'Начальный этап', 'початковий'].map(isEarlyStage)).toEqual([true, true, true, true]);
    expect(['mid-KAM', 'партнерство', null].map(isEarlyStage)).toEqual([false, false, false]);
  });
});
