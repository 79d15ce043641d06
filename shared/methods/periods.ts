/**
 * Calendar periods for client history (METHODS.md section 2): the grain, the period a day falls
 * in, its label and its first and last day.
 *
 * Rule for `period: 'auto'` (section 2, **default**): year when the data span two years or more,
 * otherwise quarter. "Span two years" is measured from the first sale to the as-of date: the grain
 * is year when the as-of date is on or after the day before the second anniversary of the first
 * sale (2023-03-15 → 2025-03-14 or later), i.e. the span holds at least two whole years of days.
 *
 * Periods are counters from table/dates.ts (the one date module): month = year·12 + month − 1,
 * quarter = year·4 + quarter − 1, year = year, so consecutive periods are consecutive integers.
 * Labels: "2024" (year), "2024-Q3" (quarter), "2024-07" (month).
 */
import type { DayNumber } from '../table/salesTable';
import type { PeriodGrain } from '../pipeline/options';
import { dayFromYmd, monthIndex, quarterIndex, yearOf, ymdFromDay } from '../table/dates';

export type { PeriodGrain };

/** Months in one period of the grain. */
const MONTHS_PER_PERIOD: Readonly<Record<PeriodGrain, number>> = { month: 1, quarter: 3, year: 12 };

/** 12 for months, 4 for quarters, 1 for years (used to annualise churn). */
export function periodsPerYear(grain: PeriodGrain): number {
  return 12 / MONTHS_PER_PERIOD[grain];
}

/**
 * The grain actually used: the user's choice, or for 'auto' year when first sale → as-of spans two
 * years or more, else quarter. `chooseGrain('auto', day('2023-01-01'), day('2024-12-31'))` → 'year';
 * one day less → 'quarter'.
 */
export function chooseGrain(choice: PeriodGrain | 'auto', firstDay: DayNumber, asOf: DayNumber): PeriodGrain {
  if (choice !== 'auto') return choice;
  if (!Number.isFinite(firstDay) || !Number.isFinite(asOf)) return 'quarter';
  const first = ymdFromDay(firstDay);
  // 29 February has no anniversary two years later: 1 March stands in for it.
  const anniversary = dayFromYmd(first.year + 2, first.month, first.day);
  const secondAnniversary = Number.isNaN(anniversary) ? dayFromYmd(first.year + 2, 3, 1) : anniversary;
  return asOf >= secondAnniversary - 1 ? 'year' : 'quarter';
}

/** Period counter of a day for a grain (NaN for NaN). */
export function periodOfDay(day: DayNumber, grain: PeriodGrain): number {
  if (grain === 'month') return monthIndex(day);
  if (grain === 'quarter') return quarterIndex(day);
  return yearOf(day);
}

/** First day of a period. */
export function periodStart(period: number, grain: PeriodGrain): DayNumber {
  const month = period * MONTHS_PER_PERIOD[grain];
  return dayFromYmd(Math.floor(month / 12), (month % 12) + 1, 1);
}

/** Last day of a period (the day before the next period starts). */
export function periodEnd(period: number, grain: PeriodGrain): DayNumber {
  return periodStart(period + 1, grain) - 1;
}

/** "2024", "2024-Q3" or "2024-07". */
export function periodLabel(period: number, grain: PeriodGrain): string {
  const month = period * MONTHS_PER_PERIOD[grain];
  const year = Math.floor(month / 12);
  if (grain === 'year') return String(year);
  if (grain === 'quarter') return `${year}-Q${Math.floor((month % 12) / 3) + 1}`;
  return `${year}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** A period read back from a label or a user's spelling of one. */
export interface ParsedPeriod {
  readonly grain: PeriodGrain;
  readonly period: number;
}

/**
 * Reads a period as people write it in plan tables: "2024", "2024-Q3", "Q3 2024", "3кв 2024",
 * "2024-07", "07.2024", "7/2024". Returns null for anything else (the caller reports the cell).
 */
export function parsePeriod(text: string): ParsedPeriod | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let m = /^(\d{4})$/.exec(s);
  if (m) return { grain: 'year', period: Number(m[1]) };
  // Quarters: "2024-Q3", "2024 Q3", "Q3 2024", "Q3-2024", "3 кв 2024", "3кв. 2024".
  m = /^(\d{4}) ?[-/.]? ?(?:q|кв\.?) ?([1-4])$/.exec(s);
  if (m) return { grain: 'quarter', period: Number(m[1]) * 4 + Number(m[2]) - 1 };
  m = /^(?:q ?([1-4])|([1-4]) ?кв\.?) ?[-/.]? ?(\d{4})$/.exec(s);
  if (m) return { grain: 'quarter', period: Number(m[3]) * 4 + Number(m[1] ?? m[2]) - 1 };
  m = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    return { grain: 'month', period: Number(m[1]) * 12 + Number(m[2]) - 1 };
  }
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) {
    return { grain: 'month', period: Number(m[2]) * 12 + Number(m[1]) - 1 };
  }
  return null;
}

/** First and last day of a parsed period. */
export function parsedPeriodDays(parsed: ParsedPeriod): { start: DayNumber; end: DayNumber } {
  return { start: periodStart(parsed.period, parsed.grain), end: periodEnd(parsed.period, parsed.grain) };
}
