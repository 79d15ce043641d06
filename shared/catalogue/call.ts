/**
 * Calling a catalogue function the way every host does: look it up, evaluate it on the arguments
 * the host converted, and turn any failure into one translated message (hosts wrap it in their own
 * error value). A bug inside a method is reported as a failed calculation, never as a number.
 */
import { ClientValueError } from '../errors';
import { render, t } from '../i18n/translate';
import { findFunction } from './catalogue';
import type { Lang } from '../i18n/lang';
import type { ArgumentValue, CallContext, CatalogueFunction, FunctionResult, ResultCell } from './types';

export type CallOutcome =
  | {
    readonly ok: true;
    readonly value: FunctionResult;
    /** Whether result cell (row, column) is a share, for hosts that format results (percentColumns). */
    readonly isPercent: (row: number, column: number) => boolean;
  }
  | { readonly ok: false; readonly message: string };

export function callFunction(name: string, args: readonly ArgumentValue[], context: CallContext): CallOutcome {
  const entry = findFunction(name);
  if (!entry) return { ok: false, message: t(context.lang, 'catalogue.error.unknownFunction', { name }) };
  try {
    const value = entry.evaluate(args, context);
    return { ok: true, value, isPercent: percentCells(entry, value, context.lang) };
  } catch (error) {
    if (error instanceof ClientValueError) return { ok: false, message: render(context.lang, error.userMessage) };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: t(context.lang, 'catalogue.error.unexpected', { name: entry.name, detail }) };
  }
}

/** The share cells of a result: all of it, or the columns under the entry's percent headers. */
function percentCells(entry: CatalogueFunction, value: FunctionResult, lang: Lang): (row: number, column: number) => boolean {
  const spec = entry.percentColumns;
  if (!spec) return () => false;
  if (spec === 'all') return () => true;
  const header = Array.isArray(value) ? (value as readonly (readonly ResultCell[])[])[0] ?? [] : [];
  const headings = new Set(spec.map((key) => t(lang, key)));
  const columns = new Set(header.flatMap((cell, column) => (typeof cell === 'string' && headings.has(cell) ? [column] : [])));
  return (row, column) => row > 0 && columns.has(column);
}
