/**
 * Class history and migration (issue 14): ABC per period, each period ranked on its own turnover
 * with the run's ABC limits and boundary, and the migration between the last two complete periods.
 *
 * - Periods: the grain of the retention table (METHODS.md section 2; `grain` here), from the
 *   period of the first sale to the as-of day. A last period that ends after the as-of day is
 *   partial: it is shown in the history but the migration compares the two periods before it.
 * - A client's turnover in a period: the sum of its amounts dated in it (returns included). A
 *   client with no positive turnover in a period has no class there ('-' in the history text).
 * - Migration: rows are the class before (A, B, C, or "new": no class before), columns the class
 *   now (A, B, C, or "lost": no class now); each cell counts clients and sums their turnover now
 *   (for "lost", their turnover before).
 *
 * Example (quarters, limits 80/95 %): a client with 100 of 120 in Q1 (A), 10 of 110 in Q2 (C)
 * and nothing in Q3 has the history "A C -" and, Q2 → Q3, sits in the cell C → lost.
 */
import type { AbcClass } from '../pipeline/types';
import type { DayNumber, SalesTable } from '../table/salesTable';
import { abcAnalysis, compareNames, type AbcBoundary } from './abc';
import { periodEnd, periodLabel, periodOfDay, type PeriodGrain } from './periods';

export type MigrationFrom = AbcClass | 'new';
export type MigrationTo = AbcClass | 'lost';

export interface MigrationCell {
  readonly from: MigrationFrom;
  readonly to: MigrationTo;
  readonly clients: number;
  readonly turnover: number;
}

export interface ClassMigration {
  readonly before: string;
  readonly now: string;
  /** Every (from, to) pair, rows A, B, C, new × columns A, B, C, lost (new → lost is always empty). */
  readonly cells: readonly MigrationCell[];
  /** Clients in class A before and not now, by their turnover before, largest first. */
  readonly leftA: readonly { readonly client: string; readonly now: MigrationTo; readonly turnoverBefore: number }[];
}

export interface ClassHistoryResult {
  /** Period labels, oldest first ("2024-Q1"). */
  readonly periods: readonly string[];
  /** Whether the last period ends after the as-of day. */
  readonly lastIsPartial: boolean;
  /** Per client, its class in each period (null: no positive turnover there). */
  readonly classes: readonly (readonly (AbcClass | null)[])[];
  /** Per client, the history as text: "A A B -". */
  readonly text: readonly string[];
  /** Between the last two complete periods; null with fewer than two. */
  readonly migration: ClassMigration | null;
}

export interface ClassHistoryOptions {
  readonly grain: PeriodGrain;
  readonly asOf: DayNumber;
  readonly thresholds: readonly [number, number];
  readonly boundary: AbcBoundary;
}

const FROM: readonly MigrationFrom[] = ['A', 'B', 'C', 'new'];
const TO: readonly MigrationTo[] = ['A', 'B', 'C', 'lost'];

/** Each client's turnover per period from the first sale's period to the as-of day's (returns included). */
export interface PeriodTurnover {
  readonly firstPeriod: number;
  readonly periodCount: number;
  /** [period][client]. */
  readonly turnover: readonly Float64Array[];
}

export function periodTurnover(table: SalesTable, grain: PeriodGrain, asOf: DayNumber): PeriodTurnover | null {
  let firstDay = Infinity;
  for (let row = 0; row < table.rowCount; row++) {
    if (table.amount[row] > 0 && table.day[row] <= asOf && table.day[row] < firstDay) firstDay = table.day[row];
  }
  if (firstDay === Infinity) return null;
  const firstPeriod = periodOfDay(firstDay, grain);
  const periodCount = periodOfDay(asOf, grain) - firstPeriod + 1;
  const clientCount = table.clients.length;
  const turnover = Array.from({ length: periodCount }, () => new Float64Array(clientCount));
  for (let row = 0; row < table.rowCount; row++) {
    const day = table.day[row];
    if (!(day <= asOf)) continue;
    const period = periodOfDay(day, grain) - firstPeriod;
    if (period >= 0) turnover[period][table.client[row]] += table.amount[row];
  }
  return { firstPeriod, periodCount, turnover };
}

/** The history from the clients' turnover per period (periodTurnover, shared with the Kc trend). */
export function classHistory(
  clients: readonly { readonly name: string }[], byTurnover: PeriodTurnover, options: ClassHistoryOptions,
): ClassHistoryResult {
  const { grain, asOf } = options;
  const { firstPeriod, periodCount, turnover } = byTurnover;
  const names = clients.map((client) => client.name);
  const byPeriod = turnover.map((measure) => {
    const { abcClass } = abcAnalysis(measure, names, options.thresholds, options.boundary);
    return abcClass.map((abc, c) => (measure[c] > 0 ? abc : null));
  });
  const classes = names.map((_, c) => byPeriod.map((period) => period[c]));
  const lastIsPartial = periodEnd(firstPeriod + periodCount - 1, grain) > asOf;
  const complete = lastIsPartial ? periodCount - 1 : periodCount;
  return {
    periods: Array.from({ length: periodCount }, (_, p) => periodLabel(firstPeriod + p, grain)),
    lastIsPartial,
    classes,
    text: classes.map((history) => history.map((abc) => abc ?? '-').join(' ')),
    migration: complete >= 2
      ? migration(names, byPeriod[complete - 2], byPeriod[complete - 1], turnover[complete - 2], turnover[complete - 1],
        periodLabel(firstPeriod + complete - 2, grain), periodLabel(firstPeriod + complete - 1, grain))
      : null,
  };
}

function migration(
  names: readonly string[], before: readonly (AbcClass | null)[], now: readonly (AbcClass | null)[],
  turnoverBefore: Float64Array, turnoverNow: Float64Array, beforeLabel: string, nowLabel: string,
): ClassMigration {
  const cells = new Map<string, { clients: number; turnover: number }>();
  for (const from of FROM) for (const to of TO) cells.set(`${from}>${to}`, { clients: 0, turnover: 0 });
  const leftA: { client: string; now: MigrationTo; turnoverBefore: number }[] = [];
  names.forEach((client, c) => {
    if (before[c] === null && now[c] === null) return;
    const from: MigrationFrom = before[c] ?? 'new';
    const to: MigrationTo = now[c] ?? 'lost';
    const cell = cells.get(`${from}>${to}`)!;
    cell.clients++;
    cell.turnover += to === 'lost' ? turnoverBefore[c] : turnoverNow[c];
    if (from === 'A' && to !== 'A') leftA.push({ client, now: to, turnoverBefore: turnoverBefore[c] });
  });
  leftA.sort((x, y) => (y.turnoverBefore - x.turnoverBefore) || compareNames(x.client, y.client));
  return {
    before: beforeLabel, now: nowLabel,
    cells: FROM.flatMap((from) => TO.map((to) => ({ from, to, ...cells.get(`${from}>${to}`)! }))),
    leftA,
  };
}
