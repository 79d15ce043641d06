/**
 * How the add-in recognises its own output sheets on the next run: a document setting lists the
 * sheets it created (role, id, name). A sheet counts as the add-in's only when both its id and its
 * name still match the record: a sheet the user renamed, or a new sheet that merely has the same
 * name, is the user's and is never touched.
 */
import type { OutputRecord, SheetInfo } from './port';

/** The records of a marker value; anything unreadable counts as "no previous output". */
export function parseMarker(value: string | null): OutputRecord[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((entry): entry is OutputRecord =>
      typeof entry === 'object' && entry !== null &&
      (entry.role === 'clients' || entry.role === 'summary') &&
      typeof entry.id === 'string' && typeof entry.name === 'string');
  } catch {
    return [];
  }
}

export function markerValue(records: readonly OutputRecord[]): string {
  return JSON.stringify(records.map(({ role, id, name }) => ({ role, id, name })));
}

/** The sheets of the workbook that are the add-in's previous output. */
export function previousOutput(marker: string | null, sheets: readonly SheetInfo[]): SheetInfo[] {
  const records = parseMarker(marker);
  return sheets.filter((sheet) => records.some((record) => record.id === sheet.id && record.name === sheet.name));
}
