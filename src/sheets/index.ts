/**
 * The Apps Script bundle entry: esbuild wraps it as an IIFE assigned to the global `ClientValue`,
 * and the build appends one global stub per catalogue function (`function CLIENT_VALUE(...) { return
 * ClientValue.run("CLIENT_VALUE", [...]); }`) with the JSDoc Sheets shows while typing.
 */
import { CATALOGUE } from '../../shared/catalogue/catalogue';
import { appsScriptEnvironment } from './functions/appsScriptEnvironment';
import { sheetsCall } from './functions/sheetsCall';

/** Runs a catalogue function as a Sheets custom function. */
export function run(name: string, args: readonly unknown[]): unknown {
  return sheetsCall(name, args, appsScriptEnvironment());
}

/** Names of the custom functions the stubs expose (the build checks them against the catalogue). */
export const CUSTOM_FUNCTIONS: readonly string[] = CATALOGUE.map((entry) => entry.name);
