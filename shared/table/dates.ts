/**
 * The one date module of the product: calendar days as whole numbers (DayNumber = days since
 * 1970-01-01), converted from and to everything a sales sheet holds.
 *
 * Rules (METHODS.md section 0, "Dates"):
 * - Excel serials, 1900 system: serial 25569 is 1970-01-01; serial 60 is the fictitious
 *   1900-02-29 that Excel keeps for Lotus 1-2-3 compatibility, so it is not a day (NaN) and the
 *   serials 1..59 are one day later than a plain count would give (serial 1 = 1900-01-01).
 *   1904 system (old Mac workbooks): serial 0 is 1904-01-01, so 1970-01-01 is serial 24107.
 *   A fractional part is a time of day and is dropped.
 * - `Date` objects (Google Sheets via Apps Script): the calendar fields of the Date in the
 *   runtime's time zone. Apps Script hands over dates in the spreadsheet's zone while the script
 *   runs in its own, so the host must convert to the spreadsheet's zone at the edge (or hand over
 *   day numbers); the core never guesses a zone.
 * - Text: ISO `yyyy-mm-dd` (a time after it is ignored: the calendar day typed is the day),
 *   `yyyy/mm/dd`, `yyyy.mm.dd`, `dd.mm.yyyy`, `dd.mm.yy`, `dd-mm-yyyy`, and `a/b/yyyy` read in the
 *   workbook's order (`slashDateOrder`, 'dmy' or 'mdy'). Two-digit years follow Excel's pivot:
 *   00-29 are 2000-2029, 30-99 are 1930-1999 (so `15.03.69` is 1969-03-15, never 2069, and
 *   `15.03.24` is 2024-03-15); a date far from the rest of the column is then reported by the
 *   pipeline (unusualDates.ts), not silently used. Day and month may have one or two digits;
 *   a time such as ` 14:30` or ` 0:00:00`, or the year word ` г.` / ` р.`, may follow.
 *   Impossible dates (31.02.2024) are NaN.
 *
 * Conversions use integer arithmetic only (Howard Hinnant's days-from-civil algorithm), no Date
 * objects, because a million rows go through them.
 *
 * Examples: dayFromYmd(1970, 1, 1) = 0; dayFromYmd(2024, 1, 15) = 19737;
 * dayFromExcelSerial(45306, 1900) = 19737; dayFromExcelSerial(43844, 1904) = 19737;
 * parseDateCell('15.01.2024', …) = 19737.
 */
import type { Cell, CellGrid } from '../cells';
import type { DayNumber } from './salesTable';

export interface CalendarDate {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  /** 1..31 */
  readonly day: number;
}

export interface DateReadingOptions {
  readonly dateSystem: 1900 | 1904;
  readonly slashDateOrder: 'dmy' | 'mdy';
}

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 system. */
const EXCEL_1900_EPOCH = 25569;
/** Serial of 1970-01-01 in the 1904 system. */
const EXCEL_1904_EPOCH = 24107;
/** Day number of 1900-03-01, the first day on which 1900 serials count plainly. */
const DAY_1900_03_01 = -25508;
/** Day number of 1900-01-01 (1900 serial 1). */
const DAY_1900_01_01 = -25567;
/** Latest day Excel can show, 9999-12-31. */
const DAY_9999_12_31 = 2932896;
/** Numbers in a date column are read as serials only for years 1920..2199 (see parseDateCell). */
const PLAUSIBLE_FIRST_DAY = -18263; // 1920-01-01
const PLAUSIBLE_LAST_DAY = 84005; // 2199-12-31
/** Two-digit years below this are 20xx, the rest 19xx: Excel's rule (00-29 → 2000-2029). */
export const TWO_DIGIT_YEAR_PIVOT = 30;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of a year (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Day number of a calendar date (proleptic Gregorian). NaN when the date does not exist
 * (month outside 1..12, day outside the month, non-integer fields).
 */
export function dayFromYmd(year: number, month: number, day: number): DayNumber {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return NaN;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Calendar date of a day number (inverse of dayFromYmd). */
export function ymdFromDay(day: DayNumber): CalendarDate {
  const packed = civilFromDay(day);
  const monthAndDay = packed - Math.floor(packed / 512) * 512;
  return { year: Math.floor(packed / 512), month: monthAndDay >> 5, day: monthAndDay & 31 };
}

/**
 * Year and month packed as year * 12 + month - 1 without allocating: the engine of
 * monthIndex / quarterIndex / yearOf, called once per row by the period methods.
 */
function packedYearMonth(day: DayNumber): number {
  const packed = civilFromDay(day);
  return Math.floor(packed / 512) * 12 + ((packed - Math.floor(packed / 512) * 512) >> 5) - 1;
}

/**
 * The civil calendar date of a day number (H. Hinnant's days-to-civil algorithm, the inverse of
 * dayFromYmd), packed into one integer, year * 512 + month * 32 + day, so that hot loops allocate
 * nothing.
 */
function civilFromDay(day: DayNumber): number {
  const z = Math.floor(day) + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 512 + month * 32 + (dayOfYear - Math.floor((153 * mp + 2) / 5) + 1);
}

/** Month of a day as one counter: year * 12 + (month - 1). NaN for NaN. */
export function monthIndex(day: DayNumber): number {
  return day === day ? packedYearMonth(day) : NaN;
}

/** Quarter of a day as one counter: year * 4 + (quarter - 1). NaN for NaN. */
export function quarterIndex(day: DayNumber): number {
  if (day !== day) return NaN;
  const packed = packedYearMonth(day);
  const year = Math.floor(packed / 12);
  return year * 4 + Math.floor((packed - year * 12) / 3);
}

/** Calendar year of a day. NaN for NaN. */
export function yearOf(day: DayNumber): number {
  return day === day ? Math.floor(packedYearMonth(day) / 12) : NaN;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** 'YYYY-MM-DD' for a day number (the form dates take in JSON and on the command line). */
export function isoFromDay(day: DayNumber): string {
  if (!Number.isFinite(day)) return '';
  const { year, month, day: dayOfMonth } = ymdFromDay(day);
  const yearText = year >= 0 && year < 10000 ? String(year).padStart(4, '0') : String(year);
  return `${yearText}-${pad2(month)}-${pad2(dayOfMonth)}`;
}

/** Day number of ISO text 'YYYY-MM-DD' (a time after the date is allowed and ignored); NaN otherwise. */
export function dayFromIso(text: string): DayNumber {
  if (typeof text !== 'string') return NaN;
  const s = text.trim();
  if (s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const year = digitsAt(s, 0, 4);
  const month = digitsAt(s, 5, 2);
  const day = digitsAt(s, 8, 2);
  if (year < 0 || month < 0 || day < 0) return NaN;
  if (s.length > 10 && !isTimeTail(s, 10)) return NaN;
  return dayFromYmd(year, month, day);
}

/** The value of `count` decimal digits at `start`, or -1 when any is not a digit. */
function digitsAt(s: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/** A time of day after a date: `T14:30`, ` 0:00:00`, ` 14:30:15.123Z`, `T10:00+03:00`, ` 2:15 PM`. */
const TIME_TAIL = /^[T ]\s*\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*([AaPp]\.?[Mm]\.?|Z|[+-]\d{2}(:?\d{2})?)?$/;

/** The year word 1C and Russian/Ukrainian documents put after a date: `15.01.2024 г.`, `15.01.2024 р.`. */
const YEAR_WORD_TAIL = /^\s*[гр]\.?$/;

function isTimeTail(s: string, from: number): boolean {
  return TIME_TAIL.test(s.slice(from));
}

/**
 * Day number of an Excel serial in the workbook's date system (time of day dropped).
 * NaN for serial 60 of the 1900 system (the fictitious 1900-02-29), for serials before the
 * system's first day, after 9999-12-31, or not finite.
 */
export function dayFromExcelSerial(serial: number, system: 1900 | 1904): DayNumber {
  if (!Number.isFinite(serial)) return NaN;
  const whole = Math.floor(serial);
  let day: number;
  if (system === 1904) {
    if (whole < 0) return NaN;
    day = whole - EXCEL_1904_EPOCH;
  } else {
    if (whole < 1 || whole === 60) return NaN;
    day = whole < 60 ? whole - EXCEL_1900_EPOCH + 1 : whole - EXCEL_1900_EPOCH;
  }
  return day > DAY_9999_12_31 ? NaN : day;
}

/** Excel serial of a day in the workbook's date system; NaN before the system's first day. */
export function excelSerialFromDay(day: DayNumber, system: 1900 | 1904): number {
  if (!Number.isFinite(day)) return NaN;
  const whole = Math.floor(day);
  if (system === 1904) {
    const serial = whole + EXCEL_1904_EPOCH;
    return serial < 0 ? NaN : serial;
  }
  if (whole >= DAY_1900_03_01) return whole + EXCEL_1900_EPOCH;
  if (whole >= DAY_1900_01_01) return whole + EXCEL_1900_EPOCH - 1;
  return NaN;
}

/**
 * Day number of a Date's calendar fields in the runtime's time zone (NaN for an invalid Date).
 * Hosts convert Apps Script dates to the spreadsheet's zone before this (see the header).
 */
export function dayFromDate(date: Date): DayNumber {
  const time = date.getTime();
  if (time !== time) return NaN;
  return dayFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** A Date at UTC midnight of the day (for hosts that write Date values). */
export function dateFromDay(day: DayNumber): Date {
  return new Date(day * MS_PER_DAY);
}

/**
 * The day a date cell holds, NaN when it holds no date:
 * - numbers: Excel serials in the workbook's system, accepted only for years 1920..2199 (a sale
 *   day outside that is a typo or a number that is not a date, such as 2024 or 20240115);
 * - Date objects: see dayFromDate;
 * - text: the formats in the module header;
 * - anything else (booleans, blanks, error values): NaN.
 */
export function parseDateCell(cell: Cell, options: DateReadingOptions): DayNumber {
  if (typeof cell === 'number') {
    const day = dayFromExcelSerial(cell, options.dateSystem);
    return day >= PLAUSIBLE_FIRST_DAY && day <= PLAUSIBLE_LAST_DAY ? day : NaN;
  }
  if (typeof cell === 'string') return dayFromDateText(cell, options.slashDateOrder);
  if (cell instanceof Date) return dayFromDate(cell);
  return NaN;
}

/**
 * Day of date text: three digit groups with one kind of separator ('.', '-' or '/'), year first
 * (4 digits) or last (4 or 2 digits), then optionally a time of day.
 */
function dayFromDateText(text: string, slashDateOrder: 'dmy' | 'mdy'): DayNumber {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  // Three runs of digits separated by the same character.
  let i = start;
  let first = 0;
  let firstDigits = 0;
  while (i < end) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    first = first * 10 + c;
    firstDigits++;
    i++;
  }
  if (firstDigits === 0 || firstDigits > 4 || i >= end) return NaN;
  const separator = text.charCodeAt(i);
  if (separator !== 46 /* . */ && separator !== 45 /* - */ && separator !== 47 /* / */) return NaN;
  i++;
  let second = 0;
  let secondDigits = 0;
  while (i < end) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    second = second * 10 + c;
    secondDigits++;
    i++;
  }
  if (secondDigits === 0 || secondDigits > 2 || i >= end || text.charCodeAt(i) !== separator) return NaN;
  i++;
  let third = 0;
  let thirdDigits = 0;
  while (i < end) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    third = third * 10 + c;
    thirdDigits++;
    i++;
  }
  if (thirdDigits === 0 || thirdDigits > 4) return NaN;
  if (i < end && !isTimeTail(text.slice(i, end), 0) && !YEAR_WORD_TAIL.test(text.slice(i, end))) return NaN;

  if (firstDigits === 4) {
    // Year first: yyyy-mm-dd, yyyy.mm.dd, yyyy/mm/dd.
    return thirdDigits <= 2 ? dayFromYmd(first, second, third) : NaN;
  }
  if (firstDigits > 2) return NaN;
  let year: number;
  if (thirdDigits === 4) year = third;
  else if (thirdDigits === 2) year = third < TWO_DIGIT_YEAR_PIVOT ? 2000 + third : 1900 + third;
  else return NaN;
  if (separator === 47 && slashDateOrder === 'mdy') return dayFromYmd(year, first, second);
  return dayFromYmd(year, second, first);
}

/** `a/b/yy(yy)` at the start of a text: the two leading numbers. */
const SLASH_DATE = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?!\d)/;

/**
 * The slash order a date column proves (issue 10, item 3): when some `a/b/yyyy` text can be read
 * only one way (`03/15/2024` only month-first, `15/03/2024` only day-first), no cell proves the
 * other way, and that way is not already `order` (the workbook locale's), the whole column is read
 * that way. Returns the order and the first proving cell (0-based row index and its text), else null
 * (nothing proved, the locale's order proved, or cells proving both ways: then the locale's order
 * stays and the impossible dates are reported as bad dates).
 */
export function slashOrderOfColumn(
  cells: CellGrid, from: number, to: number, column: number, order: 'dmy' | 'mdy',
): { order: 'dmy' | 'mdy'; index: number; text: string } | null {
  let dayFirst = -1;
  let monthFirst = -1;
  for (let index = from; index < to; index++) {
    const row = cells[index];
    const cell = Array.isArray(row) ? row[column] : undefined;
    if (typeof cell !== 'string') continue;
    const match = SLASH_DATE.exec(cell);
    if (!match) continue;
    const a = Number(match[1]);
    const b = Number(match[2]);
    if (a > 12 && b >= 1 && b <= 12 && dayFirst < 0) dayFirst = index;
    else if (b > 12 && a >= 1 && a <= 12 && monthFirst < 0) monthFirst = index;
    if (dayFirst >= 0 && monthFirst >= 0) return null;
  }
  const proved = order === 'dmy' ? monthFirst : dayFirst;
  if (proved < 0 || (order === 'dmy' ? dayFirst : monthFirst) >= 0) return null;
  return { order: order === 'dmy' ? 'mdy' : 'dmy', index: proved, text: String((cells[proved] as Cell[])[column]) };
}

/**
 * The slash-date order of a locale tag (`en-US`, `en_GB`, `ru`): month first for the United
 * States and the few regions that write dates that way (US, PH, FM, MH, PW, and a bare `en`,
 * which hosts report for US English), day first everywhere else (and for an empty or unknown tag).
 */
export function slashDateOrderForLocale(locale: string | null | undefined): 'dmy' | 'mdy' {
  const parts = String(locale ?? '').trim().toLowerCase().split(/[-_]/);
  const language = parts[0];
  const region = parts.slice(1).find((part) => /^[a-z]{2}$/.test(part));
  if (region === undefined) return language === 'en' && parts.length === 1 ? 'mdy' : 'dmy';
  return MONTH_FIRST_REGIONS.has(region) ? 'mdy' : 'dmy';
}

const MONTH_FIRST_REGIONS = new Set(['us', 'ph', 'fm', 'mh', 'pw', 'um', 'as', 'gu', 'mp', 'pr', 'vi']);
