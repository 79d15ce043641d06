/**
 * Number format codes for the writer's cell formats. Excel and Google Sheets read the same codes
 * for these; a `text` cell keeps the general format because its value already arrives guarded as
 * text (textGuard.ts).
 */
import type { CellFormat } from './port';

export const NUMBER_FORMATS: Readonly<Record<CellFormat, string>> = {
  text: 'General',
  general: 'General',
  integer: '#,##0',
  decimal: '#,##0.0',
  coefficient: '0.00',
  money: '#,##0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
};

/**
 * Google Sheets: the same codes, except text and blank cells, which get the pattern Apps Script
 * itself reports for the Automatic format (`getNumberFormat()` returns `0.###############`);
 * "General" is Excel's name and not one Sheets documents.
 */
export const SHEETS_NUMBER_FORMATS: Readonly<Record<CellFormat, string>> = {
  ...NUMBER_FORMATS,
  text: '0.###############',
  general: '0.###############',
};

/** Header fill, title size: the two styles every output sheet uses. */
export const HEADER_FILL = '#DDEBF7';
export const TITLE_FONT_SIZE = 13;
/** Excel column width is in points; about 7 points per character of the default font. */
export const POINTS_PER_CHARACTER = 7;
/** Google Sheets column width is in pixels; about 8 per character. */
export const PIXELS_PER_CHARACTER = 8;
