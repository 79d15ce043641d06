/**
 * Names of the output sheets. The add-in never takes over a name the user already uses: when a
 * user sheet is called "Clients", the output goes to "Clients (2)" (then "(3)"...). Names are
 * kept within Excel's rules (at most 31 characters, none of `[]:*?/\`), which also suit Sheets.
 */
const EXCEL_NAME_LIMIT = 31;

/** `base`, or `base (n)` with the smallest n ≥ 2 that no sheet in `taken` uses (case-insensitive, as both hosts compare). */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const clean = base.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, EXCEL_NAME_LIMIT) || 'Sheet';
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = clean.slice(0, EXCEL_NAME_LIMIT - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
