/** The three languages every user-visible text exists in. */
export type Lang = 'en' | 'ru' | 'uk';

export const LANGS: readonly Lang[] = ['en', 'ru', 'uk'];

/** One text in every language; `{name}` marks a parameter. */
export type Translations = Readonly<Record<Lang, string>>;

/**
 * The language for a host's display language tag ("ru-RU", "uk", "en-US", "be-BY"...).
 * Ukrainian and Russian hosts get their language; everything else gets English.
 */
export function langFromLocale(locale: string | null | undefined): Lang {
  const tag = (locale ?? '').trim().toLowerCase();
  if (tag.startsWith('uk') || tag.startsWith('ua')) return 'uk';
  if (tag.startsWith('ru')) return 'ru';
  return 'en';
}
