/**
 * Where the panel's analysis runs. In Excel the task pane shares one JavaScript runtime with the
 * custom functions, and Office restarts an add-in whose runtime is busy for more than 5 seconds;
 * in every host a long synchronous analysis freezes the page. So the analysis runs in a Web
 * Worker: the panel's own script, started a second time as a worker (`serveAnalysis` answers
 * there), gets the cells and the options and sends the Analysis back (both are plain data, which
 * structured cloning copies). Where a worker cannot start (a sandbox that refuses it, an old
 * webview), the analysis runs on the page after letting it paint, as before.
 */
import type { CellGrid } from '../../shared/cells';
import { ClientValueError } from '../../shared/errors';
import type { MessageKey, MessageParams } from '../../shared/i18n/translate';
import { analyzeSales } from '../../shared/pipeline/analyzeSales';
import type { AnalysisOptions } from '../../shared/pipeline/options';
import type { Analysis } from '../../shared/pipeline/types';

export interface Analyzer {
  analyze(cells: CellGrid, options: AnalysisOptions): Promise<Analysis>;
}

/** A worker's answer: the analysis, or the error (a ClientValueError by key, so it is translated). */
type Answer =
  | { readonly id: number; readonly analysis: Analysis }
  | { readonly id: number; readonly error: { readonly key: MessageKey; readonly params: MessageParams } | { readonly message: string } };

/** On the page: after one paint (the status line shows), then synchronously. */
export const pageAnalyzer: Analyzer = {
  analyze: async (cells, options) => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return analyzeSales(cells, options);
  },
};

/** The minimal Worker the analyzer needs (the DOM's Worker has it). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message' | 'error', listener: (event: { data?: unknown; preventDefault?: () => void }) => void): void;
  terminate(): void;
}

/** How long a new worker may take to say it is ready before the page does the work instead. */
export const WORKER_READY_MS = 5_000;

/**
 * In a worker made by `start` (started on first use, then kept). If it cannot start, fails to
 * load, or does not say it is ready within `readyMs` (a sandbox may block it silently), this and
 * every later analysis run on the page.
 */
export function workerAnalyzer(start: () => WorkerLike, readyMs = WORKER_READY_MS): Analyzer {
  let worker: WorkerLike | null | undefined;
  let ready: Promise<boolean> | undefined;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (answer: Answer | null) => void }>();
  let markReady: (ok: boolean) => void = () => {};
  const giveUp = () => {
    worker?.terminate();
    worker = null;
    markReady(false);
    for (const { resolve } of waiting.values()) resolve(null);
    waiting.clear();
  };
  const started = (): Promise<WorkerLike | null> => {
    if (ready) return ready.then((ok) => (ok ? worker ?? null : null));
    ready = new Promise<boolean>((resolve) => { markReady = resolve; });
    try {
      worker = start();
      worker.addEventListener('message', (event) => {
        const data = event.data as Answer | { readonly ready: true };
        if ('ready' in data) { markReady(true); return; }
        waiting.get(data.id)?.resolve(data);
        waiting.delete(data.id);
      });
      worker.addEventListener('error', (event) => { event.preventDefault?.(); giveUp(); });
      const timer = setTimeout(giveUp, readyMs);
      void ready.then(() => clearTimeout(timer));
    } catch {
      giveUp();
    }
    return started();
  };
  return {
    analyze: async (cells, options) => {
      const current = await started();
      const answer = current === null ? null : await new Promise<Answer | null>((resolve) => {
        const id = nextId++;
        waiting.set(id, { resolve });
        try {
          current.postMessage({ id, cells, options });
        } catch {
          waiting.delete(id);
          resolve(null);
        }
      });
      if (answer === null) return pageAnalyzer.analyze(cells, options);
      if ('analysis' in answer) return answer.analysis;
      if ('key' in answer.error) throw new ClientValueError(answer.error.key, answer.error.params);
      throw new Error(answer.error.message);
    },
  };
}

/** Whether this script runs as a worker (no document; `importScripts` exists only in workers). */
export function inWorker(): boolean {
  const scope = globalThis as { document?: unknown; importScripts?: unknown };
  return scope.document === undefined && typeof scope.importScripts === 'function';
}

/** In the worker: says it is ready, then answers each request with the analysis or its error. */
export function serveAnalysis(scope: { addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void; postMessage(message: unknown): void }): void {
  scope.postMessage({ ready: true });
  scope.addEventListener('message', (event) => {
    const { id, cells, options } = event.data as { id: number; cells: CellGrid; options: AnalysisOptions };
    let answer: Answer;
    try {
      answer = { id, analysis: analyzeSales(cells, options) };
    } catch (error) {
      answer = {
        id,
        error: error instanceof ClientValueError ? { key: error.key, params: error.params } : { message: error instanceof Error ? error.message : String(error) },
      };
    }
    scope.postMessage(answer);
  });
}
