/**
 * Type-checks every TypeScript project of the repo: the core alone (no DOM, no host types, so it
 * cannot reach into a host), the Node side (CLI, scripts, tests), and each host's own project
 * (`tsconfig.*.json`), which keep the DOM, Office and Apps Script types apart.
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const projects = readdirSync('.').filter((name) => /^tsconfig(\.[\w-]+)?\.json$/.test(name)).sort();
let failed = false;
for (const project of projects) {
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], { stdio: 'inherit' });
  console.log(`typecheck ${project}: ${result.status === 0 ? 'ok' : 'FAILED'}`);
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
