/**
 * The Excel task pane (shared runtime): waits for Office.js, learns the display language, the
 * platform (Excel on the web has a 5 MB request cap, see limits.ts) and the workbook's date
 * system, then mounts the panel over the Office.js port. The analysis runs in a Web Worker started
 * from this same script (analyzer.ts), so the shared runtime stays free for Excel.
 */
import { inWorker, serveAnalysis, workerAnalyzer, type Analyzer } from '../../panel/analyzer';
import { ownScriptWorker } from '../../panel/ui/ownScriptWorker';
import { CELL_LIMITS } from '../../panel/limits';
import { mountPanel } from '../../panel/ui/panel';
import { createExcelPort } from './excelPort';

if (inWorker()) {
  // This same script, started as the analysis worker (analyzer.ts): no Office, no page.
  serveAnalysis(self as unknown as Parameters<typeof serveAnalysis>[0]);
} else {
  const script = document.currentScript as HTMLScriptElement | null;
  Office.onReady(() => start(workerAnalyzer(ownScriptWorker(script))));
}

async function start(analyzer: Analyzer): Promise<void> {
  const root = document.getElementById('cv-panel') as HTMLElement;
  const web = Office.context.diagnostics?.platform === Office.PlatformType.OfficeOnline;
  const dateSystem = await workbookDateSystem();
  const port = createExcelPort({
    run: (batch) => Excel.run((context) => batch(context)),
    locale: Office.context.displayLanguage,
    cellLimit: web ? CELL_LIMITS.excelWeb : CELL_LIMITS.excelDesktop,
    dateSystem,
  });
  await mountPanel(root, { port, analyzer });
}

/**
 * 1904 for old Mac workbooks, else 1900, asked with a released API (ExcelApi 1.2): the worksheet
 * function DATE(1904, 1, 1) is serial 0 in the 1904 system and 1462 in the 1900 system.
 * (`Workbook.use1904DateSystem` is preview-only and absent in released Excel.)
 */
async function workbookDateSystem(): Promise<1900 | 1904> {
  try {
    return await Excel.run(async (context) => {
      const serial = context.workbook.functions.date(1904, 1, 1);
      serial.load('value');
      await context.sync();
      return serial.value === 0 ? 1904 : 1900;
    });
  } catch {
    return 1900;
  }
}
