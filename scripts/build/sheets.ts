/**
 * Builds the Google Sheets add-on into `outDir` (dist/sheets): Code.js = the bundle (an IIFE whose
 * exports become the global `ClientValue`) followed by one plain global function per catalogue
 * function with the JSDoc Sheets shows while typing (`@customfunction`, `@param`, `@return`), and
 * one per name of the panel's GLOBAL_FUNCTIONS (onOpen, showSidebar, ...) when the panel's server
 * file exists; appsscript.json; and the sidebar page from the panel's build.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';
import { CATALOGUE } from '../../shared/catalogue/catalogue';
import { runtimeCatalogueMessages } from './runtimeMessages';
import { exampleLine } from '../../shared/catalogue/examples';
import type { CatalogueFunction } from '../../shared/catalogue/types';
import { t } from '../../shared/i18n/translate';

export const SHEETS_GLOBAL = 'ClientValue';

/**
 * The Apps Script manifest as shipped, refused unless `exceptionLogging` is `NONE`. With
 * `STACKDRIVER`, Apps Script logs every uncaught exception's message to the Cloud logs of the
 * script's owner, and our messages carry sheet text (a header, a client name, a sheet name, in the
 * parameters the sidebar needs to show the message); for an add-on the owner is the developer, not
 * the user whose sheet it is. The user still sees every message (in the cell or the sidebar).
 */
export function checkedManifest(json: string): string {
  const manifest = JSON.parse(json) as { exceptionLogging?: unknown };
  if (manifest.exceptionLogging !== 'NONE') {
    throw new Error(`appsscript.json: exceptionLogging must be "NONE" (got ${JSON.stringify(manifest.exceptionLogging)}): exception messages carry cell text and STACKDRIVER would send them to the script owner's Cloud logs`);
  }
  return json;
}

export interface SheetsBuildOptions {
  readonly outDir: string;
  readonly root?: string;
  /** Build the panel (scripts/build-panel.ts) when it exists; default true. */
  readonly withPanel?: boolean;
}

export interface SheetsBuildResult {
  readonly codeJsBytes: number;
  readonly customFunctions: readonly string[];
  readonly panelFunctions: readonly string[];
}

export async function buildSheets(options: SheetsBuildOptions): Promise<SheetsBuildResult> {
  const root = path.resolve(options.root ?? '.');
  const outDir = path.resolve(options.outDir);
  mkdirSync(outDir, { recursive: true });

  const hasPanelServer = existsSync(path.join(root, 'src/sheets/panel/server.ts'));
  const entry = ["export * from './index';", hasPanelServer ? "export * from './panel/server';" : ''].join('\n');
  const bundled = await build({
    stdin: { contents: entry, loader: 'ts', resolveDir: path.join(root, 'src/sheets'), sourcefile: 'entry.ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: SHEETS_GLOBAL,
    target: 'es2020',
    minify: true,
    // Apps Script files are UTF-8: Russian and Ukrainian text as it is, not \uXXXX escapes.
    charset: 'utf8',
    legalComments: 'none',
    plugins: [runtimeCatalogueMessages({ omit: ['cli'] })],
    logLevel: 'warning',
  });
  const bundle = bundled.outputFiles[0].text;

  const panelFunctions = exportedGlobalFunctions(bundle, hasPanelServer);
  const clash = panelFunctions.find((name) => CATALOGUE.some((entry) => entry.name === name));
  if (clash) throw new Error(`The panel's global function ${clash} has the name of a custom function`);

  const code = [
    bundle.trimEnd(),
    '',
    '// Generated from shared/catalogue by scripts/build/sheets.ts: the global functions Apps Script calls.',
    ...CATALOGUE.map(customFunctionStub),
    ...panelFunctions.map(panelFunctionStub),
  ].join('\n');
  writeFileSync(path.join(outDir, 'Code.js'), code);
  writeFileSync(path.join(outDir, 'appsscript.json'), checkedManifest(readFileSync(path.join(root, 'appsscript.json'), 'utf8')));

  const panelBuild = path.join(root, 'scripts/build-panel.ts');
  if ((options.withPanel ?? true) && existsSync(panelBuild)) {
    const { buildPanel } = await import(pathToFileURL(panelBuild).href);
    await buildPanel({ host: 'sheets', outDir });
  }

  return {
    codeJsBytes: Buffer.byteLength(code),
    customFunctions: CATALOGUE.map((entry) => entry.name),
    panelFunctions,
  };
}

/**
 * Runs the bundle with no Apps Script around (nothing runs at load time) to check its exports: `run`
 * (the custom functions' entry; a clash of export names would silently drop it) and, with the
 * panel, each name of its GLOBAL_FUNCTIONS. Returns those names.
 */
function exportedGlobalFunctions(bundle: string, hasPanelServer: boolean): string[] {
  const context = vm.createContext({});
  vm.runInContext(`${bundle}\n;this.__exports = ${SHEETS_GLOBAL};`, context);
  const exports = (context as { __exports?: Record<string, unknown> }).__exports ?? {};
  if (typeof exports.run !== 'function') throw new Error(`The Apps Script bundle does not export run()`);
  if (!hasPanelServer) return [];
  const names = exports.GLOBAL_FUNCTIONS;
  if (!Array.isArray(names)) throw new Error('src/sheets/panel/server.ts must export GLOBAL_FUNCTIONS (a list of names)');
  for (const name of names) {
    if (typeof name !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`Bad global function name: ${String(name)}`);
    if (typeof exports[name] !== 'function') throw new Error(`GLOBAL_FUNCTIONS names ${name}, which src/sheets/panel/server.ts does not export as a function`);
  }
  return names as string[];
}

function docText(text: string): string {
  return text.replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim();
}

/** `@param {type} name help` type shown by Sheets. */
function sheetsParamType(entry: CatalogueFunction['params'][number]): string {
  switch (entry.kind) {
    case 'number': return 'number';
    case 'text': return 'string';
    case 'value': return 'number|string';
    case 'range': return 'Array<Array<*>>';
    default: return 'Array<Array<*>>|string';
  }
}

export function customFunctionStub(entry: CatalogueFunction): string {
  const names = entry.params.map((param) => param.name);
  return [
    '/**',
    ` * ${docText(t('en', entry.help))}`,
    ...entry.examples.map((example) => ` * Example: ${exampleLine(entry, example, 'en', entry.name)}`),
    ...entry.params.map((param) =>
      ` * @param {${sheetsParamType(param)}} ${param.optional ? `[${param.name}]` : param.name} ${docText(t('en', param.help))}`),
    ` * @return ${docText(t('en', entry.returns))}`,
    ' * @customfunction',
    ' */',
    `function ${entry.name}(${names.join(', ')}) {`,
    `  return ${SHEETS_GLOBAL}.run("${entry.name}", [${names.join(', ')}]);`,
    '}',
    '',
  ].join('\n');
}

function panelFunctionStub(name: string): string {
  return `function ${name}() {\n  return ${SHEETS_GLOBAL}.${name}.apply(null, arguments);\n}\n`;
}
