/**
 * The catalogue as data: every entry complete and consistent, every worked example true when the
 * implementation is called directly (the host tests check them again through both built hosts).
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, findFunction } from '../../shared/catalogue/catalogue';
import { callFunction } from '../../shared/catalogue/call';
import { exampleFormula, exampleLine } from '../../shared/catalogue/examples';
import type { ExampleArgument, ExampleCell } from '../../shared/catalogue/types';
import { LANGS } from '../../shared/i18n/lang';
import { MESSAGES, t } from '../../shared/i18n/translate';

const IDENTIFIER = /^[\p{L}][\p{L}\d._]*$/u;

/** Example cells as the catalogue receives them from a host (dates as ISO text, as Sheets' edge gives). */
function hostArgument(argument: ExampleArgument | undefined): unknown {
  const cell = (value: ExampleCell) => (value !== null && typeof value === 'object' ? value.date : value ?? '');
  if (argument === undefined) return null;
  return Array.isArray(argument) ? argument.map((row: ExampleCell[]) => row.map(cell)) : cell(argument as ExampleCell);
}

describe('the function catalogue', () => {
  it('has the functions of issue 5', () => {
    expect(CATALOGUE.map((entry) => entry.name)).toEqual(expect.arrayContaining([
      'CLIENT_VALUE', 'ABC_CLASS', 'XYZ_CLASS', 'PARETO_SHARE', 'CLIENT_TABLE', 'CONCENTRATION', 'PLAN_FACT',
      'RETENTION_RATE', 'CHURN_RATE', 'RFM_SCORE', 'RFM_SEGMENT', 'P_ALIVE', 'CLV',
    ]));
    expect(findFunction('client_value')?.name).toBe('CLIENT_VALUE');
  });

  it('every entry: valid names in three languages, help in three languages, optional parameters last, an example', () => {
    for (const entry of CATALOGUE) {
      expect(entry.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(entry.localNames.ru).toMatch(IDENTIFIER);
      expect(entry.localNames.uk).toMatch(IDENTIFIER);
      for (const key of [entry.help, entry.returns, ...entry.params.map((param) => param.help)]) {
        for (const lang of LANGS) expect(t(lang, key).length, `${key} ${lang}`).toBeGreaterThan(5);
      }
      const firstOptional = entry.params.findIndex((param) => param.optional);
      if (firstOptional >= 0) expect(entry.params.slice(firstOptional).every((param) => param.optional), entry.name).toBe(true);
      for (const param of entry.params) expect(param.name).toMatch(/^[a-z][a-z_]*$/);
      expect(entry.examples.length).toBeGreaterThan(0);
    }
  });

  it('every worked example holds when called directly', () => {
    for (const entry of CATALOGUE) {
      for (const example of entry.examples) {
        const outcome = callFunction(entry.name, entry.params.map((_, i) => hostArgument(example.args[i])) as never, { lang: 'en', dateSystem: 1900 });
        expect(outcome.ok, `${entry.name}: ${outcome.ok ? '' : outcome.message}`).toBe(true);
      }
    }
  });

  it('writes examples as people type them in each language', () => {
    const clientValue = findFunction('CLIENT_VALUE')!;
    expect(exampleLine(clientValue, clientValue.examples[0], 'en')).toBe('=CLIENT_VALUE(50, 1, 0.9) → 45');
    expect(exampleLine(clientValue, clientValue.examples[1], 'ru', clientValue.localNames.ru)).toBe('=ЦЕННОСТЬ_КЛИЕНТА(50; "deferral"; "monthly") → 45');
    expect(exampleFormula(clientValue.examples[0], 'uk', 'CLIENTS.ЦІННІСТЬ_КЛІЄНТА')).toBe('=CLIENTS.ЦІННІСТЬ_КЛІЄНТА(50; 1; 0,9)');
    const abc = findFunction('ABC_CLASS')!;
    expect(exampleLine(abc, abc.examples[0], 'en')).toBe('=ABC_CLASS({50;25;10;10;5}) → A | A | A | B | C');
  });

  it('turns an unknown function and an internal failure into messages, never a value', () => {
    expect(callFunction('NOPE', [], { lang: 'uk', dateSystem: 1900 })).toEqual({ ok: false, message: 'Невідома функція NOPE.' });
  });

  it('keeps every catalogue message in three languages', () => {
    for (const [key, texts] of Object.entries(MESSAGES)) {
      if (!key.startsWith('catalogue.')) continue;
      for (const lang of LANGS) expect((texts as Record<string, string>)[lang].trim().length, `${key} ${lang}`).toBeGreaterThan(0);
    }
  });
});
