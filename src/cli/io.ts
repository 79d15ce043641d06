/**
 * What a command needs from the outside world, passed in so that tests run the command line
 * in-process: output streams, the environment (LANG) and a file reader.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The bytes of a file (relative paths from the working directory). */
  readonly readFile: (path: string) => Uint8Array;
}

export function nodeIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    readFile: (path) => {
      const bytes = readFileSync(resolve(process.cwd(), path));
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
  };
}
