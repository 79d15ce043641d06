/**
 * PARETO_SHARE(values): the cumulative share of the total at each value, values ranked from the
 * largest (the ABC ranking of METHODS.md section 3, the core's abcAnalysis); aligned with the input.
 */
import { abcAnalysis } from '../../methods/abc';
import { lineArgument, numbersOfLine } from '../arguments';
import type { CatalogueFunction } from '../types';
import { alignedResult, packNumbers } from './lines';

export const PARETO_SHARE: CatalogueFunction = {
  name: 'PARETO_SHARE',
  localNames: { ru: 'ДОЛЯ_ПАРЕТО', uk: 'ЧАСТКА_ПАРЕТО' },
  help: 'catalogue.PARETO_SHARE.help',
  params: [
    { name: 'values', kind: 'range', optional: false, help: 'catalogue.PARETO_SHARE.values' },
  ],
  result: 'column',
  percentColumns: 'all',
  returns: 'catalogue.PARETO_SHARE.returns',
  examples: [{ args: [[[25], [50], [10], [10], [5]]], expected: [[0.75], [0.5], [0.85], [0.95], [1]] }],
  evaluate(args) {
    const line = lineArgument(args[0], 'values');
    const { positions, values } = packNumbers(numbersOfLine(line, 'values'));
    const analysis = abcAnalysis(values, undefined);
    return alignedResult(line, positions, Array.from(analysis.cumulativeShare));
  },
};
