/**
 * The analysis as one JSON object (issue 2, the command line's `--json`):
 * `{ clients, summary, skipped, options }`.
 * - dates are `YYYY-MM-DD` text (day-number fields: firstPurchase, lastPurchase, firstDay, lastDay,
 *   asOf, start, end, calibrationEnd);
 * - shares stay fractions (0.8, not 80);
 * - messages are rendered in `lang`: a warning becomes `{ code, message }`, a skipped row
 *   `{ row, code, reason }` with the human reason text;
 * - JSON-safe: NaN and ±Infinity become null, typed arrays become plain arrays;
 * - RFM segment names stay the English ids (`rfmSegment`, `summary.rfm.segments[].segment`); in
 *   Russian and Ukrainian a translated `rfmSegmentLabel` / `label` is added beside them;
 * - with a plan table, `planTable { rowsUsed, headerRow, skipped [{ row, code, reason }] }`.
 * Fields added by later parts pass through with the same rules.
 */
import type { Lang } from '../i18n/lang';
import { MESSAGES, render, type Message } from '../i18n/translate';
import { isoFromDay } from '../table/dates';
import { RFM_SEGMENT_MESSAGES } from '../methods/rfm';
import type { Analysis } from './types';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface AnalysisJson {
  readonly clients: Json[];
  readonly summary: { [key: string]: Json };
  readonly skipped: { row: number; code: string; reason: string }[];
  readonly options: { [key: string]: Json };
  readonly planTable?: { rowsUsed: number; headerRow: number; skipped: { row: number; code: string; reason: string }[] };
}

/** Field names whose numbers are day numbers (written as `YYYY-MM-DD`). */
const DAY_FIELDS = new Set(['firstPurchase', 'lastPurchase', 'firstDay', 'lastDay', 'asOf', 'start', 'end', 'calibrationEnd', 'holdoutEnd', 'holdoutAfter']);

export function analysisToJson(analysis: Analysis, lang: Lang = analysis.options.lang): AnalysisJson {
  const segmentLabel = (segment: string | null | undefined): { [key: string]: Json } => {
    if (lang === 'en' || !segment) return {};
    const key = RFM_SEGMENT_MESSAGES[segment];
    return key ? { label: render(lang, { key }) } : {};
  };
  const { rfm } = analysis.summary;
  const summary = toJsonValue({
    ...analysis.summary,
    ...(rfm ? { rfm: { ...rfm, segments: rfm.segments.map((s) => ({ ...s, ...segmentLabel(s.segment) })) } } : {}),
    notes: analysis.notes.map((note) => ({ row: note.row, column: note.column, message: render(lang, note.message) })),
  }, lang) as { [key: string]: Json };
  const clients = analysis.clients.map((client) => {
    const label = segmentLabel(client.rfmSegment).label;
    return toJsonValue(label === undefined ? client : { ...client, rfmSegmentLabel: label }, lang);
  });
  const skippedRow = (skipped: { row: number; reason: string; message: Message }) =>
    ({ row: skipped.row, code: skipped.reason, reason: render(lang, skipped.message) });
  const { planTable } = analysis;
  return {
    clients,
    summary,
    skipped: analysis.skipped.map(skippedRow),
    options: toJsonValue(analysis.options, lang) as { [key: string]: Json },
    ...(planTable ? { planTable: { rowsUsed: planTable.rowsUsed, headerRow: planTable.headerRow, skipped: planTable.skipped.map(skippedRow) } } : {}),
  };
}

function isMessage(value: object): value is Message {
  const key = (value as { key?: unknown }).key;
  return typeof key === 'string' && key in MESSAGES && Object.keys(value).every((name) => name === 'key' || name === 'params');
}

/** A value made JSON-safe by the rules in the header. */
export function toJsonValue(value: unknown, lang: Lang, field = ''): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return DAY_FIELDS.has(field) ? isoFromDay(value) : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>, (n) => toJsonValue(n, lang));
  if (Array.isArray(value)) return value.map((item) => toJsonValue(item, lang, field));
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if (isMessage(value)) return render(lang, value);
    const out: { [key: string]: Json } = {};
    for (const [name, item] of Object.entries(value)) {
      if (item === undefined || typeof item === 'function') continue;
      out[name] = toJsonValue(item, lang, name);
    }
    return out;
  }
  return null;
}
