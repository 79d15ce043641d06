/**
 * The Google Sheets sidebar: the panel over a port whose every operation is one
 * `google.script.run` call to src/sheets/panel/server.ts (no Date crosses: the server turns dates
 * into `yyyy-mm-dd` text). Opened from the menu "Segment clients", it starts a run at once. The
 * analysis runs in a Web Worker made from this inline script's text (analyzer.ts), or on the page
 * where the sandbox refuses one.
 */
import type { Cell } from '../../../shared/cells';
import { inWorker, serveAnalysis, workerAnalyzer } from '../../panel/analyzer';
import { ownScriptWorker } from '../../panel/ui/ownScriptWorker';
import type { ProbeReadback, WorkbookContext, WorkbookPort, WriteRequest, WriteResult } from '../../panel/port';
import { mountPanel } from '../../panel/ui/panel';
import { fromServerError } from './serverErrors';

function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value: unknown) => resolve(value as T))
      .withFailureHandler((error: Error) => reject(fromServerError(error))) as unknown as Record<string, (...a: unknown[]) => void>;
    runner[name](...args);
  });
}

const port: WorkbookPort = {
  context: () => call<WorkbookContext>('clientValueContext'),
  readValues: (sheet, range) => call<Cell[][]>('clientValueReadValues', sheet, range ?? null),
  getSetting: (key) => call<string | null>('clientValueGetSetting', key),
  setSetting: (key, value) => call<void>('clientValueSetSetting', key, value),
  writeOutput: (request: WriteRequest) => call<WriteResult>('clientValueWriteOutput', request),
  activate: (sheet) => call<void>('clientValueActivate', sheet),
  selfTest: (request) => call<ProbeReadback>('clientValueSelfTest', request),
};

if (inWorker()) {
  // This same script, started as the analysis worker (analyzer.ts).
  serveAnalysis(self as unknown as Parameters<typeof serveAnalysis>[0]);
} else {
  const root = document.getElementById('cv-panel') as HTMLElement;
  const analyzer = workerAnalyzer(ownScriptWorker(document.currentScript as HTMLScriptElement | null));
  void mountPanel(root, { port, autoRun: root.dataset.autoRun === '1', analyzer });
}
