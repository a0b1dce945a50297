/**
 * What a rotation says exists when it stops before its replacement exists.
 * Shared by rotate-token and rotate-credential so both answer alike.
 */
import { ProviderError, providerLabel } from '../errors.js';

/** Reading the old one failed: the rotation stopped before changing anything. */
export function nothingChanged(noun: 'token' | 'credential', id: string): string {
  return `Nothing was created or deleted: ${noun} ${id} was left as it was.`;
}

/**
 * Creating the replacement failed, so the old one is untouched. A refusal
 * (4xx) proves nothing was made; a 5xx or a lost answer may hide a create
 * that happened, so say where to look for it.
 */
export function createFailureState(
  provider: string,
  noun: 'token' | 'credential',
  old: { id: string; name: string },
  newName: string,
  error: unknown,
): string {
  const refused = error instanceof ProviderError && (error.status ?? 500) < 500;
  const unchanged = `Nothing was deleted: ${noun} ${old.id} ('${old.name}') is unchanged.`;
  return refused
    ? unchanged
    : `${unchanged} The request may have reached ${providerLabel(provider)}: check list-${noun}s for a ${noun} named '${newName}'.`;
}
