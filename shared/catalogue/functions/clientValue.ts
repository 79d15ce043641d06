/**
 * CLIENT_VALUE(turnover, payment, regularity): the client value coefficient Kc = T × Kp × Kf of
 * METHODS.md section 1 (seed 000). Payment and regularity are coefficients or the section's
 * category names in English, Russian or Ukrainian, read by the core's category parsers.
 */
import { ClientValueError } from '../../errors';
import { DEFAULT_OPTIONS } from '../../pipeline/options';
import {
  parsePaymentCategory, parseRegularityCategory, paymentCoefficientOf, regularityCoefficientOf, valueCoefficient,
} from '../../methods/valueCoefficient';
import { describeCell, isOmitted, numberArgument, numberFromCell, singleCell } from '../arguments';
import type { ArgumentValue, CatalogueFunction } from '../types';

const PAYMENT_CHOICES = 'prepayment, deferral, late short, late long / предоплата, отсрочка, просрочка / передоплата, відстрочка, прострочка';
const REGULARITY_CHOICES = 'weekly, monthly, quarterly, rare / еженедельно, ежемесячно, ежеквартально, редко / щотижня, щомісяця, щокварталу, рідко';

/** A coefficient typed as a number, or a category name turned into its coefficient. */
function coefficientArgument(
  value: ArgumentValue | undefined, argument: string, fromName: (text: string) => number | null, choices: string,
): number {
  if (value === undefined || isOmitted(value)) throw new ClientValueError('catalogue.error.required', { argument });
  const cell = singleCell(value, argument);
  const number = numberFromCell(cell);
  const coefficient = number ?? (typeof cell === 'string' ? fromName(cell) : null);
  if (coefficient === null) {
    throw new ClientValueError('catalogue.error.category', { argument, value: describeCell(cell), choices });
  }
  if (coefficient < 0) throw new ClientValueError('catalogue.error.negative', { argument, value: coefficient });
  return coefficient;
}

export const CLIENT_VALUE: CatalogueFunction = {
  name: 'CLIENT_VALUE',
  localNames: { ru: 'ЦЕННОСТЬ_КЛИЕНТА', uk: 'ЦІННІСТЬ_КЛІЄНТА' },
  help: 'catalogue.CLIENT_VALUE.help',
  params: [
    { name: 'turnover', kind: 'number', optional: false, help: 'catalogue.CLIENT_VALUE.turnover' },
    { name: 'payment', kind: 'value', optional: false, help: 'catalogue.CLIENT_VALUE.payment' },
    { name: 'regularity', kind: 'value', optional: false, help: 'catalogue.CLIENT_VALUE.regularity' },
  ],
  result: 'scalar',
  returns: 'catalogue.CLIENT_VALUE.returns',
  examples: [{ args: [50, 1, 0.9], expected: 45 }, { args: [50, 'deferral', 'monthly'], expected: 45 }],
  evaluate(args) {
    const turnover = numberArgument(args[0], 'turnover');
    const payment = coefficientArgument(args[1], 'payment', (text) => {
      const category = parsePaymentCategory(text);
      return category === null ? null : paymentCoefficientOf(category, DEFAULT_OPTIONS.payment);
    }, PAYMENT_CHOICES);
    const regularity = coefficientArgument(args[2], 'regularity', (text) => {
      const category = parseRegularityCategory(text);
      return category === null ? null : regularityCoefficientOf(category, DEFAULT_OPTIONS.regularity);
    }, REGULARITY_CHOICES);
    return valueCoefficient(turnover, payment, regularity);
  },
};
