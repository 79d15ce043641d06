/**
 * The `client-value` command line. One command per file in ./commands, listed in COMMANDS;
 * `main` dispatches and turns every known kind of failure into a message on stderr and an exit
 * code (2: the command line is wrong; 1: the input cannot be used), never a stack trace.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ClientValueError } from '../../shared/errors';
import { render, t } from '../../shared/i18n/translate';
import type { Lang } from '../../shared/i18n/lang';
import { cliLang, UsageError } from './args';
import { nodeIo, type CliIo } from './io';
import { terminalSafe } from './terminalText';
import { InputError } from './readCsvFile';
import type { Command } from './commands/command';
import { segmentCommand } from './commands/segment';
import { clvCommand } from './commands/clv';

/** The commands, by name (add a command: one file in ./commands and one line here). */
export const COMMANDS: Readonly<Record<string, Command>> = {
  [segmentCommand.name]: segmentCommand,
  [clvCommand.name]: clvCommand,
};

function usage(lang: Lang): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const commands = Object.values(COMMANDS).map((command) => `  ${command.name.padEnd(width)}  ${t(lang, command.summary)}`).join('\n');
  return `${t(lang, 'cli.usage', { commands })}\n`;
}

/** Runs the command line with `argv` (without node and the script); returns the exit code. */
export async function main(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // Everything printed passes one guard: cell text never reaches the terminal as control codes.
  const io: CliIo = { ...rawIo, stdout: terminalSafe(rawIo.stdout), stderr: terminalSafe(rawIo.stderr) };
  const lang = cliLang(argv, io.env);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(usage(lang));
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`${t(lang, 'cli.error.unknownCommand', { command: name, commands: Object.keys(COMMANDS).join(', ') })}\n`);
    return 2;
  }
  try {
    return await command.run(rest, io, lang);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${render(lang, error.userMessage)}\n`);
      return 2;
    }
    if (error instanceof InputError || error instanceof ClientValueError) {
      io.stderr.write(`${render(lang, error.userMessage)}\n`);
      return 1;
    }
    io.stderr.write(`${t(lang, 'cli.error.unexpected', { reason: error instanceof Error ? error.message : String(error) })}\n`);
    return 1;
  }
}

function isEntryPoint(): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2), nodeIo()).then((code) => { process.exitCode = code; });
}
