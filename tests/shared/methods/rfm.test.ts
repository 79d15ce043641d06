import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import {
  quantileType7, quintileScores, RFM_SEGMENT_MESSAGES, OTHERS_SEGMENT, rfmPackageBreaks, rfmPackageScores, rfmScores, rfmSegment, segmentCounts,
} from '../../../shared/methods/rfm';
import { DEFAULT_RFM_SEGMENTS } from '../../../shared/pipeline/options';
import { dayFromIso } from '../../../shared/table/dates';
import { t } from '../../../shared/i18n/translate';

describe('quintile scores (default)', () => {
  it('splits ten distinct values into fifths', () => {
    expect([...quintileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], true)]).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    // Recency: fewer days since the last purchase is better.
    expect([...quintileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], false)]).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });
  it('keeps ties together at the quintile of their mid-rank: 1 + floor(5·(w + t/2)/n)', () => {
    // Ten clients (n = 10): the six one-order clients beat nobody (w = 0, t = 6) → 1 + floor(5·3/10) = 2
    // (the old rule, 1 + floor(5·w/n), gave them 1); the two with 2 orders: w = 6, t = 2 →
    // 1 + floor(5·7/10) = 4; 5 orders: w = 8, t = 1 → 1 + floor(4.25) = 5; 9 orders: w = 9 → 1 + floor(4.75) = 5.
    expect([...quintileScores([1, 1, 1, 1, 1, 1, 2, 2, 5, 9], true)]).toEqual([2, 2, 2, 2, 2, 2, 4, 4, 5, 5]);
  });
  it('gives an all-tied column the middle score 3 (w = 0, t = n → 1 + floor(2.5))', () => {
    // The old rule gave everyone 1 ("Lost" for all).
    expect([...quintileScores([7, 7, 7], true)]).toEqual([3, 3, 3]);
    expect([...quintileScores([0, 0, 0, 0, 0], false)]).toEqual([3, 3, 3, 3, 3]);
  });
  it('scores 70 of 100 clients who bought on the as-of day R = 4, not 2', () => {
    // Recency: 70 clients at 0 days, 30 at 10..39 days. For the 70: w = 30 (older last purchase),
    // t = 70 → 1 + floor(5·(30 + 35)/100) = 1 + floor(3.25) = 4. The old rule: 1 + floor(5·30/100) = 2.
    // The 30 others, distinct: the one at 10 days has w = 29, t = 1 → 1 + floor(5·29.5/100) = 2;
    // those at 11..39 days have w = 0..28 → 1 + floor(5·(w + 0.5)/100) = 1 (w ≤ 19) or 2 (w ≥ 20).
    const recency = [...Array.from({ length: 70 }, () => 0), ...Array.from({ length: 30 }, (_, k) => 10 + k)];
    const scores = [...quintileScores(recency, false)];
    expect(scores.slice(0, 70).every((s) => s === 4)).toBe(true);
    expect(scores[70]).toBe(2); // 10 days
    expect(scores.slice(71).filter((s) => s === 2).length).toBe(9); // w = 20..28: 11..19 days
    expect(scores.slice(71).filter((s) => s === 1).length).toBe(20); // w = 0..19: 20..39 days
    expect(scores[99]).toBe(1);
  });
  it('gives no score (0) to a missing value and leaves it out of the ranking', () => {
    expect([...quintileScores([NaN, 10, 20, 30, 40, 50], true)]).toEqual([0, 1, 2, 3, 4, 5]);
  });
  it('property: scores within 1..5, ties share a score, better never scores lower', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 60 }), fc.boolean(), (values, higher) => {
      const scores = quintileScores(values, higher);
      for (let i = 0; i < values.length; i++) {
        expect(scores[i]).toBeGreaterThanOrEqual(1);
        expect(scores[i]).toBeLessThanOrEqual(5);
        for (let j = 0; j < values.length; j++) {
          if (values[i] === values[j]) expect(scores[i]).toBe(scores[j]);
          const iBetter = higher ? values[i] > values[j] : values[i] < values[j];
          if (iBetter) expect(scores[i]).toBeGreaterThanOrEqual(scores[j]);
        }
      }
    }));
  });
  it('property: symmetric, reversing the order maps a score s to 6 − s (7 − s when the mid-rank is exactly on a fifth)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 60 }), (values) => {
      const up = quintileScores(values, true);
      const down = quintileScores(values, false);
      const sorted = [...values].sort((a, b) => a - b);
      for (let i = 0; i < values.length; i++) {
        const worse = sorted.filter((v) => v < values[i]).length;
        const tied = sorted.filter((v) => v === values[i]).length;
        const onFifth = (5 * (2 * worse + tied)) % (2 * values.length) === 0;
        if (!onFifth) expect(up[i] + down[i]).toBe(6);
        else expect(up[i] + down[i]).toBe(7); // on a fifth the mid-rank rounds up both ways
      }
    }));
  });
});

describe('rfm-package mode (R package rfm 0.3.0)', () => {
  it('type 7 quantiles as R computes them', () => {
    const sorted = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // R: quantile(1:10, c(.2, .4, .6, .8)) = 2.8 4.6 6.4 8.2
    expect(quantileType7(sorted, 0.2)).toBeCloseTo(2.8, 12);
    expect(quantileType7(sorted, 0.4)).toBeCloseTo(4.6, 12);
    expect(quantileType7(sorted, 0.6)).toBeCloseTo(6.4, 12);
    expect(quantileType7(sorted, 0.8)).toBeCloseTo(8.2, 12);
    expect(quantileType7(Float64Array.from([5]), 0.5)).toBe(5);
  });
  it('bins lower ≤ v < upper with cut points quantile + 1', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const { lower, upper } = rfmPackageBreaks(Float64Array.from(values));
    expect(lower[0]).toBe(1);
    expect(upper[4]).toBe(11);
    expect(upper.slice(0, 4).map((x) => Math.round(x * 10) / 10)).toEqual([3.8, 5.6, 7.4, 9.2]);
    // 1,2,3 < 3.8 → 1; 4,5 < 5.6 → 2; 6,7 < 7.4 → 3; 8,9 < 9.2 → 4; 10 → 5.
    expect([...rfmPackageScores(values, false)]).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4, 5]);
    expect([...rfmPackageScores(values, true)]).toEqual([5, 5, 5, 4, 4, 3, 3, 2, 2, 1]);
  });
});

describe('score and segments', () => {
  it('combines as 100·R + 10·F + M', () => {
    const { score } = rfmScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [10, 9, 8, 7, 6, 5, 4, 3, 2, 1], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(score[0]).toBe(551);
    expect(score[9]).toBe(115);
  });
  it('takes the first matching rule, else Others', () => {
    expect(rfmSegment(5, 5, 5)).toBe('Champions');
    expect(rfmSegment(5, 5, 4)).toBe('Potential Loyalist');
    expect(rfmSegment(4, 4, 4)).toBe('Potential Loyalist'); // also Loyal Customers 2–4: first match wins
    expect(rfmSegment(2, 2, 2)).toBe('Loyal Customers');
    expect(rfmSegment(1, 1, 1)).toBe('Lost');
    expect(rfmSegment(2, 5, 1)).toBe('Others');
    expect(rfmSegment(3, 3, 3, [{ segment: 'Mine', recency: [3, 3], frequency: [1, 5], monetary: [1, 5] }])).toBe('Mine');
  });
  it('translates every default name (and Others), keeping the English name as the id', () => {
    for (const name of [...DEFAULT_RFM_SEGMENTS.map((r) => r.segment), OTHERS_SEGMENT]) {
      expect(t('en', RFM_SEGMENT_MESSAGES[name])).toBe(name);
      expect(t('ru', RFM_SEGMENT_MESSAGES[name])).not.toBe(name);
      expect(t('uk', RFM_SEGMENT_MESSAGES[name])).not.toBe(name);
    }
  });
  it('keeps the ten default names exactly', () => {
    expect(DEFAULT_RFM_SEGMENTS.map((r) => r.segment)).toEqual([
      'Champions', 'Potential Loyalist', 'Loyal Customers', 'Promising', 'New Customers', "Can't Lose Them",
      'At Risk', 'Need Attention', 'About To Sleep', 'Lost',
    ]);
  });
});

const reference = (file: string) => path.resolve(process.cwd(), '../shared/reference/rfm', file);
function readCsv(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(reference(file), 'utf8'), { header: true, skipEmptyLines: true }).data;
}

describe('reference: rfm_data_orders.csv, analysis date 2006-12-31', () => {
  const orders = readCsv('rfm_data_orders.csv');
  const asOf = dayFromIso('2006-12-31');
  const byCustomer = new Map<string, { last: number; count: number; revenue: number }>();
  for (const order of orders) {
    const entry = byCustomer.get(order.customer_id) ?? { last: -Infinity, count: 0, revenue: 0 };
    entry.last = Math.max(entry.last, dayFromIso(order.order_date));
    entry.count++;
    entry.revenue += Number(order.revenue);
    byCustomer.set(order.customer_id, entry);
  }
  const ids = [...byCustomer.keys()];
  const recency = ids.map((id) => asOf - byCustomer.get(id)!.last);
  const frequency = ids.map((id) => byCustomer.get(id)!.count);
  const monetary = ids.map((id) => byCustomer.get(id)!.revenue);
  const scores = rfmScores(recency, frequency, monetary, 'rfm-package');
  const segments = ids.map((_, i) => rfmSegment(scores.recency[i], scores.frequency[i], scores.monetary[i]));

  it('has the published transaction count (package test: 4,906) over 995 customers', () => {
    expect(ids.length).toBe(995);
    expect(frequency.reduce((a, b) => a + b, 0)).toBe(4906);
  });

  it('reproduces the published scores of the vignette\'s first ten customers', () => {
    // rfm vignette "RFM - Introduction" (rsquaredacademy/rfm, docs/articles/rfm-introduction.html):
    // customer, recency_days, transaction_count, amount, rfm_score.
    const published: [string, number, number, number, number][] = [
      ["Abbey O'Reilly", 205, 6, 472, 343], ['Add Senger', 140, 3, 340, 412], ['Aden Lesch', 194, 4, 405, 323],
      ['Aden Murphy', 98, 7, 596, 544], ['Admiral Senger', 132, 5, 448, 433], ["Agness O'Keefe", 90, 9, 843, 555],
      ['Aileen Barton', 84, 9, 763, 555], ['Ailene Hermann', 281, 8, 699, 355], ['Aiyanna Bruen', 246, 4, 157, 321],
      ['Akeelah Walsh', 160, 7, 779, 445],
    ];
    for (const [name, r, f, m, score] of published) {
      const i = ids.indexOf(name);
      expect([recency[i], frequency[i], monetary[i], scores.score[i]]).toEqual([r, f, m, score]);
    }
  });

  it('reproduces the published segment summary (customers and orders per segment)', () => {
    // Same vignette, rfm_segment_summary(segments).
    const published: Record<string, [number, number]> = {
      'About To Sleep': [102, 283], 'At Risk': [28, 216], "Can't Lose Them": [47, 274], Champions: [35, 316],
      Lost: [148, 393], 'Loyal Customers': [170, 799], 'Need Attention': [10, 57], 'New Customers': [104, 329],
      'Potential Loyalist': [342, 2211], Promising: [9, 28],
    };
    const counts = Object.fromEntries(segmentCounts(segments, DEFAULT_RFM_SEGMENTS).map((s) => [s.segment, s.clients]));
    const ordersBySegment: Record<string, number> = {};
    segments.forEach((s, i) => { ordersBySegment[s] = (ordersBySegment[s] ?? 0) + frequency[i]; });
    for (const [segment, [customers, orderCount]] of Object.entries(published)) {
      expect([segment, counts[segment], ordersBySegment[segment]]).toEqual([segment, customers, orderCount]);
    }
    expect(counts.Others).toBeUndefined();
  });
});

describe('reference: rfm_data_customer.csv, analysis date 2007-01-01 (recency_days column)', () => {
  const customers = readCsv('rfm_data_customer.csv');
  const recency = customers.map((c) => Number(c.recency_days));
  const frequency = customers.map((c) => Number(c.number_of_orders));
  const monetary = customers.map((c) => Number(c.revenue));
  const scores = rfmScores(recency, frequency, monetary, 'rfm-package');

  it('has the published transaction count (package test: 393,223)', () => {
    expect(customers.length).toBe(39999);
    expect(frequency.reduce((a, b) => a + b, 0)).toBe(393223);
  });

  it('recency_days agrees with most_recent_visit and the analysis date', () => {
    const asOf = dayFromIso('2007-01-01');
    const disagreeing = customers.filter((c, i) => asOf - dayFromIso(c.most_recent_visit) !== recency[i]);
    expect(disagreeing).toEqual([]);
  });

  it('scores every customer 1..5, monotone in each value, ties together', () => {
    const check = (values: number[], s: Int8Array, higherIsBetter: boolean) => {
      const scoreOf = new Map<number, number>();
      const problems: string[] = [];
      values.forEach((v, i) => {
        if (!(s[i] >= 1 && s[i] <= 5)) problems.push(`score ${s[i]} for ${v}`);
        if (scoreOf.has(v) && scoreOf.get(v) !== s[i]) problems.push(`tie ${v} split`);
        scoreOf.set(v, s[i]);
      });
      const distinct = [...scoreOf].sort((a, b) => (higherIsBetter ? a[0] - b[0] : b[0] - a[0]));
      for (let k = 1; k < distinct.length; k++) if (distinct[k][1] < distinct[k - 1][1]) problems.push(`not monotone at ${distinct[k][0]}`);
      expect(problems).toEqual([]);
      expect(new Set(s).size).toBe(5);
    };
    check(recency, scores.recency, false);
    check(frequency, scores.frequency, true);
    check(monetary, scores.monetary, true);
  });
});
