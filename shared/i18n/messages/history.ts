/** Texts of the history part, in English, Russian and Ukrainian. */
import type { Translations } from '../lang';

export const historyMessages = {
} satisfies Record<string, Translations>;
