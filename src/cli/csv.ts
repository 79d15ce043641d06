/**
 * Reading a sales CSV for the command line: bytes → text → rows of text cells (the core parses the
 * values). Encoding: UTF-8 with or without BOM, UTF-16 with a BOM (Excel's "Unicode text"); bytes
 * that are not valid UTF-8 are read as Windows-1251 (what Excel saves as "CSV" on Russian and
 * Ukrainian Windows). Separator: the one of
 * `;`, tab and `,` that occurs most often in the header line outside quotes (amounts such as
 * `1 234,56` make commas common in the data, but rarely in headers); papaparse does the splitting.
 */
import Papa from 'papaparse';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: Encoding } {
  // Excel's "Unicode text" export is UTF-16 with a byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  let text: string;
  let encoding: Encoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1251').decode(bytes);
    encoding = 'windows-1251';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding };
}

const SEPARATORS = [';', '\t', ','] as const;

/** The separator of the first non-empty line (most frequent of ; tab , outside quotes; `;` when none). */
export function detectSeparator(text: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best: string = ';';
  for (const separator of SEPARATORS) if (counts.get(separator)! > counts.get(best)!) best = separator;
  return best;
}

/** Rows of cells, one per line (blank lines kept as rows, so row numbers are the file's line numbers). */
export function parseCsv(text: string): { rows: string[][]; separator: string; errors: string[] } {
  const separator = detectSeparator(text);
  const result = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false, quoteChar: '"' });
  const rows = result.data;
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell.trim() === '')) rows.pop();
  const errors = result.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => `${error.message}${error.row !== undefined ? ` (row ${error.row + 1})` : ''}`);
  return { rows, separator, errors };
}
