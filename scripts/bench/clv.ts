/**
 * CLV speed: the BG/NBD and Gamma-Gamma fits on CDNOW (2,357 clients; target: BG/NBD under 100 ms)
 * and BG/NBD on 100,000 clients simulated from the BG/NBD process with a seeded generator, plus the
 * per-client predictions (P(alive), expected purchases, the discounted 52-period sum), and the fit on
 * 10,000 clients who never stop buying (no interior maximum: it must stop at the boundary at once).
 * `npm run bench` runs `run()`; `npx tsx scripts/bench/clv.ts` runs it alone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dayFromYmd } from '../../shared/table/dates';
import {
  repeatSummary, fitBgNbd, fitGammaGamma, lifetimeValue, simulateBgNbd, mulberry32,
  bgNbdProbabilityAlive, bgNbdExpectedPurchases, discountedPurchases,
} from '../../shared/methods/clv';
import { DEFAULT_OPTIONS } from '../../shared/pipeline/options';

const CDNOW = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

function readCdnow() {
  const file = path.resolve(process.cwd(), '../shared/reference/lifetimes/CDNOW_sample.txt');
  const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const client = new Int32Array(lines.length);
  const day = new Float64Array(lines.length);
  const amount = new Float64Array(lines.length);
  let clientCount = 0;
  lines.forEach((line, row) => {
    const [, id, ymd, , dollars] = line.trim().split(/\s+/);
    client[row] = Number(id) - 1;
    day[row] = dayFromYmd(Number(ymd.slice(0, 4)), Number(ymd.slice(4, 6)), Number(ymd.slice(6, 8)));
    amount[row] = Number(dollars);
    clientCount = Math.max(clientCount, client[row] + 1);
  });
  return { client, day, amount, clientCount, clients: Array.from({ length: clientCount }, (_, c) => ({ name: String(c + 1) })) };
}

function time<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

function median(values: number[]): number {
  const sorted = [...values].sort((p, q) => p - q);
  return sorted[Math.floor(sorted.length / 2)];
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export async function run(): Promise<void> {
  const cdnow = readCdnow();
  const calibrationEnd = dayFromYmd(1997, 9, 30);
  const summary = time(() => repeatSummary(cdnow, { timeUnit: 'week', calibrationEnd }));
  const firstFit = time(() => fitBgNbd(summary.value));
  const warmFits = Array.from({ length: 5 }, () => time(() => fitBgNbd(summary.value)).ms);
  const spend = Array.from({ length: 5 }, () => time(() => fitGammaGamma(summary.value.frequency, summary.value.monetaryValue)));
  const whole = time(() => lifetimeValue(cdnow, { ...DEFAULT_OPTIONS.clv, calibrationEnd }, null));
  const fit = firstFit.value;
  console.log('CLV, CDNOW sample (6,919 rows, 2,357 clients, weeks):');
  console.log(`  repeat summary            ${ms(summary.ms)}`);
  console.log(`  BG/NBD fit, first run     ${ms(firstFit.ms)} (${fit.iterations} BFGS steps; target < 100 ms)`);
  console.log(`  BG/NBD fit, median of 5   ${ms(median(warmFits))}`);
  console.log(`  Gamma-Gamma fit, median   ${ms(median(spend.map((s) => s.ms)))} (946 repeat customers)`);
  console.log(`  lifetimeValue, 52 weeks   ${ms(whole.ms)} (summary + both fits + predictions)`);
  console.log(`  r ${fit.r.toFixed(4)}  α ${fit.alpha.toFixed(4)}  a ${fit.a.toFixed(4)}  b ${fit.b.toFixed(4)}  LL ${fit.logLikelihood.toFixed(2)}`);

  const random = mulberry32(1);
  const ages = Float64Array.from({ length: 100_000 }, () => 1 + 77 * random());
  const simulated = time(() => simulateBgNbd(CDNOW, ages, 20260101));
  const bigFit = time(() => fitBgNbd(simulated.value));
  const big = bigFit.value;
  const predictions = time(() => {
    const discount = 1 / (1 + (Math.pow(1.1, 7 / 365.25) - 1));
    let total = 0;
    for (let c = 0; c < ages.length; c++) {
      const { frequency, recency, T } = simulated.value;
      total += bgNbdProbabilityAlive(big, frequency[c], recency[c], T[c]);
      total += bgNbdExpectedPurchases(big, 52, frequency[c], recency[c], T[c]);
      total += discountedPurchases(big, 52, discount, frequency[c], recency[c], T[c]);
    }
    return total;
  });
  console.log('CLV, 100,000 clients simulated from BG/NBD (r 0.243, α 4.414, a 0.793, b 2.426; ages 1-78 weeks):');
  console.log(`  simulation                ${ms(simulated.ms)}`);
  console.log(`  BG/NBD fit                ${ms(bigFit.ms)} (${big.iterations} BFGS steps, converged ${big.converged})`);
  console.log(`  predictions, 52 weeks     ${ms(predictions.ms)} (P(alive), E[purchases], discounted sum)`);
  console.log(`  r ${big.r.toFixed(4)}  α ${big.alpha.toFixed(4)}  a ${big.a.toFixed(4)}  b ${big.b.toFixed(4)}`);

  // Nobody drops out (p ≈ 0): the likelihood has no interior maximum (a → 0). The fit must say so
  // quickly; before the boundary stop it took 20 s on the pipeline bench's 10,000 clients.
  const noChurnAges = Float64Array.from({ length: 10_000 }, () => 20 + 60 * random());
  const noChurn = simulateBgNbd({ r: 2, alpha: 4, a: 1e-6, b: 1 }, noChurnAges, 20260102);
  const noChurnFit = time(() => fitBgNbd(noChurn));
  const stopped = noChurnFit.value;
  console.log('CLV, 10,000 clients who never stop buying (r 2, α 4, p ≈ 0; ages 20-80 weeks):');
  console.log(`  BG/NBD fit                ${ms(noChurnFit.ms)} (${stopped.evaluations} evaluations, ${stopped.failure ?? 'converged'} at ${stopped.boundaryParameters.join(', ') || '-'})`);
}

const invokedPath = process.argv[1] ? path.resolve(process.argv[1]) : '';
if (invokedPath.endsWith(path.join('scripts', 'bench', 'clv.ts'))) await run();
