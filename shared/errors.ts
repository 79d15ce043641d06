/**
 * The one error type hosts catch: input the analysis cannot use at all (an empty sheet, no client
 * or amount column, a bad option). It carries a message key, so every host shows it in its own
 * language; `message` is the English text for logs and stack traces.
 */
import { t, type Message, type MessageKey, type MessageParams } from './i18n/translate';

export class ClientValueError extends Error {
  readonly key: MessageKey;
  readonly params: MessageParams;

  constructor(key: MessageKey, params: MessageParams = {}) {
    super(t('en', key, params));
    this.name = 'ClientValueError';
    this.key = key;
    this.params = params;
  }

  get userMessage(): Message {
    return { key: this.key, params: this.params };
  }
}
