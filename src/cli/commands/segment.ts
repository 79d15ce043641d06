/**
 * `client-value segment FILE.csv [--plan PLAN.csv] [--json] [options]`: read a sales CSV (and a
 * plan table), run the core's pipeline (client table, history, lifetime value), print the client
 * table and summary (or one JSON object). Thin over `analyzeSales`.
 */
import { analyzeSales } from '../../../shared/pipeline/analyzeSales';
import { analysisToJson } from '../../../shared/pipeline/toJson';
import { t } from '../../../shared/i18n/translate';
import type { Lang } from '../../../shared/i18n/lang';
import { ANALYSIS_OPTIONS, analysisOptions, countOption, parseCommandArgs, singleFile } from '../args';
import { readSalesCsv, requireSalesRows } from '../readCsvFile';
import { formatReport } from '../report';
import type { CliIo } from '../io';
import type { Command } from './command';

const NAME = 'segment';

const SPEC = {
  ...ANALYSIS_OPTIONS,
  json: { type: 'boolean' },
  top: { type: 'string' },
  plan: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const segmentCommand: Command = {
  name: NAME,
  summary: 'cli.command.segment',
  run(argv: readonly string[], io: CliIo, lang: Lang): number {
    const { values, positionals } = parseCommandArgs(NAME, argv, SPEC);
    if (values.help) {
      io.stdout.write(`${t(lang, 'cli.segment.help')}\n`);
      return 0;
    }
    const file = singleFile(NAME, positionals);
    const options = analysisOptions(NAME, values, lang);
    const top = countOption(NAME, 'top', values.top, 20);
    const cells = readSalesCsv(file, io, lang);
    const plan = typeof values.plan === 'string' ? readSalesCsv(values.plan, io, lang) : undefined;
    const analysis = analyzeSales(cells, options, { plan });
    requireSalesRows(file, analysis.summary.rowsUsed, analysis.skipped, lang);
    if (values.json) io.stdout.write(`${JSON.stringify(analysisToJson(analysis, lang), null, 2)}\n`);
    else io.stdout.write(formatReport(analysis, file, lang, top));
    return 0;
  },
};
