import { describe, expect, it } from 'vitest';
import { isEarlyStage, KAM_RULES, suggestKamStage, type KamEvidence } from '../../../shared/methods/kamStage';

/** A class-A client buying every month for three years from a broad range: synergistic. */
const steady: KamEvidence = {
  periodsActive: 3, activeInLastPeriod: true, firstSaleInLastPeriod: false, orders: 36, abcClass: 'A',
  keyClientStatus: 'stable', relationshipMonths: 36, monthsActiveOfLast12: 12, products: 40, broadAssortmentLimit: 25,
};

describe('suggested KAM stage (METHODS.md section 8, rules in shared/methods/kamStage.ts)', () => {
  it('1. uncoupling: no sale in the last period, or a key client lost or declining', () => {
    expect(suggestKamStage({ ...steady, activeInLastPeriod: false })).toBe('uncoupling KAM');
    expect(suggestKamStage({ ...steady, keyClientStatus: 'declining' })).toBe('uncoupling KAM');
    expect(suggestKamStage({ ...steady, keyClientStatus: 'lost' })).toBe('uncoupling KAM');
  });
  it('2. pre-KAM: first purchase in the last period', () => {
    expect(suggestKamStage({ ...steady, firstSaleInLastPeriod: true, periodsActive: 1, orders: 2 })).toBe('pre-KAM');
  });
  it('3. early KAM: active in at most 2 periods, or fewer than 4 orders', () => {
    expect(suggestKamStage({ ...steady, periodsActive: 2 })).toBe('early KAM');
    expect(suggestKamStage({ ...steady, orders: 3 })).toBe('early KAM');
    expect(suggestKamStage({ ...steady, orders: KAM_RULES.earlyMinOrders })).toBe('synergistic KAM');
  });
  it('4. synergistic: A, 24+ months, 10+ of the last 12 months, broad assortment', () => {
    expect(suggestKamStage(steady)).toBe('synergistic KAM');
    expect(suggestKamStage({ ...steady, monthsActiveOfLast12: 10 })).toBe('synergistic KAM');
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
