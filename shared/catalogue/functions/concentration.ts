/**
 * CONCENTRATION(values): dependence on key clients (METHODS.md section 7, the core's topShare and
 * herfindahlIndex) as a small labelled table: top-1 share, top-5 share, HHI.
 */
import { t } from '../../i18n/translate';
import { herfindahlIndex, topShare } from '../../methods/concentration';
import { lineArgument, numbersOfLine } from '../arguments';
import type { CatalogueFunction } from '../types';
import { packNumbers } from './lines';

export const CONCENTRATION: CatalogueFunction = {
  name: 'CONCENTRATION',
  localNames: { ru: 'КОНЦЕНТРАЦИЯ', uk: 'КОНЦЕНТРАЦІЯ' },
  help: 'catalogue.CONCENTRATION.help',
  params: [
    { name: 'values', kind: 'range', optional: false, help: 'catalogue.CONCENTRATION.values' },
  ],
  result: 'table',
  returns: 'catalogue.CONCENTRATION.returns',
  examples: [{
    args: [[[50], [30], [20]]],
    expected: [['Top-1 share', 0.5], ['Top-5 share', 1], ['HHI', 0.38]],
  }],
  evaluate(args, context) {
    const { values } = packNumbers(numbersOfLine(lineArgument(args[0], 'values'), 'values'));
    return [
      [t(context.lang, 'catalogue.CONCENTRATION.top1'), topShare(values, 1)],
      [t(context.lang, 'catalogue.CONCENTRATION.top5'), topShare(values, 5)],
      [t(context.lang, 'catalogue.CONCENTRATION.hhi'), herfindahlIndex(values)],
    ];
  },
};
