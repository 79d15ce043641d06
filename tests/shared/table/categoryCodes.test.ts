import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CategoryCodes, tidyLabel } from '../../../shared/table/categoryCodes';

describe('CategoryCodes', () => {
  it('codes labels in order of first appearance; untidy spellings share the tidy label; blank is -1', () => {
    const codes = new CategoryCodes();
    expect(['З-1', 'З-2', 'З-1', ' З-2 ', 'З-3', '', '   ', 'З  -  3', 'З - 3'].map((text) => codes.codeOf(text)))
      .toEqual([0, 1, 0, 1, 2, -1, -1, 3, 3]);
    expect(codes.labels).toEqual(['З-1', 'З-2', 'З-3', 'З - 3']);
  });

  it('keeps every distinct text apart while growing far past its first size', () => {
    const codes = new CategoryCodes();
    for (let i = 0; i < 50_000; i++) expect(codes.codeOf(`З-${i}`)).toBe(i);
    for (let i = 0; i < 50_000; i += 997) expect(codes.codeOf(`З-${i}`)).toBe(i);
    expect(codes.labels).toHaveLength(50_000);
  });

  it('agrees with a Map of tidy labels on any texts', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(' a', 'a ', 'a', 'a  b', 'a b', '\u00a0a'))), (texts) => {
      const codes = new CategoryCodes();
      const byLabel = new Map<string, number>();
      for (const text of texts) {
        const label = text.replace(/\s+/g, ' ').trim();
        let expected = -1;
        if (label !== '') {
          expected = byLabel.get(label) ?? byLabel.size;
          byLabel.set(label, expected);
        }
        expect(codes.codeOf(text)).toBe(expected);
      }
      expect(codes.labels).toEqual([...byLabel.keys()]);
    }));
  });

  it('tidies white space only when needed', () => {
    const text = 'Чай';
    expect(tidyLabel(text)).toBe(text);
    expect(tidyLabel('  Чай \u00a0 зелёный ')).toBe('Чай зелёный');
  });
});
