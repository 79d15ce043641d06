/**
 * Builds the command line (`client-value`) into one Node script, dist/cli/client-value.js.
 * Runs on `npm install` / `npm ci` (the `prepare` script), so `npx client-value` works after install.
 */
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/client-value.ts'],
  outfile: 'dist/cli/client-value.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
