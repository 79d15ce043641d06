/**
 * RFM_SCORE(recency, frequency, monetary, [mode]) and RFM_SEGMENT(scores): the RFM scores and
 * named segments of METHODS.md section 9, through the core's rfmScores and rfmSegment (quintile
 * scoring by default, or the R package rfm's breaks with mode "rfm-package"; the package's example
 * segment rules). One column aligned with the inputs.
 */
import { ClientValueError } from '../../errors';
import { rfmScores, rfmSegment, type RfmMode } from '../../methods/rfm';
import { DEFAULT_RFM_SEGMENTS } from '../../pipeline/options';
import { describeCell, isOmitted, lineArgument, numbersOfLine, requireSameSize, singleCell } from '../arguments';
import type { ArgumentValue, CatalogueFunction, ResultCell } from '../types';
import { alignedResult } from './lines';

function modeArgument(value: ArgumentValue | undefined): RfmMode {
  if (value === undefined || isOmitted(value)) return 'quintile';
  const cell = singleCell(value, 'mode');
  const text = String(cell).trim().toLowerCase();
  if (text === 'quintile' || text === 'rfm-package') return text;
  throw new ClientValueError('catalogue.error.badChoice', { argument: 'mode', value: describeCell(cell), choices: 'quintile, rfm-package' });
}

export const RFM_SCORE: CatalogueFunction = {
  name: 'RFM_SCORE',
  localNames: { ru: 'RFM_БАЛЛ', uk: 'RFM_БАЛ' },
  help: 'catalogue.RFM_SCORE.help',
  params: [
    { name: 'recency', kind: 'range', optional: false, help: 'catalogue.RFM_SCORE.recency' },
    { name: 'frequency', kind: 'range', optional: false, help: 'catalogue.RFM_SCORE.frequency' },
    { name: 'monetary', kind: 'range', optional: false, help: 'catalogue.RFM_SCORE.monetary' },
    { name: 'mode', kind: 'text', optional: true, help: 'catalogue.RFM_SCORE.mode' },
  ],
  result: 'column',
  returns: 'catalogue.RFM_SCORE.returns',
  examples: [{
    args: [[[1], [2], [3], [4], [5]], [[10], [8], [6], [4], [2]], [[500], [400], [300], [200], [100]]],
    expected: [[555], [444], [333], [222], [111]],
  }],
  evaluate(args) {
    const lines = (['recency', 'frequency', 'monetary'] as const).map((name, i) => {
      const line = lineArgument(args[i], name);
      return { line, name, numbers: numbersOfLine(line, name) };
    });
    requireSameSize(lines);
    // Recency is days since the last purchase: a negative one is a date after the as-of day or a
    // sign error, and would score as the most recent client of all.
    lines[0].numbers.forEach((days, index) => {
      if (days < 0) {
        throw new ClientValueError('catalogue.error.negativeRecencyAt',
          { argument: 'recency', position: index + 1, value: describeCell(lines[0].line.cells[index]) });
      }
    });
    const mode = modeArgument(args[3]);
    const length = Math.max(...lines.map(({ numbers }) => numbers.length));
    const padded = lines.map(({ numbers }) => Float64Array.from({ length }, (_, i) => (i < numbers.length ? numbers[i] : NaN)));
    const scores = rfmScores(padded[0], padded[1], padded[2], mode);
    const longest = lines.reduce((best, candidate) => (candidate.line.cells.length > best.line.cells.length ? candidate : best)).line;
    const positions = Array.from({ length }, (_, i) => i);
    return alignedResult({ cells: Array.from({ length }, () => ''), horizontal: longest.horizontal }, positions,
      Array.from(scores.score, (score): ResultCell => (score > 0 ? score : null)));
  },
};

export const RFM_SEGMENT: CatalogueFunction = {
  name: 'RFM_SEGMENT',
  localNames: { ru: 'RFM_СЕГМЕНТ', uk: 'RFM_СЕГМЕНТ' },
  help: 'catalogue.RFM_SEGMENT.help',
  params: [
    { name: 'scores', kind: 'range', optional: false, help: 'catalogue.RFM_SEGMENT.scores' },
  ],
  result: 'column',
  returns: 'catalogue.RFM_SEGMENT.returns',
  examples: [{ args: [[[555], [111], [353]]], expected: [['Champions'], ['Lost'], ['Potential Loyalist']] }],
  evaluate(args) {
    const line = lineArgument(args[0], 'scores');
    const scores = numbersOfLine(line, 'scores');
    const positions: number[] = [];
    const segments: ResultCell[] = [];
    scores.forEach((score, index) => {
      if (Number.isNaN(score)) return;
      const digits = [Math.floor(score / 100), Math.floor(score / 10) % 10, score % 10];
      if (!Number.isInteger(score) || digits.some((digit) => digit < 1 || digit > 5)) {
        throw new ClientValueError('catalogue.error.rfmScore', { argument: 'scores', position: index + 1, value: describeCell(line.cells[index]) });
      }
      positions.push(index);
      segments.push(rfmSegment(digits[0], digits[1], digits[2], DEFAULT_RFM_SEGMENTS));
    });
    return alignedResult(line, positions, segments);
  },
};
