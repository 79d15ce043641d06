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
import { catalogueMessages } from './messages/catalogue';
import { panelMessages } from './messages/panel';

export const MESSAGES = {
  ...tableMessages,
  ...methodMessages,
  ...historyMessages,
  ...clvMessages,
  ...catalogueMessages,
  ...panelMessages,
} satisfies Record<string, Translations>;

export type MessageKey = keyof typeof MESSAGES;

export type MessageParams = Readonly<Record<string, string | number>>;

/** The text for `key` in `lang`, with `{param}` placeholders filled in. */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = MESSAGES[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole);
}

/** A message that can be rendered later in any language (kept in results, shown by hosts). */
export interface Message {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export function render(lang: Lang, message: Message): string {
  return t(lang, message.key, message.params);
}
