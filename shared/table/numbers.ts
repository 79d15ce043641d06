/**
 * The one amount parser of the product (METHODS.md section 0, "Amounts"): a cell → a number, NaN
 * when the cell holds no amount.
 *
 * - Numbers are taken as they are (NaN and ±Infinity are not amounts).
 * - Text: digits with thousands separators (space, no-break space U+00A0, thin U+2009, narrow
 *   no-break U+202F, figure space U+2007, apostrophe ' or ’, comma or dot) and one decimal mark
 *   (comma or dot); a currency before or after (₽ $ € £ ¥ ₴ ₸, руб., руб, р., грн., грн, USD, EUR,
 *   RUB, UAH, ... any case); a sign: leading `-`, `+` or unicode minus `−`, a trailing minus
 *   (`1234-`, as some accounting exports write it), or parentheses `(1 234,56)` = negative.
 * - Which mark is decimal:
 *   - both comma and dot: the last one is decimal (`1,234.56`, `1.234,56`);
 *   - a comma or dot after space/apostrophe groups: decimal (`1 234,5`, `1'234.50`);
 *   - the same mark several times: thousands (`1,234,567`);
 *   - one mark once: thousands when exactly 3 digits follow it and 1-3 digits (not a lone 0)
 *     precede it (`1,234` = 1234, `12.500` = 12500: money has no third decimal), else decimal
 *     (`12,5` = 12.5, `0,125` = 0.125, `1234,567` = 1234.567).
 *   Thousands groups must have exactly 3 digits (`12 5` is not an amount).
 *   Reading a whole column, the sales reader can overrule the three-digits rule with the mark the
 *   column proves decimal (markEvidence below; shared/table/readSales.ts).
 * - Percentages, words (`12 тыс.`), two signs, and anything else are NaN: never a guess.
 * - Scientific notation as JavaScript writes it (`1.5E+6`) is read.
 *
 * Examples: '1 234,56' → 1234.56; '12 500 ₽' → 12500; '$1,200' → 1200; '(1 234,56)' → -1234.56;
 * '1234-' → -1234; '−50' → -50; 'abc' → NaN.
 */
import type { Cell } from '../cells';

/** Currency words and symbols allowed before or after the digits (lower case). */
const CURRENCIES = new Set([
  '$', 'us$', '€', '£', '¥', '₽', '₴', '₸', '₼', '₾', 'zł',
  'р', 'р.', 'руб', 'руб.', 'рублей', 'рубля', 'рубль', 'rub', 'rur', 'rub.',
  'грн', 'грн.', 'гривень', 'гривен', 'гривні', 'uah',
  'usd', 'eur', 'gbp', 'chf', 'pln', 'kzt', 'byn', 'тг', 'тенге', 'cny', 'yuan',
]);

const SCIENTIFIC = /^[+-]?\d+(\.\d+)?[eE][+-]?\d+$/;

const enum SeparatorKind { None = 0, Space = 1, Apostrophe = 2, Comma = 3, Dot = 4 }

function separatorKind(code: number): SeparatorKind {
  switch (code) {
    case 32: case 0xa0: case 0x2007: case 0x2009: case 0x202f: case 0x2008: case 0x200a:
      return SeparatorKind.Space;
    case 39: case 0x2019: case 0x02bc:
      return SeparatorKind.Apostrophe;
    case 44: return SeparatorKind.Comma;
    case 46: return SeparatorKind.Dot;
    default: return SeparatorKind.None;
  }
}

/**
 * Amounts at or above this, in absolute value, are not sales: a quadrillion is beyond any sheet,
 * and past it cents are no longer exact in a double, so sums would drift or overflow to Infinity.
 * Table reading reports such a cell instead of using it.
 */
export const AMOUNT_LIMIT = 1e15;

/** The amount a cell holds, NaN when it holds none (see the module header for the rules). */
export function parseAmount(cell: Cell): number {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : NaN;
  if (typeof cell !== 'string') return NaN;
  const value = parseAmountText(cell);
  if (value === value) return Number.isFinite(value) ? value : NaN;
  const trimmed = cell.trim();
  if (!SCIENTIFIC.test(trimmed)) return NaN;
  const scientific = Number(trimmed);
  return Number.isFinite(scientific) ? scientific : NaN; // "1e309" is no amount
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function parseAmountText(text: string): number {
  const length = text.length;
  let firstDigit = -1;
  for (let i = 0; i < length; i++) {
    if (isDigit(text.charCodeAt(i))) { firstDigit = i; break; }
  }
  if (firstDigit < 0) return NaN;
  let lastDigit = length - 1;
  while (!isDigit(text.charCodeAt(lastDigit))) lastDigit--;

  if (firstDigit === 0 && lastDigit === length - 1) {
    // The common case: only digits and separators, no sign or currency.
    return parseDigitsCore(text, 0, length);
  }

  // A leading decimal mark belongs to the number (".5", "-,75").
  let coreStart = firstDigit;
  if (coreStart > 0) {
    const before = text.charCodeAt(coreStart - 1);
    if (before === 44 || before === 46) coreStart--;
  }
  const prefix = affix(text.slice(0, coreStart));
  const suffix = affix(text.slice(lastDigit + 1));
  if (prefix === null || suffix === null) return NaN;
  if (prefix.open !== suffix.close || prefix.close || suffix.open) return NaN;
  if (prefix.currency && suffix.currency) return NaN;
  const negations = prefix.minus + suffix.minus + (prefix.open ? 1 : 0);
  if (negations > 1 || prefix.plus + suffix.plus > 1 || (negations > 0 && prefix.plus + suffix.plus > 0)) return NaN;
  const value = parseDigitsCore(text, coreStart, lastDigit + 1);
  return negations === 1 && value !== 0 ? -value : value;
}

interface Affix {
  minus: number;
  plus: number;
  open: boolean;
  close: boolean;
  currency: boolean;
}

/** Signs, parentheses and at most one currency token around the digits; null if anything else. */
function affix(text: string): Affix | null {
  const result: Affix = { minus: 0, plus: 0, open: false, close: false, currency: false };
  let word = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 45 || code === 0x2212) { if (!flushWord()) return null; result.minus++; }
    else if (code === 43) { if (!flushWord()) return null; result.plus++; }
    else if (code === 40) { if (!flushWord() || result.open) return null; result.open = true; }
    else if (code === 41) { if (!flushWord() || result.close) return null; result.close = true; }
    else if (code <= 32 || separatorKind(code) === SeparatorKind.Space) { if (!flushWord()) return null; }
    else word += text[i];
  }
  return flushWord() ? result : null;

  function flushWord(): boolean {
    if (word === '') return true;
    const known = CURRENCIES.has(word.toLowerCase());
    word = '';
    if (!known || result.currency) return false;
    result.currency = true;
    return true;
  }
}

/**
 * The value of text[start, end) made only of digits and separators (first and last are digits,
 * or a leading decimal mark); NaN when it is not a well-formed number.
 */
function parseDigitsCore(text: string, start: number, end: number): number {
  // Pass 1: find the separators and their kinds.
  let lastSeparatorKind = SeparatorKind.None;
  let lastSeparatorAt = -1;
  let commas = 0;
  let dots = 0;
  let spaces = 0;
  let apostrophes = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) { digits++; continue; }
    const kind = separatorKind(code);
    if (kind === SeparatorKind.None) return NaN;
    if (kind === SeparatorKind.Comma) commas++;
    else if (kind === SeparatorKind.Dot) dots++;
    else if (kind === SeparatorKind.Space) spaces++;
    else apostrophes++;
    lastSeparatorKind = kind;
    lastSeparatorAt = i;
  }
  if (digits === 0) return NaN;
  if (lastSeparatorAt < 0) return digits <= 15 ? integerValue(text, start, end) : Number(text.slice(start, end));

  // Decide which mark (if any) is the decimal one.
  let decimalAt = -1;
  if (lastSeparatorKind === SeparatorKind.Comma || lastSeparatorKind === SeparatorKind.Dot) {
    const sameCount = lastSeparatorKind === SeparatorKind.Comma ? commas : dots;
    const otherCount = lastSeparatorKind === SeparatorKind.Comma ? dots : commas;
    if (sameCount === 1) {
      if (otherCount > 0 || spaces > 0 || apostrophes > 0) {
        decimalAt = lastSeparatorAt;
      } else {
        const after = end - lastSeparatorAt - 1;
        const before = lastSeparatorAt - start;
        const loneZero = before === 1 && text.charCodeAt(start) === 48;
        decimalAt = after === 3 && before >= 1 && before <= 3 && !loneZero ? -1 : lastSeparatorAt;
      }
    }
  }
  // The thousands separators: every separator but the decimal mark, all of one kind.
  let thousandsKind = SeparatorKind.None;
  const thousandsEnd = decimalAt >= 0 ? decimalAt : end;
  let groupDigits = 0;
  let groups = 0;
  let mantissa = 0;
  let exact = true;
  for (let i = start; i < thousandsEnd; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      groupDigits++;
      mantissa = mantissa * 10 + (code - 48);
      continue;
    }
    const kind = separatorKind(code);
    if (thousandsKind === SeparatorKind.None) thousandsKind = kind;
    else if (kind !== thousandsKind) return NaN;
    // The first group has 1-3 digits, every later one exactly 3.
    if (groups === 0 ? groupDigits < 1 || groupDigits > 3 : groupDigits !== 3) return NaN;
    groups++;
    groupDigits = 0;
  }
  if (groups > 0 && groupDigits !== 3) return NaN;
  if (decimalAt >= 0 && decimalAt === start && groupDigits !== 0) return NaN;
  let scale = 1;
  for (let i = decimalAt >= 0 ? decimalAt + 1 : end; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return NaN;
    mantissa = mantissa * 10 + (code - 48);
    scale *= 10;
  }
  if (decimalAt >= 0 && decimalAt === end - 1) return NaN;
  if (digits > 15) exact = false;
  if (exact) return mantissa / scale;
  // Too many digits for exact integer arithmetic: let the engine round the plain form.
  let plain = '';
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) plain += text[i];
    else if (i === decimalAt) plain += '.';
  }
  return Number(plain);
}

function integerValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

/**
 * What an amount text says about its decimal mark (issue 10, item 6), for reading a column as a
 * whole: `decimal` is the mark the text proves decimal (`12,50`, `1 234,5`, `1.234,56` → ',');
 * `thousands` the mark it proves a thousands separator (`1,234,567`, `1,234.56` → ','); `ambiguous`
 * the mark of a text read as thousands only by the three-digits rule (`1,500`, `$1.200`).
 */
export interface MarkEvidence {
  readonly decimal: ',' | '.' | null;
  readonly thousands: ',' | '.' | null;
  readonly ambiguous: ',' | '.' | null;
}

const NO_EVIDENCE: MarkEvidence = { decimal: null, thousands: null, ambiguous: null };
const COMMA_DECIMAL: MarkEvidence = { decimal: ',', thousands: null, ambiguous: null };
const DOT_DECIMAL: MarkEvidence = { decimal: '.', thousands: null, ambiguous: null };


/**
 * One scan of the text's core (its digits and separators, with signs, currencies and spaces around
 * dropped), no regular expressions: the sales reader asks it of every amount of a column.
 */
export function markEvidence(text: string): MarkEvidence {
  const shape = markShape(text);
  return shape === NO_EVIDENCE || Number.isNaN(parseAmountText(text)) ? NO_EVIDENCE : shape;
}

/**
 * The evidence the text's marks would give if it is an amount (markEvidence without the parse):
 * the sales reader asks it first of a whole column, and parses only when some cell is ambiguous.
 */
export function markShape(text: string): MarkEvidence {
  // The core: from the first digit or mark to the last digit.
  let first = 0;
  while (first < text.length) {
    const code = text.charCodeAt(first);
    if (isDigit(code) || code === 44 || code === 46) break;
    first++;
  }
  let last = text.length - 1;
  while (last >= first && !isDigit(text.charCodeAt(last))) last--;
  if (last < first) return NO_EVIDENCE;
  let commas = 0;
  let dots = 0;
  let lastComma = -1;
  let lastDot = -1;
  for (let i = first; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code === 44) { commas++; lastComma = i; } else if (code === 46) { dots++; lastDot = i; }
  }
  if (commas === 0 && dots === 0) return NO_EVIDENCE;
  const length = last - first + 1;
  // `1,500` / `$1.200`: up to three digits (not a lone 0), one mark, exactly three digits.
  if (commas + dots === 1 && length >= 5 && length <= 7) {
    const mark = Math.max(lastComma, lastDot);
    let allDigits = true;
    for (let i = first; i <= last; i++) if (i !== mark && !isDigit(text.charCodeAt(i))) { allDigits = false; break; }
    if (allDigits && last - mark === 3 && mark - first >= 1 && mark - first <= 3 && !(text.charCodeAt(first) === 48 && mark === first + 1)) {
      return { decimal: null, thousands: null, ambiguous: mark === lastComma ? ',' : '.' };
    }
  }
  const lastMark: ',' | '.' = lastComma > lastDot ? ',' : '.';
  if ((lastMark === ',' ? commas : dots) > 1) return { decimal: null, thousands: lastMark, ambiguous: null };
  // One last mark: the parser took it as decimal (it is not the ambiguous form).
  const other = lastMark === ',' ? dots : commas;
  if (other === 0) return lastMark === ',' ? COMMA_DECIMAL : DOT_DECIMAL;
  return { decimal: lastMark, thousands: lastMark === ',' ? '.' : ',', ambiguous: null };
}
