/**
 * A ClientValueError crossing `google.script.run`: Apps Script hands the sidebar only an error's
 * message, so the server puts the key and parameters in it and the sidebar rebuilds the error and
 * shows it in the user's language.
 */
import { ClientValueError } from '../../../shared/errors';
import type { MessageKey, MessageParams } from '../../../shared/i18n/translate';

const PREFIX = 'CLIENT_VALUE_ERROR:';

export function toServerError(error: unknown): Error {
  if (error instanceof ClientValueError) return new Error(PREFIX + JSON.stringify({ key: error.key, params: error.params }));
  return error instanceof Error ? error : new Error(String(error));
}

export function fromServerError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const at = message.indexOf(PREFIX);
  if (at < 0) return error instanceof Error ? error : new Error(message);
  try {
    const { key, params } = JSON.parse(message.slice(at + PREFIX.length)) as { key: MessageKey; params: MessageParams };
    return new ClientValueError(key, params);
  } catch {
    return new Error(message);
  }
}
