/**
 * Command-line arguments: `node:util` parseArgs with every option declared, turned into the
 * core's AnalysisOptions. Anything the user typed wrong becomes a UsageError (exit code 2) whose
 * message names the option, what it expects and what it got.
 */
import { parseArgs } from 'node:util';
import type { ColumnRole } from '../../shared/table/salesTable';
import type { AnalysisOptions, ColumnChoice } from '../../shared/pipeline/options';
import { dayFromIso } from '../../shared/table/dates';
import type { Message } from '../../shared/i18n/translate';
import { langFromLocale, type Lang } from '../../shared/i18n/lang';

/** A mistake in the command line: printed with its message, exit code 2. */
export class UsageError extends Error {
  constructor(readonly userMessage: Message) {
    super(userMessage.key);
    this.name = 'UsageError';
  }
}

/** Column-mapping options and the role each chooses. */
export const COLUMN_OPTIONS: Readonly<Record<string, ColumnRole>> = {
  client: 'client', date: 'date', amount: 'amount', order: 'orderId', product: 'product', margin: 'margin',
  due: 'dueDate', paid: 'paidDate', 'plan-column': 'plan', manager: 'manager', region: 'region', channel: 'channel',
  'churn-reason': 'churnReason', 'kam-stage': 'kamStage', kp: 'paymentCoefficient',
};

/** Options of the lifetime-value models (segment and clv). */
export const CLV_OPTIONS = {
  'time-unit': { type: 'string' },
  horizon: { type: 'string' },
  'calibration-end': { type: 'string' },
  'holdout-after': { type: 'string' },
  discount: { type: 'string' },
  penalty: { type: 'string' },
} as const satisfies Record<string, { type: 'string' | 'boolean' }>;

/** Options of the analysis shared by the commands that analyse a sales file. */
export const ANALYSIS_OPTIONS = {
  abc: { type: 'string' },
  'abc-measure': { type: 'string' },
  'abc-boundary': { type: 'string' },
  xyz: { type: 'string' },
  'xyz-period': { type: 'string' },
  deviation: { type: 'string' },
  'xyz-partial': { type: 'string' },
  period: { type: 'string' },
  'as-of': { type: 'string' },
  unit: { type: 'string' },
  'date-system': { type: 'string' },
  'slash-dates': { type: 'string' },
  'fill-down': { type: 'boolean' },
  'keep-unusual-dates': { type: 'boolean' },
  today: { type: 'string' },
  lang: { type: 'string' },
  'rfm-mode': { type: 'string' },
  'churn-norm': { type: 'string' },
  'key-top': { type: 'string' },
  decline: { type: 'string' },
  ...CLV_OPTIONS,
  ...Object.fromEntries(Object.keys(COLUMN_OPTIONS).map((name) => [name, { type: 'string' as const }])),
} as const satisfies Record<string, { type: 'string' | 'boolean' }>;

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface ParsedArgs {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: string[];
}

/** The one sales file a command reads: exactly one positional argument, else a UsageError. */
export function singleFile(command: string, positionals: readonly string[]): string {
  if (positionals.length === 0) throw new UsageError({ key: 'cli.error.noFile', params: { command } });
  if (positionals.length > 1) {
    throw new UsageError({ key: 'cli.error.tooManyFiles', params: { count: positionals.length, files: positionals.join(', ') } });
  }
  return positionals[0];
}

/** Parse argv against the declared options (unknown options and missing values are UsageErrors). */
export function parseCommandArgs(command: string, argv: readonly string[], spec: OptionSpec): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args: negativeValuesJoined(argv, spec), options: spec, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    const problem = (error as Error).message.replace(/\.?\s*(To specify a positional argument.*)?$/s, '');
    throw new UsageError({ key: 'cli.error.badOption', params: { problem, command } });
  }
}

/**
 * `--top -1` as `--top=-1`: parseArgs takes a value that starts with a dash for an option name and
 * refuses it with its own wording; joined, the value reaches the option's check and its message.
 */
function negativeValuesJoined(argv: readonly string[], spec: OptionSpec): string[] {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].startsWith('--') ? argv[i].slice(2) : '';
    const next = argv[i + 1];
    if (spec[name]?.type === 'string' && next !== undefined && /^-[\d.,]/.test(next)) {
      args.push(`${argv[i]}=${next}`);
      i++;
    } else args.push(argv[i]);
  }
  return args;
}

/** The language: --lang, else the environment's locale (LC_ALL, LC_MESSAGES, LANG), else English. */
export function cliLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index >= 0) {
    const value = argv[index].includes('=') ? argv[index].slice(7) : argv[index + 1];
    if (value === 'en' || value === 'ru' || value === 'uk') return value;
  }
  return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

function badValue(command: string, option: string, expected: string, value: string): UsageError {
  return new UsageError({ key: 'cli.error.badValue', params: { option, expected, value, command } });
}

function oneOf<T extends string>(command: string, option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw badValue(command, option, allowed.join(' | '), value);
}

/**
 * "80,95" → [0.8, 0.95]: percentages, a trailing % allowed. Fractions written with a decimal
 * point, all at most 1 ("0.8,0.95"), are taken as fractions.
 */
function percentPair(command: string, option: string, value: string): [number, number] {
  const parts = value.split(',').map((part) => part.trim().replace(/%$/, '').trim());
  const numbers = parts.map((part) => (/^\d+(\.\d+)?$/.test(part) ? Number(part) : NaN));
  if (numbers.length !== 2 || numbers.some((n) => Number.isNaN(n))) throw badValue(command, option, 'two percentages such as 80,95', value);
  const fractions = parts.some((part) => part.includes('.')) && numbers.every((n) => n <= 1) && !value.includes('%');
  return fractions ? [numbers[0], numbers[1]] : [numbers[0] / 100, numbers[1] / 100];
}

/** "10" or "10%" → 0.1; a fraction written with a point ("0.1") is taken as it is. */
function percentOption(command: string, option: string, value: string): number {
  const part = value.trim().replace(/%$/, '').trim();
  if (!/^\d+(\.\d+)?$/.test(part)) throw badValue(command, option, 'a percentage such as 10', value);
  const number = Number(part);
  return part.includes('.') && number <= 1 && !value.includes('%') ? number : number / 100;
}

function dateOption(command: string, option: string, value: string): number {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? dayFromIso(value.trim()) : NaN;
  if (Number.isNaN(day)) throw badValue(command, option, 'a date YYYY-MM-DD', value);
  return day;
}

/** The lifetime-value options the user set (`clv` of AnalysisOptions); empty when none. */
export function clvOptions(command: string, values: ParsedArgs['values']): Record<string, unknown> {
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] as string : undefined);
  const clv: Record<string, unknown> = {};
  const unit = text('time-unit');
  if (unit !== undefined) clv.timeUnit = oneOf(command, 'time-unit', unit, ['day', 'week', 'month'] as const);
  const horizon = text('horizon');
  if (horizon !== undefined) {
    if (!/^\d+$/.test(horizon.trim()) || Number(horizon) < 1) throw badValue(command, 'horizon', 'a whole number of time units, 1 or more', horizon);
    clv.horizon = Number(horizon.trim());
  }
  const end = text('calibration-end');
  if (end !== undefined) clv.calibrationEnd = dateOption(command, 'calibration-end', end);
  const holdoutAfter = text('holdout-after');
  if (holdoutAfter !== undefined) clv.holdoutAfter = dateOption(command, 'holdout-after', holdoutAfter);
  const discount = text('discount');
  if (discount !== undefined) clv.annualDiscountRate = percentOption(command, 'discount', discount);
  const penalty = text('penalty');
  if (penalty !== undefined) {
    if (!/^\d+(\.\d+)?$/.test(penalty.trim())) throw badValue(command, 'penalty', 'a number, 0 or more, such as 0.001', penalty);
    clv.penalty = Number(penalty.trim());
  }
  return clv;
}

/** "Сумма" → header text; "C" → letter; "3" → the third column (0-based 2). */
export function columnChoice(value: string): ColumnChoice {
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) - 1 : value;
}

/** The analysis options the user set on the command line (the rest keep their defaults). */
export function analysisOptions(command: string, values: ParsedArgs['values'], lang: Lang): AnalysisOptions {
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const abc: Record<string, unknown> = {};
  const xyz: Record<string, unknown> = {};
  const options: Record<string, unknown> = { lang };

  const abcLimits = text('abc');
  if (abcLimits !== undefined) abc.thresholds = percentPair(command, 'abc', abcLimits);
  const measure = text('abc-measure');
  if (measure !== undefined) {
    const chosen = oneOf(command, 'abc-measure', measure, ['turnover', 'margin', 'kc'] as const);
    abc.measure = chosen === 'kc' ? 'valueCoefficient' : chosen;
  }
  const boundary = text('abc-boundary');
  if (boundary !== undefined) abc.boundary = oneOf(command, 'abc-boundary', boundary, ['upper', 'lower'] as const);
  const xyzLimits = text('xyz');
  if (xyzLimits !== undefined) xyz.thresholds = percentPair(command, 'xyz', xyzLimits);
  const xyzPeriod = text('xyz-period');
  if (xyzPeriod !== undefined) xyz.period = oneOf(command, 'xyz-period', xyzPeriod, ['month', 'quarter', 'year'] as const);
  const deviation = text('deviation');
  if (deviation !== undefined) xyz.deviation = oneOf(command, 'deviation', deviation, ['population', 'sample'] as const);
  const xyzPartial = text('xyz-partial');
  if (xyzPartial !== undefined) xyz.partialPeriod = oneOf(command, 'xyz-partial', xyzPartial, ['exclude', 'include'] as const);
  const period = text('period');
  if (period !== undefined) options.period = oneOf(command, 'period', period, ['month', 'quarter', 'year', 'auto'] as const);
  const asOf = text('as-of');
  if (asOf !== undefined) options.asOf = dateOption(command, 'as-of', asOf);
  const today = text('today');
  if (today !== undefined) options.today = dateOption(command, 'today', today);
  if (values['keep-unusual-dates'] === true) options.keepUnusualDates = true;
  const rfmMode = text('rfm-mode');
  if (rfmMode !== undefined) options.rfm = { mode: oneOf(command, 'rfm-mode', rfmMode, ['quintile', 'rfm-package'] as const) };
  const churnNorm = text('churn-norm');
  if (churnNorm !== undefined) {
    options.churnNorm = percentOption(command, 'churn-norm', churnNorm);
    if (!((options.churnNorm as number) > 0 && (options.churnNorm as number) < 1)) throw badValue(command, 'churn-norm', 'a percentage above 0 and below 100', churnNorm);
  }
  const keyClients: Record<string, unknown> = {};
  const keyTop = text('key-top');
  if (keyTop !== undefined) {
    if (/^a$/i.test(keyTop.trim())) keyClients.topN = null;
    else if (/^\d+$/.test(keyTop.trim()) && Number(keyTop) >= 1) keyClients.topN = Number(keyTop.trim());
    else throw badValue(command, 'key-top', 'a whole number from 1, or A (class A of the first year)', keyTop);
  }
  const decline = text('decline');
  if (decline !== undefined) {
    keyClients.declineThreshold = percentOption(command, 'decline', decline);
    if (!((keyClients.declineThreshold as number) > 0 && (keyClients.declineThreshold as number) <= 1)) {
      throw badValue(command, 'decline', 'a percentage above 0, at most 100', decline);
    }
  }
  if (Object.keys(keyClients).length > 0) options.keyClients = keyClients;
  const clv = clvOptions(command, values);
  if (Object.keys(clv).length > 0) options.clv = clv;
  const unit = text('unit');
  if (unit !== undefined) options.unit = Number(oneOf(command, 'unit', unit, ['1', '1000', '1000000'] as const));
  const dateSystem = text('date-system');
  if (dateSystem !== undefined) options.dateSystem = Number(oneOf(command, 'date-system', dateSystem, ['1900', '1904'] as const));
  if (values['fill-down'] === true) options.fillDown = true;
  const slash = text('slash-dates');
  if (slash !== undefined) options.slashDateOrder = oneOf(command, 'slash-dates', slash, ['dmy', 'mdy'] as const);
  const langValue = text('lang');
  if (langValue !== undefined) oneOf(command, 'lang', langValue, ['en', 'ru', 'uk'] as const);

  const columns: Partial<Record<ColumnRole, ColumnChoice>> = {};
  for (const [name, role] of Object.entries(COLUMN_OPTIONS)) {
    const value = text(name);
    if (value === undefined) continue;
    if (value.trim() === '' || value.trim() === '0') throw badValue(command, name, 'a header, a letter or a column number from 1', value);
    columns[role] = columnChoice(value);
  }
  if (Object.keys(columns).length > 0) options.columns = columns;
  if (Object.keys(abc).length > 0) options.abc = abc;
  if (Object.keys(xyz).length > 0) options.xyz = xyz;
  return options as AnalysisOptions;
}

/** A whole number ≥ 0 option (e.g. --top). */
export function countOption(command: string, option: string, value: string | boolean | undefined, fallback: number): number {
  if (typeof value !== 'string') return fallback;
  if (!/^\d+$/.test(value.trim())) throw badValue(command, option, 'a whole number', value);
  return Number(value.trim());
}
