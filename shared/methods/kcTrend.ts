/**
 * The Kc trend (METHODS.md section 1, last line: "a falling Kc across periods means the client
 * base is getting worse"): Kc of the client base per period, at the grain of the retention table.
 *
 * - Per period and client: Kc = T × Kp × Kf, T the client's turnover in the period (net of
 *   returns, in the run's unit), Kp and Kf the client's own coefficients (payment discipline and
 *   order regularity, as in the Clients sheet). So the base's Kc moves with turnover and with the
 *   mix: turnover moving to late payers or rare buyers lowers it.
 * - Per period: total Kc (clients with positive turnover), turnover, active clients, Kc per active
 *   client, mean Kp and Kf weighted by turnover, and the change of the total against the period
 *   before (a fraction; null for the first).
 * - Per client: Kc in the last two complete periods and its change (a partial last period, one
 *   that ends after the as-of day, is left out of that comparison).
 * - Falling: the total Kc, or Kc per active client, of the last complete period below the one
 *   before; the clients whose Kc fell most (their contribution to the fall) are named.
 *
 * Example (quarters, unit 1): client X, Kp 1, Kf 0.9, turnover 100 in Q1 and 50 in Q2 → Kc 90
 * then 45, change −45; the base's total falls by 50 %.
 */
import type { DayNumber } from '../table/salesTable';
import { compareNames } from './abc';
import type { PeriodTurnover } from './classHistory';
import { periodLabel, periodEnd, type PeriodGrain } from './periods';

export interface KcPeriodRow {
  readonly period: string;
  readonly turnover: number;
  readonly kc: number;
  readonly activeClients: number;
  readonly kcPerClient: number;
  readonly meanKp: number;
  readonly meanKf: number;
  /** (kc − previous kc) / previous kc; null for the first period or a previous total of 0. */
  readonly change: number | null;
}

export interface KcFall {
  readonly before: string;
  readonly now: string;
  /** The total fell (true) or only Kc per active client (false). */
  readonly totalFell: boolean;
  readonly change: number;
  readonly perClientChange: number;
  /** The clients whose Kc fell most, largest fall first, with how much (Kc units). */
  readonly clients: readonly { readonly client: string; readonly fall: number }[];
}

export interface KcTrend {
  readonly periods: readonly KcPeriodRow[];
  /** Per client: Kc in the last two complete periods (NaN when there are fewer than two). */
  readonly previous: Float64Array;
  readonly last: Float64Array;
  readonly fall: KcFall | null;
}

export interface KcTrendOptions {
  readonly grain: PeriodGrain;
  readonly asOf: DayNumber;
  readonly unit: number;
  /** Clients named in a fall, at most. */
  readonly named?: number;
}

/** The trend from the clients' turnover per period (classHistory.ts periodTurnover, computed once for both). */
export function kcTrend(
  clients: readonly { readonly name: string }[], byPeriod: PeriodTurnover,
  payment: ArrayLike<number>, regularity: ArrayLike<number>, options: KcTrendOptions,
): KcTrend {
  const { firstPeriod, periodCount, turnover } = byPeriod;
  const clientCount = clients.length;
  const kcOf = (period: number, c: number) => (turnover[period][c] / options.unit) * payment[c] * regularity[c];
  const periods: KcPeriodRow[] = [];
  for (let p = 0; p < periodCount; p++) {
    let sales = 0;
    let kc = 0;
    let active = 0;
    let kp = 0;
    let kf = 0;
    for (let c = 0; c < clientCount; c++) {
      const t = turnover[p][c];
      if (!(t > 0)) continue;
      active++;
      sales += t;
      kc += kcOf(p, c);
      kp += t * payment[c];
      kf += t * regularity[c];
    }
    const previous = periods[p - 1];
    periods.push({
      period: periodLabel(firstPeriod + p, options.grain), turnover: sales, kc, activeClients: active,
      kcPerClient: active > 0 ? kc / active : 0, meanKp: sales > 0 ? kp / sales : 0, meanKf: sales > 0 ? kf / sales : 0,
      change: previous && previous.kc > 0 ? (kc - previous.kc) / previous.kc : null,
    });
  }
  const partial = periodEnd(firstPeriod + periodCount - 1, options.grain) > options.asOf;
  const complete = partial ? periodCount - 1 : periodCount;
  const previous = new Float64Array(clientCount).fill(NaN);
  const last = new Float64Array(clientCount).fill(NaN);
  if (complete < 2) return { periods, previous, last, fall: null };
  for (let c = 0; c < clientCount; c++) {
    previous[c] = Math.max(0, kcOf(complete - 2, c));
    last[c] = Math.max(0, kcOf(complete - 1, c));
  }
  const [before, now] = [periods[complete - 2], periods[complete - 1]];
  const perClientChange = before.kcPerClient > 0 ? (now.kcPerClient - before.kcPerClient) / before.kcPerClient : 0;
  const totalFell = now.kc < before.kc;
  const fall = totalFell || now.kcPerClient < before.kcPerClient ? {
    before: before.period, now: now.period, totalFell,
    change: before.kc > 0 ? (now.kc - before.kc) / before.kc : 0, perClientChange,
    clients: clients.map((client, c) => ({ client: client.name, fall: previous[c] - last[c] }))
      .filter((entry) => entry.fall > 0)
      .sort((x, y) => (y.fall - x.fall) || compareNames(x.client, y.client))
      .slice(0, options.named ?? 5),
  } : null;
  return { periods, previous, last, fall };
}
