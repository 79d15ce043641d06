/**
 * The options a manager edits in the panel, stored in the document (Excel `workbook.settings`,
 * Sheets document properties) so that the whole team runs with one configuration. Defaults are
 * METHODS.md's (shared/pipeline/options.ts). A stored value that is missing or not valid falls back
 * to its default, field by field, so an old or hand-edited setting never blocks a run.
 */
import type { Message } from '../../shared/i18n/translate';
import type { Lang } from '../../shared/i18n/lang';
import { DEFAULT_OPTIONS, type AnalysisOptions, type ResolvedOptions } from '../../shared/pipeline/options';
import { slashDateOrderForLocale } from '../../shared/table/dates';
import type { ColumnRole } from '../../shared/table/salesTable';
import type { WorkbookContext } from './port';

export type PanelOptions = Pick<ResolvedOptions, 'abc' | 'xyz' | 'asOf' | 'keepUnusualDates' | 'unit' | 'payment' | 'regularity' | 'fillDown'>;

export function defaultPanelOptions(): PanelOptions {
  const { abc, xyz, asOf, keepUnusualDates, unit, payment, regularity, fillDown } = DEFAULT_OPTIONS;
  return { abc, xyz, asOf, keepUnusualDates, unit, payment, regularity, fillDown };
}

export function serializePanelOptions(options: PanelOptions): string {
  return JSON.stringify({ version: 1, options });
}

export function parsePanelOptions(value: string | null): PanelOptions {
  const defaults = defaultPanelOptions();
  if (!value) return defaults;
  let stored: Record<string, any>;
  try {
    const parsed = JSON.parse(value);
    stored = typeof parsed?.options === 'object' && parsed.options !== null ? parsed.options : {};
  } catch {
    return defaults;
  }
  const num = (candidate: unknown, fallback: number) =>
    typeof candidate === 'number' && Number.isFinite(candidate) ? candidate : fallback;
  const pick = <T extends string | number>(candidate: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(candidate as T) ? (candidate as T) : fallback;
  const pair = (candidate: unknown, fallback: readonly [number, number]): [number, number] =>
    Array.isArray(candidate) && candidate.length === 2 ? [num(candidate[0], fallback[0]), num(candidate[1], fallback[1])] : [...fallback];
  const abc = stored.abc ?? {};
  const xyz = stored.xyz ?? {};
  const payment = stored.payment ?? {};
  const regularity = stored.regularity ?? {};
  const band = (name: 'weekly' | 'monthly' | 'quarterly') => ({
    maxDays: num(regularity[name]?.maxDays, defaults.regularity[name].maxDays),
    coefficient: num(regularity[name]?.coefficient, defaults.regularity[name].coefficient),
  });
  const options: PanelOptions = {
    abc: {
      measure: pick(abc.measure, ['turnover', 'margin', 'valueCoefficient'] as const, defaults.abc.measure),
      thresholds: pair(abc.thresholds, defaults.abc.thresholds),
      boundary: pick(abc.boundary, ['upper', 'lower'] as const, defaults.abc.boundary),
    },
    xyz: {
      period: pick(xyz.period, ['month', 'quarter', 'year'] as const, defaults.xyz.period),
      thresholds: pair(xyz.thresholds, defaults.xyz.thresholds),
      deviation: pick(xyz.deviation, ['population', 'sample'] as const, defaults.xyz.deviation),
      partialPeriod: pick(xyz.partialPeriod, ['exclude', 'include'] as const, defaults.xyz.partialPeriod),
    },
    asOf: typeof stored.asOf === 'number' && Number.isInteger(stored.asOf) ? stored.asOf : null,
    keepUnusualDates: stored.keepUnusualDates === true,
    unit: pick(stored.unit, [1, 1000, 1000000] as const, defaults.unit),
    payment: {
      prepayment: num(payment.prepayment, defaults.payment.prepayment),
      onTime: num(payment.onTime, defaults.payment.onTime),
      lateShort: num(payment.lateShort, defaults.payment.lateShort),
      lateLong: num(payment.lateLong, defaults.payment.lateLong),
      lateDaysLimit: num(payment.lateDaysLimit, defaults.payment.lateDaysLimit),
    },
    regularity: {
      weekly: band('weekly'), monthly: band('monthly'), quarterly: band('quarterly'),
      rare: num(regularity.rare, defaults.regularity.rare),
    },
    fillDown: typeof stored.fillDown === 'boolean' ? stored.fillDown : defaults.fillDown,
  };
  return validatePanelOptions(options).length === 0 ? options : defaults;
}

/** What is wrong with the options, as messages naming the field; empty when they can be used. */
export function validatePanelOptions(options: PanelOptions): Message[] {
  const problems: Message[] = [];
  const [a, b] = options.abc.thresholds;
  if (!(a > 0 && a < b && b <= 1)) problems.push({ key: 'panel.invalid.abcThresholds' });
  const [x, y] = options.xyz.thresholds;
  if (!(x > 0 && x < y)) problems.push({ key: 'panel.invalid.xyzThresholds' });
  const coefficients = [options.payment.prepayment, options.payment.onTime, options.payment.lateShort, options.payment.lateLong,
    options.regularity.weekly.coefficient, options.regularity.monthly.coefficient, options.regularity.quarterly.coefficient,
    options.regularity.rare];
  if (coefficients.some((value) => !(value >= 0))) problems.push({ key: 'panel.invalid.coefficient' });
  const days = [options.regularity.weekly.maxDays, options.regularity.monthly.maxDays, options.regularity.quarterly.maxDays];
  if (!(days[0] > 0 && days[0] < days[1] && days[1] < days[2]) || !(options.payment.lateDaysLimit >= 0)) {
    problems.push({ key: 'panel.invalid.days' });
  }
  return problems;
}

/**
 * A deep copy of plain data (objects, arrays, numbers including NaN, text, null). Not
 * structuredClone: the Office webviews this page targets include Safari 13 and Chrome 80, which
 * lack it (scripts/build/webviews.ts). The options form copies with it.
 */
export function copyPlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyPlain) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyPlain(item)])) as T;
  }
  return value;
}

/**
 * The analysis options of a panel run: the manager's options, the chosen columns, and what the
 * workbook says: its date system, and its locale for `a/b/yyyy` text (en-US month first, most
 * others day first; a date column that proves its order overrides it, table/dates.ts).
 */
export function panelAnalysisOptions(
  options: PanelOptions, columns: Partial<Record<ColumnRole, number>>, context: Pick<WorkbookContext, 'dateSystem' | 'locale'>, lang: Lang,
): AnalysisOptions {
  return { ...options, columns, dateSystem: context.dateSystem, slashDateOrder: slashDateOrderForLocale(context.locale), lang };
}
