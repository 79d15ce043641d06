/**
 * Text written to cells stays text (the brief's security rule: `=HYPERLINK(...)` as a client name
 * must not become a formula, `00123` must not become 123, `1/2` must not become a date).
 *
 * Both hosts read a leading apostrophe as "this is text" and do not show it (Excel: the prefix
 * character; Google Sheets: `setValues` with a leading `'`). Rather than guess which texts a host
 * would re-interpret (formulas start with `=`, `+`, `-`, `@`; numbers, dates, times, booleans and
 * locale spellings of them are endless), every non-empty text cell is written with the apostrophe.
 */

/** The string to hand to the host's `values` for a text cell. */
export function guardText(text: string): string {
  return text.length === 0 ? text : `'${text}`;
}

/** True when a text would start a formula if typed as is (for warnings and tests). */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}
