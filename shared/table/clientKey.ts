/**
 * The client key (METHODS.md section 0, "Client key"): the spellings of one client in a sales
 * sheet fold to one key; the first spelling seen is the display name.
 *
 * Folding, in order:
 * - white space of any kind (incl. no-break U+00A0, thin U+2009, narrow U+202F, tabs, line breaks)
 *   collapses to one space; leading and trailing space is dropped;
 * - case is folded (toLowerCase: the same in every locale for Cyrillic and Latin);
 * - `ё` folds to `е`: Russian writes them interchangeably in company names (Алёна / Алена);
 *   Ukrainian letters (і, ї, є, ґ) are kept, they are distinct letters;
 * - every quote mark « » “ ” „ ‟ ‘ ’ ‚ ‛ ` ´ ″ ' folds to `"`, and a run of them to one (CSV
 *   exports from 1C write `""Ромашка""`);
 * - dashes ‐ ‑ ‒ – — ― − fold to `-`.
 *
 * Example: `ООО «Ромашка»`, `ооо "ромашка" `, `ООО  "Ромашка"` → `ооо "ромашка"`.
 */

const WHITE_SPACE = /\s+/g;
const QUOTES = /[«»“”„‟‘’‚‛`´″'"]+/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

export function clientKey(text: string): string {
  return text
    .replace(WHITE_SPACE, ' ')
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(QUOTES, '"')
    .replace(DASHES, '-');
}

/** The display name of a client spelling: trimmed, inner white space collapsed, otherwise as typed. */
export function clientName(text: string): string {
  return text.replace(WHITE_SPACE, ' ').trim();
}
