import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { concentration, concentrationWarnings, herfindahlIndex, topShare } from '../../../shared/methods/concentration';
import { render } from '../../../shared/i18n/translate';

describe('concentration on 3 clients (50, 30, 20)', () => {
  const result = concentration([30, 50, 20], ['Beta', 'Alpha', 'Gamma']);
  it('top-1 0.5, top-5 1, HHI 0.25 + 0.09 + 0.04 = 0.38', () => {
    expect(result.top1Share).toBe(0.5);
    expect(result.top5Share).toBe(1);
    expect(result.hhi).toBeCloseTo(0.38, 12);
    expect(result.top1Client).toBe('Alpha');
  });
  it('both warnings fire, with the figures in the sentence', () => {
    const warnings = concentrationWarnings(result, { top1Warning: 0.2, hhiWarning: 0.25 });
    expect(warnings.map((w) => w.code)).toEqual(['concentration.top1', 'concentration.hhi']);
    expect(render('en', warnings[0].message)).toBe(
      'The largest client, Alpha, brings 50.0 % of turnover (more than 20.0 %): losing it would cut sales sharply.');
    expect(render('ru', warnings[1].message)).toContain('0.38');
    expect(render('uk', warnings[1].message)).toContain('100.0 %');
  });
});

describe('concentration rules', () => {
  it('ignores zero and negative turnover', () => {
    expect(topShare([60, -10, 0, 40], 1)).toBe(0.6);
    expect(herfindahlIndex([60, -10, 0, 40])).toBeCloseTo(0.52, 12);
  });
  it('no positive turnover: zeros, no client, no warning', () => {
    const result = concentration([0, -5], ['a', 'b']);
    expect(result).toEqual({ top1Share: 0, top5Share: 0, hhi: 0, top1Client: null });
    expect(concentrationWarnings(result, { top1Warning: 0.2, hhiWarning: 0.25 })).toEqual([]);
  });
  it('ten equal clients: top-1 10 %, top-5 50 %, HHI 0.1, no warning', () => {
    const result = concentration(Array(10).fill(7), Array.from({ length: 10 }, (_, i) => `c${i}`));
    expect(result.top1Share).toBeCloseTo(0.1, 12);
    expect(result.top5Share).toBeCloseTo(0.5, 12);
    expect(result.hhi).toBeCloseTo(0.1, 12);
    expect(concentrationWarnings(result, { top1Warning: 0.2, hhiWarning: 0.25 })).toEqual([]);
  });
  it('HHI lies between 1/n and 1 and top-1 ≤ top-5 ≤ 1', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 1e6 }), { minLength: 1, maxLength: 50 }), (values) => {
      const hhi = herfindahlIndex(values);
      expect(hhi).toBeGreaterThanOrEqual(1 / values.length - 1e-12);
      expect(hhi).toBeLessThanOrEqual(1 + 1e-12);
      expect(topShare(values, 1)).toBeLessThanOrEqual(topShare(values, 5) + 1e-12);
      expect(topShare(values, 5)).toBeLessThanOrEqual(1 + 1e-12);
    }));
  });
});
