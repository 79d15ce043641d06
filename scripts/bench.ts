/**
 * `npm run bench`: runs every benchmark module in scripts/bench/ (each exports
 * `async function run(): Promise<void>` and prints its own figures), in name order.
 * `npm run bench -- pipeline` runs only the modules whose names are given.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const modules = readdirSync(folder)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.slice(0, -3))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

if (modules.length === 0) {
  console.error(`No benchmark named ${wanted.join(', ')} in scripts/bench/.`);
  process.exit(2);
}
let failed = false;
for (const name of modules) {
  console.log(`\n=== ${name} ===`);
  try {
    const module = (await import(pathToFileURL(path.join(folder, `${name}.ts`)).href)) as { run?: () => Promise<void> };
    if (typeof module.run !== 'function') throw new Error('it does not export run()');
    await module.run();
  } catch (error) {
    failed = true;
    console.error(`benchmark ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(failed ? 1 : 0);
