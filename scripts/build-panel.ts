/**
 * Builds the "Segment clients" panel page for a host (esbuild, one bundle each):
 * - `excel`: `taskpane.html` + `taskpane.js`. The page loads Office.js from Microsoft's CDN, then
 *   the custom functions script (`functionsScript`, the shared runtime: without it cells show
 *   #BUSY!), then the panel.
 * - `sheets`: `Sidebar.html`, one self-contained file (HtmlService serves no other files), opened
 *   by `HtmlService.createHtmlOutputFromFile('Sidebar')` in src/sheets/panel/server.ts.
 * - `preview`: `index.html` + `preview.js` for `npm start` and the browser tests, with the sample
 *   sales sheet (`sampleFile`, default examples/sales-sample.csv) converted at build time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { runtimeCatalogueMessages } from './build/runtimeMessages';
import { t } from '../shared/i18n/translate';
import { OFFICE_WEBVIEW_SUPPORTED, OFFICE_WEBVIEW_TARGET } from './build/webviews';
import { csvToGrid } from '../src/panel/preview/sampleGrid';

export interface BuildPanelOptions {
  readonly host: 'excel' | 'sheets' | 'preview';
  readonly outDir: string;
  /** Excel: the custom functions script the task pane page loads (shared runtime). */
  readonly functionsScript?: string;
  /** Preview: the CSV shown as the sales sheet. */
  readonly sampleFile?: string;
  /** Preview: the name of its tab. */
  readonly sampleName?: string;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * Office builds without WebView2 on Windows show add-ins in Trident (Internet Explorer 11), where
 * the ES2017 panel cannot run (scripts/build/webviews.ts). A one-line ES5 check shows this notice
 * there, in the three languages (Office's language is not known before office.js runs).
 */
const OLD_WEBVIEW_NOTICE = '<div id="cv-old-webview" class="cv-notice" role="alert" hidden>'
  + (['en', 'ru', 'uk'] as const).map((lang) => `<p lang="${lang}">${attribute(t(lang, 'panel.error.oldWebview'))}</p>`).join('')
  + '</div><script>if (document.documentMode) document.getElementById("cv-old-webview").removeAttribute("hidden");</script>';

export async function buildPanel(options: BuildPanelOptions): Promise<void> {
  mkdirSync(options.outDir, { recursive: true });
  const panelCss = readFileSync(path.join(ROOT, 'src/panel/ui/panel.css'), 'utf8');
  switch (options.host) {
    case 'excel': {
      writeFileSync(path.join(options.outDir, 'taskpane.js'), await bundle('src/excel/panel/taskpane.ts', OFFICE_WEBVIEW_TARGET, OFFICE_WEBVIEW_SUPPORTED));
      const functions = options.functionsScript ? `<script src="${attribute(options.functionsScript)}"></script>` : '';
      writeFileSync(path.join(options.outDir, 'taskpane.html'), page({
        title: 'Client Value', css: panelCss,
        head: `<script src="${OFFICE_JS}"></script>${functions}`,
        body: `${OLD_WEBVIEW_NOTICE}<main id="cv-panel" class="cv-panel"></main><script src="taskpane.js"></script>`,
      }));
      return;
    }
    case 'sheets': {
      const script = inlineScript(await bundle('src/sheets/panel/sidebar.ts'));
      writeFileSync(path.join(options.outDir, 'Sidebar.html'), page({
        title: 'Client Value', css: panelCss, head: '',
        body: `<main id="cv-panel" class="cv-panel" data-auto-run="0"></main><script>${script}</script>`,
      }));
      return;
    }
    case 'preview': {
      const sampleFile = options.sampleFile ?? path.join(ROOT, 'examples/sales-sample.csv');
      const sample = { name: options.sampleName ?? 'Sales', grid: csvToGrid(readFileSync(sampleFile, 'utf8')) };
      writeFileSync(path.join(options.outDir, 'preview.js'), await bundle('src/panel/preview/main.ts'));
      const previewCss = readFileSync(path.join(ROOT, 'src/panel/preview/preview.css'), 'utf8');
      writeFileSync(path.join(options.outDir, 'index.html'), page({
        title: 'Client Value: local preview', css: panelCss + previewCss,
        head: `<script type="application/json" id="cv-sample">${jsonForScript(sample)}</script>`,
        body: '<div id="pv-workbook"></div><main id="cv-panel" class="cv-panel"></main><script src="preview.js"></script>',
      }));
      return;
    }
  }
}

/**
 * The Excel task pane runs in the webviews Office uses (scripts/build/webviews.ts); the Sheets
 * sidebar and the preview run in a current browser (Google Sheets supports only recent ones).
 */
async function bundle(
  entry: string, target: string | string[] = 'es2020', supported: Record<string, boolean> = {},
): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target,
    supported,
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
    // The panel shows no function help and no command-line text: leave those tables out.
    plugins: [runtimeCatalogueMessages({ omit: ['cli'] })],
  });
  return result.outputFiles[0].text;
}

function page(parts: { title: string; css: string; head: string; body: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${parts.title}</title>
<style>${parts.css}</style>
${parts.head}
</head>
<body>
${parts.body}
</body>
</html>
`;
}

/** JSON inside a <script> element: `<` escaped so that no cell text can close the element. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A bundle inlined in <script>: `</script` in its strings would end the element early. */
function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
