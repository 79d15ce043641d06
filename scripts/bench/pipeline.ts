/**
 * Pipeline speed (issues 2, 3, 4): 100k and 1M sales rows of 10k clients over 3 years, as the 2-D
 * cell array a host hands over (header row + [client text, Excel serial date, amount, order id
 * text]), and the same with text dates (`dd.mm.yyyy`) and text amounts (`1 234,56`), as a CSV gives
 * them. Times the whole `analyzeSales` (client table, history, lifetime value) after a warm-up run,
 * and then its stages one by one: read (`readSales`), part 1 (`analyzeClientTable`: totals, Kc, ABC,
 * XYZ, concentration), history (`analyzeHistory`) and CLV (`lifetimeValue`).
 * Targets: part 1 (read + client table) of 1M rows < 1.5 s (issue 2) and < 400 MB; the whole
 * pipeline of 1M rows is expected under 5 s.
 *
 * Each case runs in a child process of its own, so that its peak memory is its own:
 * - peak RSS = the process's maximum resident set (process.resourceUsage().maxRSS), which
 *   INCLUDES the input cell array, Node itself and the warm-up;
 * - input = heap used by the generated cell array (heapUsed after GC, before − after generating);
 * - pipeline heap = heapUsed right after the timed run minus heapUsed before it (after GC): what the
 *   run allocated and still held, EXCLUDING the input (a lower bound of its peak heap);
 * - baseline RSS = RSS once the input is generated (after GC), before any run: peak − baseline is
 *   what the runs added (EXCLUDING the input).
 * `npm run bench -- pipeline` runs only this; `npx tsx scripts/bench/pipeline.ts` too.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Cell } from '../../shared/cells';
import { analyzeClientTable, analyzeSales } from '../../shared/pipeline/analyzeSales';
import { analyzeHistory } from '../../shared/methods/history';
import { lifetimeValue } from '../../shared/methods/clv/lifetimeValue';
import { resolveOptions } from '../../shared/pipeline/options';
import { readSales } from '../../shared/table/readSales';
import { dayFromYmd, excelSerialFromDay, ymdFromDay } from '../../shared/table/dates';

type Variant = 'numbers' | 'text';
const CLIENTS = 10_000;
const FIRST_DAY = dayFromYmd(2022, 1, 1);
const DAYS = 3 * 365;

/** Small seeded generator (mulberry32), so every run benchmarks the same sheet. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function textAmount(value: number): string {
  const [whole, cents] = Math.abs(value).toFixed(2).split('.');
  return `${value < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${cents}`;
}

function textDate(day: number): string {
  const { year, month, day: dayOfMonth } = ymdFromDay(day);
  return `${String(dayOfMonth).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

/**
 * The sales sheet: client sizes follow a long tail (a few big clients, many small); each order is
 * 1-3 adjacent lines of one client on one day; 3 % of the lines are returns. Rows are not sorted.
 * Like a real book, clients come and go: 30 % arrive during the three years and 35 % stop buying
 * before the end, so the lifetime models have drop-out to fit (with nobody leaving, BG/NBD stops at
 * a → 0). The stop day is drawn the same way for every client, so at 1M rows (about 50 orders a
 * client) BG/NBD finds one common drop-out chance (a, b → ∞) and the CLV stage fits that limit of
 * the model instead (see shared/methods/clv/README.md, "Everyone has the same chance of leaving").
 */
export function generateSales(rows: number, variant: Variant, seed = 42): Cell[][] {
  const next = random(seed);
  const names = Array.from({ length: CLIENTS }, (_, c) => `ООО «Клиент ${String(c + 1).padStart(5, '0')}»`);
  const firstDay = new Float64Array(CLIENTS);
  const span = new Float64Array(CLIENTS);
  for (let c = 0; c < CLIENTS; c++) {
    const start = next() < 0.3 ? Math.floor(next() * DAYS * 0.8) : 0;
    const end = next() < 0.35 ? start + Math.floor(next() * (DAYS - start)) : DAYS;
    firstDay[c] = FIRST_DAY + start;
    span[c] = Math.max(1, end - start);
  }
  const grid: Cell[][] = new Array(rows + 1);
  grid[0] = ['Клиент', 'Дата', 'Сумма', '№ заказа'];
  let row = 1;
  for (let order = 1; row <= rows; order++) {
    const client = Math.floor(CLIENTS * next() ** 2);
    const day = firstDay[client] + Math.floor(next() * span[client]);
    const orderId = `З-${order}`;
    const serial = excelSerialFromDay(day, 1900);
    const dateText = variant === 'text' ? textDate(day) : '';
    for (let line = 1 + Math.floor(next() * 3); line > 0 && row <= rows; line--, row++) {
      const amount = Math.round((next() < 0.03 ? -1 : 1) * (100 + next() * 50_000)) / 100;
      grid[row] = variant === 'numbers'
        ? [names[client], serial, amount, orderId]
        : [names[client], dateText, textAmount(amount), orderId];
    }
  }
  return grid;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

interface CaseFigures {
  rows: number;
  variant: Variant;
  totalMs: number[];
  /** CPU time of the process (all threads, GC helpers included) for the same runs. */
  cpuMs: number[];
  /** The stages, timed one by one after the whole runs. */
  readMs: number;
  part1Ms: number;
  historyMs: number;
  clvMs: number;
  /** How the CLV models ended on this sheet, and the BG/NBD optimiser's iterations (24 on CDNOW). */
  clvStatus: string;
  bgnbdIterations: number | null;
  clients: number;
  inputMb: number;
  pipelineHeapMb: number;
  /** RSS with the input generated (after GC), before the first run: Node, tsx and the input. */
  baselineRssMb: number;
  /** Read + client table run alone before anything else: its time and the peak RSS so far. */
  part1AloneMs: number;
  part1PeakRssMb: number;
  peakRssMb: number;
}

const MB = 1024 * 1024;

/** One case, in this process: generate, warm up, time. */
function measureCase(rows: number, variant: Variant, repeats: number): CaseFigures {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const grid = generateSales(rows, variant);
  gc();
  const inputMb = (process.memoryUsage().heapUsed - heapBefore) / MB;
  const baselineRssMb = process.memoryUsage().rss / MB;

  // Part 1 alone first (read + client table: the issue-2 target), warmed up on a slice. The
  // process's maximum RSS only grows, so reading it now gives part 1's own peak, input included.
  const options = resolveOptions();
  const warmUp = grid.slice(0, Math.min(rows, 100_000) + 1);
  for (let i = 0; i < 2; i++) analyzeClientTable(readSales(warmUp, options), options);
  gc();
  const part1Start = performance.now();
  analyzeClientTable(readSales(grid, options), options);
  const part1AloneMs = performance.now() - part1Start;
  const part1PeakRssMb = process.resourceUsage().maxRSS / 1024;

  // Then the whole pipeline, warmed up the same way.
  for (let i = 0; i < 2; i++) analyzeSales(warmUp);
  gc();

  const totalMs: number[] = [];
  const cpuMs: number[] = [];
  let pipelineHeapMb = 0;
  let clients = 0;
  for (let i = 0; i < repeats; i++) {
    gc();
    const heapStart = process.memoryUsage().heapUsed;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const analysis = analyzeSales(grid);
    totalMs.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpuMs.push((cpu.user + cpu.system) / 1000);
    pipelineHeapMb = Math.max(pipelineHeapMb, (process.memoryUsage().heapUsed - heapStart) / MB);
    clients = analysis.summary.clients;
  }
  gc();
  const time = <T>(stage: () => T): [T, number] => {
    const start = performance.now();
    const result = stage();
    return [result, performance.now() - start];
  };
  const [read, readMs] = time(() => readSales(grid, options));
  const [part1, part1Ms] = time(() => analyzeClientTable(read, options));
  const [, historyMs] = time(() => analyzeHistory(part1.table, { ...options, asOf: part1.asOf }, { abcClass: part1.columns.abc.abcClass }));
  const [clv, clvMs] = time(() => lifetimeValue(part1.table, options.clv, part1.asOf));
  const clvStatus = clv.summary.status;
  const bgnbdIterations = clv.summary.bgnbd?.iterations ?? null;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return { rows, variant, totalMs, cpuMs, readMs, part1Ms, part1AloneMs, historyMs, clvMs, clvStatus, bgnbdIterations, clients, inputMb, pipelineHeapMb, baselineRssMb, part1PeakRssMb, peakRssMb };
}

const thisFile = fileURLToPath(import.meta.url);

function runChild(rows: number, variant: Variant, repeats: number): CaseFigures {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', thisFile, '--case', String(rows), variant, String(repeats)], {
    encoding: 'utf8', maxBuffer: 16 * MB,
  });
  if (child.status !== 0) throw new Error(`case ${rows} ${variant} failed: ${child.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as CaseFigures;
}

function line(figures: CaseFigures): string {
  const best = Math.min(...figures.totalMs);
  const rate = figures.rows / (best / 1000);
  return [
    `${figures.rows.toLocaleString('en-US').padStart(9)} rows, ${figures.variant.padEnd(7)}`,
    `${best.toFixed(0).padStart(5)} ms best of ${figures.totalMs.length} (${figures.totalMs.map((ms) => ms.toFixed(0)).join(', ')}; CPU ${figures.cpuMs.map((ms) => ms.toFixed(0)).join(', ')})`,
    `${(rate / 1e6).toFixed(2)} M rows/s`,
    `stages: read ${figures.readMs.toFixed(0)} + part 1 ${figures.part1Ms.toFixed(0)} (= ${(figures.readMs + figures.part1Ms).toFixed(0)} ms) + history ${figures.historyMs.toFixed(0)} + CLV ${figures.clvMs.toFixed(0)} ms (${figures.clvStatus}, BG/NBD ${figures.bgnbdIterations ?? '-'} iterations)`,
    `input ${figures.inputMb.toFixed(0)} MB`,
    `pipeline heap +${figures.pipelineHeapMb.toFixed(0)} MB`,
    `peak RSS ${figures.peakRssMb.toFixed(0)} MB (input included; ${figures.baselineRssMb.toFixed(0)} MB before the first run, so +${(figures.peakRssMb - figures.baselineRssMb).toFixed(0)} MB for the runs)`,
    `${figures.clients} clients`,
  ].join(' | ');
}

export async function run(): Promise<void> {
  console.log('Pipeline on a host-like cell array, 10k clients, 3 years: whole analyzeSales (client table + history + CLV), then its stages.');
  console.log('Targets: part 1 (read + client table) of 1M rows < 1500 ms and < 400 MB peak RSS (input and Node included); whole pipeline of 1M rows < 5000 ms. Each case in its own process.');
  const cases: [number, Variant, number][] = [
    [100_000, 'numbers', 2], [100_000, 'text', 2], [1_000_000, 'numbers', 1], [1_000_000, 'text', 1],
  ];
  for (const [rows, variant, repeats] of cases) {
    const figures = runChild(rows, variant, repeats);
    const best = Math.min(...figures.totalMs);
    const part1 = Math.min(figures.part1AloneMs, figures.readMs + figures.part1Ms);
    const verdict = rows === 1_000_000
      ? `  [part 1 ${part1.toFixed(0)} ms ${part1 < 1500 ? 'ok' : 'SLOW'}, part 1 peak ${figures.part1PeakRssMb.toFixed(0)} MB ${figures.part1PeakRssMb < 400 ? 'ok' : 'OVER'}, whole ${best < 5000 ? 'ok' : 'SLOW'}]`
      : '';
    console.log(`${line(figures)}${verdict}`);
  }
}

const args = process.argv.slice(2);
if (args[0] === '--case') {
  const figures = measureCase(Number(args[1]), args[2] as Variant, Number(args[3] ?? 2));
  console.log(JSON.stringify(figures));
} else if (process.argv[1] && path.resolve(process.argv[1]) === thisFile) {
  await run();
}
