/**
 * `npm start`: builds the local preview (scripts/build-panel.ts, host 'preview') into dist/preview
 * and serves it on localhost: the built-in sample sales sheet as a grid with sheet tabs and the
 * real "Segment clients" panel beside it, over the in-memory workbook. Port: $PORT, else 3000.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPanel } from './build-panel';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

/**
 * Serves the files of `dir` (GET only, nothing outside it) on localhost; port 0 picks a free one.
 * With `tls` (a certificate and its key) over https, as Office requires of an add-in.
 */
export function serveDirectory(dir: string, port: number, tls?: { readonly cert: Buffer; readonly key: Buffer }): Promise<Server> {
  const root = path.resolve(dir);
  const handler = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const relative = decodeURIComponent(url.pathname) === '/' ? 'index.html' : decodeURIComponent(url.pathname).slice(1);
    const file = path.resolve(root, relative);
    if (request.method !== 'GET' || (file !== root && !file.startsWith(root + path.sep))) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store',
        // Excel on the web fetches the function metadata from its own origin.
        ...(tls ? { 'access-control-allow-origin': '*' } : {}),
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  };
  const server = tls ? createHttpsServer({ cert: tls.cert, key: tls.key }, handler) : createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

async function main(): Promise<void> {
  const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/preview');
  await buildPanel({ host: 'preview', outDir });
  const port = Number(process.env.PORT ?? 3000);
  const server = await serveDirectory(outDir, Number.isInteger(port) && port >= 0 ? port : 3000);
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Client Value preview: http://localhost:${actual}/  (Ctrl+C to stop)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`preview failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
