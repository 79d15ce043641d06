/**
 * The page's own script started a second time, as the analysis worker (src/panel/analyzer.ts): by
 * its URL (Excel's taskpane.js, the preview's preview.js), or by its text when it is inline (the
 * Sheets sidebar: HtmlService serves no other files).
 */
import type { WorkerLike } from '../analyzer';

export function ownScriptWorker(script: HTMLScriptElement | null): (() => WorkerLike) {
  return () => {
    if (!script) throw new Error('no script to start as a worker');
    if (script.src) return new Worker(script.src);
    const url = URL.createObjectURL(new Blob([script.textContent ?? ''], { type: 'text/javascript' }));
    return new Worker(url);
  };
}
