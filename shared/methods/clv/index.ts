/**
 * Customer lifetime value (METHODS.md section 9): the repeat-purchase summary, the BG/NBD purchase
 * model, the Gamma-Gamma spend model and their combination. The pipeline calls `lifetimeValue`.
 */
export { repeatSummary, DAYS_PER_UNIT } from './repeatSummary';
export type { RepeatSummary, RepeatSummaryOptions, PurchaseColumns, TimeUnit } from './repeatSummary';
export {
  fitBgNbd, bgNbdLogLikelihood, bgNbdExpectedPurchases, bgNbdProbabilityAlive, bgNbdPopulationExpectation,
} from './bgnbd';
export type { BgNbdParams, BgNbdFit, RepeatColumns, FitOptions } from './bgnbd';
export { fitGammaGamma, gammaGammaExpectedSpend } from './gammaGamma';
export type { GammaGammaParams, GammaGammaFit, GammaGammaOptions } from './gammaGamma';
export { lifetimeValue, discountedPurchases, clvFieldsForClient, MIN_REPEAT_CUSTOMERS } from './lifetimeValue';
export type {
  ClvTable, ClvOptions, ClvPerClient, ClvSummary, ClvStatus, ClvWarning, LifetimeValueResult,
} from './lifetimeValue';
export { simulateBgNbd, mulberry32 } from './simulateBgNbd';
export type { SimulatedClients } from './simulateBgNbd';
