/** Texts of the catalogue part, in English, Russian and Ukrainian. */
import type { Translations } from '../lang';

export const catalogueMessages = {
} satisfies Record<string, Translations>;
