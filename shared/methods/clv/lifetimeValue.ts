/**
 * Customer lifetime value per client: the BG/NBD purchase model (Fader, Hardie and Lee 2005) times
 * the Gamma-Gamma spend model (Fader, Hardie and Lee 2005, "RFM and CLV"), discounted over a horizon.
 *
 * Steps: the repeat-purchase summary up to the calibration end (options.calibrationEnd, else the
 * as-of date, else the last sale day); BG/NBD fit → P(alive) and expected purchases over the
 * horizon; Gamma-Gamma fit on the repeat customers → expected spend per purchase; then
 *
 *   CLV = Σ_{i=1..H} m̂ · (E[Y(i)] − E[Y(i−1)]) / (1 + d)^i,
 *
 * with E[Y(i)] the conditional expected purchases in the first i time units after the calibration
 * end, m̂ the expected spend, H the horizon in time units and d the discount rate per time unit,
 * d = (1 + annual rate)^(days per unit / 365.25) − 1. This is the discrete-period approximation
 * lifetimes' `customer_lifetime_value` uses (purchases of a period discounted at its end); lifetimes
 * takes a per-period rate, we convert the annual one. Amounts are as in the sheet (turnover, not
 * margin).
 *
 * Recency here is the client's age at the last purchase, NOT RFM's recency (days since the last
 * purchase); the summary carries a note saying so.
 *
 * A repeat customer with zero or negative mean repeat spend (returns) is left out of the spend
 * model with a warning naming them: they keep P(alive) and expected purchases, but get no expected
 * spend or CLV; the others are fitted as usual.
 *
 * The data cannot support a fit with fewer than MIN_REPEAT_CUSTOMERS repeat customers; then, or when
 * a fit does not converge, the result carries a warning saying what to do and no numbers (NaN), and
 * nothing throws. Only invalid options throw (ClientValueError).
 */
import type { DayNumber } from '../../table/salesTable';
import type { ResolvedOptions } from '../../pipeline/options';
import type { Message } from '../../i18n/translate';
import { isoFromDay } from '../../table/dates';
import { ClientValueError } from '../../errors';
import { DAYS_PER_UNIT, repeatSummary, type RepeatSummary, type TimeUnit } from './repeatSummary';
import {
  bgNbdExpectedPurchases, bgNbdProbabilityAlive, fitBgNbd, type BgNbdFit, type BgNbdParams,
} from './bgnbd';
import { fitGammaGamma, gammaGammaExpectedSpend, type GammaGammaFit } from './gammaGamma';
import {
  commonDropoutExpectedPurchases, commonDropoutProbabilityAlive, fitCommonDropout, type CommonDropoutFit,
} from './commonDropout';

/** Fewer repeat customers than this and the models are not fitted (documented in shared/methods/clv/README.md). */
export const MIN_REPEAT_CUSTOMERS = 10;

/** The sales columns CLV reads; a SalesTable is one. */
export interface ClvTable {
  readonly client: Int32Array;
  readonly day: Float64Array;
  readonly amount: Float64Array;
  readonly clients: readonly { readonly name: string }[];
}

export type ClvOptions = ResolvedOptions['clv'];

/** Per client, aligned with the client index; NaN where not available. */
export interface ClvPerClient {
  /** Probability the client is still active at the calibration end. */
  readonly pAlive: Float64Array;
  /** Expected purchases (purchase days) over the horizon. */
  readonly expectedPurchases: Float64Array;
  /** Expected spend per future purchase. */
  readonly expectedSpend: Float64Array;
  /** Discounted value of the expected purchases over the horizon. */
  readonly clv: Float64Array;
  /** Repeat purchases, age at the last purchase and age, in time units (see repeatSummary). */
  readonly frequency: Float64Array;
  readonly recency: Float64Array;
  readonly T: Float64Array;
  /** Mean spend per repeat purchase day (0 for a one-time buyer). */
  readonly monetaryValue: Float64Array;
}

export interface ClvWarning {
  readonly code: string;
  readonly message: Message;
}

export type ClvStatus = 'ok' | 'noDates' | 'tooFewRepeatCustomers' | 'purchaseModelFailed'
  | 'spendModelFailed' | 'spendModelRefused' | 'unboundedMeanSpend';

/**
 * A spend fit that ran off with q at least this large has lost the spread between clients' mean
 * spends (q, γ → ∞): it is read as its limit, one common mean spend (the optimiser stops at
 * q ≈ e^15 ≈ 3.3·10⁶; a genuine spread gives q of a few units to a few hundred).
 */
const COMMON_SPEND_Q = 1e5;

export interface ClvSummary {
  readonly status: ClvStatus;
  readonly timeUnit: TimeUnit;
  readonly daysPerUnit: number;
  readonly horizon: number;
  /** Day number; null when the sheet has no dates. */
  readonly calibrationEnd: DayNumber | null;
  readonly annualDiscountRate: number;
  /** The same rate per time unit, as applied. */
  readonly periodDiscountRate: number;
  readonly penalty: number;
  /** What `recency` means here: the age at the last purchase, not days since it (RFM). */
  readonly recencyDefinition: 'ageAtLastPurchase';
  /** Clients with a purchase on or before the calibration end (in the model). */
  readonly clients: number;
  readonly repeatCustomers: number;
  readonly minRepeatCustomers: number;
  readonly bgnbd: BgNbdFit | null;
  /**
   * The limit of BG/NBD with one drop-out chance for every client, fitted and used for the
   * predictions when the BG/NBD fit ran off to it (b at its boundary, a large): see commonDropout.ts.
   */
  readonly commonDropout: CommonDropoutFit | null;
  readonly gammaGamma: GammaGammaFit | null;
  readonly warnings: readonly ClvWarning[];
  readonly notes: readonly Message[];
}

export interface LifetimeValueResult {
  readonly perClient: ClvPerClient;
  readonly summary: ClvSummary;
}

export function lifetimeValue(
  table: ClvTable,
  options: ClvOptions,
  asOf: DayNumber | null,
): LifetimeValueResult {
  validateOptions(options);
  const { timeUnit, horizon, annualDiscountRate, penalty } = options;
  const daysPerUnit = DAYS_PER_UNIT[timeUnit];
  const periodDiscountRate = Math.pow(1 + annualDiscountRate, daysPerUnit / 365.25) - 1;
  const clientCount = table.clients.length;
  const warnings: ClvWarning[] = [];
  const notes: Message[] = [];
  const perClient = emptyPerClient(clientCount);
  const base = {
    timeUnit, daysPerUnit, horizon, annualDiscountRate, periodDiscountRate, penalty,
    recencyDefinition: 'ageAtLastPurchase' as const, minRepeatCustomers: MIN_REPEAT_CUSTOMERS,
    warnings, notes,
  };

  const calibrationEnd = options.calibrationEnd ?? asOf ?? lastDay(table.day);
  if (calibrationEnd === null) {
    warnings.push({ code: 'clvNoDates', message: { key: 'clv.error.noDates' } });
    return { perClient, summary: { ...base, status: 'noDates', calibrationEnd: null, clients: 0,
      repeatCustomers: 0, bgnbd: null, commonDropout: null, gammaGamma: null } };
  }

  const summary = repeatSummary(
    { client: table.client, day: table.day, amount: table.amount, clientCount },
    { timeUnit, calibrationEnd },
  );
  perClient.frequency.set(summary.frequency);
  perClient.recency.set(summary.recency);
  perClient.T.set(summary.T);
  perClient.monetaryValue.set(summary.monetaryValue);
  addSummaryNotes(notes, summary, timeUnit);
  let commonDropout: CommonDropoutFit | null = null;
  const finish = (status: ClvStatus, bgnbd: BgNbdFit | null, gammaGamma: GammaGammaFit | null) => ({
    perClient,
    summary: { ...base, status, calibrationEnd, clients: summary.includedClients,
      repeatCustomers: summary.repeatCustomers, bgnbd, commonDropout, gammaGamma },
  });

  if (summary.repeatCustomers < MIN_REPEAT_CUSTOMERS) {
    warnings.push({ code: 'clvTooFewRepeatCustomers', message: { key: 'clv.warning.tooFewRepeatCustomers',
      params: { repeat: summary.repeatCustomers, minimum: MIN_REPEAT_CUSTOMERS,
        calibrationEnd: isoFromDay(calibrationEnd) } } });
    return finish('tooFewRepeatCustomers', null, null);
  }

  const bgnbd = fitBgNbd(summary, { penalty });
  let purchaseModel: PurchaseModel = bgNbdModel(bgnbd);
  if (!bgnbd.converged) {
    // b → ∞ with a large too: the spread of drop-out chances has collapsed to one value a / (a + b).
    // That is still a model of clients who leave: fit its limit and predict with it, saying so.
    if (bgnbd.boundaryParameters.includes('b') && !bgnbd.boundaryParameters.includes('a')) {
      const common = fitCommonDropout(summary, { r: bgnbd.r, alpha: bgnbd.alpha, p: bgnbd.a / (bgnbd.a + bgnbd.b) }, { penalty });
      if (common.converged) commonDropout = common;
    }
    if (commonDropout === null) {
      // a → 0, or b → ∞ with the drop-out chance going to 0: nobody has been seen to stop buying.
      // The BG/NBD then degenerates to the NBD (everyone alive for ever); we do not predict with
      // that, as it would overstate every client's future (see shared/methods/clv/README.md), and say why instead.
      const noDropout = bgnbd.boundaryParameters.includes('a') || bgnbd.boundaryParameters.includes('b');
      warnings.push({ code: 'clvPurchaseModelFailed', message: noDropout
        ? { key: 'clv.warning.purchaseModelNoDropout', params: { calibrationEnd: isoFromDay(calibrationEnd) } }
        : { key: 'clv.warning.purchaseModelFailed' } });
      return finish('purchaseModelFailed', bgnbd, null);
    }
    warnings.push({ code: 'clvCommonDropout', message: { key: 'clv.warning.commonDropout',
      params: { dropout: percent(commonDropout.p) } } });
    purchaseModel = commonDropoutModel(commonDropout);
  }
  predictPurchases(purchaseModel, summary, horizon, perClient);

  // A repeat customer with zero or negative mean spend (returns, zero rows) has no Gamma-Gamma
  // density: fitGammaGamma refuses the whole population for it, so here such clients are left
  // out of the spend model (named in a warning) and the others still get their CLV.
  const refused = nonPositiveSpenders(summary);
  const spendFrequency = Float64Array.from(summary.frequency);
  for (const client of refused) spendFrequency[client] = NaN;
  if (refused.length > 0) {
    warnings.push({ code: 'clvNonPositiveSpend', message: nonPositiveSpendMessage(refused, summary, table) });
  }
  if (summary.repeatCustomers - refused.length < MIN_REPEAT_CUSTOMERS) {
    warnings.push({ code: 'clvSpendModelRefused', message: { key: 'clv.warning.spendModelRefused',
      params: { count: refused.length, repeat: summary.repeatCustomers - refused.length, minimum: MIN_REPEAT_CUSTOMERS } } });
    return finish('spendModelRefused', bgnbd, null);
  }
  // Every repeat customer spending the same per purchase: Gamma-Gamma has no maximum (p, q, γ run
  // off to infinity, or a penalty stops them anywhere, giving one-time buyers some other amount);
  // the spend is that constant, for everyone.
  const constant = constantSpend(spendFrequency, summary);
  let gammaGamma: GammaGammaFit | null = null;
  let commonSpend: number | null = null;
  let status: ClvStatus = 'ok';
  if (constant !== null) {
    commonSpend = constant;
    warnings.push({ code: 'clvConstantSpend', message: { key: 'clv.warning.constantSpend',
      params: { repeat: summary.repeatCustomers - refused.length, spend: Number(constant.toFixed(2)) } } });
  } else {
    gammaGamma = fitGammaGamma(spendFrequency, summary.monetaryValue, { penalty });
    if (!gammaGamma.converged && gammaGamma.failure === 'boundary' && gammaGamma.q >= COMMON_SPEND_Q) {
      // q, γ → ∞ with q/γ fixed: every client has the same mean spend, and the clients' averages differ
      // no more than purchases do from one to the next. The limit of the model values every purchase
      // at that common mean, whose estimate is the mean repeat purchase Σ x·m̄ / Σ x.
      commonSpend = meanRepeatPurchase(spendFrequency, summary);
      warnings.push({ code: 'clvCommonSpend', message: { key: 'clv.warning.commonSpend',
        params: { spend: Number(commonSpend.toFixed(2)) } } });
    } else if (!gammaGamma.converged) {
      warnings.push({ code: 'clvSpendModelFailed', message: { key: 'clv.warning.spendModelFailed' } });
      return finish('spendModelFailed', bgnbd, gammaGamma);
    } else if (gammaGamma.q <= 1) {
      // The population mean spend pγ / (q − 1) is infinite: one-time buyers cannot be valued, and
      // repeat buyers' values rest on their own few purchases. Usable with care, so a warning.
      status = 'unboundedMeanSpend';
      const oneTime = oneTimeBuyers(spendFrequency, summary);
      warnings.push({ code: 'clvUnboundedMeanSpend', message: { key: 'clv.warning.unboundedMeanSpend',
        params: { q: Number(gammaGamma.q.toPrecision(3)), count: oneTime, penalty } } });
    } else {
      notes.push({ key: 'clv.note.oneTimeBuyerSpend' });
    }
  }
  notes.push({ key: 'clv.note.method', params: { horizon, timeUnit,
    annualRate: percent(annualDiscountRate), periodRate: percent(periodDiscountRate) } });

  // Clients with the same (x, t_x, T), e.g. one-time buyers who started on the same day, share the
  // discounted purchase sum, the costly part (one 2F1 series per period).
  const discount = 1 / (1 + periodDiscountRate);
  const purchasesByHistory = new Map<string, number>();
  for (let c = 0; c < clientCount; c++) {
    if (!summary.included[c] || Number.isNaN(spendFrequency[c])) continue;
    const x = summary.frequency[c];
    const tx = summary.recency[c];
    const T = summary.T[c];
    const spend = commonSpend ?? gammaGammaExpectedSpend(gammaGamma!, x, summary.monetaryValue[c]);
    perClient.expectedSpend[c] = spend;
    if (!Number.isFinite(spend)) continue;
    const history = `${x} ${tx} ${T}`;
    let purchases = purchasesByHistory.get(history);
    if (purchases === undefined) {
      purchases = discountedPurchasesOf(purchaseModel, horizon, discount, x, tx, T);
      purchasesByHistory.set(history, purchases);
    }
    perClient.clv[c] = spend * purchases;
  }
  return finish(status, bgnbd, gammaGamma);
}

/**
 * The CLV fields of one client as the client table holds them (ClientRow's repeatFrequency,
 * repeatRecency, age, pAlive, expectedPurchases, expectedSpend, clv), null where not available.
 */
export function clvFieldsForClient(perClient: ClvPerClient, client: number): {
  repeatFrequency: number | null; repeatRecency: number | null; age: number | null; pAlive: number | null;
  expectedPurchases: number | null; expectedSpend: number | null; clv: number | null;
} {
  const value = (column: Float64Array) => (Number.isNaN(column[client]) ? null : column[client]);
  return {
    repeatFrequency: value(perClient.frequency),
    repeatRecency: value(perClient.recency),
    age: value(perClient.T),
    pAlive: value(perClient.pAlive),
    expectedPurchases: value(perClient.expectedPurchases),
    expectedSpend: value(perClient.expectedSpend),
    clv: value(perClient.clv),
  };
}

/** Clients named in the non-positive spend warning; the warning gives the count of all of them. */
export const NAMED_CLIENTS = 5;

/**
 * Repeat customers (x > 0) whose mean repeat spend is zero, negative or not a number, worst first
 * (lowest mean spend, then client index), so the warning names the same clients in any row order.
 */
function nonPositiveSpenders(summary: RepeatSummary): number[] {
  const clients: number[] = [];
  for (let c = 0; c < summary.clientCount; c++) {
    if (!summary.included[c] || !(summary.frequency[c] > 0)) continue;
    const spend = summary.monetaryValue[c];
    if (!(spend > 0 && Number.isFinite(spend))) clients.push(c);
  }
  const spend = (c: number) => (Number.isNaN(summary.monetaryValue[c]) ? -Infinity : summary.monetaryValue[c]);
  return clients.sort((i, j) => spend(i) - spend(j) || i - j);
}

function nonPositiveSpendMessage(refused: readonly number[], summary: RepeatSummary, table: ClvTable): Message {
  const named = refused.slice(0, NAMED_CLIENTS)
    .map((c) => `${table.clients[c].name} (${Number(summary.monetaryValue[c].toFixed(2))})`).join(', ');
  return refused.length <= NAMED_CLIENTS
    ? { key: 'clv.warning.nonPositiveSpendClients', params: { count: refused.length, clients: named } }
    : { key: 'clv.warning.nonPositiveSpendClientsFirst',
      params: { count: refused.length, shown: NAMED_CLIENTS, clients: named } };
}

/** The mean repeat spend shared by every repeat customer in the spend model, or null if they differ. */
function constantSpend(spendFrequency: Float64Array, summary: RepeatSummary): number | null {
  let value: number | null = null;
  for (let c = 0; c < summary.clientCount; c++) {
    if (!summary.included[c] || !(spendFrequency[c] > 0)) continue;
    const spend = summary.monetaryValue[c];
    if (value === null) value = spend;
    // Relative, so a mean of fractions (10.1 + 10.2 + 10.3) / 3 still equals 10.2 in any currency.
    else if (Math.abs(spend - value) > 1e-9 * Math.abs(value)) return null;
  }
  return value;
}

/** Σ x·m̄ / Σ x over the repeat customers in the spend model: the mean repeat purchase. */
function meanRepeatPurchase(spendFrequency: Float64Array, summary: RepeatSummary): number {
  let spent = 0;
  let purchases = 0;
  for (let c = 0; c < summary.clientCount; c++) {
    if (!summary.included[c] || !(spendFrequency[c] > 0)) continue;
    spent += spendFrequency[c] * summary.monetaryValue[c];
    purchases += spendFrequency[c];
  }
  return spent / purchases;
}

function oneTimeBuyers(spendFrequency: Float64Array, summary: RepeatSummary): number {
  let count = 0;
  for (let c = 0; c < summary.clientCount; c++) if (summary.included[c] && spendFrequency[c] === 0) count++;
  return count;
}

/** Σ_{i=1..H} (E[Y(i)] − E[Y(i−1)]) · discountⁱ for one client. */
export function discountedPurchases(
  params: BgNbdParams, horizon: number, discount: number, x: number, tx: number, T: number,
): number {
  return discountedPurchasesOf(bgNbdModel(params), horizon, discount, x, tx, T);
}

/** What the lifetime value asks of a purchase model: BG/NBD, or its common-drop-out limit. */
interface PurchaseModel {
  probabilityAlive(x: number, tx: number, T: number): number;
  expectedPurchases(t: number, x: number, tx: number, T: number): number;
}

function bgNbdModel(params: BgNbdParams): PurchaseModel {
  return {
    probabilityAlive: (x, tx, T) => bgNbdProbabilityAlive(params, x, tx, T),
    expectedPurchases: (t, x, tx, T) => bgNbdExpectedPurchases(params, t, x, tx, T),
  };
}

function commonDropoutModel(params: CommonDropoutFit): PurchaseModel {
  return {
    probabilityAlive: (x, tx, T) => commonDropoutProbabilityAlive(params, x, tx, T),
    expectedPurchases: (t, x, tx, T) => commonDropoutExpectedPurchases(params, t, x, tx, T),
  };
}

function discountedPurchasesOf(
  model: PurchaseModel, horizon: number, discount: number, x: number, tx: number, T: number,
): number {
  let total = 0;
  let previous = 0;
  let factor = 1;
  for (let i = 1; i <= horizon; i++) {
    const expected = model.expectedPurchases(i, x, tx, T);
    factor *= discount;
    total += (expected - previous) * factor;
    previous = expected;
  }
  return total;
}

function predictPurchases(model: PurchaseModel, summary: RepeatSummary, horizon: number, perClient: ClvPerClient): void {
  for (let c = 0; c < summary.clientCount; c++) {
    if (!summary.included[c]) continue;
    const x = summary.frequency[c];
    const tx = summary.recency[c];
    const T = summary.T[c];
    perClient.pAlive[c] = model.probabilityAlive(x, tx, T);
    perClient.expectedPurchases[c] = model.expectedPurchases(horizon, x, tx, T);
  }
}

function addSummaryNotes(notes: Message[], summary: RepeatSummary, timeUnit: TimeUnit): void {
  notes.push({ key: 'clv.note.recency' });
  if (timeUnit === 'month') notes.push({ key: 'clv.note.monthUnit' });
  const excluded = summary.clientCount - summary.includedClients;
  if (excluded > 0) {
    notes.push({ key: 'clv.note.excludedClients',
      params: { count: excluded, calibrationEnd: isoFromDay(summary.calibrationEnd) } });
  }
  if (summary.returnsNetted > 0) notes.push({ key: 'clv.note.returnsNetted', params: { count: summary.returnsNetted } });
  if (summary.returnsIgnored > 0) notes.push({ key: 'clv.note.returnsIgnored', params: { count: summary.returnsIgnored } });
}

function validateOptions(options: ClvOptions): void {
  if (!(options.timeUnit in DAYS_PER_UNIT)) {
    throw new ClientValueError('clv.error.badTimeUnit', { value: String(options.timeUnit) });
  }
  if (!(Number.isInteger(options.horizon) && options.horizon >= 1)) {
    throw new ClientValueError('clv.error.badHorizon', { value: String(options.horizon) });
  }
  if (!(Number.isFinite(options.annualDiscountRate) && options.annualDiscountRate >= 0)) {
    throw new ClientValueError('clv.error.badDiscountRate', { value: String(options.annualDiscountRate) });
  }
  if (!(Number.isFinite(options.penalty) && options.penalty >= 0)) {
    throw new ClientValueError('clv.error.badPenalty', { value: String(options.penalty) });
  }
}

function emptyPerClient(clientCount: number): ClvPerClient {
  const column = () => new Float64Array(clientCount).fill(NaN);
  return {
    pAlive: column(), expectedPurchases: column(), expectedSpend: column(), clv: column(),
    frequency: column(), recency: column(), T: column(), monetaryValue: column(),
  };
}

function lastDay(day: Float64Array): DayNumber | null {
  let last = -Infinity;
  for (let row = 0; row < day.length; row++) if (day[row] > last) last = day[row];
  return last === -Infinity ? null : last;
}

function percent(rate: number): string {
  return `${Number((rate * 100).toPrecision(3))} %`;
}
