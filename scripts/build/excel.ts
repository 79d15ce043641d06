/**
 * Builds the Excel add-in into `outDir` (dist/excel): functions.js (the custom functions, bundled
 * from the source generated out of the catalogue), its metadata and one localised metadata file
 * per language under versioned names (functions.<version>-<hash>.json, .ru-RU.json, .uk-UA.json), the task pane page (the panel's build when it exists, else a plain page that loads
 * functions.js, which the shared runtime needs), the icons, and manifest.xml with every URL at
 * `baseUrl`.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { CATALOGUE } from '../../shared/catalogue/catalogue';
import { runtimeCatalogueMessages } from './runtimeMessages';
import { OFFICE_WEBVIEW_SUPPORTED, OFFICE_WEBVIEW_TARGET } from './webviews';
import { excelFunctionsSource, excelMetadata, localisedMetadata, METADATA_LOCALES } from './functionsMetadata';

export const DEFAULT_BASE_URL = 'https://localhost:3000';
/** The base URL written in the manifest kept in the repo. */
const MANIFEST_BASE_URL = 'https://localhost:3000';

export interface ExcelBuildOptions {
  readonly outDir: string;
  readonly baseUrl?: string;
  /** Repository root (where manifest.xml and src/ are; the icons are in src/excel/assets). */
  readonly root?: string;
  /** Build the panel (scripts/build-panel.ts) when it exists; default true. */
  readonly withPanel?: boolean;
}

export interface ExcelBuildResult {
  readonly functionsJsBytes: number;
  readonly functionCount: number;
  readonly panel: 'panel' | 'plain';
  /** The metadata files written, by locale ('default' for English): versioned names (metadataTag). */
  readonly metadataFiles: Readonly<Record<string, string>>;
}

export async function buildExcel(options: ExcelBuildOptions): Promise<ExcelBuildResult> {
  const root = path.resolve(options.root ?? '.');
  const outDir = path.resolve(options.outDir);
  const baseUrl = normaliseBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  mkdirSync(outDir, { recursive: true });

  const source = excelFunctionsSource(CATALOGUE);
  const metadata = excelMetadata(source);
  const texts: Record<string, string> = { default: jsonText(metadata) };
  for (const [lang, locale] of Object.entries(METADATA_LOCALES) as [keyof typeof METADATA_LOCALES, string][]) {
    texts[locale] = jsonText(localisedMetadata(metadata, CATALOGUE, lang));
  }
  // Office caches function metadata for up to a day by URL: a release with new or changed
  // functions gets new file names, so Excel fetches them at once.
  const tag = metadataTag(root, Object.values(texts));
  const metadataFiles: Record<string, string> = {};
  for (const [locale, text] of Object.entries(texts)) {
    metadataFiles[locale] = locale === 'default' ? `functions.${tag}.json` : `functions.${tag}.${locale}.json`;
    writeFileSync(path.join(outDir, metadataFiles[locale]), text);
  }

  await build({
    stdin: { contents: source, loader: 'ts', resolveDir: path.join(root, 'src/excel/functions'), sourcefile: 'functions.ts' },
    outfile: path.join(outDir, 'functions.js'),
    bundle: true,
    format: 'iife',
    // The webviews Office hosts this add-in in (webviews.ts).
    target: OFFICE_WEBVIEW_TARGET,
    supported: OFFICE_WEBVIEW_SUPPORTED,
    minify: true,
    // Russian and Ukrainian messages as UTF-8, not \uXXXX escapes (a third smaller bundle).
    charset: 'utf8',
    legalComments: 'none',
    plugins: [runtimeCatalogueMessages({ omit: ['cli', 'panel', 'forecast', 'trend'], omitHistoryWarnings: true })],
    logLevel: 'warning',
  });

  const panel = await buildTaskpane(root, outDir, options.withPanel ?? true);

  const assets = path.join(root, 'src/excel/assets');
  mkdirSync(path.join(outDir, 'assets'), { recursive: true });
  for (const name of readdirSync(assets)) copyFileSync(path.join(assets, name), path.join(outDir, 'assets', name));

  let manifest = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
  for (const [locale, file] of Object.entries(metadataFiles)) {
    const kept = locale === 'default' ? 'functions.json' : `functions.${locale}.json`;
    manifest = manifest.split(`${MANIFEST_BASE_URL}/${kept}"`).join(`${MANIFEST_BASE_URL}/${file}"`);
  }
  writeFileSync(path.join(outDir, 'manifest.xml'), manifest.split(MANIFEST_BASE_URL).join(baseUrl));

  return {
    functionsJsBytes: readFileSync(path.join(outDir, 'functions.js')).length,
    functionCount: metadata.functions.length,
    panel,
    metadataFiles,
  };
}

/** `<package version>-<8 hex digits of the metadata's SHA-256>`: new names whenever a function changes. */
export function metadataTag(root: string, texts: readonly string[]): string {
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text);
  return `${version}-${hash.digest('hex').slice(0, 8)}`;
}

/** The panel's own build (engineer F's scripts/build-panel.ts) when present, else a plain page. */
async function buildTaskpane(root: string, outDir: string, withPanel: boolean): Promise<'panel' | 'plain'> {
  const panelBuild = path.join(root, 'scripts/build-panel.ts');
  if (withPanel && existsSync(panelBuild)) {
    const { buildPanel } = await import(pathToFileURL(panelBuild).href);
    await buildPanel({ host: 'excel', outDir, functionsScript: 'functions.js' });
    if (existsSync(path.join(outDir, 'taskpane.html'))) return 'panel';
  }
  writeFileSync(path.join(outDir, 'taskpane.html'), PLAIN_TASKPANE);
  return 'plain';
}

/** Loads office.js from Microsoft's CDN and the functions script (the shared runtime's page). */
const PLAIN_TASKPANE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Client Value</title>
<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
<script src="functions.js"></script>
</head>
<body>
<p>Client Value: type <code>=CLIENTS.CLIENT_VALUE(50, 1, 0.9)</code> in a cell.</p>
</body>
</html>
`;

export function normaliseBaseUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:') throw new Error(`The base URL must be https (Office loads add-ins over https only): ${baseUrl}`);
  return url.href.replace(/\/+$/, '');
}

function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
