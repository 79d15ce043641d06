/**
 * The core's public API for hosts (Excel, Google Sheets, the command line, the panel): the one
 * pipeline, its JSON form, the options with their defaults, the result types, translations, the
 * typed error, and the plain-array methods the spreadsheet functions call.
 */
export { analyzeSales, analyzeTable, analyzeClientTable, clientRow, checkOptions } from './pipeline/analyzeSales';
export type { ClientColumns, ClientTableResult, SalesInputs } from './pipeline/analyzeSales';
export { rowsUpToDay, clientsWithRows } from './table/upToDay';
export { readPlanTable } from './table/readPlan';
export type { PlanTable, PlanReadResult, PlanSkippedRow } from './table/readPlan';
export type { ClvSummary, ClvStatus } from './methods/clv/lifetimeValue';
export { analysisToJson, toJsonValue } from './pipeline/toJson';
export type { AnalysisJson, Json } from './pipeline/toJson';
export { resolveOptions, DEFAULT_OPTIONS, DEFAULT_RFM_SEGMENTS } from './pipeline/options';
export type {
  AnalysisOptions, ResolvedOptions, PeriodGrain, ColumnChoice, PaymentTable, RegularityTable, RfmSegmentRule,
} from './pipeline/options';
export type * from './pipeline/types';
export type { Cell, CellGrid } from './cells';
export type {
  DayNumber, ColumnRole, ColumnMapping, SalesTable, SkippedRow, SkipReason, CellNote, ReadResult,
} from './table/salesTable';
export { t, render, MESSAGES } from './i18n/translate';
export type { Message, MessageKey, MessageParams } from './i18n/translate';
export { langFromLocale, LANGS } from './i18n/lang';
export type { Lang } from './i18n/lang';
export { ClientValueError } from './errors';

// Plain-array methods (what `=ABC_CLASS(values)` and the other spreadsheet functions use).
export { abcAnalysis, abcClasses, abcClassFor, abcSummary, rankOrder, compareNames } from './methods/abc';
export { coefficientOfVariation, xyzClassFor, xyzClassOfSeries, abcXyzMatrix } from './methods/xyz';
export { concentration, concentrationWarnings, topShare, herfindahlIndex } from './methods/concentration';
export {
  valueCoefficient, paymentCategoryForLateness, paymentCoefficientOf, regularityCategory, regularityCoefficientOf,
  regularityCoefficient, parsePaymentCategory, parseRegularityCategory,
} from './methods/valueCoefficient';
export type { PaymentCategory, RegularityCategory, PaymentBasis } from './methods/valueCoefficient';
export { aggregateClients, groupRowsByClient, orderIntervalMedian } from './methods/clientTable';
export type { ClientTotals, ClientRows } from './methods/clientTable';
