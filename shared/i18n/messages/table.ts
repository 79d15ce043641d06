/** Texts of table reading: skip reasons and errors about unusable input. */
import type { Translations } from '../lang';

export const tableMessages = {
  'table.error.empty': {
    en: 'The sheet is empty: there is no header row and no sales.',
    ru: 'Лист пуст: нет ни строки заголовков, ни продаж.',
    uk: 'Аркуш порожній: немає ні рядка заголовків, ні продажів.',
  },
} satisfies Record<string, Translations>;
