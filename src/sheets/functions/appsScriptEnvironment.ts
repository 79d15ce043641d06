/**
 * The real SheetsEnvironment: the spreadsheet's time zone and locale, Utilities' date formatting.
 * Called only when a call needs them (a Date argument or result, a message).
 */
import type { SheetsEnvironment } from './sheetsCall';

export function appsScriptEnvironment(): SheetsEnvironment {
  return {
    timeZone: () => SpreadsheetApp.getActive().getSpreadsheetTimeZone(),
    locale: () => firstLocale([
      () => Session.getActiveUserLocale(),
      () => SpreadsheetApp.getActive().getSpreadsheetLocale(),
    ]),
    formatDate: (date, timeZone, format) => Utilities.formatDate(date, timeZone, format),
    parseDate: (text, timeZone, format) => Utilities.parseDate(text, timeZone, format),
  };
}

/**
 * The first locale a service gives. A custom function may not call services that need the user's
 * authorization, and the host refuses such a call with an exception: one refused call must not
 * fail every formula, so each is tried in turn and English is the last resort.
 */
export function firstLocale(sources: readonly (() => string)[]): string {
  for (const source of sources) {
    try {
      const locale = source();
      if (locale) return locale;
    } catch {
      // refused by the host: try the next source
    }
  }
  return 'en';
}
