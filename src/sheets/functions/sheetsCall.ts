/**
 * The Google Sheets side of every custom function: adapt Sheets' arguments to the catalogue and the
 * catalogue's result back. Sheets hands date cells as `Date` objects whose calendar day is the one
 * shown in the spreadsheet's time zone, while the script runs in its own zone; so each Date is
 * turned into its ISO day ('yyyy-MM-dd') in the spreadsheet's zone here, at the edge, and the core
 * reads it with its date module. A result day goes back as a Date at midnight of that day in the
 * spreadsheet's zone. A failure throws an Error whose message Sheets shows on the cell.
 */
import { callFunction } from '../../../shared/catalogue/call';
import type { ArgumentValue, CallContext, FunctionResult, ResultCell } from '../../../shared/catalogue/types';
import type { Cell } from '../../../shared/cells';
import { langFromLocale } from '../../../shared/i18n/lang';
import { isoFromDay } from '../../../shared/table/dates';

/** What the adapter needs from Apps Script (a small fake replaces it in tests). */
export interface SheetsEnvironment {
  /** The spreadsheet's time zone, e.g. "Europe/Kyiv". */
  timeZone(): string;
  /** The user's (or spreadsheet's) locale, e.g. "ru" or "en_US". */
  locale(): string;
  /** Utilities.formatDate. */
  formatDate(date: Date, timeZone: string, format: string): string;
  /** Utilities.parseDate. */
  parseDate(text: string, timeZone: string, format: string): Date;
}

const ISO_FORMAT = 'yyyy-MM-dd';

/** Runs catalogue function `name` on Sheets' arguments; throws an Error with the message on failure. */
export function sheetsCall(name: string, args: readonly unknown[], environment: SheetsEnvironment): unknown {
  const zone = lazy(() => environment.timeZone());
  const converted = args.map((argument) => sheetsArgument(argument, (date) => isoDayInZone(date, zone(), environment)));
  const locale = environment.locale();
  const context: CallContext = { lang: langFromLocale(locale), dateSystem: 1900, locale };
  const outcome = callFunction(name, converted, context);
  if (!outcome.ok) throw new Error(outcome.message);
  return sheetsResult(outcome.value, (day) => environment.parseDate(isoFromDay(day), zone(), ISO_FORMAT));
}

/** The calendar day a Sheets Date shows in the spreadsheet's zone, as ISO text. */
export function isoDayInZone(date: Date, timeZone: string, environment: Pick<SheetsEnvironment, 'formatDate'>): string {
  return environment.formatDate(date, timeZone, ISO_FORMAT);
}

/** Dates replaced by their ISO day; everything else as Sheets gave it (undefined = omitted). */
export function sheetsArgument(argument: unknown, isoDay: (date: Date) => string): ArgumentValue {
  if (Array.isArray(argument)) {
    return argument.map((row: unknown[]) => (Array.isArray(row) ? row : [row]).map((cell) => sheetsCell(cell, isoDay)));
  }
  return sheetsCell(argument, isoDay);
}

function sheetsCell(cell: unknown, isoDay: (date: Date) => string): Cell {
  if (cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]') return isoDay(cell as Date);
  return cell as Cell;
}

/** A catalogue result as Sheets takes it: days as Dates, blanks as "", no NaN. */
export function sheetsResult(result: FunctionResult, dateOfDay: (day: number) => Date): unknown {
  const cell = (value: ResultCell): unknown => {
    if (value === null) return '';
    if (typeof value === 'object') return dateOfDay(value.day);
    if (typeof value === 'number' && !Number.isFinite(value)) return '';
    return value;
  };
  if (Array.isArray(result)) return (result as readonly (readonly ResultCell[])[]).map((row) => row.map(cell));
  return cell(result as ResultCell);
}

function lazy<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) { value = compute(); done = true; }
    return value as T;
  };
}
