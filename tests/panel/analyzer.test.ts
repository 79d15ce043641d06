/**
 * The analysis off the page's thread (src/panel/analyzer.ts), with a worker simulated in-process
 * by structured cloning, as the browser copies messages: the same Analysis as on the page, input
 * errors re-raised translated, and the page as the fallback when a worker cannot start or load.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ClientValueError } from '../../shared/errors';
import { analyzeSales } from '../../shared/pipeline/analyzeSales';
import { pageAnalyzer, serveAnalysis, workerAnalyzer, type WorkerLike } from '../../src/panel/analyzer';
import { csvToGrid } from '../../src/panel/preview/sampleGrid';

const SAMPLE = csvToGrid(readFileSync('examples/sales-sample.csv', 'utf8'));

/** A worker in this process: messages go through structuredClone both ways, asynchronously. */
function clonedWorker(): WorkerLike & { requests: number } {
  const listeners: Record<string, ((event: { data?: unknown }) => void)[]> = { message: [], error: [] };
  let serve: ((event: { data: unknown }) => void) | undefined;
  serveAnalysis({
    addEventListener: (_type, listener) => { serve = listener; },
    postMessage: (answer) => setTimeout(() => listeners.message.forEach((listener) => listener({ data: structuredClone(answer) })), 0),
  });
  const worker = {
    requests: 0,
    postMessage: (message: unknown) => { worker.requests++; setTimeout(() => serve!({ data: structuredClone(message) }), 0); },
    addEventListener: (type: 'message' | 'error', listener: (event: { data?: unknown }) => void) => { listeners[type].push(listener); },
    terminate: () => {},
  };
  return worker;
}

describe('workerAnalyzer', () => {
  it('gives the same Analysis as the page, through structured cloning both ways', async () => {
    const worker = clonedWorker();
    const analyzer = workerAnalyzer(() => worker);
    const options = { lang: 'ru' as const, abc: { thresholds: [0.7, 0.9] as [number, number] } };
    const fromWorker = await analyzer.analyze(SAMPLE, options);
    expect(fromWorker).toEqual(analyzeSales(SAMPLE, options));
    await analyzer.analyze(SAMPLE, options);
    expect(worker.requests).toBe(2); // one worker, kept
  });

  it('re-raises an input error as the same translated ClientValueError', async () => {
    const analyzer = workerAnalyzer(clonedWorker);
    const cells = [['a', 'b'], ['x', 'y']];
    const failure = await analyzer.analyze(cells, {}).catch((error: unknown) => error);
    const onPage = await pageAnalyzer.analyze(cells, {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ClientValueError);
    expect((failure as ClientValueError).key).toBe('table.error.noHeader');
    expect((failure as ClientValueError).key).toBe((onPage as ClientValueError).key);
    expect((failure as ClientValueError).params).toEqual((onPage as ClientValueError).params);
  });

  it('falls back to the page when the worker cannot start, or fails to load', async () => {
    const refused = workerAnalyzer(() => { throw new Error('SecurityError'); });
    expect((await refused.analyze(SAMPLE, {})).clients.length).toBe(analyzeSales(SAMPLE).clients.length);
    let fail: (() => void) | undefined;
    const broken: WorkerLike = {
      postMessage: () => {},
      addEventListener: (type, listener) => { if (type === 'error') fail = () => listener({ preventDefault: () => {} }); },
      terminate: () => {},
    };
    const loadFails = workerAnalyzer(() => { setTimeout(() => fail!(), 0); return broken; });
    expect((await loadFails.analyze(SAMPLE, {})).summary.rowsUsed).toBe(analyzeSales(SAMPLE).summary.rowsUsed);
  });

  it('falls back to the page when a worker starts but never says it is ready (blocked silently)', async () => {
    let terminated = false;
    const silent: WorkerLike = { postMessage: () => {}, addEventListener: () => {}, terminate: () => { terminated = true; } };
    const analyzer = workerAnalyzer(() => silent, 20);
    expect((await analyzer.analyze(SAMPLE, {})).clients.length).toBe(analyzeSales(SAMPLE).clients.length);
    expect(terminated).toBe(true);
  });
});
