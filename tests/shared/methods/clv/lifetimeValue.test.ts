import { describe, expect, it } from 'vitest';
import { clvFieldsForClient, lifetimeValue, MIN_REPEAT_CUSTOMERS, type ClvOptions, type ClvTable } from '../../../../shared/methods/clv/lifetimeValue';
import { DEFAULT_OPTIONS } from '../../../../shared/pipeline/options';
import { render } from '../../../../shared/i18n/translate';
import { LANGS } from '../../../../shared/i18n/lang';
import { ClientValueError } from '../../../../shared/errors';
import { dayFromYmd } from '../../../../shared/table/dates';
import { CDNOW_CALIBRATION_END, readCdnowSample } from './cdnow';

const cdnow: ClvTable = readCdnowSample();
const weekly: ClvOptions = { ...DEFAULT_OPTIONS.clv, timeUnit: 'week', calibrationEnd: CDNOW_CALIBRATION_END };

function expectRenderable(messages: readonly { key: string }[]) {
  for (const message of messages) {
    for (const lang of LANGS) {
      const text = render(lang, message as Parameters<typeof render>[1]);
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/\{\w+\}/);
    }
  }
}

describe('lifetimeValue on CDNOW', () => {
  const undiscounted = lifetimeValue(cdnow, { ...weekly, horizon: 39, annualDiscountRate: 0 }, null);

  it('fits both models and reports the parameters, the time unit and the horizon', () => {
    const { summary } = undiscounted;
    expect(summary.status).toBe('ok');
    expect(summary.timeUnit).toBe('week');
    expect(summary.horizon).toBe(39);
    expect(summary.calibrationEnd).toBe(CDNOW_CALIBRATION_END);
    expect(summary.clients).toBe(2357);
    expect(summary.repeatCustomers).toBe(946);
    expect(summary.bgnbd!.r).toBeCloseTo(0.243, 3);
    expect(summary.gammaGamma!.p).toBeCloseTo(6.25, 2);
    expect(summary.recencyDefinition).toBe('ageAtLastPurchase');
    expect(summary.notes.map((note) => note.key)).toContain('clv.note.recency');
    expect(summary.warnings).toEqual([]);
    expectRenderable(summary.notes);
  });

  it('gives client 1 (x = 2, t_x = 30.43, T = 38.86) 1.226 expected purchases in 39 weeks', () => {
    const { perClient } = undiscounted;
    expect(perClient.frequency[0]).toBe(2);
    expect(Math.abs(perClient.expectedPurchases[0] - 1.226)).toBeLessThanOrEqual(0.001);
    expect(perClient.pAlive[0]).toBeGreaterThan(0);
    expect(perClient.pAlive[0]).toBeLessThan(1);
  });

  it('without discounting, CLV = expected purchases × expected spend for every client', () => {
    const { perClient } = undiscounted;
    for (let c = 0; c < cdnow.clients.length; c++) {
      expect(perClient.clv[c]).toBeCloseTo(perClient.expectedPurchases[c] * perClient.expectedSpend[c], 8);
    }
  });

  it('discounting at 10 % a year lowers every CLV, by less than 10 % over 39 weeks', () => {
    const discounted = lifetimeValue(cdnow, { ...weekly, horizon: 39, annualDiscountRate: 0.1 }, null);
    expect(discounted.summary.periodDiscountRate).toBeCloseTo(Math.pow(1.1, 7 / 365.25) - 1, 15);
    for (let c = 0; c < cdnow.clients.length; c++) {
      expect(discounted.perClient.clv[c]).toBeLessThan(undiscounted.perClient.clv[c]);
      expect(discounted.perClient.clv[c]).toBeGreaterThan(undiscounted.perClient.clv[c] * 0.9);
    }
  });

  it('uses the as-of date as the calibration end when none is given, and leaves later first buyers out', () => {
    const asOf = dayFromYmd(1997, 2, 15);
    const result = lifetimeValue(cdnow, { ...weekly, calibrationEnd: null }, asOf);
    expect(result.summary.calibrationEnd).toBe(asOf);
    expect(result.summary.clients).toBeLessThan(2357);
    const excluded = result.perClient.frequency.findIndex(Number.isNaN);
    expect(excluded).toBeGreaterThanOrEqual(0);
    expect(result.perClient.clv[excluded]).toBeNaN();
    expect(result.summary.notes.map((note) => note.key)).toContain('clv.note.excludedClients');
    expectRenderable(result.summary.notes);
  });

  it('works in days and in months too (a month is 365.25 / 12 days)', () => {
    const daily = lifetimeValue(cdnow, { ...weekly, timeUnit: 'day', horizon: 273 }, null);
    const monthly = lifetimeValue(cdnow, { ...weekly, timeUnit: 'month', horizon: 9 }, null);
    expect(daily.summary.status).toBe('ok');
    expect(monthly.summary.status).toBe('ok');
    expect(monthly.summary.notes.map((note) => note.key)).toContain('clv.note.monthUnit');
    // Same model in another unit: α scales with the unit, r, a, b do not.
    expect(daily.summary.bgnbd!.alpha / 7).toBeCloseTo(undiscounted.summary.bgnbd!.alpha, 1);
    expect(daily.summary.bgnbd!.r).toBeCloseTo(undiscounted.summary.bgnbd!.r, 2);
  });
});

describe('lifetimeValue when the data cannot support the models', () => {
  // Three clients, one repeat customer: far below MIN_REPEAT_CUSTOMERS.
  const small: ClvTable = {
    client: Int32Array.from([0, 0, 1, 2]),
    day: Float64Array.from([0, 10, 5, 8]),
    amount: Float64Array.from([100, 50, 70, 20]),
    clients: [{ name: 'Alpha' }, { name: 'Beta' }, { name: 'Gamma' }],
  };

  it('reports too few repeat customers with what to do, and no numbers', () => {
    const result = lifetimeValue(small, { ...weekly, calibrationEnd: null }, null);
    expect(MIN_REPEAT_CUSTOMERS).toBe(10);
    expect(result.summary.status).toBe('tooFewRepeatCustomers');
    expect(result.summary.calibrationEnd).toBe(10);
    expect(result.summary.warnings.map((warning) => warning.code)).toEqual(['clvTooFewRepeatCustomers']);
    expect(render('en', result.summary.warnings[0].message)).toContain('Only 1 clients');
    expectRenderable(result.summary.warnings.map((warning) => warning.message));
    expect(Array.from(result.perClient.pAlive).every(Number.isNaN)).toBe(true);
    expect(Array.from(result.perClient.clv).every(Number.isNaN)).toBe(true);
    expect(Array.from(result.perClient.frequency)).toEqual([1, 0, 0]);
    expect(clvFieldsForClient(result.perClient, 0)).toEqual({
      repeatFrequency: 1, repeatRecency: 10 / 7, age: 10 / 7, pAlive: null,
      expectedPurchases: null, expectedSpend: null, clv: null,
    });
  });

  it('reports a sheet without dates', () => {
    const undated = { ...small, day: new Float64Array(4).fill(NaN) };
    const result = lifetimeValue(undated, { ...weekly, calibrationEnd: null }, null);
    expect(result.summary.status).toBe('noDates');
    expect(result.summary.warnings[0].message.key).toBe('clv.error.noDates');
  });

  it('keeps the purchase predictions but no CLV when a repeat customer has no positive spend', () => {
    const amount = Float64Array.from(cdnow.amount);
    // Client 1 (sample id 1) bought on 1997-01-01, 01-18 and 08-02: zero the repeat purchases.
    for (let row = 0; row < amount.length; row++) {
      if (cdnow.client[row] === 0 && cdnow.day[row] > dayFromYmd(1997, 1, 1)) amount[row] = 0;
    }
    const result = lifetimeValue({ ...cdnow, amount }, weekly, null);
    expect(result.summary.status).toBe('spendModelRefused');
    expect(result.summary.warnings.map((warning) => warning.code)).toEqual(['clvNonPositiveSpend', 'clvSpendModelRefused']);
    expect(render('en', result.summary.warnings[0].message)).toContain('Client 1 ');
    expectRenderable(result.summary.warnings.map((warning) => warning.message));
    expect(result.summary.bgnbd!.converged).toBe(true);
    expect(result.perClient.pAlive[0]).toBeGreaterThan(0);
    expect(result.perClient.clv[0]).toBeNaN();
  });

  it('reports a purchase model that cannot be fitted (everyone buys weekly, nobody ever stops)', () => {
    const rows: [number, number, number][] = [];
    for (let c = 0; c < 30; c++) for (let day = c; day <= 364; day += 7) rows.push([c, day, 10 + c]);
    const regular: ClvTable = {
      client: Int32Array.from(rows, (row) => row[0]),
      day: Float64Array.from(rows, (row) => row[1]),
      amount: Float64Array.from(rows, (row) => row[2]),
      clients: Array.from({ length: 30 }, (_, c) => ({ name: `Client ${c + 1}` })),
    };
    const result = lifetimeValue(regular, { ...weekly, calibrationEnd: null }, null);
    expect(result.summary.status).toBe('purchaseModelFailed');
    expect(result.summary.bgnbd!.converged).toBe(false);
    expect(result.summary.warnings.map((warning) => warning.code)).toEqual(['clvPurchaseModelFailed']);
    expectRenderable(result.summary.warnings.map((warning) => warning.message));
    expect(Array.from(result.perClient.pAlive).every(Number.isNaN)).toBe(true);
    expect(Array.from(result.perClient.clv).every(Number.isNaN)).toBe(true);
    expect(result.perClient.frequency[0]).toBe(52);
  });

  it('refuses options it cannot use', () => {
    expect(() => lifetimeValue(small, { ...weekly, horizon: 0 }, null)).toThrow(ClientValueError);
    expect(() => lifetimeValue(small, { ...weekly, horizon: 2.5 }, null)).toThrow(ClientValueError);
    expect(() => lifetimeValue(small, { ...weekly, annualDiscountRate: -0.1 }, null)).toThrow(ClientValueError);
    expect(() => lifetimeValue(small, { ...weekly, penalty: NaN }, null)).toThrow(ClientValueError);
    expect(() => lifetimeValue(small, { ...weekly, timeUnit: 'year' as 'week' }, null)).toThrow(ClientValueError);
  });
});

describe('lifetimeValue with a penalty', () => {
  it('shrinks the parameters towards 0, as in lifetimes', () => {
    const plain = lifetimeValue(cdnow, weekly, null).summary.bgnbd!;
    const penalised = lifetimeValue(cdnow, { ...weekly, penalty: 0.01 }, null).summary.bgnbd!;
    expect(penalised.converged).toBe(true);
    expect(penalised.alpha).toBeLessThan(plain.alpha);
    expect(penalised.logLikelihood).toBeLessThan(plain.logLikelihood);
  });
});
