/**
 * Retention, churn and commitment per period (METHODS.md section 2; seeds 000 and 003).
 *
 * For consecutive periods p-1 → p:
 *   S = clients active in p-1, E = clients active in p,
 *   N = new in p (never bought before p), R = returning (bought before p-1, not in p-1, again in p),
 *   L = lost (active in p-1, not in p), permanent = active in both p-1 and p;
 *   retention rate = (E − N − R) / S, churn rate = L / S, commitment = permanent / E.
 * So E = N + R + permanent and S = permanent + L, and retention + churn = 1.
 * Retention and churn are null when S = 0; commitment is null when S = 0 (no previous period, so
 * nobody can be permanent) or E = 0. Never a division by zero.
 *
 * "Active in a period" = at least one sale (a row with a positive amount) dated in the period and on
 * or before the as-of date. Returns and zero rows do not make a client active.
 *
 * Churn norm (seed 003): the outflow must not exceed 10 % a year. A period churn c over a period
 * shorter than a year is annualised as 1 − (1 − c)^k, k = periods per year (12 months, 4 quarters):
 * the share lost over a year if every period lost the same share. A partial last period (it ends at
 * the as-of date before its calendar end) is not checked: its clients have had less time to buy, so
 * its churn overstates the outflow.
 */
import type { SalesTable, DayNumber } from '../table/salesTable';
import type { ClientStatus, PeriodRow, Warning } from '../pipeline/types';
import type { PeriodGrain } from '../pipeline/options';
import { periodEnd, periodLabel, periodOfDay, periodStart, periodsPerYear } from './periods';

/** Which client bought in which period: `active[client * periodCount + p]` is 1 or 0. */
export interface ActivityGrid {
  readonly grain: PeriodGrain;
  readonly clientCount: number;
  /** Period number (since 1970) of grid column 0: the period of the first sale. */
  readonly firstPeriod: number;
  /** Columns: first period .. the as-of date's period. */
  readonly periodCount: number;
  readonly active: Uint8Array;
}

/**
 * One pass over the rows: marks every client's periods with a sale on or before `asOf`.
 * Null when the table has no dated sale on or before `asOf`.
 */
export function activityGrid(table: SalesTable, grain: PeriodGrain, asOf: DayNumber): ActivityGrid | null {
  let firstDay = Infinity;
  for (let row = 0; row < table.rowCount; row++) {
    const day = table.day[row];
    if (table.amount[row] > 0 && day <= asOf && day < firstDay) firstDay = day;
  }
  if (firstDay === Infinity) return null;
  const firstPeriod = periodOfDay(firstDay, grain);
  const periodCount = periodOfDay(asOf, grain) - firstPeriod + 1;
  const clientCount = table.clients.length;
  const active = new Uint8Array(clientCount * periodCount);
  for (let row = 0; row < table.rowCount; row++) {
    const day = table.day[row];
    if (!(table.amount[row] > 0) || !(day <= asOf)) continue;
    active[table.client[row] * periodCount + periodOfDay(day, grain) - firstPeriod] = 1;
  }
  return { grain, clientCount, firstPeriod, periodCount, active };
}

/** The client counts of one period (p-1 → p). */
export interface PeriodFlow {
  /** S: active in the previous period (0 for the first period). */
  readonly previousActive: number;
  /** E. */
  readonly active: number;
  readonly new: number;
  readonly returning: number;
  readonly lost: number;
  readonly permanent: number;
}

/** Counts N, R, L, permanent, S and E for every period of the grid. */
export function periodFlows(grid: ActivityGrid): PeriodFlow[] {
  const { clientCount, periodCount, active } = grid;
  const counts = {
    previousActive: new Int32Array(periodCount), active: new Int32Array(periodCount),
    new: new Int32Array(periodCount), returning: new Int32Array(periodCount),
    lost: new Int32Array(periodCount), permanent: new Int32Array(periodCount),
  };
  for (let c = 0; c < clientCount; c++) {
    const base = c * periodCount;
    let boughtBefore = false;
    for (let p = 0; p < periodCount; p++) {
      const now = active[base + p] === 1;
      const before = p > 0 && active[base + p - 1] === 1;
      if (before) counts.previousActive[p]++;
      if (now) {
        counts.active[p]++;
        if (before) counts.permanent[p]++;
        else if (boughtBefore) counts.returning[p]++;
        else counts.new[p]++;
        boughtBefore = true;
      } else if (before) {
        counts.lost[p]++;
      }
    }
  }
  return Array.from({ length: periodCount }, (_, p) => ({
    previousActive: counts.previousActive[p], active: counts.active[p], new: counts.new[p],
    returning: counts.returning[p], lost: counts.lost[p], permanent: counts.permanent[p],
  }));
}

/** Retention (E − N − R) / S, churn L / S, commitment permanent / E, null where undefined. */
export function retentionRates(flow: PeriodFlow): {
  retentionRate: number | null; churnRate: number | null; commitment: number | null;
} {
  const S = flow.previousActive;
  const E = flow.active;
  if (S === 0) return { retentionRate: null, churnRate: null, commitment: null };
  return {
    retentionRate: (E - flow.new - flow.returning) / S,
    churnRate: flow.lost / S,
    commitment: E === 0 ? null : flow.permanent / E,
  };
}

/** The summary rows: label, first and last day (the last period ends at as-of), counts and rates. */
export function periodRows(grid: ActivityGrid, asOf: DayNumber): PeriodRow[] {
  return periodFlows(grid).map((flow, p) => {
    const period = grid.firstPeriod + p;
    return {
      period: periodLabel(period, grid.grain),
      start: periodStart(period, grid.grain),
      end: Math.min(periodEnd(period, grid.grain), asOf),
      active: flow.active, new: flow.new, returning: flow.returning, lost: flow.lost,
      permanent: flow.permanent,
      ...retentionRates(flow),
    };
  });
}

/**
 * Per client: status in the last period and the number of periods with a sale.
 * Status: new (first sale in the last period), permanent (sales in the last and the previous
 * period), returning (a sale in the last period, none in the previous, some before), lost (sales in
 * the previous period, none in the last); null for a client with none of these (no sale in either
 * of the last two periods, or no dated sale at all).
 */
export function clientStatuses(grid: ActivityGrid): { status: (ClientStatus | null)[]; periodsActive: Int32Array } {
  const { clientCount, periodCount, active } = grid;
  const status: (ClientStatus | null)[] = new Array(clientCount).fill(null);
  const periodsActive = new Int32Array(clientCount);
  const last = periodCount - 1;
  for (let c = 0; c < clientCount; c++) {
    const base = c * periodCount;
    let count = 0;
    for (let p = 0; p < periodCount; p++) count += active[base + p];
    periodsActive[c] = count;
    const now = active[base + last] === 1;
    const before = last > 0 && active[base + last - 1] === 1;
    if (now && before) status[c] = 'permanent';
    else if (now) status[c] = count > 1 ? 'returning' : 'new';
    else if (before) status[c] = 'lost';
  }
  return { status, periodsActive };
}

/** 1 − (1 − churn)^(periods per year): the yearly outflow at this period's churn rate. */
export function annualisedChurn(churnRate: number, grain: PeriodGrain): number {
  return 1 - Math.pow(1 - churnRate, periodsPerYear(grain));
}

/**
 * A warning for every period whose (annualised) churn is above the norm; the last period is skipped
 * when it is partial (ends at as-of before its calendar end).
 */
export function churnNormWarnings(rows: readonly PeriodRow[], grain: PeriodGrain, norm: number, lastIsPartial: boolean): Warning[] {
  const warnings: Warning[] = [];
  rows.forEach((row, index) => {
    if (row.churnRate === null) return;
    if (lastIsPartial && index === rows.length - 1) return;
    const yearly = annualisedChurn(row.churnRate, grain);
    if (!(yearly > norm)) return;
    const params = {
      period: row.period, churn: percent(row.churnRate), yearly: percent(yearly), norm: percent(norm),
      lost: row.lost, previous: row.lost + row.permanent,
    };
    warnings.push(grain === 'year'
      ? { code: 'churnAboveNorm', message: { key: 'history.warning.churnAboveNorm', params } }
      : { code: 'churnAboveNorm', message: { key: 'history.warning.churnAboveNormAnnualised', params } });
  });
  return warnings;
}

/** "12.5 %" style figure for messages: one decimal, no trailing ".0". */
export function percent(fraction: number): string {
  const value = Math.round(fraction * 1000) / 10;
  return `${value}`;
}
