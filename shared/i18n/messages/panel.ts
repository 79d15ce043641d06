/** Texts of the panel part, in English, Russian and Ukrainian. */
import type { Translations } from '../lang';

export const panelMessages = {
} satisfies Record<string, Translations>;
