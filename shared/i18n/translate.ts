/**
 * The one translation function. Every text a user sees (skip reasons, warnings, errors, function
 * help, panel labels) is a key in one of the message tables below, in English, Russian and
 * Ukrainian; `{name}` in a text is replaced by `params.name`.
 */
import type { Lang, Translations } from './lang';
import { tableMessages } from './messages/table';
import { methodMessages } from './messages/methods';
import { historyMessages } from './messages/history';
import { clvMessages } from './messages/clv';
import { forecastMessages } from './messages/forecast';
import { trendMessages } from './messages/trend';
import { catalogueMessages } from './messages/catalogue';
import { panelMessages } from './messages/panel';
import { cliMessages } from './messages/cli';

export const MESSAGES = {
  ...tableMessages,
  ...methodMessages,
  ...historyMessages,
  ...clvMessages,
  ...forecastMessages,
  ...trendMessages,
  ...catalogueMessages,
  ...panelMessages,
  ...cliMessages,
} satisfies Record<string, Translations>;

export type MessageKey = keyof typeof MESSAGES;

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * The text for `key` in `lang`, with `{param}` placeholders filled in. `{param|form|form…}` picks
 * the word form that agrees with the number `param` (English: one|other; Russian and Ukrainian:
 * one|few|many, as in "1 клиент, 2 клиента, 5 клиентов"), so texts never read "1 clients".
 */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  // A host bundle leaves out the tables it never shows (scripts/build/runtimeMessages.ts); should
  // one of their keys reach it after all, the key is shown rather than the call failing.
  const texts: Translations | undefined = MESSAGES[key];
  if (texts === undefined) return key;
  const template = texts[lang];
  return template.replace(/\{(\w+)(\|[^{}]*)?\}/g, (whole, name: string, forms: string | undefined) => {
    if (!(name in params)) return whole;
    if (forms === undefined) return String(params[name]);
    return pluralForm(lang, Number(params[name]), forms.slice(1).split('|'));
  });
}

/** The form of a word that agrees with `count` (CLDR plural rules for en, ru, uk). */
export function pluralForm(lang: Lang, count: number, forms: readonly string[]): string {
  return forms[Math.min(pluralIndex(lang, count), forms.length - 1)];
}

function pluralIndex(lang: Lang, count: number): number {
  const n = Math.abs(count);
  if (lang === 'en') return n === 1 ? 0 : 1;
  // Fractions take the genitive singular ("1,5 клиента"), which is the "few" form.
  if (!Number.isInteger(n)) return 1;
  const last = n % 10;
  const lastTwo = n % 100;
  if (last === 1 && lastTwo !== 11) return 0;
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return 1;
  return 2;
}

/** A message that can be rendered later in any language (kept in results, shown by hosts). */
export interface Message {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export function render(lang: Lang, message: Message): string {
  return t(lang, message.key, message.params);
}
