/** Texts of the methods part, in English, Russian and Ukrainian. */
import type { Translations } from '../lang';

export const methodsMessages = {
} satisfies Record<string, Translations>;
