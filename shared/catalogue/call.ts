/**
 * Calling a catalogue function the way every host does: look it up, evaluate it on the arguments
 * the host converted, and turn any failure into one translated message (hosts wrap it in their own
 * error value). A bug inside a method is reported as a failed calculation, never as a number.
 */
import { ClientValueError } from '../errors';
import { render, t } from '../i18n/translate';
import { findFunction } from './catalogue';
import type { ArgumentValue, CallContext, FunctionResult } from './types';

export type CallOutcome =
  | { readonly ok: true; readonly value: FunctionResult }
  | { readonly ok: false; readonly message: string };

export function callFunction(name: string, args: readonly ArgumentValue[], context: CallContext): CallOutcome {
  const entry = findFunction(name);
  if (!entry) return { ok: false, message: t(context.lang, 'catalogue.error.unknownFunction', { name }) };
  try {
    return { ok: true, value: entry.evaluate(args, context) };
  } catch (error) {
    if (error instanceof ClientValueError) return { ok: false, message: render(context.lang, error.userMessage) };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: t(context.lang, 'catalogue.error.unexpected', { name: entry.name, detail }) };
  }
}
