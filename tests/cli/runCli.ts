/** Runs the command line in-process with files from a map (or the disk) and captures the output. */
import { readFileSync } from 'node:fs';
import { main } from '../../src/cli/client-value';
import type { CliIo } from '../../src/cli/io';

export async function runCli(argv: string[], files: Record<string, Uint8Array> = {}, env: Record<string, string> = { LANG: 'en_US.UTF-8' }) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => { stdout += text; } },
    stderr: { write: (text: string) => { stderr += text; } },
    env,
    readFile: (path) => files[path] ?? new Uint8Array(readFileSync(path)),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
