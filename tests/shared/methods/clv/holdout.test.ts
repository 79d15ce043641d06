/**
 * The calibration/holdout check (shared/methods/clv/holdout.ts): a hand-checkable example, and
 * CDNOW as the BTYD walkthrough runs it (calibration to 1997-09-30, holdout to 1998-06-30, 39
 * weeks, bins 0 … 6 and 7+). The actual means follow from the data alone and are counted here
 * independently; the expected means come from the fitted model, whose parameters are the
 * published ones (bgnbd.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCalibrationEnd, holdoutCheck } from '../../../../shared/methods/clv/holdout';
import { bgNbdExpectedPurchases } from '../../../../shared/methods/clv/bgnbd';
import { dayFromYmd } from '../../../../shared/table/dates';

function readElog() {
  const lines = readFileSync(path.resolve(process.cwd(), '../shared/reference/btyd/cdnowElog.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
  const ids = new Map<string, number>();
  const client = new Int32Array(lines.length);
  const day = new Float64Array(lines.length);
  const amount = new Float64Array(lines.length);
  lines.forEach((line, row) => {
    const [master, , ymd, , sales] = line.split(',');
    if (!ids.has(master)) ids.set(master, ids.size);
    client[row] = ids.get(master)!;
    day[row] = dayFromYmd(Number(ymd.slice(0, 4)), Number(ymd.slice(4, 6)), Number(ymd.slice(6, 8)));
    amount[row] = Number(sales);
  });
  return { client, day, amount, clientCount: ids.size };
}

describe('holdout check', () => {
  it('counts a small sheet by hand: x, holdout purchases, bins and totals', () => {
    // 12 repeat buyers on days 0, 7, 14 (x = 2 by day 21), each buying again on day 35; 3 one-timers on day 0.
    const rows: [number, number, number][] = [];
    for (let c = 0; c < 12; c++) for (const day of [0, 7, 14, 35]) rows.push([c, day, 10]);
    for (let c = 12; c < 15; c++) rows.push([c, 0, 10]);
    rows.push([0, 35, 5]); // a second row the same day: still one purchase
    rows.push([1, 36, -10]); // a return: no purchase
    const input = {
      client: Int32Array.from(rows, (r) => r[0]), day: Float64Array.from(rows, (r) => r[1]),
      amount: Float64Array.from(rows, (r) => r[2]), clientCount: 15,
    };
    // At given parameters (these data, all alike, have no interior maximum of the likelihood).
    const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const check = holdoutCheck(input, { timeUnit: 'week', calibrationEnd: 21, holdoutEnd: 42, params });
    expect(check.status).toBe('ok');
    expect(check.holdoutLength).toBe(3);
    expect(check.clients).toBe(15);
    expect(check.bins.map((bin) => [bin.purchases, bin.clients, bin.actualMean])).toEqual([
      [0, 3, 0], [1, 0, 0], [2, 12, 1], [3, 0, 0], [4, 0, 0], [5, 0, 0], [6, 0, 0], [7, 0, 0],
    ]);
    expect(check.actualTotal).toBe(12);
    const expectedTwo = bgNbdExpectedPurchases(params, 3, 2, 2, 3);
    expect(check.bins[2].expectedMean).toBeCloseTo(expectedTwo, 12);
    expect(check.expectedTotal).toBeCloseTo(12 * expectedTwo + 3 * bgNbdExpectedPurchases(params, 3, 0, 0, 3), 9);
    expect(check.off).toBe(Math.abs(check.expectedTotal - 12) > 0.2 * 12);
  });

  it('holds the last quarter of the span out by default, and needs a holdout and repeat buyers', () => {
    expect(defaultCalibrationEnd([100, 500, 300], 500)).toBe(400);
    const input = { client: Int32Array.of(0, 0), day: Float64Array.of(0, 10), amount: Float64Array.of(1, 1), clientCount: 1 };
    expect(holdoutCheck(input, { timeUnit: 'week', calibrationEnd: 20, holdoutEnd: 10 }).status).toBe('noHoldout');
    expect(holdoutCheck(input, { timeUnit: 'week', calibrationEnd: null, holdoutEnd: 10 }).status).toBe('tooFewRepeatCustomers');
    expect(holdoutCheck(input, { timeUnit: 'week', calibrationEnd: null, holdoutEnd: null }).status).toBe('noDates');
  });

  it('CDNOW, as in the BTYD walkthrough: the conditional expectation table, 39 weeks after 1997-09-30', () => {
    const elog = readElog();
    const calibrationEnd = dayFromYmd(1997, 9, 30);
    const holdoutEnd = dayFromYmd(1998, 6, 30);
    const check = holdoutCheck(elog, { timeUnit: 'week', calibrationEnd, holdoutEnd });
    expect(check.status).toBe('ok');
    expect(check.holdoutLength).toBe(39);
    expect(check.params!.r).toBeCloseTo(0.243, 3);
    // The actual side from the data alone, counted here without the method: distinct purchase days
    // after the calibration end per client, binned by calibration purchase days − 1.
    const calibrationDays = Array.from({ length: elog.clientCount }, () => new Set<number>());
    const holdoutDays = Array.from({ length: elog.clientCount }, () => new Set<number>());
    elog.day.forEach((day, row) => (day <= calibrationEnd ? calibrationDays : holdoutDays)[elog.client[row]].add(day));
    const bins = Array.from({ length: 8 }, () => [0, 0]);
    calibrationDays.forEach((days, client) => { const bin = bins[Math.min(7, days.size - 1)]; bin[0]++; bin[1] += holdoutDays[client].size; });
    expect(check.bins.map((bin) => bin.clients)).toEqual([1411, 439, 214, 100, 62, 38, 29, 64]);
    expect(check.bins.map((bin) => bin.clients)).toEqual(bins.map((bin) => bin[0]));
    check.bins.forEach((bin, index) => expect(bin.actualMean).toBeCloseTo(bins[index][1] / bins[index][0], 12));
    expect(check.bins.map((bin) => Number(bin.actualMean.toFixed(4)))).toEqual([0.2367, 0.697, 1.3925, 1.56, 2.5323, 2.9474, 3.8621, 6.3594]);
    // The model's side: BG/NBD conditional expectations (eq. 10) at the fitted parameters.
    expect(check.bins.map((bin) => Number(bin.expectedMean.toFixed(3)))).toEqual([0.225, 0.523, 1.044, 1.52, 2.164, 2.654, 3.504, 6.157]);
    expect(check.actualTotal).toBe(bins.reduce((sum, bin) => sum + bin[1], 0));
    expect(check.actualTotal).toBe(1882);
    expect(check.off).toBe(false);
  });
});
