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

/**
 * Standard output that tolerates a reader which stops early (`client-value segment x.csv | head`):
 * once the pipe is closed (EPIPE), the rest of the output has nowhere to go, so it is dropped and
 * the program ends normally instead of crashing on an unhandled 'error' event.
 */
export function closableStdout(stream: NodeJS.WriteStream = process.stdout): CliIo['stdout'] {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
    else throw error;
  });
  return {
    write(text: string) {
      if (closed) return false;
      try {
        return stream.write(text);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
        closed = true;
        return false;
      }
    },
  };
}

export function nodeIo(): CliIo {
  return {
    stdout: closableStdout(),
    stderr: process.stderr,
    env: process.env,
    readFile: (path) => {
      const bytes = readFileSync(resolve(process.cwd(), path));
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
  };
}
