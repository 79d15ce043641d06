/** The ClientValueError an action throws (fails the test if it throws nothing or something else). */
import { ClientValueError } from '../../shared/errors';

export function thrown(action: () => unknown): ClientValueError {
  try {
    action();
  } catch (error) {
    if (error instanceof ClientValueError) return error;
    throw error;
  }
  throw new Error('expected a ClientValueError');
}
