import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clientKey, clientName } from '../../../shared/table/clientKey';

describe('clientKey', () => {
  it('folds the spellings of METHODS.md section 0 to one key', () => {
    const key = clientKey('ООО «Ромашка»');
    expect(key).toBe('ооо "ромашка"');
    expect(clientKey('ооо "ромашка" ')).toBe(key);
    expect(clientKey('ООО  "Ромашка"')).toBe(key);
    expect(clientKey('ООО “Ромашка”')).toBe(key);
    expect(clientKey('ООО „Ромашка“')).toBe(key);
    expect(clientKey("ООО 'Ромашка'")).toBe(key);
    expect(clientKey('ООО ""Ромашка""')).toBe(key);
    expect(clientKey('\u00a0ООО\u00a0«Ромашка»\t')).toBe(key);
  });

  it('folds ё to е but keeps Ukrainian letters', () => {
    expect(clientKey('ИП Алёна')).toBe(clientKey('ИП Алена'));
    expect(clientKey('ТОВ Ґрунт')).not.toBe(clientKey('ТОВ Грунт'));
    expect(clientKey('ТОВ Їжак')).toBe('тов їжак');
  });

  it('folds dashes and apostrophes', () => {
    expect(clientKey('Альфа–Строй')).toBe(clientKey('Альфа-Строй'));
    expect(clientKey('ФОП Дем’янчук')).toBe(clientKey("ФОП Дем'янчук"));
  });

  it('keeps different clients apart', () => {
    expect(clientKey('ООО Ромашка')).not.toBe(clientKey('ООО Ромашка-2'));
    expect(clientKey('Total Logistics')).not.toBe(clientKey('Total'));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      expect(clientKey(clientKey(text))).toBe(clientKey(text));
    }));
  });

  it('gives the display name trimmed with collapsed spaces, otherwise as typed', () => {
    expect(clientName('  ООО   «Ромашка» ')).toBe('ООО «Ромашка»');
  });
});
