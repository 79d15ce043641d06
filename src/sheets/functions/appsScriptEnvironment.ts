/**
 * The real SheetsEnvironment: the spreadsheet's time zone and locale, Utilities' date formatting.
 * Called only when a call needs them (a Date argument or result, a message).
 */
import type { SheetsEnvironment } from './sheetsCall';

export function appsScriptEnvironment(): SheetsEnvironment {
  return {
    timeZone: () => SpreadsheetApp.getActive().getSpreadsheetTimeZone(),
    locale: () => Session.getActiveUserLocale() || SpreadsheetApp.getActive().getSpreadsheetLocale(),
    formatDate: (date, timeZone, format) => Utilities.formatDate(date, timeZone, format),
    parseDate: (text, timeZone, format) => Utilities.parseDate(text, timeZone, format),
  };
}
