import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clvFieldsForClient, lifetimeValue, MIN_REPEAT_CUSTOMERS, type ClvOptions, type ClvTable } from '../../../../shared/methods/clv/lifetimeValue';
import { DEFAULT_OPTIONS } from '../../../../shared/pipeline/options';
import { render } from '../../../../shared/i18n/translate';
import { LANGS } from '../../../../shared/i18n/lang';
import { ClientValueError } from '../../../../shared/errors';
import { dayFromYmd } from '../../../../shared/table/dates';
import { CDNOW_CALIBRATION_END, readCdnowSample } from './cdnow';
import { mulberry32 } from '../../../../shared/methods/clv/simulateBgNbd';

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
    expect(render('en', result.summary.warnings[0].message)).toContain('Only 1 client bought more than once');
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

  it('leaves a repeat customer with no positive spend out of the spend model, names them, and values the others', () => {
    const amount = Float64Array.from(cdnow.amount);
    // Client 1 (sample id 1) bought on 1997-01-01, 01-18 and 08-02: zero the repeat purchases.
    for (let row = 0; row < amount.length; row++) {
      if (cdnow.client[row] === 0 && cdnow.day[row] > dayFromYmd(1997, 1, 1)) amount[row] = 0;
    }
    const result = lifetimeValue({ ...cdnow, amount }, weekly, null);
    const plain = lifetimeValue(cdnow, weekly, null);
    expect(result.summary.status).toBe('ok');
    expect(result.summary.warnings.map((warning) => warning.code)).toEqual(['clvNonPositiveSpend']);
    expect(render('en', result.summary.warnings[0].message)).toContain('1 repeat customer has a zero or negative mean repeat spend');
    expect(render('en', result.summary.warnings[0].message)).toContain(': 1 (0).');
    expect(render('ru', result.summary.warnings[0].message)).toContain('1 повторный покупатель имеет');
    expectRenderable(result.summary.warnings.map((warning) => warning.message));
    // Client 1 keeps its purchase predictions but gets no spend nor CLV.
    expect(result.perClient.pAlive[0]).toBe(plain.perClient.pAlive[0]);
    expect(result.perClient.expectedPurchases[0]).toBe(plain.perClient.expectedPurchases[0]);
    expect(result.perClient.expectedSpend[0]).toBeNaN();
    expect(result.perClient.clv[0]).toBeNaN();
    // The spend model is fitted on the other 945 repeat customers, all of whom get a CLV.
    expect(result.summary.gammaGamma!.repeatCustomers).toBe(945);
    expect(result.summary.gammaGamma!.p).toBeCloseTo(plain.summary.gammaGamma!.p, 1);
    for (let c = 1; c < cdnow.clients.length; c++) expect(result.perClient.clv[c]).toBeGreaterThan(0);
  });

  /** CDNOW with the repeat purchases (up to the calibration end) of `clients` set to 0. */
  function zeroRepeatSpend(clients: readonly number[]): ClvTable {
    const firstDay = new Map<number, number>();
    for (let row = 0; row < cdnow.client.length; row++) {
      const client = cdnow.client[row];
      firstDay.set(client, Math.min(firstDay.get(client) ?? Infinity, cdnow.day[row]));
    }
    const spoilt = new Set(clients);
    const amount = Float64Array.from(cdnow.amount, (value, row) => {
      const client = cdnow.client[row];
      const repeat = cdnow.day[row] > firstDay.get(client)! && cdnow.day[row] <= CDNOW_CALIBRATION_END;
      return spoilt.has(client) && repeat ? 0 : value;
    });
    return { ...cdnow, amount };
  }
  const repeatCustomers = (() => {
    const frequency = lifetimeValue(cdnow, weekly, null).perClient.frequency;
    return Array.from(frequency.keys()).filter((c) => frequency[c] > 0);
  })();

  it('names the first five of many such clients, lowest mean spend first, with the count (plural forms in every language)', () => {
    // The 21 repeat customers among sample ids 1-60 bought nothing (0) on their repeat days.
    const spoilt = repeatCustomers.filter((c) => c < 60);
    expect(spoilt.length).toBe(21);
    const result = lifetimeValue(zeroRepeatSpend(spoilt), weekly, null);
    expect(result.summary.status).toBe('ok');
    const message = result.summary.warnings[0].message;
    expect(message.key).toBe('clv.warning.nonPositiveSpendClientsFirst');
    expect(message.params!.count).toBe(21);
    const named = spoilt.slice(0, 5).map((c) => `${c + 1} (0)`).join(', ');
    expect(render('en', message)).toContain('21 repeat customers have');
    expect(render('en', message)).toContain(`the first 5, lowest first, with the mean in brackets: ${named}.`);
    expect(render('ru', message)).toContain('21 повторный покупатель имеет');
    expect(render('uk', message)).toContain('21 повторний покупець має');
    expectRenderable([message]);
    expect(result.summary.gammaGamma!.repeatCustomers).toBe(946 - 21);
    for (const c of spoilt) expect(result.perClient.clv[c]).toBeNaN();
    for (const c of spoilt) expect(result.perClient.expectedPurchases[c]).toBeGreaterThan(0);
  });

  it('refuses the spend model when too few repeat customers are left, and says so', () => {
    // All but 9 of the 946 repeat customers spent nothing on their repeat days: 9 < 10 are left.
    const result = lifetimeValue(zeroRepeatSpend(repeatCustomers.slice(9)), weekly, null);
    expect(result.summary.status).toBe('spendModelRefused');
    expect(result.summary.warnings.map((warning) => warning.code)).toEqual(['clvNonPositiveSpend', 'clvSpendModelRefused']);
    expect(render('en', result.summary.warnings[1].message)).toContain('without the 937 clients above only 9 repeat customers are left');
    expect(render('ru', result.summary.warnings[1].message)).toContain('без 937 клиентов выше для модели расходов осталось только 9 повторных покупателей');
    expectRenderable(result.summary.warnings.map((warning) => warning.message));
    expect(result.summary.bgnbd!.converged).toBe(true);
    expect(result.perClient.pAlive[0]).toBeGreaterThan(0);
    expect(Array.from(result.perClient.clv).every(Number.isNaN)).toBe(true);
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
    expect(result.summary.bgnbd!.failure).toBe('boundary');
    expect(result.summary.bgnbd!.boundaryParameters).toContain('a');
    expect(result.summary.warnings.map((warning) => warning.code)).toEqual(['clvPurchaseModelFailed']);
    expect(result.summary.warnings[0].message.key).toBe('clv.warning.purchaseModelNoDropout');
    expect(render('en', result.summary.warnings[0].message)).toContain('nobody seems to have stopped buying by 1970-12-31');
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

describe('lifetimeValue does not depend on row order or client numbering', () => {
  /**
   * A small sales sheet over one year: 12-40 clients, each starting on a random day and buying at
   * their own weekly rate; in a no-churn sheet nobody stops (the BG/NBD fit then runs to a → 0 or
   * only just converges, where the verdict used to flip with the order of the clients), otherwise
   * each client may stop after any purchase. Whole amounts, so sums are exact in any order.
   */
  function randomSheet(seed: number, noChurn: boolean): ClvTable {
    const random = mulberry32(seed);
    const clientCount = 12 + Math.floor(random() * 29);
    const rows: [number, number, number][] = [];
    for (let c = 0; c < clientCount; c++) {
      const perWeek = 0.2 + 2 * random();
      const dropout = noChurn ? 0 : 0.3 * random();
      for (let day = Math.floor(random() * 300); day < 365; day += 1 + Math.floor(-Math.log(1 - random()) * 7 / perWeek)) {
        rows.push([c, day, 10 + Math.floor(random() * 90)]);
        if (random() < dropout) break;
      }
    }
    return {
      client: Int32Array.from(rows, (row) => row[0]),
      day: Float64Array.from(rows, (row) => row[1]),
      amount: Float64Array.from(rows, (row) => row[2]),
      clients: Array.from({ length: clientCount }, (_, c) => ({ name: `Client ${c + 1}` })),
    };
  }

  /** The same sheet with its rows shuffled and its clients renumbered; `relabel[c]` is c's new index. */
  function shuffled(table: ClvTable, seed: number): { table: ClvTable; relabel: number[] } {
    const random = mulberry32(seed);
    const shuffle = (values: number[]) => {
      for (let i = values.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [values[i], values[j]] = [values[j], values[i]];
      }
      return values;
    };
    const rows = shuffle(Array.from(table.client.keys()));
    const relabel = shuffle(Array.from(table.clients.keys()));
    const clients = new Array<{ name: string }>(table.clients.length);
    relabel.forEach((to, from) => { clients[to] = table.clients[from]; });
    return {
      table: {
        client: Int32Array.from(rows, (row) => relabel[table.client[row]]),
        day: Float64Array.from(rows, (row) => table.day[row]),
        amount: Float64Array.from(rows, (row) => table.amount[row]),
        clients,
      },
      relabel,
    };
  }

  const close = (u: number, v: number) => Math.abs(u - v) <= 1e-9 * Math.max(1, Math.abs(u)) || (Number.isNaN(u) && Number.isNaN(v));

  it('same verdict, parameters and per-client values after shuffling rows and renumbering clients', () => {
    const options = { ...weekly, calibrationEnd: 364 };
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.boolean(),
      (sheetSeed, shuffleSeed, noChurn) => {
        const sheet = randomSheet(sheetSeed, noChurn);
        const { table, relabel } = shuffled(sheet, shuffleSeed);
        const before = lifetimeValue(sheet, options, null);
        const after = lifetimeValue(table, options, null);
        expect(after.summary.status).toBe(before.summary.status);
        expect(after.summary.warnings.map((warning) => warning.message)).toEqual(before.summary.warnings.map((warning) => warning.message));
        for (const name of ['r', 'alpha', 'a', 'b', 'logLikelihood'] as const) {
          if (before.summary.bgnbd) expect(close(after.summary.bgnbd![name], before.summary.bgnbd[name])).toBe(true);
        }
        expect(after.summary.commonDropout === null).toBe(before.summary.commonDropout === null);
        for (const name of ['r', 'alpha', 'p', 'logLikelihood'] as const) {
          if (before.summary.commonDropout) expect(close(after.summary.commonDropout![name], before.summary.commonDropout[name])).toBe(true);
        }
        for (const name of ['p', 'q', 'gamma'] as const) {
          if (before.summary.gammaGamma) expect(close(after.summary.gammaGamma![name], before.summary.gammaGamma[name])).toBe(true);
        }
        for (let c = 0; c < sheet.clients.length; c++) {
          for (const column of ['pAlive', 'expectedPurchases', 'expectedSpend', 'clv'] as const) {
            expect(close(after.perClient[column][relabel[c]], before.perClient[column][c])).toBe(true);
          }
        }
      }), { numRuns: 150 });
  });
});
