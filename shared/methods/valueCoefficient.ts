/**
 * Client value coefficient (METHODS.md section 1; seed 000_30bce9ee634a0c14.txt, "Методика расчета
 * коэффициента ценности клиентуры"):
 *
 *     Kc = T × Kp × Kf
 *
 * T is the client's net turnover in the chosen unit, Kp the payment discipline coefficient, Kf the
 * order regularity coefficient. The article's worked example: turnover 50 mln a year, paid with a
 * deferral and never late (Kp 1.0), ordered every month (Kf 0.9) → Kc = 50 × 1 × 0.9 = 45.
 *
 * Kp from the data (basis 'data'), when the sheet has due and/or paid dates. Over the client's sales:
 * - every sale with a paid date was paid on or before its sale day, and no sale is overdue
 *   → prepayment;
 * - otherwise each sale with a due date counts its days late: paid − due when paid, or
 *   as-of − due when still unpaid after its due date (0 when paid or unpaid before it is due);
 *   the average over those sales: 0 → on time (deferral, never late), up to `lateDaysLimit`
 *   → late short, beyond → late long.
 * A client with no usable dates falls back to the paymentCoefficient column (basis 'column', the
 * client's latest non-blank value: by sale day, then sheet order), else to the on-time coefficient
 * (basis 'default').
 *
 * Kf from the median interval between the client's distinct order days (clientTable.ts) by the
 * regularity table: ≤ weekly.maxDays → weekly, ≤ monthly.maxDays → monthly, ≤ quarterly.maxDays →
 * quarterly, rarer or a single order → rare.
 */
import type { SalesTable, DayNumber } from '../table/salesTable';
import type { PaymentTable, RegularityTable } from '../pipeline/options';
import { DEFAULT_OPTIONS } from '../pipeline/options';
import type { ClientRows } from './clientTable';

export type PaymentCategory = 'prepayment' | 'onTime' | 'lateShort' | 'lateLong';
export type RegularityCategory = 'weekly' | 'monthly' | 'quarterly' | 'rare';
export type PaymentBasis = 'data' | 'column' | 'default';

/**
 * Kc = T × Kp × Kf. `valueCoefficient(50, 1, 0.9)` → 45 (the seed's worked example).
 * Non-finite inputs give NaN.
 */
export function valueCoefficient(turnover: number, payment: number, regularity: number): number {
  return turnover * payment * regularity;
}

/** The Kp category for an average number of days late (0 → on time). */
export function paymentCategoryForLateness(averageDaysLate: number, table: PaymentTable = DEFAULT_OPTIONS.payment): PaymentCategory {
  if (!(averageDaysLate > 0)) return 'onTime';
  return averageDaysLate <= table.lateDaysLimit ? 'lateShort' : 'lateLong';
}

/** Kp of a category by the table. `paymentCoefficientOf('onTime')` → 1. */
export function paymentCoefficientOf(category: PaymentCategory, table: PaymentTable = DEFAULT_OPTIONS.payment): number {
  return table[category];
}

/** The Kf category for a median order interval in days; null (a single order) → rare. */
export function regularityCategory(medianIntervalDays: number | null, table: RegularityTable = DEFAULT_OPTIONS.regularity): RegularityCategory {
  if (medianIntervalDays === null || !Number.isFinite(medianIntervalDays)) return 'rare';
  if (medianIntervalDays <= table.weekly.maxDays) return 'weekly';
  if (medianIntervalDays <= table.monthly.maxDays) return 'monthly';
  if (medianIntervalDays <= table.quarterly.maxDays) return 'quarterly';
  return 'rare';
}

/** Kf for a category. `regularityCoefficientOf('monthly')` → 0.9. */
export function regularityCoefficientOf(category: RegularityCategory, table: RegularityTable = DEFAULT_OPTIONS.regularity): number {
  return category === 'rare' ? table.rare : table[category].coefficient;
}

/** Kf for a median order interval in days. `regularityCoefficient(30)` → 0.9; `regularityCoefficient(null)` → 0.5. */
export function regularityCoefficient(medianIntervalDays: number | null, table: RegularityTable = DEFAULT_OPTIONS.regularity): number {
  return regularityCoefficientOf(regularityCategory(medianIntervalDays, table), table);
}

/** Category names users type, in English, Russian and Ukrainian (folded: lower case, single spaces). */
const PAYMENT_NAMES: readonly (readonly [string, PaymentCategory])[] = [
  ['prepayment', 'prepayment'], ['prepaid', 'prepayment'], ['предоплата', 'prepayment'], ['передоплата', 'prepayment'],
  ['deferral', 'onTime'], ['on time', 'onTime'], ['deferral, never late', 'onTime'], ['отсрочка', 'onTime'],
  ['в срок', 'onTime'], ['відстрочка', 'onTime'], ['вчасно', 'onTime'],
  ['late short', 'lateShort'], ['late up to 15 days', 'lateShort'], ['late', 'lateShort'],
  ['просрочка до 15 дней', 'lateShort'], ['просрочка', 'lateShort'], ['прострочка до 15 днів', 'lateShort'], ['прострочка', 'lateShort'],
  ['late long', 'lateLong'], ['late more than 15 days', 'lateLong'], ['very late', 'lateLong'],
  ['просрочка более 15 дней', 'lateLong'], ['прострочка понад 15 днів', 'lateLong'],
];

const REGULARITY_NAMES: readonly (readonly [string, RegularityCategory])[] = [
  ['weekly', 'weekly'], ['еженедельно', 'weekly'], ['щотижня', 'weekly'], ['щотижнево', 'weekly'],
  ['monthly', 'monthly'], ['ежемесячно', 'monthly'], ['щомісяця', 'monthly'], ['щомісячно', 'monthly'],
  ['quarterly', 'quarterly'], ['ежеквартально', 'quarterly'], ['щокварталу', 'quarterly'], ['щоквартально', 'quarterly'],
  ['rare', 'rare'], ['rarely', 'rare'], ['single order', 'rare'], ['редко', 'rare'], ['рідко', 'rare'],
];

function foldName(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[«»"“”„]/g, '');
}

/**
 * The payment category a user typed: `parsePaymentCategory('Отсрочка')` → 'onTime',
 * `parsePaymentCategory('передоплата')` → 'prepayment'. Null when the text is not a known name.
 */
export function parsePaymentCategory(text: string): PaymentCategory | null {
  const folded = foldName(text);
  for (const [name, category] of PAYMENT_NAMES) if (name === folded) return category;
  const camel = (['prepayment', 'onTime', 'lateShort', 'lateLong'] as const).find((c) => c.toLowerCase() === folded.replace(/ /g, ''));
  return camel ?? null;
}

/** The regularity category a user typed: `parseRegularityCategory('ежемесячно')` → 'monthly'. Null when unknown. */
export function parseRegularityCategory(text: string): RegularityCategory | null {
  const folded = foldName(text);
  for (const [name, category] of REGULARITY_NAMES) if (name === folded) return category;
  return null;
}

export interface PaymentDiscipline {
  /** Kp per client. */
  readonly coefficient: Float64Array;
  /** Average days late over the client's sales with a due date, NaN when not derived from data. */
  readonly averageDaysLate: Float64Array;
  readonly basis: readonly PaymentBasis[];
}

/**
 * Kp per client (rule in the header). `asOf` is the analysis day for sales still unpaid; null
 * means unpaid sales are not counted late.
 */
export function paymentDiscipline(
  table: SalesTable, byClient: ClientRows, asOf: DayNumber | null, payment: PaymentTable,
): PaymentDiscipline {
  const clientCount = table.clients.length;
  const coefficient = new Float64Array(clientCount).fill(payment.onTime);
  const averageDaysLate = new Float64Array(clientCount).fill(NaN);
  const basis: PaymentBasis[] = new Array<PaymentBasis>(clientCount).fill('default');
  const { dueDay, paidDay, paymentCoefficient: column } = table;
  // Without due dates, paid dates or a Kp column every client keeps the default: no pass needed.
  if (!dueDay && !paidDay && !column) return { coefficient, averageDaysLate, basis };
  const { rows, start, amount, day } = byClient;

  for (let c = 0; c < clientCount; c++) {
    let paidCount = 0;
    let paidInAdvance = 0;
    let dueCount = 0;
    let daysLate = 0;
    let columnValue = NaN;
    for (let i = start[c]; i < start[c + 1]; i++) {
      const row = rows[i];
      if (column && !Number.isNaN(column[row])) columnValue = column[row];
      if (!(amount[i] > 0)) continue;
      const paid = paidDay ? paidDay[row] : NaN;
      const due = dueDay ? dueDay[row] : NaN;
      if (!Number.isNaN(paid)) {
        paidCount++;
        if (!Number.isNaN(day[i]) && paid <= day[i]) paidInAdvance++;
      }
      if (!Number.isNaN(due)) {
        let late = 0;
        if (!Number.isNaN(paid)) late = paid - due;
        else if (asOf !== null) late = asOf - due;
        dueCount++;
        daysLate += late > 0 ? late : 0;
      }
    }
    const average = dueCount > 0 ? daysLate / dueCount : 0;
    if (paidCount > 0 && paidInAdvance === paidCount && average === 0) {
      coefficient[c] = payment.prepayment;
      averageDaysLate[c] = 0;
      basis[c] = 'data';
    } else if (dueCount > 0) {
      averageDaysLate[c] = average;
      coefficient[c] = paymentCoefficientOf(paymentCategoryForLateness(average, payment), payment);
      basis[c] = 'data';
    } else if (!Number.isNaN(columnValue)) {
      coefficient[c] = columnValue;
      basis[c] = 'column';
    }
  }
  return { coefficient, averageDaysLate, basis };
}

/** Kf per client from the median order intervals (NaN = fewer than two order days → rare). */
export function regularityCoefficients(medianOrderInterval: Float64Array, regularity: RegularityTable): Float64Array {
  const result = new Float64Array(medianOrderInterval.length);
  for (let c = 0; c < result.length; c++) {
    const median = medianOrderInterval[c];
    result[c] = regularityCoefficient(Number.isNaN(median) ? null : median, regularity);
  }
  return result;
}
