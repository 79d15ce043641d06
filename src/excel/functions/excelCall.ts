/**
 * The Excel side of every custom function: adapt Excel's arguments to the catalogue and the
 * catalogue's result back to Excel. Excel hands dates as serial numbers (the catalogue reads them
 * through the core's date module), omitted optional arguments as null, blank cells as "" (or null),
 * data-type cells as objects (unwrapped in excelCells.ts); a result day becomes a serial (formatted
 * as a date where Excel allows it), a blank result cell "", and a failure `#VALUE!` with the message
 * naming the argument.
 */
import { callFunction } from '../../../shared/catalogue/call';
import type { ArgumentValue, CallContext } from '../../../shared/catalogue/types';
import { langFromLocale, type Lang } from '../../../shared/i18n/lang';
import { excelArgument, excelResult, type FormattedNumberType } from './excelCells';

/** Excel shows at most this many characters of an error message. */
const MESSAGE_LIMIT = 255;

/** Runs catalogue function `name` on Excel's arguments; throws CustomFunctions.Error on failure. */
export function excelCall(name: string, args: readonly unknown[]): any {
  const context: CallContext = { lang: excelLanguage(), dateSystem: 1900, locale: excelLocale() };
  const outcome = callFunction(name, args.map(excelArgument) as ArgumentValue[], context);
  if (!outcome.ok) {
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, shortened(outcome.message));
  }
  return excelResult(outcome.value, { dateSystem: context.dateSystem, formatted: formattedNumberType(), isPercent: outcome.isPercent });
}

/**
 * Formatted-number results need CustomFunctionsRuntime 1.4; `Double` is their name since ExcelApi
 * 1.19, `FormattedNumber` before (ExcelApi 1.16). Asked once: requirement sets do not change while
 * the add-in runs.
 */
let formattedType: FormattedNumberType | undefined;
export function formattedNumberType(): FormattedNumberType {
  if (formattedType !== undefined) return formattedType;
  const requirements = typeof Office === 'undefined' ? undefined : Office.context?.requirements;
  if (!requirements) return null; // before Office is ready: plain values, ask again next time
  const supported = (set: string, version: string): boolean => {
    try { return requirements.isSetSupported(set, version); } catch { return false; }
  };
  formattedType = !supported('CustomFunctionsRuntime', '1.4') ? null
    : supported('ExcelApi', '1.19') ? 'Double'
      : supported('ExcelApi', '1.16') ? 'FormattedNumber' : null;
  return formattedType;
}

/** Excel's display language tag ("en-US"): the order of slash-date text in the functions' arguments. */
export function excelLocale(): string | undefined {
  if (typeof Office === 'undefined' || !Office.context) return undefined;
  return Office.context.displayLanguage;
}

/** The language of Excel's user interface (English before Office is ready or outside Office). */
export function excelLanguage(): Lang {
  if (typeof Office === 'undefined' || !Office.context) return 'en';
  return langFromLocale(Office.context.displayLanguage);
}

/** The message cut to what Excel shows, with an ellipsis when cut. */
export function shortened(message: string): string {
  return message.length <= MESSAGE_LIMIT ? message : `${message.slice(0, MESSAGE_LIMIT - 1).trimEnd()}…`;
}
