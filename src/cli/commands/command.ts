/** One command of the command line: its name, a one-line summary (a message key) and its run. */
import type { Lang } from '../../../shared/i18n/lang';
import type { MessageKey } from '../../../shared/i18n/translate';
import type { CliIo } from '../io';

export interface Command {
  readonly name: string;
  readonly summary: MessageKey;
  /** Runs with the arguments after the command name; returns the exit code. May throw UsageError,
   *  InputError or ClientValueError: the dispatcher prints them. */
  run(argv: readonly string[], io: CliIo, lang: Lang): number | Promise<number>;
}
