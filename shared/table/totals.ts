/**
 * Totals rows (METHODS.md section 0, "Skipped rows": Итого, Всего, Разом, Усього, Total, Grand
 * total). A totals label is a cell whose text is a totals word
 * - alone, or followed by ':' / '.' / '=' (`Итого`, `TOTAL:`, `Всього.`),
 * - or followed by ':' or '(' and more (`Итого: 12 клиентов`, `Total (USD)`),
 * - or followed by a preposition and more (`Итого по клиенту`, `Всего за январь`, `Total for Q1`),
 * - or, for the Russian and Ukrainian pivot-table word, ending a name (`Ромашка Итог`,
 *   `Ромашка підсумок`), as Excel writes subtotals in a pivot table.
 * So a client named `Total Logistics LLC` or `Всего понемногу` is not a totals label.
 * The words: итого, итог, итоги, всего, общий итог, разом, усього, всього, загалом, підсумок,
 * підсумки, загальний підсумок, total, totals, grand total, subtotal, sub-total, sub total.
 */

const WORDS = [
  'общий итог', 'итого', 'итоги', 'итог', 'всего', 'разом', 'усього', 'всього', 'загалом',
  'загальний підсумок', 'підсумок', 'підсумки',
  'grand total', 'sub-total', 'sub total', 'subtotal', 'totals', 'total',
].join('|');

const LABEL = new RegExp(
  `^(?:${WORDS})(?:\\s*[:.=]?|\\s*[:(].*|\\s+(?:по|за|на|у|в|for|of|by|in)(?:\\s.*)?)$`);
const PIVOT_SUFFIX = /^.+\s(?:итог|итого|підсумок)$/;

/** First letters a totals label can start with (lower and upper case): и в о р у з п t g s. */
function mayStartLabel(code: number): boolean {
  switch (code | 0x20) {
    case 0x74: case 0x67: case 0x73: return true; // t g s
    default: break;
  }
  // Cyrillic: и в о р у з п in both cases (upper case is lower case - 0x20 for these).
  const lower = code >= 0x410 && code <= 0x42f ? code + 0x20 : code;
  return lower === 0x438 || lower === 0x432 || lower === 0x43e || lower === 0x440 ||
    lower === 0x443 || lower === 0x437 || lower === 0x43f;
}

/** Last letters of a pivot subtotal word (итог, итого, підсумок): г о к in both cases. */
function mayEndPivot(code: number): boolean {
  const lower = code >= 0x410 && code <= 0x42f ? code + 0x20 : code;
  return lower === 0x433 || lower === 0x43e || lower === 0x43a;
}

/** True when the text is a totals label (see the module header). */
export function isTotalsLabel(text: string): boolean {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  if (start >= end) return false;
  const mayBeLabel = mayStartLabel(text.charCodeAt(start));
  const mayBePivot = mayEndPivot(text.charCodeAt(end - 1));
  if (!mayBeLabel && !mayBePivot) return false;
  const normal = text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (mayBeLabel && LABEL.test(normal)) return true;
  return mayBePivot && PIVOT_SUFFIX.test(normal);
}
