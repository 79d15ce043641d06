/**
 * The function help (descriptions, parameter help, examples in three languages) is needed when the
 * build writes Excel's metadata and the Apps Script JSDoc, not when a function runs. This esbuild
 * plugin bundles the catalogue's message table without those texts, which keeps about a fifth of
 * each host bundle out; error messages, column headers and labels stay. The host tests run every
 * function from the built bundles, so a text removed by mistake would fail them.
 *
 * A host bundle also leaves out whole message tables it never shows: the Excel functions script
 * has no panel (the task pane has its own script) and neither host has the command line's texts;
 * the Excel functions render no summary, so the forecast check's and the Kc trend's texts (their
 * warnings, titles and columns) stay out of it too.
 */
import type { Plugin } from 'esbuild';
import { CATALOGUE } from '../../shared/catalogue/catalogue';
import { catalogueMessages } from '../../shared/i18n/messages/catalogue';
import { historyMessages } from '../../shared/i18n/messages/history';

/** Keys only the build reads: every entry's help, result help and parameter help, and "Example". */
export function buildTimeCatalogueKeys(): Set<string> {
  const keys = new Set<string>(['catalogue.example']);
  for (const entry of CATALOGUE) {
    keys.add(entry.help);
    keys.add(entry.returns);
    for (const param of entry.params) keys.add(param.help);
  }
  return keys;
}

/** Message tables a bundle can leave out whole (file name in shared/i18n/messages → export name). */
const OMITTABLE_TABLES = {
  cli: 'cliMessages', panel: 'panelMessages', forecast: 'forecastMessages', trend: 'trendMessages',
} as const;

export interface RuntimeMessageOptions {
  readonly omit?: readonly (keyof typeof OMITTABLE_TABLES)[];
  /**
   * Leave out the history table's warnings and notes: a bundle that shows no summary (the Excel
   * functions: RETENTION_RATE and CHURN_RATE read the periods, never the warnings) never renders them.
   */
  readonly omitHistoryWarnings?: boolean;
}

export function runtimeCatalogueMessages(options: RuntimeMessageOptions = {}): Plugin {
  const omit = options.omit ?? [];
  return {
    name: 'runtime-catalogue-messages',
    setup(build) {
      if (omit.length > 0) {
        const filter = new RegExp(`[\\\\/]shared[\\\\/]i18n[\\\\/]messages[\\\\/](${omit.join('|')})\\.ts$`);
        build.onLoad({ filter }, (file) => {
          const table = OMITTABLE_TABLES[file.path.replace(/^.*[\\/]/, '').replace(/\.ts$/, '') as keyof typeof OMITTABLE_TABLES];
          return { contents: `export const ${table} = {};`, loader: 'js' };
        });
      }
      if (options.omitHistoryWarnings) {
        build.onLoad({ filter: /[\\/]shared[\\/]i18n[\\/]messages[\\/]history\.ts$/ }, () => {
          const kept = Object.fromEntries(Object.entries(historyMessages).filter(([key]) => !/^history\.(warning|note)\./.test(key)));
          return { contents: `export const historyMessages = ${JSON.stringify(kept)};`, loader: 'js' };
        });
      }
      build.onLoad({ filter: /[\\/]shared[\\/]i18n[\\/]messages[\\/]catalogue\.ts$/ }, () => {
        const buildTime = buildTimeCatalogueKeys();
        const runtime = Object.fromEntries(Object.entries(catalogueMessages).filter(([key]) => !buildTime.has(key)));
        return { contents: `export const catalogueMessages = ${JSON.stringify(runtime)};`, loader: 'js' };
      });
    },
  };
}
