/** Texts of the clv part, in English, Russian and Ukrainian. */
import type { Translations } from '../lang';

export const clvMessages = {
} satisfies Record<string, Translations>;
