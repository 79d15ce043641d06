/**
 * `npm run dev-server` as office-addin-debugging runs it: the script serves a built add-in over
 * https with the development certificate from its folder, and says how to make the certificate
 * when it is missing. The certificate here is a throwaway self-signed one made with openssl.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TSX = path.resolve('node_modules/.bin/tsx');

function fetchInsecure(url: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { rejectUnauthorized: false }, (response) => {
      let body = '';
      response.on('data', (chunk) => { body += chunk; });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    }).on('error', reject);
  });
}

describe('npm run dev-server', () => {
  let dir: string;
  let server: ChildProcess | undefined;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cv-dev-server-'));
    mkdirSync(path.join(dir, 'certs'));
    mkdirSync(path.join(dir, 'site'));
    writeFileSync(path.join(dir, 'site', 'functions.0.1.0-abcdef12.json'), '{"functions":[]}');
    writeFileSync(path.join(dir, 'secret.txt'), 'outside');
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
      '-keyout', path.join(dir, 'certs', 'localhost.key'), '-out', path.join(dir, 'certs', 'localhost.crt')], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
  });

  afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the add-in over https with CORS for Excel on the web, and nothing outside its folder', async () => {
    server = spawn(TSX, ['scripts/dev-server.ts', '--dir', path.join(dir, 'site'), '--port', '0'], {
      env: { ...process.env, CLIENT_VALUE_CERTS: path.join(dir, 'certs') }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server!.stdout!.on('data', (chunk) => {
        out += chunk;
        const match = /https:\/\/localhost:(\d+)\//.exec(out);
        if (match) resolve(`https://localhost:${match[1]}/`);
      });
      server!.on('exit', (code) => reject(new Error(`dev-server exited with ${code}`)));
    });
    const metadata = await fetchInsecure(`${url}functions.0.1.0-abcdef12.json`.replace('localhost', '127.0.0.1'));
    expect(metadata.status).toBe(200);
    expect(metadata.body).toBe('{"functions":[]}');
    expect(metadata.headers['access-control-allow-origin']).toBe('*');
    expect(String(metadata.headers['content-type'])).toMatch(/application\/json/);
    expect((await fetchInsecure(`${url}..%2fsecret.txt`.replace('localhost', '127.0.0.1'))).status).toBe(404);
  }, 30_000);

  it('without a certificate, says which files are missing and the command that makes them', () => {
    const run = spawnSync(TSX, ['scripts/dev-server.ts', '--dir', path.join(dir, 'site'), '--port', '0'], {
      env: { ...process.env, CLIENT_VALUE_CERTS: path.join(dir, 'nowhere') }, encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(path.join(dir, 'nowhere', 'localhost.crt'));
    expect(run.stderr).toContain('npx --yes office-addin-dev-certs@3.0.0 install');
  }, 30_000);
});
