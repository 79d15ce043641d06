/**
 * XYZ_CLASS(series, [thresholds], [deviation]): the XYZ class of each client (METHODS.md section 4, the core's
 * xyzClassOfSeries). Shape: one row per client, one column per period in time order. Cells before
 * the client's first purchase (blank or 0 at the start of the row) are not periods of the client;
 * after it a blank cell is a period without purchases (0). One column of results, one per row; a
 * blank row, or a client with fewer than two periods, gets a blank. deviation: population (the
 * default, METHODS.md section 4) or sample standard deviation, as CLIENT_TABLE's option.
 */
import { isBlankCell, isErrorCell } from '../../cells';
import { ClientValueError } from '../../errors';
import { xyzClassOfSeries } from '../../methods/xyz';
import { DEFAULT_OPTIONS } from '../../pipeline/options';
import { choiceArgument, describeCell, isOmitted, numberFromCell, thresholdsArgument, toBlock, trimBlock } from '../arguments';
import type { CatalogueFunction, ResultCell } from '../types';

export const XYZ_CLASS: CatalogueFunction = {
  name: 'XYZ_CLASS',
  localNames: { ru: 'XYZ_КЛАСС', uk: 'XYZ_КЛАС' },
  help: 'catalogue.XYZ_CLASS.help',
  params: [
    { name: 'series', kind: 'range', optional: false, help: 'catalogue.XYZ_CLASS.series' },
    { name: 'thresholds', kind: 'rangeOrText', optional: true, help: 'catalogue.XYZ_CLASS.thresholds' },
    { name: 'deviation', kind: 'text', optional: true, help: 'catalogue.XYZ_CLASS.deviation' },
  ],
  result: 'column',
  returns: 'catalogue.XYZ_CLASS.returns',
  examples: [{
    args: [[[100, 100, 110], [10, 20, 30], [null, 50, 55]]],
    references: ['B2:D4'],
    expected: [['X'], ['Z'], ['X']],
  }, {
    // Coefficients of variation, population / sample SD (÷ n, ÷ n − 1): 90, 100, 110: 8.2 % / 10 %;
    // 85, 100, 115: 12.2 % / 15 %; 92, 100, 108: 6.5 % / 8 %. With X up to 9 %, by the sample SD the
    // first row is Y (by the population SD it would be X).
    args: [[[90, 100, 110], [85, 100, 115], [92, 100, 108]], '9%,25%', 'sample'],
    references: ['B2:D4'],
    expected: [['Y'], ['Y'], ['X']],
  }],
  evaluate(args) {
    if (args[0] === undefined || isOmitted(args[0])) throw new ClientValueError('catalogue.error.required', { argument: 'series' });
    const thresholds = thresholdsArgument(args[1], 'thresholds') ?? DEFAULT_OPTIONS.xyz.thresholds;
    const deviation = choiceArgument(args[2], 'deviation', ['population', 'sample'] as const, DEFAULT_OPTIONS.xyz.deviation);
    const block = trimBlock(toBlock(args[0]));
    const width = block.reduce((max, row) => Math.max(max, row.length), 0);
    return block.map((row, rowIndex): ResultCell[] => {
      const totals: number[] = [];
      for (let column = 0; column < width; column++) {
        const cell = row[column];
        if (isErrorCell(cell) || (!isBlankCell(cell) && numberFromCell(cell) === null)) {
          throw new ClientValueError(isErrorCell(cell) ? 'catalogue.error.errorCell' : 'catalogue.error.notNumberAt', {
            argument: 'series', position: `${rowIndex + 1}:${column + 1}`, value: describeCell(cell),
          });
        }
        const total = isBlankCell(cell) ? 0 : (numberFromCell(cell) as number);
        if (totals.length === 0 && total === 0) continue;
        totals.push(total);
      }
      return [xyzClassOfSeries(totals, thresholds, deviation)];
    });
  },
};
