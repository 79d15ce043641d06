/**
 * What a host hands over: a 2-D array of cells with a header row.
 *
 * Excel (Office.js `range.values`, custom-function ranges) gives numbers, strings, booleans and
 * error values as text such as "#N/A"; Google Sheets (`getValues`) gives the same plus `Date`
 * objects for date cells. Blank cells are "" (both hosts) or null (omitted arguments).
 */
export type Cell = string | number | boolean | Date | null | undefined;

/** A rectangular (or ragged) block of cells, row-major, as hosts hand it over. */
export type CellGrid = readonly (readonly Cell[])[];

/**
 * Spreadsheet error values as both hosts render them in `values`, plus the texts a Russian or
 * Ukrainian Excel writes into a CSV export or a pasted range (`#Н/Д` is `#N/A`, `#ЗНАЧ!` is
 * `#VALUE!`, `#ССЫЛКА!` / `#ССИЛ!` is `#REF!`, `#ДЕЛ/0!` / `#ДІЛ/0!` is `#DIV/0!`, ...).
 */
const ERROR_VALUES = new Set([
  '#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NUM!', '#NAME?', '#NULL!', '#SPILL!', '#CALC!',
  '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#GETTING_DATA', '#ERROR!',
  '#Н/Д', '#ЗНАЧ!', '#ССЫЛКА!', '#ССЫЛ!', '#ДЕЛ/0!', '#ЧИСЛО!', '#ИМЯ?', '#ПУСТО!', '#ПЕРЕНОС!',
  '#ВЫЧИСЛ!', '#ССИЛ!', '#ДІЛ/0!', "#ІМ'Я?", '#ІМ’Я?',
]);

/** True when the cell holds a spreadsheet error value (`#N/A`, `#VALUE!`, ...). */
export function isErrorCell(cell: Cell): boolean {
  return typeof cell === 'string' && cell.length > 1 && cell.charCodeAt(0) === 35 /* # */ &&
    ERROR_VALUES.has(cell.trim().toUpperCase());
}

/** True for a cell with nothing in it: null, undefined, or text of only white space. */
export function isBlankCell(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'string') return cell.trim().length === 0;
  return false;
}

/**
 * A1-style column letters for a 0-based column index (0 → "A", 26 → "AA"), so that messages can
 * name the cell a person sees ("C14").
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
