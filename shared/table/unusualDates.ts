/**
 * Sale dates that are probably typos (issue 10, item 2): one `15.03.2031` among 2024's sales, or a
 * `15.03.69` that is 1969 among 2024's, would move the as-of day (the last date) or the first
 * period, and with them periods, churn, key clients, RFM and lifetime value. The pipeline reports
 * these rows by sheet row and leaves them out unless the user confirms them (`keepUnusualDates`).
 *
 * A dated row is unusual when its day is
 * - after today (the run's clock, or the `today` option), or
 * - far from the rest of the column: with at least MIN_DATED_ROWS dated rows, more than
 *   `max(3 × IQR, 5 years)` before the first quartile or after the third quartile of the column's
 *   days (IQR = third minus first quartile; quartiles by linear interpolation of the sorted days).
 *   Three IQRs is Tukey's "far out" fence; the five-year floor keeps a long, steady history (or a
 *   young business whose rows crowd the last months) from flagging real old sales: only a date
 *   years away from where the column's middle half lies is called a typo.
 *
 * Example: 40 sales through 2024 (quartiles about 2024-04 and 2024-10) and one 1969-03-15 → the
 * 1969 row is far (more than five years before the first quartile); one 2031-03-15 with today
 * 2026-12-02 → after today.
 */
import type { DayNumber, SalesTable } from './salesTable';
import { dayFromDate } from './dates';

/** Fewer dated rows than this have no "rest of the column" to compare with. */
export const MIN_DATED_ROWS = 8;
/** The far fence is this many inter-quartile ranges beyond the quartiles… */
export const FAR_IQR_FACTOR = 3;
/** …and never closer than five years (in days). */
export const FAR_MIN_DAYS = 1826;

export interface UnusualDates {
  /** Row indices (into the table) dated after today, in row order. */
  readonly future: readonly number[];
  /** Row indices dated far from the rest of the column (and not after today), in row order. */
  readonly far: readonly number[];
}

/** Today as a day number: the given day, else the runtime clock's local calendar day. */
export function todayDay(today: DayNumber | null | undefined): DayNumber {
  return today === null || today === undefined ? dayFromDate(new Date()) : today;
}

/** The unusual dated rows of a table (none when it has no date column). */
export function unusualDates(table: SalesTable, today: DayNumber): UnusualDates {
  const future: number[] = [];
  const far: number[] = [];
  if (!table.hasDates) return { future, far };
  const { day } = table;
  let dated = 0;
  for (let row = 0; row < table.rowCount; row++) if (day[row] === day[row]) dated++;
  let low = -Infinity;
  let high = Infinity;
  if (dated >= MIN_DATED_ROWS) {
    const sorted = new Float64Array(dated);
    let next = 0;
    for (let row = 0; row < table.rowCount; row++) if (day[row] === day[row]) sorted[next++] = day[row];
    sorted.sort();
    const q1 = quantile(sorted, 0.25);
    const q3 = quantile(sorted, 0.75);
    const fence = Math.max(FAR_IQR_FACTOR * (q3 - q1), FAR_MIN_DAYS);
    low = q1 - fence;
    high = q3 + fence;
  }
  for (let row = 0; row < table.rowCount; row++) {
    const d = day[row];
    if (d !== d) continue;
    if (d > today) future.push(row);
    else if (d < low || d > high) far.push(row);
  }
  return { future, far };
}

/** Linear-interpolation quantile of sorted values (type 7, as spreadsheets' QUARTILE.INC). */
function quantile(sorted: Float64Array, p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}
