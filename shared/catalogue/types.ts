/**
 * The shape of the function catalogue: one entry per spreadsheet function, as data (HyperFormula's
 * function tables, formulajs's user-facing names). Excel's registrations and `functions.json`, the
 * localised metadata and the Apps Script stubs are all generated from these entries, so the two
 * hosts cannot drift apart.
 */
import type { Cell } from '../cells';
import type { Lang } from '../i18n/lang';
import type { MessageKey } from '../i18n/translate';
import type { DayNumber } from '../table/salesTable';

/**
 * What a parameter accepts.
 * - `number`: one number (a cell reference to one cell is unwrapped).
 * - `value`: one number or one text (a coefficient or a category name).
 * - `text`: one text.
 * - `range`: a block of cells (a whole column is fine: blanks at the end are ignored).
 * - `rangeOrText`: a block of cells or a single text (options: "abc=80,95" or a 2-column range).
 */
export type ParamKind = 'number' | 'value' | 'text' | 'range' | 'rangeOrText';

/** What a function returns: one value, one column aligned with the input, or a table that spills. */
export type ResultShape = 'scalar' | 'column' | 'table';

export interface CatalogueParam {
  /** Identifier shown in both hosts (letters, digits, underscores). */
  readonly name: string;
  readonly kind: ParamKind;
  readonly optional: boolean;
  /** Help text key (catalogue messages). */
  readonly help: MessageKey;
}

/** A calendar day in a result: each host turns it into its own date value. */
export interface DayCell {
  readonly day: DayNumber;
  /** The Excel date system the user declared for this call (option dates=1904); else the host's. */
  readonly dateSystem?: 1900 | 1904;
}

/** One result cell before the host adapts it: blank is null, a date is a DayCell. */
export type ResultCell = string | number | boolean | null | DayCell;

export type FunctionResult = ResultCell | readonly (readonly ResultCell[])[];

/**
 * An argument as the catalogue receives it, after the host's edge conversion: a scalar, a 2-D
 * block, or null when the user left an optional argument out. Dates are Excel serial numbers,
 * ISO 'yyyy-mm-dd' text (Sheets' `Date`s converted in the spreadsheet's zone) or date text.
 */
export type ArgumentValue = Cell | readonly (readonly Cell[])[];

/** What a call knows about its host. */
export interface CallContext {
  /** Language of error messages and of the header row of table results. */
  readonly lang: Lang;
  /** Excel workbook date system (Sheets converts its dates to ISO text, so 1900 there). */
  readonly dateSystem: 1900 | 1904;
  /**
   * The host's locale tag ("en-US", "ru_RU"): the order of `a/b/yyyy` date text (month first for
   * en-US, day first for most others; table/dates.ts slashDateOrderForLocale). Absent: day first.
   */
  readonly locale?: string;
}

/** An example cell: a number, text, blank, or a calendar day given as ISO text. */
export type ExampleCell = string | number | boolean | null | { readonly date: string };

export type ExampleArgument = ExampleCell | readonly (readonly ExampleCell[])[];

/**
 * A worked example shown in the help and checked by a test through both hosts. `references`
 * names, per argument, the cell range the formula text shows instead of the literal (for tables
 * too large to write inline); `expected` is the whole result, or its top-left block when
 * `expectedBlock` is set.
 */
export interface WorkedExample {
  readonly args: readonly (ExampleArgument | undefined)[];
  readonly references?: readonly (string | undefined)[];
  readonly expected: ExampleArgument;
  readonly expectedBlock?: boolean;
}

export interface CatalogueFunction {
  /** The spreadsheet name and Excel id, e.g. CLIENT_VALUE (Excel shows CLIENTS.CLIENT_VALUE). */
  readonly name: string;
  /** Localised names for Russian and Ukrainian Excel (valid identifiers). */
  readonly localNames: Readonly<Record<Exclude<Lang, 'en'>, string>>;
  /** One-line description key; `helpDetail` is the longer help for docs and Apps Script. */
  readonly help: MessageKey;
  readonly params: readonly CatalogueParam[];
  readonly result: ResultShape;
  /** Help for the result (Apps Script `@return`). */
  readonly returns: MessageKey;
  /** Worked examples shown in the help (the first in Excel's tooltip), each checked by a test. */
  readonly examples: readonly WorkedExample[];
  /**
   * Result cells that are shares (0..1), shown as percentages where the host can format a result
   * (Excel's formatted numbers): every number of the result ('all'), or the table columns headed
   * by these keys (rows below the header).
   */
  readonly percentColumns?: 'all' | readonly MessageKey[];
  /** The implementation: host-free, on cells as the hosts hand them over. */
  readonly evaluate: (args: readonly ArgumentValue[], context: CallContext) => FunctionResult;
}
