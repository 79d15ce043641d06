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

export function readSalesCsv(file: string, io: CliIo): string[][] {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new InputError({ key: 'cli.error.cannotRead', params: { file, reason } });
  }
  const { text } = decodeCsv(bytes);
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
