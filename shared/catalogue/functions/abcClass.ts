/**
 * ABC_CLASS(values, [thresholds], [boundary]): the ABC class of each value (METHODS.md section 3),
 * through the core's abcClasses; one column aligned with the input. boundary: which class the value
 * whose share crosses a limit goes to, upper (the default, METHODS.md) or lower, the words of
 * CLIENT_TABLE's option and the panel's "Client crossing a limit".
 */
import { abcClasses } from '../../methods/abc';
import { DEFAULT_OPTIONS } from '../../pipeline/options';
import { choiceArgument, lineArgument, numbersOfLine, thresholdsArgument } from '../arguments';
import type { CatalogueFunction } from '../types';
import { alignedResult, packNumbers } from './lines';

export const ABC_CLASS: CatalogueFunction = {
  name: 'ABC_CLASS',
  localNames: { ru: 'ABC_КЛАСС', uk: 'ABC_КЛАС' },
  help: 'catalogue.ABC_CLASS.help',
  params: [
    { name: 'values', kind: 'range', optional: false, help: 'catalogue.ABC_CLASS.values' },
    { name: 'thresholds', kind: 'rangeOrText', optional: true, help: 'catalogue.ABC_CLASS.thresholds' },
    { name: 'boundary', kind: 'text', optional: true, help: 'catalogue.ABC_CLASS.boundary' },
  ],
  result: 'column',
  returns: 'catalogue.ABC_CLASS.returns',
  examples: [
    { args: [[[50], [25], [10], [10], [5]]], expected: [['A'], ['A'], ['A'], ['B'], ['C']] },
    // Cumulative 50, 75, 85, 95, 100 %: with "lower" the value crossing 80 % (the third, 85 %) is B,
    // and the one reaching 95 % exactly stays B; limits written with percent signs as in the CLI.
    { args: [[[50], [25], [10], [10], [5]], '80%,95%', 'lower'], expected: [['A'], ['A'], ['B'], ['B'], ['C']] },
  ],
  evaluate(args) {
    const line = lineArgument(args[0], 'values');
    const thresholds = thresholdsArgument(args[1], 'thresholds') ?? DEFAULT_OPTIONS.abc.thresholds;
    const { positions, values } = packNumbers(numbersOfLine(line, 'values'));
    const boundary = choiceArgument(args[2], 'boundary', ['upper', 'lower'] as const, DEFAULT_OPTIONS.abc.boundary);
    return alignedResult(line, positions, abcClasses(values, thresholds, boundary));
  },
};
