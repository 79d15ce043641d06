/** A sales CSV file as the rows of text cells the core reads; unreadable files are InputErrors. */
import { render, type Message } from '../../shared/i18n/translate';
import type { Lang } from '../../shared/i18n/lang';
import type { CliIo } from './io';
import { decodeCsv, parseCsv } from './csv';

/** Input the command cannot read (missing file, broken CSV): printed with its message, exit code 1. */
export class InputError extends Error {
  constructor(readonly userMessage: Message) {
    super(userMessage.key);
    this.name = 'InputError';
  }
}

/** Line numbers listed in the invalid-UTF-8 warning before it says "…". */
const LISTED_LINES = 10;

/**
 * The rows of a sales (or plan) CSV. A UTF-8 file with a few invalid bytes is read as UTF-8 and a
 * warning on stderr names the rows that hold them (the bytes show as U+FFFD), so nothing is garbled
 * silently.
 */
export function readSalesCsv(file: string, io: CliIo, lang: Lang): string[][] {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new InputError({ key: 'cli.error.cannotRead', params: { file, reason } });
  }
  const { text, invalidUtf8 } = decodeCsv(bytes);
  if (invalidUtf8) {
    const { lines, count } = invalidUtf8;
    const rows = lines.slice(0, LISTED_LINES).join(', ') + (lines.length > LISTED_LINES ? ', …' : '');
    io.stderr.write(`${render(lang, { key: 'cli.warning.invalidUtf8', params: { file, count, lines: lines.length, rows } })}\n`);
  }
  const { rows, errors } = parseCsv(text);
  if (errors.length > 0) throw new InputError({ key: 'cli.error.badCsv', params: { file, reason: errors[0] } });
  return rows;
}

/**
 * A file whose header was found but that holds no usable sales row (a header-only export, or every
 * row skipped) is an input error, not an empty report: exit code 1, with the first skip reason.
 */
export function requireSalesRows(file: string, rowsUsed: number, skipped: readonly { readonly message: Message }[], lang: Lang): void {
  if (rowsUsed > 0) return;
  const reason = skipped.length > 0 ? ` ${render(lang, skipped[0].message)}` : '';
  throw new InputError({ key: 'cli.error.noSalesRows', params: { file, skipped: skipped.length, reason } });
}
