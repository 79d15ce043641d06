/** The built command line runs as a program: bundle it the way scripts/build-cli.ts does, then spawn it. */
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const outfile = join(mkdtempSync(join(tmpdir(), 'client-value-cli-')), 'client-value.js');

beforeAll(async () => {
  await build({
    entryPoints: [join(root, 'src/cli/client-value.ts')],
    outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    banner: { js: '#!/usr/bin/env node' }, logLevel: 'silent',
  });
}, 60_000);

const runBin = (args: string[]) => spawnSync(process.execPath, [outfile, ...args], {
  cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
});

describe('the built client-value program', () => {
  it('segments a CSV and prints JSON', () => {
    const result = runBin(['segment', 'tests/cli/fixtures/semicolon.csv', '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.summary).toMatchObject({ rowsUsed: 6, rowsSkipped: 2, clients: 3, turnover: 4900 });
  });

  it('exits 1 with a message (no stack trace) for a missing file', () => {
    const result = runBin(['segment', 'no-such.csv']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Cannot read "no-such.csv": no such file.');
  });

  it('runs the clv command (too few repeat buyers: a warning, exit 0)', () => {
    const result = runBin(['clv', 'tests/cli/fixtures/semicolon.csv', '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).summary.status).toBe('tooFewRepeatCustomers');
  });

  it('exits 2 with the usage when no command is given', () => {
    const result = runBin([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('segment');
    expect(result.stderr).toContain('clv');
  });
});

describe('a reader that closes the pipe early (client-value segment x.csv | head)', () => {
  it('ends quietly with exit 0, no EPIPE crash', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [outfile, 'segment', 'examples/sales-sample.csv', '--json'], {
      cwd: root, env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    // Like `head -c 0`: the reader is gone before the program writes (the JSON is ~190 KB anyway,
    // more than a pipe holds, so it cannot all be written before the close).
    child.stdout.destroy();
    const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(status).toBe(0);
  }, 60_000);

  it('the same through a shell pipe into head', () => {
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${outfile}" segment examples/sales-sample.csv --json | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
      cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('0');
  }, 60_000);
});
