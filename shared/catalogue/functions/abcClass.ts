/**
 * ABC_CLASS(values, [thresholds]): the ABC class of each value (METHODS.md section 3), through the
 * core's abcClasses; one column aligned with the input.
 */
import { abcClasses } from '../../methods/abc';
import { DEFAULT_OPTIONS } from '../../pipeline/options';
import { lineArgument, numbersOfLine, thresholdsArgument } from '../arguments';
import type { CatalogueFunction } from '../types';
import { alignedResult, packNumbers } from './lines';

export const ABC_CLASS: CatalogueFunction = {
  name: 'ABC_CLASS',
  localNames: { ru: 'ABC_КЛАСС', uk: 'ABC_КЛАС' },
  help: 'catalogue.ABC_CLASS.help',
  params: [
    { name: 'values', kind: 'range', optional: false, help: 'catalogue.ABC_CLASS.values' },
    { name: 'thresholds', kind: 'rangeOrText', optional: true, help: 'catalogue.ABC_CLASS.thresholds' },
  ],
  result: 'column',
  returns: 'catalogue.ABC_CLASS.returns',
  examples: [{ args: [[[50], [25], [10], [10], [5]]], expected: [['A'], ['A'], ['A'], ['B'], ['C']] }],
  evaluate(args) {
    const line = lineArgument(args[0], 'values');
    const thresholds = thresholdsArgument(args[1], 'thresholds') ?? DEFAULT_OPTIONS.abc.thresholds;
    const { positions, values } = packNumbers(numbersOfLine(line, 'values'));
    return alignedResult(line, positions, abcClasses(values, thresholds, DEFAULT_OPTIONS.abc.boundary));
  },
};
