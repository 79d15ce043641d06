/**
 * PLAN_FACT(fact, plan): K = fact / plan per row (METHODS.md section 5, seed 002), through the
 * core's `fulfilment`: a blank, zero or negative plan gives a blank, never a division error. A
 * blank fact gives a blank too (nothing to compare). One column aligned with the inputs; fact and
 * plan ranges of different sizes are an error naming both sizes.
 */
import { fulfilment } from '../../methods/planFact';
import { lineArgument, numbersOfLine, requireSameSize, type Line } from '../arguments';
import type { CatalogueFunction, ResultCell } from '../types';

export const PLAN_FACT: CatalogueFunction = {
  name: 'PLAN_FACT',
  localNames: { ru: 'ПЛАН_ФАКТ', uk: 'ПЛАН_ФАКТ' },
  help: 'catalogue.PLAN_FACT.help',
  params: [
    { name: 'fact', kind: 'range', optional: false, help: 'catalogue.PLAN_FACT.fact' },
    { name: 'plan', kind: 'range', optional: false, help: 'catalogue.PLAN_FACT.plan' },
  ],
  result: 'column',
  returns: 'catalogue.PLAN_FACT.returns',
  examples: [{ args: [[[120], [80], [50]], [[100], [0], [null]]], expected: [[1.2], [null], [null]] }],
  evaluate(args) {
    const factLine = lineArgument(args[0], 'fact');
    const planLine = lineArgument(args[1], 'plan');
    // Fact and plan are read row by row: ranges of different sizes are a mistake, named as such.
    requireSameSize([{ line: factLine, name: 'fact' }, { line: planLine, name: 'plan' }]);
    const fact = numbersOfLine(factLine, 'fact');
    const plan = numbersOfLine(planLine, 'plan');
    const length = Math.max(fact.length, plan.length);
    const cells: ResultCell[] = Array.from({ length }, (_, i) => {
      const f = i < fact.length ? fact[i] : NaN;
      if (Number.isNaN(f)) return null;
      return fulfilment(f, i < plan.length ? plan[i] : NaN).value;
    });
    const layout: Line = factLine.cells.length >= planLine.cells.length ? factLine : planLine;
    return layout.horizontal ? [cells] : cells.map((cell) => [cell]);
  },
};
