/** Parsers for single input values: each throws an InputError naming the input and what is allowed. */
import { InputError } from '../errors.js';
import { CONTROL_CHARACTERS, preview } from '../text.js';
import type { InputName } from './inputs.js';

/** GitHub's rules for secret names. */
export function secretName(name: string, input: InputName): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^GITHUB_/i.test(name) || name.length > 255) {
    throw new InputError(
      input,
      `'${name.slice(0, 60)}' is not a valid secret name: letters, digits and '_' only, not starting with a digit or GITHUB_`,
    );
  }
  return name;
}

export function oneOf<T extends string>(
  value: string,
  input: InputName,
  allowed: readonly T[],
  required = false,
): T {
  if (value === '' && required)
    throw new InputError(input, `is required; one of: ${allowed.join(', ')}`);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(
      input,
      `'${value.slice(0, 60)}' is not allowed; use one of: ${allowed.join(', ')}`,
    );
  }
  return value as T;
}

export function bool(value: string, input: InputName, fallback: boolean): boolean {
  if (value === '') return fallback;
  const lower = value.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  throw new InputError(input, `'${value.slice(0, 60)}' is not a boolean; use true or false`);
}

export function integer(
  value: string,
  input: InputName,
  fallback: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value === '') return fallback;
  if (!/^\d+$/.test(value))
    throw new InputError(
      input,
      `'${value.slice(0, 60)}' is not a whole number; use an integer from ${min} to ${max}`,
    );
  const number = Number(value);
  if (number < min || number > max)
    throw new InputError(input, `${value} is out of range; use an integer from ${min} to ${max}`);
  return number;
}

export function expiresInDays(value: string): number | 'never' {
  if (value.toLowerCase() === 'never') return 'never';
  return integer(value, 'expires-in-days', 90, 1, 3650);
}

/** A free-text identifier: one line, no control characters, at most 255 characters. */
export function text(value: string | undefined, input: InputName): string | undefined {
  if (value === undefined) return undefined;
  if (CONTROL_CHARACTERS.test(value))
    throw new InputError(input, 'contains control characters or a line break; give a single line');
  if (value.length > 255)
    throw new InputError(input, `is ${value.length} characters long; at most 255 are allowed`);
  return value;
}

/**
 * An id that goes into a request path (`credential-id`, `organization`,
 * `resource`, `task-id`): one line without `/`, `?`, `#`, `\\` or white space,
 * and not `.` or `..`, which a URL resolves as a step up the path.
 */
export function pathId(value: string | undefined, input: InputName): string | undefined {
  const id = text(value, input);
  if (id === undefined) return undefined;
  if (id === '.' || id === '..' || /[/?#\\\s]/.test(id)) {
    throw new InputError(
      input,
      `'${preview(id)}' is not an id: ids go into request paths, so '/', '?', '#', '\\', white space and the names '.' and '..' are refused`,
    );
  }
  return id;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

export function apiUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  checkUrl(value, 'api-url', 'api-url');
  return value.replace(/\/+$/, '');
}

/** https anywhere; http only for loopback hosts (tests, the emulator). */
export function checkUrl(value: string, input: InputName, label: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(input, `${label} '${value.slice(0, 80)}' is not a valid URL`);
  }
  if (url.username || url.password)
    throw new InputError(input, `${label} must not contain user credentials`);
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:' && LOOPBACK.test(url.hostname)) return;
  throw new InputError(
    input,
    `${label} must use https (http is allowed only for loopback hosts: localhost, 127.0.0.0/8, [::1])`,
  );
}
