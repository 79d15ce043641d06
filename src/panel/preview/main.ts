/**
 * The local preview's page (`npm start`): the built-in sample sales sheet in a grid with sheet
 * tabs, and the real panel beside it, running the same panel and writer code against the
 * in-memory workbook behind the same port the hosts implement.
 */
import type { CellGrid } from '../../../shared/cells';
import { langFromLocale, type Lang } from '../../../shared/i18n/lang';
import { t } from '../../../shared/i18n/translate';
import { inWorker, serveAnalysis, workerAnalyzer } from '../analyzer';
import { ownScriptWorker } from '../ui/ownScriptWorker';
import { CELL_LIMITS } from '../limits';
import { MemoryWorkbook } from '../memoryWorkbook';
import { mountPanel } from '../ui/panel';
import { renderGrid } from './grid';

interface SampleSheet {
  readonly name: string;
  readonly grid: CellGrid;
}

function start(): void {
  const sample = JSON.parse(document.getElementById('cv-sample')?.textContent ?? '{}') as SampleSheet;
  const requested = new URLSearchParams(location.search).get('lang');
  const lang: Lang = langFromLocale(requested ?? navigator.language);
  const workbook = new MemoryWorkbook({ locale: lang, cellLimit: CELL_LIMITS.preview });
  workbook.addUserSheet(sample.name, sample.grid);
  document.title = t(lang, 'panel.preview.title');
  const gridRoot = document.getElementById('pv-workbook') as HTMLElement;
  const panelRoot = document.getElementById('cv-panel') as HTMLElement;
  const redraw = () => renderGrid(gridRoot, workbook, lang);
  redraw();
  void mountPanel(panelRoot, { port: workbook, lang, onWritten: redraw, analyzer: workerAnalyzer(ownScriptWorker(script)) });
}

let script: HTMLScriptElement | null = null;
if (inWorker()) {
  serveAnalysis(self as unknown as Parameters<typeof serveAnalysis>[0]);
} else {
  script = document.currentScript as HTMLScriptElement | null;
  start();
}
