/**
 * Reading a sales CSV for the command line: bytes → text → rows of text cells (the core parses the
 * values).
 *
 * Encoding: UTF-8 with or without BOM, UTF-16 with a BOM (Excel's "Unicode text"), or Windows-1251
 * (what Excel saves as "CSV" on Russian and Ukrainian Windows), decided by the share of valid UTF-8:
 * a Windows-1251 file with Cyrillic text is mostly invalid UTF-8 sequences, a UTF-8 file with a few
 * stray bytes is almost all valid ones. A UTF-8 file read despite invalid bytes names the lines that
 * hold them (the caller warns), so that no name is garbled silently.
 *
 * Line ends: CRLF, LF and lone CR, mixed in one file, all end a row; a line break inside a quoted
 * field stays part of the value.
 *
 * Separator: the one of `;`, tab and `,` that splits a header line (a line whose cells name at least
 * two columns the core knows, such as Client and Amount) into the most known headers; title lines
 * above the header do not count. Without such a line, the separator that splits the first lines into
 * the same number of cells (more than one) most consistently. papaparse does the splitting.
 */
import Papa from 'papaparse';
import { roleOfHeader } from '../../shared/table/headers';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export interface DecodedCsv {
  readonly text: string;
  readonly encoding: Encoding;
  /** Read as UTF-8 despite invalid bytes: the file's line numbers (from 1) that hold them, and how many there are. */
  readonly invalidUtf8?: { readonly lines: readonly number[]; readonly count: number };
}

/** UTF-8 is chosen when at least this many valid multi-byte sequences stand for each invalid one. */
const VALID_PER_INVALID = 3;

/** Length of the valid UTF-8 multi-byte sequence at `at` (lead byte ≥ 0x80), or 0 when it is invalid. */
function utf8SequenceLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at];
  let length: number;
  let min = 0x80;
  let max = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) min = 0xa0; // no overlong forms
    if (lead === 0xed) max = 0x9f; // no surrogates
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) min = 0x90;
    if (lead === 0xf4) max = 0x8f; // up to U+10FFFF
  } else return 0;
  if (at + length > bytes.length) return 0;
  const second = bytes[at + 1];
  if (second < min || second > max) return 0;
  for (let i = 2; i < length; i++) if (bytes[at + i] < 0x80 || bytes[at + i] > 0xbf) return 0;
  return length;
}

/** Valid multi-byte sequences, and the line numbers of the invalid bytes (CRLF, LF or CR end a line). */
function utf8Census(bytes: Uint8Array): { valid: number; invalid: number; lines: number[] } {
  let valid = 0;
  let invalid = 0;
  const lines: number[] = [];
  let line = 1;
  for (let at = 0; at < bytes.length;) {
    const byte = bytes[at];
    if (byte < 0x80) {
      if (byte === 0x0a || (byte === 0x0d && bytes[at + 1] !== 0x0a)) line++;
      at++;
      continue;
    }
    const length = utf8SequenceLength(bytes, at);
    if (length > 0) {
      valid++;
      at += length;
    } else {
      invalid++;
      if (lines[lines.length - 1] !== line) lines.push(line);
      at++;
    }
  }
  return { valid, invalid, lines };
}

export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  // Excel's "Unicode text" export is UTF-16 with a byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const census = utf8Census(bytes);
  let result: DecodedCsv;
  if (census.invalid === 0) result = { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  else if (census.valid >= VALID_PER_INVALID * census.invalid) {
    result = { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', invalidUtf8: { lines: census.lines, count: census.invalid } };
  } else result = { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  return result.text.charCodeAt(0) === 0xfeff ? { ...result, text: result.text.slice(1) } : result;
}

const SEPARATORS = [';', '\t', ','] as const;
/** Lines looked at to find the header row or the separator. */
const SAMPLE_LINES = 30;

/** The cells of one line (a quote opens a field only at its start, as papaparse reads it). */
function splitCells(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && atStart) { quoted = true; atStart = false; }
    else if (char === separator) { cells.push(cell); cell = ''; atStart = true; }
    else { cell += char; atStart = false; }
  }
  cells.push(cell);
  return cells;
}

/** The separator (see the file comment): from the header line when one is found, else the most consistent split. */
export function detectSeparator(text: string): string {
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '').slice(0, SAMPLE_LINES);
  for (const line of lines) {
    let best: string | undefined;
    let bestKnown = 1;
    for (const separator of SEPARATORS) {
      const known = new Set(splitCells(line, separator).map((cell) => roleOfHeader(cell.trim())).filter((role) => role !== undefined)).size;
      if (known > bestKnown) { best = separator; bestKnown = known; }
    }
    if (best !== undefined) return best;
  }
  // No header line known by name: the separator whose commonest cell count (above 1) most lines share.
  let best: string = ';';
  let bestLines = 0;
  for (const separator of SEPARATORS) {
    const byCount = new Map<number, number>();
    for (const line of lines) {
      const count = splitCells(line, separator).length;
      if (count > 1) byCount.set(count, (byCount.get(count) ?? 0) + 1);
    }
    const shared = Math.max(0, ...byCount.values());
    if (shared > bestLines) { best = separator; bestLines = shared; }
  }
  return best;
}

/**
 * The text with every line end outside quoted fields made LF (CRLF, LF and lone CR, even mixed in one
 * file); line breaks inside a quoted field are left as they are, part of the value.
 */
export function normaliseLineEnds(text: string, separator: string): string {
  let out = '';
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { out += '""'; i++; continue; }
      if (char === '"') quoted = false;
      out += char;
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      out += '\n';
      atStart = true;
    } else {
      if (char === '"' && atStart) quoted = true;
      atStart = char === separator;
      out += char;
    }
  }
  return out;
}

/** Rows of cells, one per line (blank lines kept as rows, so row numbers are the file's line numbers). */
export function parseCsv(text: string): { rows: string[][]; separator: string; errors: string[] } {
  const separator = detectSeparator(text);
  const result = Papa.parse<string[]>(normaliseLineEnds(text, separator), { delimiter: separator, newline: '\n', skipEmptyLines: false, quoteChar: '"' });
  const rows = result.data;
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell.trim() === '')) rows.pop();
  const errors = result.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => `${error.message}${error.row !== undefined ? ` (row ${error.row + 1})` : ''}`);
  return { rows, separator, errors };
}
