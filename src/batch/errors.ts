import { VFileMessage } from 'vfile-message';
import type { InputError } from '../schema/manifest.js';

/** Any error from extracting one input, as the manifest records it: rule, message, place. */
export function toInputError(path: string, error: unknown): InputError {
  if (error instanceof VFileMessage) {
    const place = error.line == null ? '' : `:${error.line}:${error.column ?? 1}`;
    const inputError: InputError = {
      ruleId: error.ruleId ?? 'unreadable',
      message: `${path}${place}: ${error.reason}`,
    };
    if (error.line != null) inputError.line = error.line;
    if (error.column != null) inputError.column = error.column;
    return inputError;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ruleId: 'internal-error',
    message: detail.startsWith(path) ? detail : `${path}: ${detail}`,
  };
}
