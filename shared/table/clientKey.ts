/**
 * The client key (METHODS.md section 0, "Client key"): the spellings of one client in a sales
 * sheet fold to one key; the first spelling seen is the display name.
 *
 * Folding, in order:
 * - invisible characters are dropped: zero-width space, non-joiner and joiner (U+200B-U+200D),
 *   word joiner (U+2060), invisible operators (U+2061-U+2064), byte-order mark / zero-width no-break
 *   space (U+FEFF), soft hyphen (U+00AD), combining grapheme joiner (U+034F), Arabic letter mark
 *   (U+061C) and the direction marks, embeddings, overrides and isolates (U+200E, U+200F,
 *   U+202A-U+202E, U+2066-U+2069): `Ромашка\u200B` and `Ромашка` are one client;
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
 *
 * Not folded, but reported (lookAlikeKey): Latin letters that look like Cyrillic ones (`OOO` typed
 * with Latin O) and spellings that differ only in punctuation or spacing (`Acme, Ltd.` / `Acme
 * Ltd`). They may be different clients; the reader warns and the user decides.
 */

const INVISIBLE = /[\u00ad\u034f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const WHITE_SPACE = /\s+/g;
const QUOTES = /[«»“”„‟‘’‚‛`´″'"]+/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

export function clientKey(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(WHITE_SPACE, ' ')
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(QUOTES, '"')
    .replace(DASHES, '-');
}

/** Text without the invisible characters clientKey drops (to tell a blank client cell or a totals label). */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * The display name of a client spelling: trimmed, inner white space collapsed, otherwise as typed
 * (invisible characters too: the name is the first spelling seen, and every output escapes what
 * could act on a terminal or a page).
 */
export function clientName(text: string): string {
  return text.replace(WHITE_SPACE, ' ').trim();
}

/**
 * Latin letters that look like Cyrillic ones, mapped to the Cyrillic letter (the key is already
 * lower case): a→а, b→в (В/B), c→с, e→е, h→н (Н/H), k→к, m→м, o→о, p→р, t→т, x→х, y→у.
 */
const LATIN_LOOK_ALIKE: Readonly<Record<string, string>> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};
const LATIN_LETTERS = /[abcehkmoptxy]/g;
/** Punctuation, symbols and spaces: what `Acme, Ltd.` and `Acme Ltd` differ in. */
const PUNCTUATION_OR_SPACE = /[\s\p{P}\p{S}]+/gu;

/**
 * A client key with every Latin letter that has a Cyrillic look-alike replaced by it. Latin-only
 * keys stay distinct from each other (the map is one-to-one), so two keys meet only when they
 * differ in look-alike letters typed in the other script: `ooo ромашка` (Latin o) and `ооо ромашка`.
 */
export function lettersFoldedKey(key: string): string {
  return key.replace(LATIN_LETTERS, (letter) => LATIN_LOOK_ALIKE[letter]);
}

/**
 * The look-alike key of a client key: look-alike letters folded (lettersFoldedKey), then
 * punctuation, symbols and spaces dropped. Two clients with different keys but one look-alike key
 * are reported as possibly one client.
 */
export function lookAlikeKey(key: string): string {
  return lettersFoldedKey(key).replace(PUNCTUATION_OR_SPACE, '');
}
