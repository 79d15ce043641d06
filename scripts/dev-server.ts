/**
 * `npm run dev-server`: builds the Excel add-in for https://localhost:<port> and serves dist/excel
 * there over https, with the development certificate Office trusts. `npm run start:excel` has
 * office-addin-debugging start this script, then sideload dist/excel/manifest.xml.
 *
 * The certificate is the one `npx office-addin-dev-certs install` creates and trusts:
 * ~/.office-addin-dev-certs/localhost.crt and localhost.key (CLIENT_VALUE_CERTS overrides the
 * folder). Options: --port N (else $PORT, else 3000), --dir D (serve D, already built: no build).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExcel } from './build/excel';
import { serveDirectory } from './preview';

/** The command that creates and trusts the certificate (office-addin-dev-certs). */
export const CERTS_COMMAND = 'npx --yes office-addin-dev-certs@3.0.0 install';

export function certificateFolder(env: NodeJS.ProcessEnv = process.env): string {
  return env.CLIENT_VALUE_CERTS ?? path.join(os.homedir(), '.office-addin-dev-certs');
}

/** The certificate and key, or an error that says which file is missing and how to make it. */
export function readCertificate(folder: string): { cert: Buffer; key: Buffer } {
  const files = { cert: path.join(folder, 'localhost.crt'), key: path.join(folder, 'localhost.key') };
  try {
    return { cert: readFileSync(files.cert), key: readFileSync(files.key) };
  } catch {
    throw new Error(`no development certificate: ${files.cert} and ${files.key} are needed. Create and trust them with: ${CERTS_COMMAND}`);
  }
}

function option(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
}

async function main(argv: readonly string[]): Promise<void> {
  const port = Number(option(argv, '--port') ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: expected a port number, got ${String(option(argv, '--port'))}`);
  const tls = readCertificate(certificateFolder());
  const given = option(argv, '--dir');
  const dir = path.resolve(given ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '../dist/excel'));
  if (!given) await buildExcel({ outDir: dir, baseUrl: `https://localhost:${port === 0 ? 3000 : port}` });
  const server = await serveDirectory(dir, port, tls);
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Client Value for Excel: https://localhost:${actual}/taskpane.html  (manifest: ${path.join(dir, 'manifest.xml')}; Ctrl+C to stop)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`dev-server: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
