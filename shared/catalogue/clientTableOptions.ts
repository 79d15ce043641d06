/**
 * The options argument of CLIENT_TABLE, read into the pipeline's AnalysisOptions. Two forms:
 * - a text: "abc=80,95; xyz=10,25; period=month" (settings separated by ';' or new lines, each
 *   name=value; limits in percent separated by ',', '/' or spaces, or as fractions "0.8/0.95");
 * - a range of two columns: a name per row and its value (numbers and dates as cells).
 * Names (case-insensitive): abc, xyz, period (month | quarter | year: the XYZ period and the
 * retention period; auto: the retention default), measure (turnover | kc | margin), unit (1 | 1000 | 1000000), asof (a date),
 * boundary (upper | lower), deviation (population | sample), partial (exclude | include: the
 * as-of day's partial period in XYZ, default exclude), dates (1900 | 1904: Excel's date
 * system), filldown (yes | no, default no: a blank client under a client takes the client above,
 * for sheets that write the client only on the first row of its block); for P_ALIVE and CLV also horizon (time units, default 52), timeunit (day | week | month,
 * default week), discount (annual discount rate in percent, default 10) and penalty (L2 penalty
 * on the model parameters, default 0; a small one such as 0.001 steadies fits on little data);
 * keepunusualdates (yes | no, default no: a date after today or far from the rest of the dates is
 * an error naming it; yes confirms such dates). Anything else is an error naming the option.
 */
import { isBlankCell, type Cell } from '../cells';
import { ClientValueError } from '../errors';
import type { AnalysisOptions, PeriodGrain, ResolvedOptions } from '../pipeline/options';
import { parseDateCell, slashDateOrderForLocale } from '../table/dates';
import { describeCell, isOmitted, numberFromCell, toBlock, trimBlock } from './arguments';
import type { ArgumentValue, CallContext } from './types';

type Mutable<T> = { -readonly [K in keyof T]?: T[K] extends object ? Mutable<T[K]> : T[K] };

export const OPTION_NAMES = [
  'abc', 'xyz', 'period', 'measure', 'unit', 'asof', 'boundary', 'deviation', 'partial', 'dates', 'filldown', 'horizon', 'timeunit', 'discount', 'penalty', 'keepunusualdates',
] as const;


/** Name/value pairs from the text or the two-column range. */
function optionPairs(value: ArgumentValue, argument: string): [string, Cell][] {
  const block = trimBlock(toBlock(value));
  const cells = block.flat().filter((cell) => !isBlankCell(cell));
  if (cells.length === 1 && typeof cells[0] === 'string' && cells[0].includes('=')) {
    return cells[0].split(/[;\n]/).map((part) => part.trim()).filter((part) => part.length > 0).map((part) => {
      const equals = part.indexOf('=');
      if (equals <= 0) throw new ClientValueError('catalogue.error.optionsShape', { argument });
      return [part.slice(0, equals).trim(), part.slice(equals + 1).trim()];
    });
  }
  if (block.some((row) => row.length !== 2)) throw new ClientValueError('catalogue.error.optionsShape', { argument });
  return block.filter((row) => !row.every(isBlankCell)).map((row) => [String(row[0] ?? '').trim(), row[1]]);
}



/** Two limits in percent ("80,95", "80 95", "80/95") or fractions ("0.8/0.95"), as fractions. */
type BadValue = (option: string, value: Cell, expected: string) => ClientValueError;

function limits(option: string, value: Cell, badValue: BadValue): [number, number] {
  const parts = typeof value === 'string' ? value.split(/[,/\s]+/).filter((part) => part.length > 0) : [value];
  const numbers = parts.map((part) => numberFromCell(part));
  if (numbers.length !== 2 || numbers.some((n) => n === null)) throw badValue(option, value, '80,95');
  const percent = (numbers as number[]).some((n) => n > 1);
  const [low, high] = (numbers as number[]).map((n) => (percent ? n / 100 : n));
  if (!(low > 0 && low <= high && high <= 1)) throw badValue(option, value, '80,95');
  return [low, high];
}

function choice<T extends string>(option: string, value: Cell, choices: Readonly<Record<string, T>>, badValue: BadValue): T {
  const key = String(value ?? '').trim().toLowerCase();
  const chosen = choices[key];
  if (chosen === undefined) throw badValue(option, value, Object.keys(choices).join(' | '));
  return chosen;
}

const YES_NO: Readonly<Record<string, boolean>> = {
  yes: true, no: false, true: true, false: false, '1': true, '0': false, 'да': true, 'нет': false, 'так': true, 'ні': false,
};

/** A yes/no option: TRUE/FALSE cells, 1/0, or yes | no (да | нет, так | ні). */
function yesNo(option: string, value: Cell, badValue: BadValue): boolean {
  if (typeof value === 'boolean') return value;
  const chosen = YES_NO[String(value ?? '').trim().toLowerCase()];
  if (chosen === undefined) throw badValue(option, value, 'yes | no');
  return chosen;
}

/** AnalysisOptions from the options argument (empty when it was left out). */
export function clientTableOptions(value: ArgumentValue | undefined, context: CallContext, argument = 'options'): AnalysisOptions {
  const options: Mutable<ResolvedOptions> = { dateSystem: context.dateSystem };
  // `a/b/yyyy` text follows the host's locale (en-US month first); without one, the default (day first).
  if (context.locale !== undefined) options.slashDateOrder = slashDateOrderForLocale(context.locale);
  if (value === undefined || isOmitted(value)) return options as AnalysisOptions;
  const badValue: BadValue = (option, cell, expected) =>
    new ClientValueError('catalogue.error.badOptionValue', { argument, option, value: describeCell(cell), expected });
  const pairs = optionPairs(value, argument);
  // The date system first: an as-of date given as a serial depends on it.
  const datesPair = pairs.find(([name]) => name.toLowerCase() === 'dates');
  if (datesPair) {
    const system = numberFromCell(datesPair[1]);
    if (system !== 1900 && system !== 1904) throw badValue('dates', datesPair[1], '1900 | 1904');
    options.dateSystem = system;
  }
  for (const [rawName, cell] of pairs) {
    const name = rawName.toLowerCase();
    switch (name) {
      case 'abc':
        options.abc = { ...options.abc, thresholds: limits(name, cell, badValue) };
        break;
      case 'xyz':
        options.xyz = { ...options.xyz, thresholds: limits(name, cell, badValue) };
        break;
      case 'period': {
        const grain = choice<PeriodGrain | 'auto'>(name, cell, { month: 'month', quarter: 'quarter', year: 'year', auto: 'auto' }, badValue);
        // 'auto' is a retention grain only; XYZ keeps its month default.
        if (grain !== 'auto') options.xyz = { ...options.xyz, period: grain };
        options.period = grain;
        break;
      }
      case 'measure':
        options.abc = { ...options.abc, measure: choice(name, cell, { turnover: 'turnover', kc: 'valueCoefficient', valuecoefficient: 'valueCoefficient', margin: 'margin' } as const, badValue) };
        break;
      case 'boundary':
        options.abc = { ...options.abc, boundary: choice(name, cell, { upper: 'upper', lower: 'lower' } as const, badValue) };
        break;
      case 'deviation':
        options.xyz = { ...options.xyz, deviation: choice(name, cell, { population: 'population', sample: 'sample' } as const, badValue) };
        break;
      case 'partial':
        options.xyz = { ...options.xyz, partialPeriod: choice(name, cell, { exclude: 'exclude', include: 'include' } as const, badValue) };
        break;
      case 'unit': {
        const unit = numberFromCell(cell);
        if (unit !== 1 && unit !== 1000 && unit !== 1000000) throw badValue(name, cell, '1 | 1000 | 1000000');
        options.unit = unit;
        break;
      }
      case 'asof': {
        const day = parseDateCell(cell, { dateSystem: options.dateSystem ?? 1900, slashDateOrder: options.slashDateOrder ?? 'dmy' });
        if (Number.isNaN(day)) throw badValue(name, cell, 'yyyy-mm-dd');
        options.asOf = day;
        break;
      }
      case 'dates':
        break;
      case 'filldown':
        options.fillDown = yesNo(name, cell, badValue);
        break;
      case 'keepunusualdates':
        options.keepUnusualDates = yesNo(name, cell, badValue);
        break;
      case 'horizon': {
        const horizon = numberFromCell(cell);
        if (horizon === null || !(horizon > 0) || !Number.isInteger(horizon)) throw badValue(name, cell, '52');
        options.clv = { ...options.clv, horizon };
        break;
      }
      case 'penalty': {
        const penalty = numberFromCell(cell);
        if (penalty === null || penalty < 0) throw badValue(name, cell, '0.001');
        options.clv = { ...options.clv, penalty };
        break;
      }
      case 'timeunit':
        options.clv = { ...options.clv, timeUnit: choice(name, cell, { day: 'day', week: 'week', month: 'month' } as const, badValue) };
        break;
      case 'discount': {
        const rate = numberFromCell(typeof cell === 'string' ? cell.replace('%', '') : cell);
        if (rate === null || rate < 0) throw badValue(name, cell, '10');
        options.clv = { ...options.clv, annualDiscountRate: rate >= 1 ? rate / 100 : rate };
        break;
      }
      default:
        throw new ClientValueError('catalogue.error.unknownOption', { argument, value: rawName, choices: OPTION_NAMES.join(', ') });
    }
  }
  return options as AnalysisOptions;
}
