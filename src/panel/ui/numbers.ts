/** Numbers in the panel's language (1 234,5 in Russian and Ukrainian, 1,234.5 in English). */
import type { Lang } from '../../../shared/i18n/lang';

export const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-US', ru: 'ru-RU', uk: 'uk-UA' };

export function formatNumber(value: number, lang: Lang): string {
  return value.toLocaleString(LOCALES[lang], { maximumFractionDigits: 2 });
}

export function formatPercent(fraction: number, lang: Lang): string {
  return fraction.toLocaleString(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 });
}
