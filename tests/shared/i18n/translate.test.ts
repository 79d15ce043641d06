import { describe, expect, it } from 'vitest';
import { MESSAGES, pluralForm, t, type MessageKey } from '../../../shared/i18n/translate';
import { LANGS, langFromLocale } from '../../../shared/i18n/lang';

/** Placeholder names of a text, with the number of word forms each plural placeholder gives. */
function placeholders(text: string): { names: string[]; plurals: number[] } {
  const names: string[] = [];
  const plurals: number[] = [];
  for (const match of text.matchAll(/\{(\w+)(\|[^{}]*)?\}/g)) {
    names.push(match[1]);
    if (match[2]) plurals.push(match[2].slice(1).split('|').length);
  }
  return { names: [...new Set(names)].sort(), plurals };
}

describe('message tables', () => {
  const keys = Object.keys(MESSAGES) as MessageKey[];

  it('give every text in English, Russian and Ukrainian', () => {
    for (const key of keys) {
      for (const lang of LANGS) expect(MESSAGES[key][lang].trim(), `${key}.${lang}`).not.toBe('');
    }
  });

  // A translation may leave out a parameter its grammar does not need, but never use one the
  // callers do not pass (it would show as "{name}"). A parameter given once per language
  // (roleEn / roleRu / roleUk) counts as one.
  it('use only parameters the English text is given', () => {
    const perLanguage = (name: string) => name.replace(/(En|Ru|Uk)$/, '');
    for (const key of keys) {
      const en = new Set(placeholders(MESSAGES[key].en).names.map(perLanguage));
      for (const lang of ['ru', 'uk'] as const) {
        for (const name of placeholders(MESSAGES[key][lang]).names) {
          expect(en.has(perLanguage(name)), `${key}.${lang}: {${name}}`).toBe(true);
        }
      }
    }
  });

  it('give two word forms in English and three in Russian and Ukrainian', () => {
    for (const key of keys) {
      for (const forms of placeholders(MESSAGES[key].en).plurals) expect(forms, key).toBe(2);
      for (const forms of placeholders(MESSAGES[key].ru).plurals) expect(forms, key).toBe(3);
      for (const forms of placeholders(MESSAGES[key].uk).plurals) expect(forms, key).toBe(3);
    }
  });
});

describe('plural forms', () => {
  const ru = ['клиент', 'клиента', 'клиентов'];
  it.each([
    [1, 'клиент'], [2, 'клиента'], [4, 'клиента'], [5, 'клиентов'], [11, 'клиентов'],
    [12, 'клиентов'], [14, 'клиентов'], [21, 'клиент'], [22, 'клиента'], [111, 'клиентов'], [0, 'клиентов'],
  ])('Russian: %i %s', (count, word) => expect(pluralForm('ru', count, ru)).toBe(word));

  it('English: one and other', () => {
    expect(pluralForm('en', 1, ['client', 'clients'])).toBe('client');
    expect(pluralForm('en', 0, ['client', 'clients'])).toBe('clients');
    expect(pluralForm('en', 7, ['client', 'clients'])).toBe('clients');
  });

  it('agree inside a sentence', () => {
    const one = t('en', 'history.warning.earlyKamKeyClients', { count: 1, clients: 'A' });
    expect(one).toMatch(/^1 key client \(class A\) is at/);
    expect(t('ru', 'history.warning.earlyKamKeyClients', { count: 3, clients: 'A' }))
      .toMatch(/^3 ключевых клиента \(класс A\) находятся/);
    expect(t('uk', 'history.warning.earlyKamKeyClients', { count: 5, clients: 'A' }))
      .toMatch(/^5 ключових клієнтів \(клас A\) перебувають/);
  });

  it('show the key of a text a host bundle left out, rather than failing', () => {
    expect(t('en', 'cli.usage.left.out' as MessageKey)).toBe('cli.usage.left.out');
  });

  it('leave a placeholder without its parameter as written', () => {
    expect(t('en', 'history.warning.earlyKamKeyClients', { clients: 'A' })).toContain('{count}');
  });
});

describe('language from the host locale', () => {
  it.each([['ru-RU', 'ru'], ['uk-UA', 'uk'], ['uk', 'uk'], ['en-GB', 'en'], ['de-DE', 'en'], ['', 'en']])(
    '%s → %s', (locale, lang) => expect(langFromLocale(locale)).toBe(lang));
});
