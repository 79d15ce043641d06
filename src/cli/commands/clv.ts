/**
 * `client-value clv FILE.csv [--calibration-end YYYY-MM-DD] [--time-unit week] [--horizon 52]
 * [--json]`: customer lifetime value alone (issue 4). Reads the sales CSV with the core's reader
 * and runs the core's `lifetimeValue` (BG/NBD × Gamma-Gamma, Fader, Hardie and Lee 2005) on it;
 * prints the setup, the fitted parameters and the clients with the highest CLV (or one JSON
 * object with every client). Thin over the core: the same numbers as `segment`'s CLV fields.
 */
import { readSales } from '../../../shared/table/readSales';
import { resolveOptions, type AnalysisOptions } from '../../../shared/pipeline/options';
import { checkOptions, withoutUnusualDates } from '../../../shared/pipeline/analyzeSales';
import { clientsWithRows } from '../../../shared/table/upToDay';
import { toJsonValue, type Json } from '../../../shared/pipeline/toJson';
import { clvFieldsForClient, lifetimeValue } from '../../../shared/methods/clv/lifetimeValue';
import { compareNames } from '../../../shared/methods/abc';
import { render, t } from '../../../shared/i18n/translate';
import type { Lang } from '../../../shared/i18n/lang';
import { analysisOptions, CLV_OPTIONS, countOption, parseCommandArgs, singleFile } from '../args';
import { readSalesCsv, requireSalesRows } from '../readCsvFile';
import { clvSection, holdoutSection, type ClvClient } from '../report';
import { holdoutCalibrationEnd, holdoutCheck } from '../../../shared/methods/clv/holdout';
import type { CliIo } from '../io';
import type { Command } from './command';

const NAME = 'clv';

const SPEC = {
  ...CLV_OPTIONS,
  client: { type: 'string' },
  date: { type: 'string' },
  amount: { type: 'string' },
  'date-system': { type: 'string' },
  'slash-dates': { type: 'string' },
  'fill-down': { type: 'boolean' },
  'keep-unusual-dates': { type: 'boolean' },
  today: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  top: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const clvCommand: Command = {
  name: NAME,
  summary: 'cli.command.clv',
  run(argv: readonly string[], io: CliIo, lang: Lang): number {
    const { values, positionals } = parseCommandArgs(NAME, argv, SPEC);
    if (values.help) {
      io.stdout.write(`${t(lang, 'cli.clv.help')}\n`);
      return 0;
    }
    const file = singleFile(NAME, positionals);
    const options = resolveOptions(analysisOptions(NAME, values, lang) as AnalysisOptions);
    checkOptions(options);
    const top = countOption(NAME, 'top', values.top, 20);
    const read = readSales(readSalesCsv(file, io, lang), options);
    requireSalesRows(file, read.table.rowCount, read.skipped, lang);
    // Rows dated after today or far from the rest are left out (with a warning) unless confirmed.
    const checked = withoutUnusualDates(read.table, options);
    const table = clientsWithRows(checked.table);
    const result = lifetimeValue(table, options.clv, null);
    const clients: ClvClient[] = table.clients
      .map((client, c) => ({ client: client.name, ...clvFieldsForClient(result.perClient, c) }))
      .sort((x, y) => ((y.clv ?? -Infinity) - (x.clv ?? -Infinity)) || compareNames(x.client, y.client));
    const { warnings: clvWarnings, ...summary } = result.summary;
    // The sheet's own warnings (look-alike names, fill-down) and the date checks come first, as in segment.
    const warnings = [...(read.warnings ?? []), ...checked.warnings, ...clvWarnings];
    // The check's holdout runs to the last sale, after the CLV calibration end or --holdout-after.
    const lastSale = table.day.reduce((last, day) => (day > last ? day : last), -Infinity);
    const holdoutEnd = Number.isFinite(lastSale) ? lastSale : null;
    const holdout = holdoutCheck({ ...table, clientCount: table.clients.length }, {
      timeUnit: options.clv.timeUnit, calibrationEnd: holdoutCalibrationEnd(options.clv, holdoutEnd), holdoutEnd, penalty: options.clv.penalty,
    });

    if (values.json) {
      const json = {
        summary: toJsonValue(summary, lang),
        clients: clients.map((client) => toJsonValue(client, lang)),
        warnings: warnings.map((warning) => ({ code: warning.code, message: render(lang, warning.message) })),
        skipped: read.skipped.map((skipped) => ({ row: skipped.row, code: skipped.reason, reason: render(lang, skipped.message) })),
        holdout: toJsonValue(holdout, lang),
      } satisfies Record<string, Json>;
      io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
      return 0;
    }
    const lines = [t(lang, 'cli.clv.title', { file }), ''];
    lines.push(t(lang, 'cli.clv.rows', { used: table.rowCount, skipped: read.skipped.length, clients: table.clients.length }));
    lines.push(...clvSection(summary, clients, lang, top, true));
    lines.push(...holdoutSection(holdout, lang));
    if (warnings.length > 0) {
      lines.push('', t(lang, 'cli.report.warnings'));
      for (const warning of warnings) lines.push(`  ! ${render(lang, warning.message)}`);
    }
    if (read.skipped.length > 0) lines.push('', `${t(lang, 'cli.report.skipped')} (${read.skipped.length}): --json`);
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
};
