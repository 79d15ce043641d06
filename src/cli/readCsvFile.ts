/** A sales CSV file as the rows of text cells the core reads; unreadable files are InputErrors. */
import type { Message } from '../../shared/i18n/translate';
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
