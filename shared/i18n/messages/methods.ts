/** Texts of the methods part (value coefficient, ABC, XYZ, concentration), in English, Russian and Ukrainian. */
import type { Translations } from '../lang';

export const methodMessages = {
} satisfies Record<string, Translations>;
