/**
 * Calendar periods for the methods, numbered from 1970: month 0 = January 1970, quarter 0 = Q1 1970,
 * year 0 = 1970, so consecutive periods are consecutive integers and "empty periods" are simply the
 * missing integers. A thin layer over the one date module (table/dates.ts), which does the
 * calendar arithmetic.
 */
import type { DayNumber } from '../table/salesTable';
import type { PeriodGrain } from '../pipeline/options';
import { dayFromYmd, isoFromDay, monthIndex as absoluteMonth, ymdFromDay } from '../table/dates';

const MONTHS_BEFORE_1970 = 1970 * 12;

/** Calendar year, month (1..12) and day of month of a day number. */
export function civilDate(day: DayNumber): { year: number; month: number; dayOfMonth: number } {
  const { year, month, day: dayOfMonth } = ymdFromDay(day);
  return { year, month, dayOfMonth };
}

/**
 * Day number of a calendar date (month 1..12). Linear in the day of month: a day past the end of
 * the month rolls into the next (29 February of a common year is 1 March).
 */
export function dayFromCivil(year: number, month: number, dayOfMonth: number): DayNumber {
  return dayFromYmd(year, month, 1) + dayOfMonth - 1;
}

/** Months since January 1970 (January 1970 = 0). */
export function monthIndex(day: DayNumber): number {
  return absoluteMonth(day) - MONTHS_BEFORE_1970;
}

/** Period number of a day for a grain: months, quarters or years since 1970. */
export function periodIndex(day: DayNumber, grain: PeriodGrain): number {
  const month = monthIndex(day);
  if (grain === 'month') return month;
  if (grain === 'quarter') return Math.floor(month / 3);
  return Math.floor(month / 12);
}

/** `YYYY-MM-DD` of a day number. */
export function isoDate(day: DayNumber): string {
  return isoFromDay(day);
}
