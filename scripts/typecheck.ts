/**
 * Type-checks every TypeScript project of the repo: the Node side (`tsconfig.json` at the root:
 * CLI, scripts, tests), the core alone (`shared/tsconfig.json`: no DOM, no host types, so it cannot
 * reach into a host), and each host's own projects (a `tsconfig.json` in the folders of `src/` that
 * need one), which keep the DOM, Office and Apps Script types apart.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

function projectsUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return projectsUnder(full);
    return entry.name === 'tsconfig.json' ? [full] : [];
  });
}

const projects = ['tsconfig.json', ...projectsUnder('shared'), ...projectsUnder('src')];
let failed = false;
for (const project of projects) {
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], { stdio: 'inherit' });
  console.log(`typecheck ${project}: ${result.status === 0 ? 'ok' : 'FAILED'}`);
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
