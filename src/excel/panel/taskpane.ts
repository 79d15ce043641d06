/**
 * The Excel task pane (shared runtime): waits for Office.js, learns the display language, the
 * platform (Excel on the web has a 5 MB request cap, see limits.ts) and the workbook's date
 * system, then mounts the panel over the Office.js port.
 */
import { CELL_LIMITS } from '../../panel/limits';
import { mountPanel } from '../../panel/ui/panel';
import { createExcelPort, type ExcelContextLike } from './excelPort';

Office.onReady(async () => {
  const root = document.getElementById('cv-panel') as HTMLElement;
  const web = Office.context.diagnostics?.platform === Office.PlatformType.OfficeOnline;
  const dateSystem = await workbookDateSystem();
  const port = createExcelPort({
    run: (batch) => Excel.run((context) => batch(context as unknown as ExcelContextLike)),
    settings: {
      get: (name) => Office.context.document.settings.get(name),
      set: (name, value) => Office.context.document.settings.set(name, value),
      saveAsync: (callback) => Office.context.document.settings.saveAsync((result) =>
        callback?.({ status: String(result.status), error: result.error ? { message: result.error.message } : undefined })),
    },
    locale: Office.context.displayLanguage,
    cellLimit: web ? CELL_LIMITS.excelWeb : CELL_LIMITS.excelDesktop,
    dateSystem,
  });
  await mountPanel(root, { port });
});

/** 1904 for old Mac workbooks (ExcelApi 1.16 tells), else 1900. */
async function workbookDateSystem(): Promise<1900 | 1904> {
  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.16')) return 1900;
  try {
    return await Excel.run(async (context) => {
      // Typed loosely: the installed @types/office-js predates the property.
      const workbook = context.workbook as unknown as { load(name: string): void; use1904DateSystem?: boolean };
      workbook.load('use1904DateSystem');
      await context.sync();
      return workbook.use1904DateSystem ? 1904 : 1900;
    });
  } catch {
    return 1900;
  }
}
