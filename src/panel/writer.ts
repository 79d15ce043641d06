/**
 * The writer: turns an `Analysis` into the add-in's output sheets and writes them through the host
 * port. The same code runs in Excel, in Google Sheets and in the local preview.
 *
 * Rules (issue 6): the output goes to sheets of the add-in's own ("Clients", "Client summary",
 * translated); the previous run's output is recognised by the marker setting (marker.ts) and
 * replaced only after the user confirms; a user sheet that already has an output name keeps it and
 * the output takes "Clients (2)"; the user's sheets and cells are never changed. One port call
 * writes everything, so the number of host calls does not grow with the number of rows.
 */
import { ClientValueError } from '../../shared/errors';
import type { Lang } from '../../shared/i18n/lang';
import { t } from '../../shared/i18n/translate';
import type { Analysis } from '../../shared/pipeline/types';
import { clientsSheet } from './clientsSheet';
import { previousOutput } from './marker';
import { OUTPUT_MARKER_KEY, type OutputSheet, type SheetInfo, type WorkbookPort, type WriteResult } from './port';
import { freeSheetName } from './sheetNames';
import { summarySheet } from './summarySheet';

export interface WriteOptions {
  readonly lang: Lang;
  /** Asked only when a previous output exists; resolves true to replace it. */
  readonly confirmReplace: (previous: readonly SheetInfo[]) => Promise<boolean>;
}

export type WriteOutcome =
  | { readonly status: 'written'; readonly result: WriteResult; readonly clientsSheet: string; readonly summarySheet: string }
  | { readonly status: 'cancelled' };

/** The two output sheets for an analysis, named so as not to collide with `taken`. */
export function planOutputSheets(analysis: Analysis, lang: Lang, taken: readonly string[]): OutputSheet[] {
  const clientsName = freeSheetName(t(lang, 'panel.sheet.clients'), taken);
  const summaryName = freeSheetName(t(lang, 'panel.sheet.summary'), [...taken, clientsName]);
  return [clientsSheet(analysis, lang, clientsName), summarySheet(analysis, lang, summaryName)];
}

export async function writeAnalysis(port: WorkbookPort, analysis: Analysis, options: WriteOptions): Promise<WriteOutcome> {
  const [context, marker] = await Promise.all([port.context(), port.getSetting(OUTPUT_MARKER_KEY)]);
  const previous = previousOutput(marker, context.sheets);
  if (previous.length > 0 && !(await options.confirmReplace(previous))) return { status: 'cancelled' };
  const replaced = new Set(previous.map((sheet) => sheet.id));
  const taken = context.sheets.filter((sheet) => !replaced.has(sheet.id)).map((sheet) => sheet.name);
  const sheets = planOutputSheets(analysis, options.lang, taken);
  // The output can be wider than the input (one row per client, every column): check it against
  // the host's ceiling too, before anything is written.
  const cells = sheets.reduce((sum, sheet) => sum + sheet.values.length * (sheet.values[0]?.length ?? 0), 0);
  if (cells > context.cellLimit) {
    throw new ClientValueError('panel.error.outputTooLarge', {
      cells: cells.toLocaleString('en-US'), limit: context.cellLimit.toLocaleString('en-US'),
    });
  }
  const result = await port.writeOutput({ sheets, replace: [...replaced], expectedMarker: marker });
  return { status: 'written', result, clientsSheet: sheets[0].name, summarySheet: sheets[1].name };
}
